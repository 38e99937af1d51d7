use std::sync::Arc;

use crossterm::event::KeyEvent;
use serde::{Deserialize, Serialize};

use crate::domain::Id;
use crate::domain::dataset::Dataset;

use super::state::{Tab, Ticket};

/// Everything that can happen to the app: keys resolved through the keymap, typed text,
/// and results coming back from the store.
/// Serde names (`quit`, `change_case_status`, `{"go_tab": "sessions"}`) are stable, for
/// config files that name actions; the actions that only the runtime and the store send
/// (with data, keys or tickets) have no name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// `q`: leave, asking first when something is unsaved.
    Quit,
    /// Leave now (after the question was answered yes).
    ConfirmQuit,
    /// Esc: close the topmost thing.
    Back,
    NextTab,
    PrevTab,
    GoTab(Tab),
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    ToggleHelp,
    /// The interface's next language, without a restart.
    NextLanguage,
    /// A key the keymap does not bind, for the layer that takes text.
    #[serde(skip)]
    Input(KeyEvent),
    /// Text pasted into the terminal (bracketed paste).
    #[serde(skip)]
    Paste(String),

    // Lists
    /// Show the selected record's detail over the whole tab.
    Open,
    /// Create a record in the current list.
    New,
    /// Edit the selected record.
    Edit,
    /// Archive the selected record, or delete it when nothing refers to it.
    Delete,
    /// Bring an archived record back.
    Restore,
    /// Start typing a filter.
    StartFilter,
    /// Stop typing the filter, keeping it.
    EndFilter,
    /// Cycle the sort column; the same key twice reverses.
    CycleSort,
    ReverseSort,
    /// Cycle the audit log's kinds.
    CycleQuick,
    /// Turn quick filters on and off (a picker; they combine).
    PickQuickFilters,
    /// Pick a sector to filter on.
    PickSectorFilter,
    /// Pick a step-1 pipeline stage to filter on (beside the quick filter).
    PickStageFilter,
    ToggleArchived,
    /// Log a contact with the selected stakeholder.
    LogContact,
    /// Move the selected partner on in the step-1 pipeline (a dated form).
    MoveStage,
    /// The concerns routed about the selected partner or case, and a new one.
    RouteConcern,
    /// The concerns of this partner or case, in a picker (the feature's answer to
    /// `RouteConcern`).
    #[serde(skip)]
    ConcernsOf(crate::domain::routing::ConcernAbout),
    /// Every routed concern still waiting for an answer, in a picker.
    OpenConcerns,
    /// Import stakeholders from a file (asks which).
    Import,
    /// Write the stakeholder list to a file for Excel.
    ExportList,
    /// A file was read and checked: show what an import would do.
    #[serde(skip)]
    ImportPlanned(Arc<crate::import::Plan>, crate::import::OnDuplicate, bool),
    /// Yes to importing the valid rows of the previewed import, refusing the others.
    ImportSkippingInvalid,
    /// Record a training and who attended.
    NewTraining,
    AddMember,
    RemoveMember,
    /// Log a problem → solution → owner entry for the selected network.
    LogProblem,
    /// Record an exchange-of-experience meeting of the selected network.
    LogExchange,
    /// Edit one of the selected network's exchange meetings (asks which).
    EditExchange,
    /// The networks tab shows every training, or its networks again.
    ToggleTrainings,

    // Round tables
    /// Switch the round-tables tab between sessions and cases.
    ToggleCases,
    /// The round-tables tab shows every open action, or its sessions again.
    ToggleActions,
    /// The selected open action is done, with an optional result typed.
    ActionDoneSelected,
    /// Cancel the selected open action, with a reason typed.
    ActionCancelSelected,
    /// Move the selected open action's due date.
    ActionDueSelected,
    /// Give the selected open action to someone else (people picker).
    ActionReassignSelected,
    /// Narrow the Actions view to an owner, a case or a mini-network.
    FilterActions,
    /// Open the meeting screen for the selected session.
    OpenMeeting,
    /// Put the selected case on a session's agenda.
    AddToAgenda,
    /// Change the status of the selected (or discussed) case.
    ChangeCaseStatus,
    /// Ctrl-S in the editor: the text becomes a note on the current item.
    CommitNote,
    /// Save the note after the question `CommitNote` asked (PAP:RED with actions, or a
    /// protected source named in plain text) was answered yes.
    ConfirmCommitNote,
    PickSource,
    /// Ctrl-T in the editor: open the label chooser.
    ChooseTlp,
    /// A label picked in the chooser, directly by its letter or with Enter.
    PickTlp(crate::domain::sharing::Tlp),
    /// Ctrl-P in the editor: open the PAP chooser.
    ChoosePap,
    /// A PAP label picked in its chooser.
    PickPap(crate::domain::sharing::Pap),
    ToggleProtected,
    NextItem,
    PrevItem,
    FocusSide,
    FocusEditor,
    TogglePresence,
    /// Someone walks in during the meeting: pick them, and they are present.
    WalkIn,
    /// Correct or retract a saved note: pick it (of the meeting's session, or the case's).
    CorrectNote,
    CloseSession,
    ConfirmCloseSession,
    /// Open a closed session for changes again (asks first).
    ReopenSession,
    /// Yes to reopening: the session is in progress again, and the trail says who did it.
    ConfirmReopenSession,
    /// The members present agree (or no longer) to feedback sheets from this session.
    ToggleConsensus,
    /// Export the selected session's minutes for one recipient.
    ExportMinutes,
    /// The selected case's feedback sheet for one recipient.
    ExportFeedback,
    /// The selected session's invitation and agenda for one recipient.
    ExportAgenda,
    /// Write the previewed export.
    WriteExport,
    /// Switch the sharing tab between rules and the audit trail.
    ToggleAudit,
    /// Switch the selected sharing rule on or off.
    ToggleRule,
    /// Add a general topic to the agenda.
    AddTopic,
    MoveItemUp,
    MoveItemDown,
    DropItem,
    ConfirmDropItem,

    // Forms and pickers
    NextField,
    PrevField,
    /// Ctrl-S: save the form.
    Submit,
    /// Enter on a field that is picked from a list.
    OpenPicker,
    /// Enter in a picker.
    Accept,
    /// Yes to the open question.
    Yes,
    /// Delete a stakeholder for good (after confirmation).
    #[serde(skip)]
    DeleteForGood(Id, u64),
    /// Close the open form without saving (after confirmation when changed).
    Discard,
    /// Yes to saving a person with a name someone else already has: save again.
    ConfirmNamesake,

    // Time and the store
    /// Re-read everything from the database.
    Reload,
    /// Time passes: poll the change counter when idle.
    Tick,
    /// The store delivered a fresh data set and the change counter it was read at.
    #[serde(skip)]
    Loaded(Arc<Dataset>, u64),
    /// The second stage of a staged load: notes, decisions, actions, audit trail.
    #[serde(skip)]
    HistoryLoaded(Box<Dataset>, u64),
    /// Before a staged load: how many stakeholders the database holds, read from the
    /// table's length, so that the first screen shows the final count at once.
    #[serde(skip)]
    Counted(u64),
    /// The change counter, as polled; reload when it moved.
    #[serde(skip)]
    Counter(u64),
    /// The search's records folded off the UI thread.
    #[serde(skip)]
    SearchIndexed(super::search::Indexed),
    /// The Overview computed off the UI thread.
    #[serde(skip)]
    OverviewReady(Arc<crate::domain::overview::Overview>),
    /// The Overview's next page: checklist, figures, network picture.
    NextOverviewPage,
    /// A store operation failed; the text is for the user.
    #[serde(skip)]
    StoreFailed(String),
    /// A save was committed; the ids of the records written.
    #[serde(skip)]
    Saved(Ticket, Vec<Id>),
    /// A save was refused or failed; nothing was written.
    #[serde(skip)]
    SaveFailed(Ticket, crate::app::model::effect::SaveError),
    /// A step on an action: done, cancelled, reassigned, due date moved (follow-up,
    /// allowed for an action agreed at a closed session too).
    #[serde(skip)]
    FollowUp(Id, crate::app::model::follow_up::Step),
    /// A picker closed on a value: the router hands it to the feature that opened it.
    #[serde(skip)]
    Picked(super::picker::PickTarget, u64),
    /// Ask who an export is for (the people picker), then preview it.
    #[serde(skip)]
    ChooseRecipient(super::export_preview::Exporting),
    /// The meeting's notes pane gets the focus (its cursor on what is still open).
    FocusNotes,
    /// Start typing a search over the notes of the session.
    StartNoteSearch,
    /// The next note holding the search (in any item of the session).
    NextMatch,
    /// The previous note holding the search.
    PrevMatch,
    /// Search the whole database: notes of every session, cases, actions, people,
    /// sessions (from anywhere; from the meeting's search, it widens it).
    StartSearch,
    /// The search switches between the meeting's session and everything.
    ToggleSearchScope,
    /// Enter on a hit: go where it is (the note in its session, the case file, ...).
    #[serde(skip)]
    JumpTo(crate::app::model::search::Target),
    /// `l`: the last messages, newest first.
    ShowMessages,
    /// Enter on the lock screen: resume (checking the passphrase when there is one).
    Unlock,
    /// Whether the passphrase typed on the lock screen was right.
    #[serde(skip)]
    PassphraseChecked(bool),
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names a config file may use: snake case, stable across renames of the variants'
    /// documentation or of the catalogue.
    #[test]
    fn actions_have_stable_serde_names() {
        let name = |a: &Action| serde_json::to_string(a).unwrap();
        assert_eq!(name(&Action::Quit), r#""quit""#);
        assert_eq!(name(&Action::ChangeCaseStatus), r#""change_case_status""#);
        assert_eq!(
            name(&Action::GoTab(Tab::Sessions)),
            r#"{"go_tab":"sessions"}"#
        );
        assert_eq!(name(&Action::ToggleHelp), r#""toggle_help""#);
    }
}
