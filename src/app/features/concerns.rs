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
    items.extend(known.into_iter().map(|c| PickItem {
        value: c.id,
        label: format!("{} {} → {}", c.on, clean(&c.what), recipient(app, c)),
        hint: t(c.picked_up.key()).to_owned(),
        group: 1,
    }));
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
    } else if let Some(c) = app.data.routed_concerns.iter().find(|c| c.id == value) {
        app.form = Some(forms::concern_answer::form(c));
    }
}
