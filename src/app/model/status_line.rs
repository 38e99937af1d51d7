//! How long a message stands on the status line, as in lazygit or k9s: a notice ("Saved.",
//! "Exported to …") clears itself after a few seconds; an error stays until Esc. Either
//! goes when the user moves on to another tab or screen, where it no longer describes
//! anything. The message log (`m`) keeps every one. Time is the app's clock (`App::now`,
//! set by the runtime on every event and tick), so tests move it by hand.

use chrono::{DateTime, Duration, Utc};

use super::layers::Layer;
use super::state::{App, StatusKind, Tab};
use crate::domain::Id;

/// How long a notice stands, in seconds.
pub const NOTICE_SECONDS: i64 = 5;

/// Where a message was shown, as far as it is concerned: the tab and its list, and the
/// screen open over them (a form, a preview, the search, the meeting, a record's
/// detail). What opens over a screen for a moment (help, the message log, a picker, a
/// question, the filter line) and moves inside a list do not make another place.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    tab: Tab,
    view: usize,
    screen: Option<Layer>,
    meeting: Option<Id>,
}

/// When and where the message standing on the status line was shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    at: DateTime<Utc>,
    place: Place,
}

/// The layers that are screens of their own, rather than something over one.
fn is_screen(layer: &Layer) -> bool {
    matches!(
        layer,
        Layer::Form
            | Layer::ImportPreview
            | Layer::ExportPreview
            | Layer::Search
            | Layer::Meeting
            | Layer::Detail
    )
}

impl App {
    /// Where the user is now, for the message on the status line.
    pub fn status_place(&self) -> Place {
        Place {
            tab: self.tab,
            view: self.view_index(),
            screen: self.layers().into_iter().find(is_screen),
            meeting: self.meeting.as_ref().map(|m| m.session.id),
        }
    }
}

/// After each action: a new message is logged, with its time and place; the one standing
/// goes once its time is up (a notice) or the user moved to another place.
pub fn settle(app: &mut App) {
    if app.messages.observe(&app.status) {
        app.status_shown = app.status.as_ref().map(|_| Shown {
            at: app.now,
            place: app.status_place(),
        });
        return;
    }
    let (Some(status), Some(shown)) = (&app.status, &app.status_shown) else {
        return;
    };
    let notice_done =
        status.kind == StatusKind::Info && app.now - shown.at >= Duration::seconds(NOTICE_SECONDS);
    if notice_done || shown.place != app.status_place() {
        app.status = None;
        app.status_shown = None;
        app.messages.observe(&app.status);
    }
}
