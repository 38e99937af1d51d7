//! A fuzzy picker over a list of choices: stakeholders, sectors, labels.

use std::cell::Cell;

use crate::domain::search::Fuzzy;

use super::text::TextField;

#[derive(Debug, Clone, PartialEq)]
pub struct PickItem {
    /// What is picked: a record id or an index into a fixed list.
    pub value: u64,
    pub label: String,
    /// Shown dimmed after the label, and searched too (organisation, sector).
    pub hint: String,
    /// Lower groups come first whatever the score (attendees before everyone else).
    pub group: u8,
}

/// Where a picked value goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickTarget {
    /// A field of the open form.
    FormField(usize),
    /// The source of the note being typed.
    NoteSource,
    /// A member to add to this mini-network.
    AddMember(crate::domain::Id),
    /// A member to remove from this mini-network.
    RemoveMember(crate::domain::Id),
    /// A stakeholder's view filter by sector.
    SectorFilter,
    /// The stakeholders list's quick filters (a position in `Quick::CHOICES`; past them:
    /// the sector on, then clearing all).
    QuickFilters,
    /// The stakeholders list's pipeline stage (a position in `StageFilter::ALL`).
    StageFilter,
    /// The new status of a case.
    CaseStatus(crate::domain::Id),
    /// The recipient of this session's minutes.
    MinutesFor(crate::domain::Id),
    /// The recipient of this case's feedback sheet.
    FeedbackFor(crate::domain::Id),
    /// A session (the value) whose agenda gets this case.
    CaseToSession(crate::domain::Id),
    /// The new owner of this open action.
    ActionOwner(crate::domain::Id),
    /// What the Actions view is narrowed to.
    ActionsFilter,
    /// The recipient of this session's invitation and agenda.
    AgendaFor(crate::domain::Id),
    /// Who walked in to this session's meeting.
    WalkIn(crate::domain::Id),
    /// The open action (the value) this step is about to be taken on.
    FollowUpAction(super::follow_up::StepKind),
    /// The note to correct.
    CorrectNote,
    /// The exchange meeting (the value) to edit.
    EditExchange,
    /// A routed concern of this partner or case to answer (the value), or 0 for a new one.
    Concern(crate::domain::routing::ConcernAbout),
    /// An open routed concern (the value) to record the answer of.
    OpenConcern,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Picker {
    pub title: String,
    pub items: Vec<PickItem>,
    pub query: TextField,
    pub matches: Vec<usize>,
    pub selected: usize,
    pub target: PickTarget,
    /// Several values may be picked: Enter toggles and the picker stays open.
    pub multi: bool,
    /// What is picked so far (multi pickers).
    pub chosen: Vec<u64>,
    /// Matches visible at the last draw: a page for PgUp/PgDn, as in lists.
    pub page: Cell<usize>,
}

impl Picker {
    pub fn new(title: String, items: Vec<PickItem>, target: PickTarget) -> Self {
        let mut p = Picker {
            title,
            items,
            query: TextField::single(""),
            matches: Vec::new(),
            selected: 0,
            target,
            multi: false,
            chosen: Vec::new(),
            page: Cell::new(1),
        };
        p.refilter();
        p
    }

    /// A picker for several values, starting with `chosen` picked.
    pub fn multi(mut self, chosen: Vec<u64>) -> Self {
        self.multi = true;
        self.chosen = chosen;
        self
    }

    /// Starts with the cursor on the item whose value is `value`.
    pub fn select_value(mut self, value: Option<u64>) -> Self {
        if let Some(pos) =
            value.and_then(|v| self.matches.iter().position(|&i| self.items[i].value == v))
        {
            self.selected = pos;
        }
        self
    }

    pub fn refilter(&mut self) {
        let query = self.query.value();
        let hay: Vec<String> = self
            .items
            .iter()
            .map(|i| format!("{} {}", i.label, i.hint))
            .collect();
        let mut ranked =
            Fuzzy::default().rank(&query, hay.iter().enumerate().map(|(i, s)| (i, s.as_str())));
        // Groups (attendees before everyone else) order the list until something is
        // typed; then the best match wins.
        if query.trim().is_empty() {
            ranked.sort_by_key(|&i| self.items[i].group);
        }
        self.matches = ranked;
        self.selected = 0;
    }

    pub fn current(&self) -> Option<&PickItem> {
        self.matches.get(self.selected).map(|&i| &self.items[i])
    }

    /// Moves a page (the matches the last draw showed) down, or up when `up`.
    pub fn page_by(&mut self, up: bool) {
        let page = isize::try_from(self.page.get().max(1)).unwrap_or(isize::MAX);
        self.move_by(if up { -page } else { page });
    }

    pub fn move_by(&mut self, delta: isize) {
        if self.matches.is_empty() {
            return;
        }
        self.selected = self
            .selected
            .saturating_add_signed(delta)
            .min(self.matches.len() - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(value: u64, label: &str, group: u8) -> PickItem {
        PickItem {
            value,
            label: label.into(),
            hint: String::new(),
            group,
        }
    }

    #[test]
    fn filters_and_keeps_groups_first() {
        let mut p = Picker::new(
            "x".into(),
            vec![
                item(1, "Samira El Idrissi", 1),
                item(2, "Sam Peeters", 0),
                item(3, "Jonas", 0),
            ],
            PickTarget::NoteSource,
        );
        assert_eq!(p.matches, vec![1, 2, 0]);
        p.query.set("sam");
        p.refilter();
        assert_eq!(p.matches.len(), 2);
        p.query.set("samira");
        p.refilter();
        assert_eq!(
            p.current().map(|i| i.value),
            Some(1),
            "the best match, attendee or not"
        );
    }
}
