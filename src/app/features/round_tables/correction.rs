//! Correcting a saved note from the meeting screen: pick one of the session's notes (the
//! current item's first), then edit its text, source, labels or protection, or retract
//! it with a reason, in the correction form. `domain::correction` keeps the version it
//! replaces; the store names the change on the trail by the note's id only. A closed
//! session's notes are corrected only after reopening it (`closed` refuses first). The
//! same picker opens from a case, over the case's notes.

use crate::domain::Id;
use crate::domain::note::Note;
use crate::domain::session::SessionStatus;
use crate::i18n::t;

use crate::app::model::picker::{PickItem, PickTarget, Picker};
use crate::app::model::state::{Status, StatusKind};
use crate::app::model::{Action, App};

/// How much of a note's first line the picker shows.
const PREVIEW_CHARS: usize = 60;

/// Opens the picker of notes on `E`. `true` when the action was dealt with here.
pub fn update(app: &mut App, action: &Action) -> bool {
    if *action != Action::CorrectNote {
        return false;
    }
    let Some(m) = app.meeting.as_ref() else {
        return false;
    };
    let session = m.session.id;
    let item = m.current().map(|i| i.item);
    let items: Vec<PickItem> = app
        .data
        .notes
        .iter()
        .filter(|n| n.anchor.session == Some(session) && !n.is_retracted())
        .map(|n| pick_item(n, item))
        .collect();
    open_picker(app, items);
    true
}

/// `E` on a case (its line or its file): the notes on the case that may be corrected,
/// those of a closed session left out (reopen it first).
pub fn from_case(app: &mut App, case: Id) {
    let closed = |s: Option<Id>| {
        app.data
            .sessions
            .iter()
            .any(|x| Some(x.id) == s && x.status == SessionStatus::Closed)
    };
    let items: Vec<PickItem> = app
        .data
        .notes
        .iter()
        .filter(|n| n.anchor.case == Some(case) && !n.is_retracted() && !closed(n.anchor.session))
        .map(|n| pick_item(n, None))
        .collect();
    open_picker(app, items);
}

fn open_picker(app: &mut App, items: Vec<PickItem>) {
    if items.is_empty() {
        app.status = Some(Status {
            kind: StatusKind::Info,
            text: t("status-no_note_to_correct").to_owned(),
        });
        return;
    }
    app.picker = Some(Picker::new(
        t("picker-note_to_correct").to_owned(),
        items,
        PickTarget::CorrectNote,
    ));
}

/// A note as the picker lists it: the start of its first line, its item and label.
fn pick_item(n: &Note, current_item: Option<u32>) -> PickItem {
    let first = n.text.lines().next().unwrap_or("");
    let mut label: String = crate::domain::sanitize::line(first)
        .chars()
        .take(PREVIEW_CHARS)
        .collect();
    if first.chars().count() > PREVIEW_CHARS {
        label.push('…');
    }
    let item = n
        .anchor
        .item
        .map(|i| format!("#{i} · "))
        .unwrap_or_default();
    PickItem {
        value: n.id,
        label,
        hint: format!("{item}{} · {}", n.tlp, n.at.format("%H:%M")),
        group: if n.anchor.item.is_some() && n.anchor.item == current_item {
            0
        } else {
            1
        },
    }
}

/// The note to correct was picked: the correction form opens on it.
pub fn picked(app: &mut App, note: Id) {
    let Some(n) = crate::domain::dataset::by_id(&app.data.notes, note) else {
        return;
    };
    app.form = Some(crate::app::forms::correction::form(app, n));
}
