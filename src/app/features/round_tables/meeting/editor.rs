//! The note editor: what is typed, parsed as it is typed, kept as a draft after a pause,
//! and sent as one note (with its actions and decisions) in one transaction.

use crate::domain::Id;
use crate::domain::lines;
use crate::domain::note::{ActionItem, ActionStatus, Anchor, Decision, Note};
use crate::i18n::t;

use crate::app::model::meeting::Meeting;
use crate::app::model::picker::{PickTarget, Picker};
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::{Confirm, Ticket};
use crate::app::model::{Action, App, Effect};

/// Resolves `@name` against stakeholders, people in the room first.
pub(super) fn reparse(app: &mut App) {
    let Some(m) = app.meeting.as_ref() else {
        return;
    };
    let text = m.editor.value();
    let present: Vec<Id> = m.session.present().collect();
    let people = &app.data.stakeholders;
    let parsed = lines::parse(&text, app.today, |token| {
        let in_room = people
            .iter()
            .filter(|s| present.contains(&s.id))
            .map(|s| (s.id, s.name.as_str()));
        lines::resolve(token, in_room).or_else(|_| {
            lines::resolve(
                token,
                people
                    .iter()
                    .filter(|s| !s.archived)
                    .map(|s| (s.id, s.name.as_str())),
            )
        })
    });
    if let Some(m) = app.meeting.as_mut() {
        m.parsed = parsed;
    }
}

pub(super) fn edited(app: &mut App) {
    if let Some(m) = app.meeting.as_mut() {
        m.draft_dirty = true;
        m.ticks_since_edit = 0;
        m.draft_version += 1;
    }
    reparse(app);
}

/// A label, the PAP, the source or its protection changed: the draft must follow, so
/// that what is rescued carries them too.
pub(in crate::app::features::round_tables) fn attributes_changed(app: &mut App) {
    if let Some(m) = app.meeting.as_mut() {
        m.draft_version += 1;
        if !m.editor.is_empty() {
            m.draft_dirty = true;
            m.ticks_since_edit = 0;
        }
    }
}

pub(super) fn save_draft(app: &mut App) {
    let Some(m) = app.meeting.as_mut() else {
        return;
    };
    m.draft_dirty = false;
    m.ticks_since_save = 0;
    let change = Change::SetDraft {
        place: m.place(),
        text: m.draft().encode(),
    };
    app.saving.push(Ticket::Draft);
    app.effects.push(Effect::Apply(vec![change], Ticket::Draft));
}

fn commit(app: &mut App) {
    let Some(m) = app.meeting.as_ref() else {
        return;
    };
    let text = m.editor.value();
    if text.trim().is_empty() || m.committing.is_some() {
        return;
    }
    let mut changes = records(m, &text, app.now, &app.user);
    // The draft goes in the same transaction as the note: never both, never neither.
    changes.push(Change::SetDraft {
        place: m.place(),
        text: String::new(),
    });
    let ticket = Ticket::Note(app.next_save());
    if let Some(m) = app.meeting.as_mut() {
        m.committing = Some(text);
    }
    app.saving.push(ticket.clone());
    app.effects.push(Effect::Apply(changes, ticket));
}

/// Ctrl-S in the editor: asks first when the note needs it (PAP:RED with actions, a
/// protected source named in plain text), then sends the note.
pub(super) fn commit_or_ask(app: &mut App, action: &Action) {
    let ask = matches!(action, Action::CommitNote)
        .then(|| super::super::protect::question(app))
        .flatten();
    if let Some(question) = ask {
        let on_yes = Action::ConfirmCommitNote;
        app.confirm = Some(Confirm { question, on_yes });
        return;
    }
    commit(app);
    if app.meeting.as_ref().is_some_and(|m| m.committing.is_some()) {
        super::table::start(app);
    }
}

/// The picker of the note's source: the people present first.
pub(super) fn pick_source(app: &mut App) {
    let Some(m) = app.meeting.as_ref() else {
        return;
    };
    let present: Vec<Id> = m.session.present().collect();
    let current = m.source;
    app.picker = Some(
        Picker::new(
            t("picker-source").to_owned(),
            crate::app::model::namesakes::people_items(app, &present),
            PickTarget::NoteSource,
        )
        .select_value(current),
    );
}

/// The picker closed on a note source.
pub fn set_source(app: &mut App, who: Id) {
    if let Some(m) = app.meeting.as_mut() {
        m.source = Some(who);
    }
    attributes_changed(app);
}

/// The note typed in `m`, with the actions and decisions parsed from it.
fn records(m: &Meeting, text: &str, now: chrono::DateTime<chrono::Utc>, user: &str) -> Vec<Change> {
    let anchor = Anchor {
        session: Some(m.session.id),
        item: m.current().map(|i| i.item),
        case: m.current_case(),
    };
    let parsed = &m.parsed;
    let mut changes = vec![Change::Put(AnyRecord::Note(Note {
        id: 0,
        meta: Default::default(),
        at: now,
        author: user.into(),
        anchor,
        text: text.to_owned(),
        source: m.source,
        tlp: m.tlp,
        pap: m.pap,
        protected_source: m.protected,
        revisions: Vec::new(),
        retraction: None,
        who_acts: parsed.actions.first().map(|a| a.owner),
    }))];
    for a in &parsed.actions {
        changes.push(Change::Put(AnyRecord::Action(ActionItem {
            id: 0,
            meta: Default::default(),
            anchor,
            text: a.text.clone(),
            owner: Some(a.owner),
            due: a.due,
            status: ActionStatus::Open,
            tlp: m.tlp,
            from_note: Some(0),
            history: Vec::new(),
        })));
    }
    for d in &parsed.decisions {
        changes.push(Change::Put(AnyRecord::Decision(Decision {
            id: 0,
            meta: Default::default(),
            at: now,
            anchor,
            text: d.text.clone(),
            tlp: m.tlp,
            from_note: Some(0),
        })));
    }
    changes
}
