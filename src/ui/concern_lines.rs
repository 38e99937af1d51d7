//! Concerns routed to other services, as lines of a partner's detail or a case's file:
//! when, to whom, whether it was picked up (and when), and what.

use ratatui::text::{Line, Span};

use super::theme;
use crate::app::App;
use crate::domain::routing::{ConcernAbout, PickedUp, RoutedConcern, RoutedTo};
use crate::domain::sanitize::line as clean;
use crate::i18n::t;

/// Whom a concern went to.
fn recipient(app: &App, c: &RoutedConcern) -> String {
    match &c.to {
        RoutedTo::Service(name) => clean(name).into_owned(),
        RoutedTo::Stakeholder(id) => {
            clean(app.stakeholder_name(Some(*id)).unwrap_or("?")).into_owned()
        }
    }
}

/// One line per concern of `about` under a heading; nothing when there is none.
pub fn lines(app: &App, about: ConcernAbout) -> Vec<Line<'static>> {
    let list = crate::domain::routing::of(&app.data.routed_concerns, about);
    if list.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Line::from(Span::styled(
        t("concern-heading"),
        theme::header(),
    ))];
    for c in list {
        let style = match c.picked_up {
            PickedUp::Unknown => theme::warning(),
            PickedUp::Yes => theme::ok(),
            PickedUp::No => theme::error(),
        };
        let mut state = t(c.picked_up.key()).to_owned();
        if let Some(day) = c.picked_up_on {
            state = format!("{state} {day}");
        }
        lines.push(Line::from(vec![
            Span::raw(format!("{} → {} ", c.on, recipient(app, c))),
            Span::styled(format!("({state}) "), style),
            Span::raw(clean(&c.what).into_owned()),
        ]));
    }
    lines
}
