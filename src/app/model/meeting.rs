//! The meeting screen's state: the working copy of the session, the note editor and its
//! labels, the choosers, the timers.

use chrono::{DateTime, Utc};

use crate::domain::Id;
use crate::domain::agenda::Summary;
use crate::domain::lines::Parsed;
use crate::domain::session::{AgendaSubject, Session};
use crate::domain::sharing::{Pap, Tlp};

use super::App;
use super::text::TextField;

/// Ticks (250 ms) after the last keystroke before the draft is written.
pub const DRAFT_QUIET_TICKS: u32 = 3;
/// Ticks of continuous typing after which the draft is written anyway.
pub const DRAFT_MAX_TICKS: u32 = 20;
pub const TICKS_PER_SECOND: u32 = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Editor,
    Side,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    /// Working copy of the session; its `rev` follows our own saves.
    pub session: Session,
    pub session_saving: bool,
    pub session_dirty: bool,
    /// Index into the agenda.
    pub item: usize,
    pub editor: TextField,
    pub focus: Focus,
    /// Selected row of the attendance list.
    pub attendee: usize,
    pub source: Option<Id>,
    pub tlp: Tlp,
    pub pap: Pap,
    pub protected: bool,
    /// The label chooser is open, with the cursor on this label of `Tlp::ALL`.
    pub chooser: Option<usize>,
    /// The PAP chooser is open, with the cursor on this label of `Pap::ALL`.
    pub pap_chooser: Option<usize>,
    /// Ticks spent on the current item since it was shown.
    pub item_ticks: u32,
    /// Text sent to the store as a note, not yet confirmed.
    pub committing: Option<String>,
    /// Why the last note could not be saved; shown on the editor until a save succeeds.
    pub failure: Option<String>,
    pub draft_dirty: bool,
    pub ticks_since_edit: u32,
    pub ticks_since_save: u32,
    /// Bumped on every change of the editor, for the rescue path.
    pub draft_version: u64,
    /// What the editor's `action:`/`decision:` lines will become.
    pub parsed: Parsed,
    pub started_at: DateTime<Utc>,
    /// Shown after closing the session.
    pub summary: Option<Summary>,
}

impl Meeting {
    /// The screen for `session`, opened at `now` with an empty editor. A closed session
    /// is read-only: it opens on the side, not in the editor.
    pub fn new(session: Session, now: DateTime<Utc>, tlp: Tlp, pap: Pap) -> Self {
        let focus = if session.status == crate::domain::session::SessionStatus::Closed {
            Focus::Side
        } else {
            Focus::Editor
        };
        Meeting {
            session,
            session_saving: false,
            session_dirty: false,
            item: 0,
            editor: TextField::multi("").with_placeholder(crate::i18n::t("meeting-placeholder")),
            focus,
            attendee: 0,
            source: None,
            tlp,
            pap,
            protected: false,
            chooser: None,
            pap_chooser: None,
            item_ticks: 0,
            committing: None,
            failure: None,
            draft_dirty: false,
            ticks_since_edit: 0,
            ticks_since_save: 0,
            draft_version: 0,
            parsed: Parsed::default(),
            started_at: now,
            summary: None,
        }
    }

    /// Where the text is being typed: the session, and after `#` the agenda item, so
    /// that a restored draft reopens on the item it was typed at.
    pub fn place(&self) -> String {
        format!(
            "session:{}#{}",
            self.session.id,
            self.current().map_or(0, |i| i.item)
        )
    }

    /// Everything the editor holds, as its draft.
    pub fn draft(&self) -> super::note_draft::NoteDraft {
        super::note_draft::NoteDraft {
            v: super::note_draft::VERSION,
            text: self.editor.value(),
            tlp: self.tlp,
            pap: self.pap,
            source: self.source,
            protected: self.protected,
        }
    }

    /// The people down the side: invitees, then anyone else marked present.
    pub fn roster(&self) -> Vec<Id> {
        let mut r = self.session.invitees.clone();
        for a in &self.session.attendance {
            if !r.contains(&a.stakeholder) {
                r.push(a.stakeholder);
            }
        }
        r
    }

    pub fn current(&self) -> Option<&crate::domain::session::AgendaItem> {
        self.session.agenda.get(self.item)
    }

    pub fn current_case(&self) -> Option<Id> {
        match self.current()?.subject {
            AgendaSubject::Case(c) => Some(c),
            AgendaSubject::Topic(_) | AgendaSubject::OpenActions(_) => None,
        }
    }

    pub fn elapsed_secs(&self) -> u32 {
        self.current().map_or(0, |i| i.elapsed_secs) + self.item_ticks / TICKS_PER_SECOND
    }

    /// Adds the time spent on the current item to its total.
    pub fn bank_time(&mut self) -> bool {
        let secs = self.item_ticks / TICKS_PER_SECOND;
        self.item_ticks %= TICKS_PER_SECOND;
        match self.session.agenda.get_mut(self.item) {
            Some(i) if secs > 0 => {
                i.elapsed_secs += secs;
                true
            }
            _ => false,
        }
    }
}

/// The labels a new note starts with: the sharing agreement's defaults.
pub fn defaults(app: &App) -> (Tlp, Pap) {
    app.data
        .agreements
        .first()
        .map_or((Tlp::AmberStrict, Pap::Amber), |a| {
            (a.default_tlp, a.default_pap)
        })
}
