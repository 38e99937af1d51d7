//! The way back from a jump of the search: Enter on a hit leads somewhere; Esc there
//! brings the search back as it was left (the same query, the same hit selected) over the
//! screen it was opened from, and Esc then closes it, there, as `gd` and back do in an
//! editor. One step back is kept: the last jump's.

use std::sync::Arc;

use super::keymap::Scope;
use super::meeting::Focus;
use super::search::{Corpus, SearchState, Target};
use super::state::{App, Tab};
use crate::domain::Id;

/// The screen the search was opened over, enough to come back to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub tab: Tab,
    pub show_cases: bool,
    pub show_actions: bool,
    pub zoom: bool,
    pub detail_scroll: u16,
    /// The record selected in the tab's list, as its position in the data set.
    pub row: Option<usize>,
    pub meeting: Option<MeetingPlace>,
}

/// Where the meeting screen was: its session, agenda item, focus and notes cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeetingPlace {
    pub session: Id,
    pub item: usize,
    pub focus: Focus,
    pub notes_cursor: Option<usize>,
}

/// Where a jump led, as far as Esc is concerned: while the screen is still that one
/// (nothing opened over it, not left for another), Esc goes back to the search.
#[derive(Debug, Clone, PartialEq)]
pub struct Screen {
    scopes: Vec<Scope>,
    tab: Tab,
    show_cases: bool,
    show_actions: bool,
    /// The meeting's session, and whether its notes pane's own search is open.
    meeting: Option<(Id, bool)>,
}

/// The search left by a jump, and the two places it joins.
#[derive(Debug)]
pub struct SearchBack {
    /// As the jump left it: query, scope, hits and selection.
    pub search: SearchState,
    /// The hit Enter was pressed on, selected again when the data were read meanwhile.
    pub target: Target,
    pub origin: Place,
    /// Where the jump led, once it is done.
    pub reached: Option<Screen>,
}

impl SearchBack {
    /// The search as it was left, on `corpus` (the records as they are now): on data
    /// read again it finds the hits again and selects the same record.
    pub fn resume(self, corpus: Arc<Corpus>) -> SearchState {
        let mut s = self.search;
        if !Arc::ptr_eq(&s.corpus, &corpus) {
            s.reload(corpus);
            s.select_target(Some(self.target));
        }
        s
    }

    /// Forgets the records the search was left on (the data they were read from is
    /// gone): they are found again, on the new data, if the way back is taken.
    pub fn forget_records(&mut self) {
        self.search.reload(Arc::default());
    }
}

impl App {
    /// The screen as it is now, to come back to.
    pub fn place(&self) -> Place {
        Place {
            tab: self.tab,
            show_cases: self.show_cases,
            show_actions: self.show_actions,
            zoom: self.zoom,
            detail_scroll: self.detail_scroll.offset(),
            row: self.view().selected_row(),
            meeting: self.meeting.as_ref().map(|m| MeetingPlace {
                session: m.session.id,
                item: m.item,
                focus: m.focus,
                notes_cursor: m.notes_cursor,
            }),
        }
    }

    /// The screen as far as Esc's way back is concerned.
    pub fn screen(&self) -> Screen {
        Screen {
            scopes: self.layer_scopes(),
            tab: self.tab,
            show_cases: self.show_cases,
            show_actions: self.show_actions,
            meeting: (self.meeting.as_ref()).map(|m| (m.session.id, m.search.is_some())),
        }
    }

    /// Whether Esc now goes back to the search a jump left.
    pub fn goes_back_to_search(&self) -> bool {
        self.search.is_none()
            && self.overlay.is_none()
            && (self.search_back.as_ref())
                .is_some_and(|b| b.reached.as_ref() == Some(&self.screen()))
    }
}
