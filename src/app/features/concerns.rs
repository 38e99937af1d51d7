//! Concerns routed to other services, from a partner's detail or a case's file: `r` lists
//! the concerns of that partner or case and offers a new one; choosing one records the
//! service's answer.

use crate::app::forms;
use crate::app::model::App;
use crate::app::model::picker::{PickItem, PickTarget, Picker};
use crate::domain::routing::{ConcernAbout, RoutedConcern, RoutedTo};
use crate::domain::sanitize::line as clean;
use crate::i18n::t;

/// Whom a concern went to, as a line shows it.
pub fn recipient(app: &App, c: &RoutedConcern) -> String {
    match &c.to {
        RoutedTo::Service(name) => clean(name).into_owned(),
        RoutedTo::Stakeholder(id) => {
            clean(app.stakeholder_name(Some(*id)).unwrap_or("?")).into_owned()
        }
    }
}

/// `r`: a new concern first, then the ones recorded, open ones first.
pub fn open(app: &mut App, about: ConcernAbout) {
    let mut items = vec![PickItem {
        value: 0,
        label: t("concern-new").to_owned(),
        hint: String::new(),
        group: 0,
    }];
    let known = crate::domain::routing::of(&app.data.routed_concerns, about);
    items.extend(known.into_iter().map(|c| item(app, c)));
    app.picker = Some(Picker::new(
        t("picker-concerns").to_owned(),
        items,
        PickTarget::Concern(about),
    ));
}

/// A choice in the picker: 0 routes a new concern, an id records that one's answer.
pub fn picked(app: &mut App, about: ConcernAbout, value: u64) {
    if value == 0 {
        app.form = Some(forms::concern::form(app, about));
    } else if let Some(c) = crate::domain::dataset::by_id(&app.data.routed_concerns, value) {
        app.form = Some(forms::concern_answer::form(c));
    }
}

/// A concern as a picker line: when, what, to whom; its state as the hint.
fn item(app: &App, c: &RoutedConcern) -> PickItem {
    PickItem {
        value: c.id,
        label: format!("{} {} → {}", c.on, clean(&c.what), recipient(app, c)),
        hint: t(c.picked_up.key()).to_owned(),
        group: 1,
    }
}

/// Every concern still waiting for an answer, the oldest first (from the Overview).
pub fn open_all(app: &mut App) {
    let mut open: Vec<&RoutedConcern> = app
        .data
        .routed_concerns
        .iter()
        .filter(|c| c.is_open())
        .collect();
    open.sort_by_key(|c| (c.on, c.id));
    let items = open.into_iter().map(|c| item(app, c)).collect();
    app.picker = Some(Picker::new(
        t("picker-open_concerns").to_owned(),
        items,
        PickTarget::OpenConcern,
    ));
}

/// An open concern was chosen: record its answer.
pub fn picked_open(app: &mut App, id: u64) {
    if let Some(c) = crate::domain::dataset::by_id(&app.data.routed_concerns, id) {
        app.form = Some(forms::concern_answer::form(c));
    }
}
