//! Keys as data. The same table drives the handler, the footer and the help screen, so
//! that what is shown is what works.

use std::sync::LazyLock;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Action, Tab};

/// Where a binding applies. The topmost scope gets a key first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    /// Anywhere no overlay is open.
    Global,
    /// In any list.
    List,
    Stakeholders,
    Networks,
    Sessions,
    Sharing,
    /// The Overview tab.
    Overview,
    /// Typing a filter over a list.
    Filter,
    /// A form.
    Form,
    /// A form of several fields: moving between them.
    FormFields,
    /// A one-line field of a form of several: Enter moves on, or opens the field's list
    /// (in a field of several lines, Enter starts a new line).
    FormLine,
    /// A form of one field: Enter saves it.
    OneField,
    /// A fuzzy picker.
    Picker,
    /// A picker of several values (quick filters, people): Enter turns one on or off,
    /// Esc closes it keeping them. Over `Picker`.
    Choices,
    /// A record's detail filling the tab.
    Detail,
    /// The cases list of the round-tables tab.
    Cases,
    /// Every open action, in the round-tables tab.
    Actions,
    /// Every training, in the networks tab.
    Trainings,
    /// The meeting's note editor (takes text).
    Editor,
    /// The meeting screen outside the editor: attendance and agenda.
    MeetingSide,
    /// The summary after closing a session.
    Summary,
    /// The preview of an export.
    Preview,
    /// The audit trail.
    Audit,
    /// The help overlay.
    Help,
    /// A yes/no question.
    Confirm,
    /// The label chooser over the note editor.
    LabelChooser,
    /// The PAP chooser over the note editor.
    PapChooser,
    /// The meeting's notes pane, walked with a cursor.
    MeetingNotes,
    /// Typing a search over the meeting's notes.
    NoteSearch,
    /// The message log.
    Messages,
    /// The search of the whole database (takes the query).
    Search,
    /// The search opened from a meeting: Tab switches between its session and everything.
    SearchSession,
    /// The lock screen after an idle time (takes the passphrase).
    Locked,
    /// Where a jump of the search led: Esc goes back to the search.
    SearchBack,
}

#[derive(Debug, Clone)]
pub struct Binding {
    pub scope: Scope,
    pub keys: Vec<(KeyCode, KeyModifiers)>,
    /// How the keys are written in the footer and help ("↑/k").
    pub label: &'static str,
    /// Catalogue key of what the binding does.
    pub help: &'static str,
    pub action: Action,
    /// Shown in the footer (the help screen shows every binding).
    pub footer: bool,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const ALT: KeyModifiers = KeyModifiers::ALT;

/// The characters of the digit row of a Belgian/French AZERTY keyboard without Shift,
/// indexed by the digit they share a key with (`AZERTY_DIGITS[1]` is `&`).
pub const AZERTY_DIGITS: [char; 10] = ['à', '&', 'é', '"', '\'', '(', '-', 'è', '_', 'ç'];

/// Control keys no default binding may use (a test checks the table against it):
/// - `a`, `b`: the prefix keys of GNU screen and tmux, which many run the program in;
/// - `z`: suspend, by habit (raw mode delivers it, but users expect it to stop a program);
/// - `q`, `s`: XON/XOFF. Raw mode (`cfmakeraw`) clears IXON, so they reach the program,
///   and `C-s` (save) is kept as the one exception users of editors expect; `q` stays free;
/// - `4`, `5`, `6`: how crossterm reports `C-\` (SIGQUIT in cooked mode), `C-]` (telnet's
///   escape) and `C-^` (mosh's escape);
/// - `h`, `i`, `j`, `m`, `[`: the same bytes as Backspace, Tab, line feed, Enter and Esc,
///   so a binding on them could never be told apart.
#[cfg_attr(not(test), allow(dead_code))]
pub const RESERVED_CTRL: [char; 12] = ['a', 'b', 'z', 'q', '4', '5', '6', 'h', 'i', 'j', 'm', '['];

fn b(
    scope: Scope,
    keys: &[(KeyCode, KeyModifiers)],
    label: &'static str,
    help: &'static str,
    action: Action,
    footer: bool,
) -> Binding {
    Binding {
        scope,
        keys: keys.to_vec(),
        label,
        help,
        action,
        footer,
    }
}

mod overrides;
pub use overrides::{KeyOverride, install_overrides, names, with_overrides};

/// The table in force: the defaults, with the config file's overrides when the runtime
/// installed them before the first key.
static BINDINGS: LazyLock<Vec<Binding>> = LazyLock::new(overrides::table);

#[rustfmt::skip]
fn defaults() -> Vec<Binding> {
    use KeyCode::*;
    use Scope::*;
    vec![
        b(Confirm, &[(Char('y'), NONE), (Enter, NONE)], "y", "key-confirm_yes", Action::Yes, true),
        b(Confirm, &[(Char('n'), NONE), (Esc, NONE)], "n/Esc", "key-confirm_no", Action::Back, true),
        b(LabelChooser, &[(Char('r'), NONE)], "r", "key-tlp_red", Action::PickTlp(crate::domain::sharing::Tlp::Red), false),
        b(LabelChooser, &[(Char('s'), NONE)], "s", "key-tlp_amber_strict", Action::PickTlp(crate::domain::sharing::Tlp::AmberStrict), false),
        b(LabelChooser, &[(Char('a'), NONE)], "a", "key-tlp_amber", Action::PickTlp(crate::domain::sharing::Tlp::Amber), false),
        b(LabelChooser, &[(Char('g'), NONE)], "g", "key-tlp_green", Action::PickTlp(crate::domain::sharing::Tlp::Green), false),
        b(LabelChooser, &[(Char('c'), NONE)], "c", "key-tlp_clear", Action::PickTlp(crate::domain::sharing::Tlp::Clear), false),
        b(LabelChooser, &[(Enter, NONE)], "Enter", "key-pick", Action::Accept, true),
        b(LabelChooser, &[(Up, NONE), (Char('k'), NONE)], "↑", "key-up", Action::Up, true),
        b(LabelChooser, &[(Down, NONE), (Char('j'), NONE)], "↓", "key-down", Action::Down, true),
        b(LabelChooser, &[(Esc, NONE)], "Esc", "key-cancel", Action::Back, true),
        b(PapChooser, &[(Char('r'), NONE)], "r", "key-pap_red", Action::PickPap(crate::domain::sharing::Pap::Red), false),
        b(PapChooser, &[(Char('a'), NONE)], "a", "key-pap_amber", Action::PickPap(crate::domain::sharing::Pap::Amber), false),
        b(PapChooser, &[(Char('g'), NONE)], "g", "key-pap_green", Action::PickPap(crate::domain::sharing::Pap::Green), false),
        b(PapChooser, &[(Char('c'), NONE)], "c", "key-pap_clear", Action::PickPap(crate::domain::sharing::Pap::Clear), false),
        b(PapChooser, &[(Enter, NONE)], "Enter", "key-pick", Action::Accept, true),
        b(PapChooser, &[(Up, NONE), (Char('k'), NONE)], "↑", "key-up", Action::Up, true),
        b(PapChooser, &[(Down, NONE), (Char('j'), NONE)], "↓", "key-down", Action::Down, true),
        b(PapChooser, &[(Esc, NONE)], "Esc", "key-cancel", Action::Back, true),
        b(Choices, &[(Enter, NONE)], "Enter", "key-toggle_choice", Action::Accept, true),
        b(Choices, &[(Esc, NONE)], "Esc", "key-done_choosing", Action::Back, true),
        b(Picker, &[(Enter, NONE)], "Enter", "key-pick", Action::Accept, true),
        b(Picker, &[(Up, NONE), (Char('p'), CTRL)], "↑", "key-up", Action::Up, true),
        b(Picker, &[(Down, NONE), (Char('n'), CTRL)], "↓", "key-down", Action::Down, true),
        // Not in the footer (no room at 80 columns in Dutch): the picker names them itself.
        b(Picker, &[(PageUp, NONE)], "PgUp", "key-page_up", Action::PageUp, false),
        b(Picker, &[(PageDown, NONE)], "PgDn", "key-page_down", Action::PageDown, false),
        b(Picker, &[(Esc, NONE)], "Esc", "key-cancel", Action::Back, true),
        // Save and cancel first: a footer too narrow (Dutch, French at 80 columns) leaves
        // out the keys after them, behind "F1 more".
        b(SearchBack, &[(Esc, NONE)], "Esc", "key-back_to_search", Action::Back, true),
        b(Form, &[(Char('s'), CTRL)], "C-s", "key-save", Action::Submit, true),
        b(Form, &[(Esc, NONE)], "Esc", "key-cancel", Action::Back, true),
        b(Form, &[(F(1), NONE)], "F1", "key-help", Action::ToggleHelp, true),
        b(FormLine, &[(Enter, NONE)], "Enter", "key-choose", Action::OpenPicker, true),
        b(FormFields, &[(Tab, NONE), (Down, NONE)], "Tab", "key-next_field", Action::NextField, true),
        b(FormFields, &[(BackTab, SHIFT), (BackTab, NONE), (Up, NONE)], "S-Tab", "key-prev_field", Action::PrevField, true),
        b(OneField, &[(Enter, NONE)], "Enter", "key-save", Action::Submit, true),
        b(Filter, &[(Enter, NONE)], "Enter", "key-keep_filter", Action::EndFilter, true),
        b(Filter, &[(Esc, NONE)], "Esc", "key-clear_filter", Action::Back, true),
        b(Filter, &[(Up, NONE)], "↑", "key-up", Action::Up, true),
        b(Filter, &[(Down, NONE)], "↓", "key-down", Action::Down, true),
        b(Help, &[(Esc, NONE), (Char('?'), NONE), (Char('q'), NONE)], "Esc", "key-close_help", Action::Back, true),
        b(Help, &[(Up, NONE), (Char('k'), NONE)], "↑/k", "key-scroll_up", Action::Up, true),
        b(Help, &[(Down, NONE), (Char('j'), NONE)], "↓/j", "key-scroll_down", Action::Down, true),
        b(Help, &[(PageUp, NONE)], "PgUp", "key-page_up", Action::PageUp, false),
        b(Help, &[(PageDown, NONE)], "PgDn", "key-page_down", Action::PageDown, false),
        b(Help, &[(Home, NONE), (Char('g'), NONE)], "Home/g", "key-scroll_top", Action::Top, false),
        b(Help, &[(End, NONE), (Char('G'), SHIFT), (Char('G'), NONE)], "End/G", "key-scroll_bottom", Action::Bottom, false),
        b(Search, &[(Enter, NONE)], "Enter", "key-search_jump", Action::Open, true),
        b(SearchSession, &[(Tab, NONE)], "Tab", "key-search_scope", Action::ToggleSearchScope, true),
        b(Search, &[(Up, NONE), (Char('p'), CTRL)], "↑", "key-up", Action::Up, true),
        b(Search, &[(Down, NONE), (Char('n'), CTRL)], "↓", "key-down", Action::Down, true),
        b(Search, &[(PageUp, NONE)], "PgUp", "key-page_up", Action::PageUp, false),
        b(Search, &[(PageDown, NONE)], "PgDn", "key-page_down", Action::PageDown, false),
        b(Search, &[(Esc, NONE)], "Esc", "key-search_close", Action::Back, true),
        b(Search, &[(F(1), NONE)], "F1", "key-help", Action::ToggleHelp, true),
        b(Locked, &[(Enter, NONE)], "Enter", "key-resume", Action::Unlock, true),
        b(Messages, &[(Esc, NONE), (Char('l'), NONE), (Char('q'), NONE)], "Esc", "key-close", Action::Back, true),
        b(Messages, &[(Char('?'), NONE), (F(1), NONE)], "?", "key-help", Action::ToggleHelp, true),
        b(Messages, &[(Up, NONE), (Char('k'), NONE)], "↑/k", "key-scroll_up", Action::Up, true),
        b(Messages, &[(Down, NONE), (Char('j'), NONE)], "↓/j", "key-scroll_down", Action::Down, true),
        b(Messages, &[(PageUp, NONE)], "PgUp", "key-page_up", Action::PageUp, false),
        b(Messages, &[(PageDown, NONE)], "PgDn", "key-page_down", Action::PageDown, false),
        b(Messages, &[(Home, NONE), (Char('g'), NONE)], "Home/g", "key-scroll_top", Action::Top, false),
        b(Messages, &[(End, NONE), (Char('G'), SHIFT), (Char('G'), NONE)], "End/G", "key-scroll_bottom", Action::Bottom, false),
        b(Summary, &[(Esc, NONE), (Enter, NONE)], "Esc", "key-close", Action::Back, true),
        b(Preview, &[(Char('w'), NONE), (Enter, NONE)], "w", "key-write_export", Action::WriteExport, true),
        b(Preview, &[(Esc, NONE)], "Esc", "key-cancel_export", Action::Back, true),
        b(Preview, &[(Up, NONE), (Char('k'), NONE)], "↑/k", "key-scroll_up", Action::Up, true),
        b(Preview, &[(Down, NONE), (Char('j'), NONE)], "↓/j", "key-scroll_down", Action::Down, true),
        b(Preview, &[(PageUp, NONE)], "PgUp", "key-page_up", Action::PageUp, false),
        b(Preview, &[(PageDown, NONE)], "PgDn", "key-page_down", Action::PageDown, false),
        b(Preview, &[(Char('?'), NONE)], "?", "key-help", Action::ToggleHelp, false),
        b(Sharing, &[(Char('e'), NONE)], "e", "key-edit_agreement", Action::Edit, true),
        b(Sharing, &[(Char('n'), NONE)], "n", "key-new_rule", Action::New, true),
        b(Sharing, &[(Char(' '), NONE)], "Space", "key-toggle_rule", Action::ToggleRule, true),
        b(Sharing, &[(Char('v'), NONE)], "v", "key-show_audit", Action::ToggleAudit, true),
        b(Audit, &[(Char('f'), NONE)], "f", "key-audit_filter", Action::CycleQuick, true),
        b(Audit, &[(Char('v'), NONE)], "v", "key-show_rules", Action::ToggleAudit, true),
        b(Editor, &[(Char('s'), CTRL), (Enter, CTRL)], "C-s", "key-save_note", Action::CommitNote, true),
        b(Editor, &[(Char('n'), CTRL), (PageDown, CTRL)], "C-n", "key-next_item", Action::NextItem, true),
        b(Editor, &[(Char('t'), CTRL)], "C-t", "key-tlp", Action::ChooseTlp, true),
        b(Editor, &[(Char('r'), CTRL)], "C-r", "key-protect", Action::ToggleProtected, true),
        b(Editor, &[(Esc, NONE)], "Esc", "key-attendance", Action::FocusSide, true),
        b(Editor, &[(Char('p'), CTRL)], "C-p", "key-pap", Action::ChoosePap, true),
        b(Editor, &[(Char('o'), CTRL)], "C-o", "key-source", Action::PickSource, true),
        b(Editor, &[(Char('p'), ALT), (PageUp, CTRL)], "M-p", "key-prev_item", Action::PrevItem, true),
        b(Editor, &[(F(1), NONE)], "F1", "key-help", Action::ToggleHelp, true),
        b(Editor, &[(Char('f'), CTRL)], "C-f", "key-search_all", Action::StartSearch, false),
        b(MeetingSide, &[(Esc, NONE)], "Esc", "key-leave_meeting", Action::Back, true),
        b(MeetingSide, &[(Char('?'), NONE), (F(1), NONE)], "?", "key-help", Action::ToggleHelp, true),
        b(MeetingSide, &[(Up, NONE), (Char('k'), NONE)], "↑/k", "key-up", Action::Up, false),
        b(MeetingSide, &[(Down, NONE), (Char('j'), NONE)], "↓/j", "key-down", Action::Down, false),
        b(MeetingSide, &[(Char(' '), NONE)], "Space", "key-presence", Action::TogglePresence, true),
        b(MeetingSide, &[(Enter, NONE), (Char('i'), NONE)], "Enter", "key-write", Action::FocusEditor, true),
        b(MeetingSide, &[(Char('n'), NONE)], "n", "key-next_item", Action::NextItem, true),
        b(MeetingSide, &[(Char('p'), NONE)], "p", "key-prev_item", Action::PrevItem, false),
        b(MeetingSide, &[(Char('s'), NONE)], "s", "key-case_status", Action::ChangeCaseStatus, true),
        b(MeetingSide, &[(Char('x'), NONE)], "x", "key-close_session", Action::CloseSession, true),
        b(MeetingSide, &[(Char('t'), NONE)], "t", "key-add_topic", Action::AddTopic, true),
        b(MeetingSide, &[(Char('o'), NONE)], "o", "key-reopen_session", Action::ReopenSession, false),
        b(MeetingSide, &[(Char('c'), NONE)], "c", "key-consensus", Action::ToggleConsensus, false),
        b(MeetingSide, &[(Char('K'), SHIFT), (Char('K'), NONE)], "K", "key-item_up", Action::MoveItemUp, false),
        b(MeetingSide, &[(Char('J'), SHIFT), (Char('J'), NONE)], "J", "key-item_down", Action::MoveItemDown, false),
        b(MeetingSide, &[(Char('d'), NONE)], "d", "key-drop_item", Action::DropItem, false),
        b(MeetingSide, &[(Char('w'), NONE)], "w", "key-walk_in", Action::WalkIn, false),
        // `l` moves to the notes here; the message log needs a key of its own.
        b(MeetingSide, &[(Char('m'), NONE)], "m", "key-messages", Action::ShowMessages, false),
        b(MeetingNotes, &[(Right, NONE), (Char('l'), NONE)], "→/l", "key-notes_pane", Action::FocusNotes, true),
        b(MeetingNotes, &[(Esc, NONE)], "Esc", "key-notes_back", Action::Back, true),
        // Not Back: from the side, where Esc leaves the meeting, ← and h stay on it.
        b(MeetingNotes, &[(Left, NONE), (Char('h'), NONE)], "←/h", "key-attendance", Action::FocusSide, false),
        b(MeetingNotes, &[(Up, NONE), (Char('k'), NONE)], "↑/k", "key-up", Action::Up, false),
        b(MeetingNotes, &[(Down, NONE), (Char('j'), NONE)], "↓/j", "key-down", Action::Down, false),
        b(MeetingNotes, &[(Home, NONE), (Char('g'), NONE)], "Home/g", "key-top", Action::Top, false),
        b(MeetingNotes, &[(End, NONE), (Char('G'), SHIFT), (Char('G'), NONE)], "End/G", "key-bottom", Action::Bottom, false),
        b(MeetingNotes, &[(Char('D'), SHIFT), (Char('D'), NONE)], "D", "key-action_done", Action::ActionDoneSelected, true),
        b(MeetingNotes, &[(Char('X'), SHIFT), (Char('X'), NONE)], "X", "key-action_cancel", Action::ActionCancelSelected, true),
        b(MeetingNotes, &[(Char('U'), SHIFT), (Char('U'), NONE)], "U", "key-action_due", Action::ActionDueSelected, true),
        b(MeetingNotes, &[(Char('R'), SHIFT), (Char('R'), NONE)], "R", "key-action_reassign", Action::ActionReassignSelected, true),
        b(MeetingNotes, &[(Char('/'), NONE)], "/", "key-search_notes", Action::StartNoteSearch, true),
        b(MeetingNotes, &[(Char('n'), NONE)], "n", "key-next_match", Action::NextMatch, true),
        b(MeetingNotes, &[(Char('N'), SHIFT), (Char('N'), NONE)], "N", "key-prev_match", Action::PrevMatch, true),
        b(NoteSearch, &[(Enter, NONE)], "Enter", "key-keep_search", Action::EndFilter, true),
        b(NoteSearch, &[(Esc, NONE)], "Esc", "key-end_search", Action::Back, true),
        b(NoteSearch, &[(Tab, NONE)], "Tab", "key-search_everything", Action::StartSearch, true),
        b(MeetingSide, &[(Char('E'), SHIFT), (Char('E'), NONE)], "E", "key-correct_note", Action::CorrectNote, false),
        b(Networks, &[(Enter, NONE)], "Enter", "key-open", Action::Open, true),
        b(Networks, &[(Char('n'), NONE)], "n", "key-new_network", Action::New, true),
        b(Networks, &[(Char('e'), NONE)], "e", "key-edit", Action::Edit, true),
        b(Networks, &[(Char('m'), NONE)], "m", "key-add_member", Action::AddMember, true),
        b(Networks, &[(Char('M'), SHIFT), (Char('M'), NONE)], "M", "key-remove_member", Action::RemoveMember, false),
        b(Networks, &[(Char('p'), NONE)], "p", "key-log_problem", Action::LogProblem, true),
        b(Networks, &[(Char('x'), NONE)], "x", "key-log_exchange", Action::LogExchange, true),
        b(Networks, &[(Char('d'), NONE), (Delete, NONE)], "d", "key-archive", Action::Delete, false),
        b(Networks, &[(Char('X'), SHIFT), (Char('X'), NONE)], "X", "key-edit_exchange", Action::EditExchange, false),
        b(Networks, &[(Char('t'), NONE)], "t", "key-show_trainings", Action::ToggleTrainings, true),
        b(Networks, &[(Char('u'), NONE)], "u", "key-restore", Action::Restore, false),
        b(Networks, &[(Char('a'), NONE)], "a", "key-show_archived", Action::ToggleArchived, false),
        b(Trainings, &[(Enter, NONE)], "Enter", "key-open", Action::Open, true),
        b(Trainings, &[(Char('n'), NONE)], "n", "key-plan_training", Action::New, true),
        b(Trainings, &[(Char('e'), NONE)], "e", "key-edit", Action::Edit, true),
        b(Trainings, &[(Char('t'), NONE)], "t", "key-show_networks", Action::ToggleTrainings, true),
        b(Sessions, &[(Enter, NONE)], "Enter", "key-open_meeting", Action::OpenMeeting, true),
        b(Sessions, &[(Char('n'), NONE)], "n", "key-new_session", Action::New, true),
        b(Sessions, &[(Char('v'), NONE)], "v", "key-show_cases", Action::ToggleCases, true),
        b(Sessions, &[(Char('A'), SHIFT), (Char('A'), NONE)], "A", "key-show_actions", Action::ToggleActions, false),
        b(Actions, &[(Char('A'), SHIFT), (Char('A'), NONE)], "A", "key-show_sessions", Action::ToggleActions, true),
        b(Actions, &[(Char('D'), SHIFT), (Char('D'), NONE)], "D", "key-action_done", Action::ActionDoneSelected, true),
        b(Actions, &[(Char('X'), SHIFT), (Char('X'), NONE)], "X", "key-action_cancel", Action::ActionCancelSelected, true),
        b(Actions, &[(Char('U'), SHIFT), (Char('U'), NONE)], "U", "key-action_due", Action::ActionDueSelected, true),
        b(Actions, &[(Char('R'), SHIFT), (Char('R'), NONE)], "R", "key-action_reassign", Action::ActionReassignSelected, true),
        b(Actions, &[(Char('f'), NONE)], "f", "key-actions_filter", Action::FilterActions, false),
        b(Sessions, &[(Char('x'), NONE)], "x", "key-export_minutes", Action::ExportMinutes, true),
        b(Sessions, &[(Char('a'), NONE)], "a", "key-export_agenda", Action::ExportAgenda, true),
        b(Sessions, &[(Char('e'), NONE)], "e", "key-edit", Action::Edit, true),
        b(Cases, &[(Enter, NONE)], "Enter", "key-open_case", Action::Open, true),
        b(Cases, &[(Char('n'), NONE)], "n", "key-new_case", Action::New, true),
        b(Cases, &[(Char('e'), NONE)], "e", "key-edit", Action::Edit, true),
        b(Cases, &[(Char('s'), NONE)], "s", "key-case_status", Action::ChangeCaseStatus, true),
        b(Cases, &[(Char('a'), NONE)], "a", "key-add_to_agenda", Action::AddToAgenda, true),
        b(Cases, &[(Char('f'), NONE)], "f", "key-feedback", Action::ExportFeedback, true),
        b(Cases, &[(Char('v'), NONE)], "v", "key-show_sessions", Action::ToggleCases, true),
        b(Cases, &[(Char('D'), SHIFT), (Char('D'), NONE)], "D", "key-action_done", Action::ActionDoneSelected, false),
        b(Cases, &[(Char('X'), SHIFT), (Char('X'), NONE)], "X", "key-action_cancel", Action::ActionCancelSelected, false),
        b(Cases, &[(Char('U'), SHIFT), (Char('U'), NONE)], "U", "key-action_due", Action::ActionDueSelected, false),
        b(Cases, &[(Char('R'), SHIFT), (Char('R'), NONE)], "R", "key-action_reassign", Action::ActionReassignSelected, false),
        b(Cases, &[(Char('E'), SHIFT), (Char('E'), NONE)], "E", "key-correct_note", Action::CorrectNote, false),
        b(Cases, &[(Char('r'), NONE)], "r", "key-route_concern", Action::RouteConcern, false),
        b(Detail, &[(Up, NONE), (Char('k'), NONE)], "↑/k", "key-scroll_up", Action::Up, false),
        b(Detail, &[(Down, NONE), (Char('j'), NONE)], "↓/j", "key-scroll_down", Action::Down, false),
        b(Detail, &[(PageUp, NONE)], "PgUp", "key-page_up", Action::PageUp, false),
        b(Detail, &[(PageDown, NONE)], "PgDn", "key-page_down", Action::PageDown, false),
        b(Detail, &[(Home, NONE), (Char('g'), NONE)], "Home/g", "key-scroll_top", Action::Top, false),
        b(Detail, &[(End, NONE), (Char('G'), SHIFT), (Char('G'), NONE)], "End/G", "key-scroll_bottom", Action::Bottom, false),
        b(Detail, &[(Esc, NONE), (Enter, NONE)], "Esc", "key-back_to_list", Action::Back, true),
        b(Stakeholders, &[(Enter, NONE)], "Enter", "key-open", Action::Open, true),
        b(Stakeholders, &[(Char('/'), NONE)], "/", "key-filter", Action::StartFilter, true),
        b(Stakeholders, &[(Char('n'), NONE)], "n", "key-new", Action::New, true),
        b(Stakeholders, &[(Char('e'), NONE)], "e", "key-edit", Action::Edit, true),
        b(Stakeholders, &[(Char('f'), NONE)], "f", "key-quick_filter", Action::PickQuickFilters, true),
        b(Stakeholders, &[(Char('s'), NONE)], "s", "key-sort", Action::CycleSort, true),
        b(Stakeholders, &[(Char('c'), NONE)], "c", "key-log_contact", Action::LogContact, true),
        b(Stakeholders, &[(Char('d'), NONE), (Delete, NONE)], "d", "key-archive", Action::Delete, true),
        b(Stakeholders, &[(Char('F'), SHIFT), (Char('F'), NONE)], "F", "key-sector_filter", Action::PickSectorFilter, false),
        b(Stakeholders, &[(Char('p'), NONE)], "p", "key-stage_filter", Action::PickStageFilter, false),
        b(Stakeholders, &[(Char('r'), NONE)], "r", "key-route_concern", Action::RouteConcern, false),
        b(Stakeholders, &[(Char('m'), NONE)], "m", "key-move_stage", Action::MoveStage, false),
        b(Stakeholders, &[(Char('S'), SHIFT), (Char('S'), NONE)], "S", "key-reverse_sort", Action::ReverseSort, false),
        b(Stakeholders, &[(Char('u'), NONE)], "u", "key-restore", Action::Restore, false),
        b(Stakeholders, &[(Char('t'), NONE)], "t", "key-new_training", Action::NewTraining, false),
        b(Stakeholders, &[(Char('i'), NONE)], "i", "key-import", Action::Import, false),
        b(Stakeholders, &[(Char('x'), NONE)], "x", "key-export_list", Action::ExportList, false),
        b(Stakeholders, &[(Char('a'), NONE)], "a", "key-show_archived", Action::ToggleArchived, false),
        b(List, &[(Up, NONE), (Char('k'), NONE)], "↑/k", "key-up", Action::Up, false),
        b(List, &[(Down, NONE), (Char('j'), NONE)], "↓/j", "key-down", Action::Down, false),
        b(List, &[(PageUp, NONE)], "PgUp", "key-page_up", Action::PageUp, false),
        b(List, &[(PageDown, NONE)], "PgDn", "key-page_down", Action::PageDown, false),
        b(List, &[(Home, NONE), (Char('g'), NONE)], "Home/g", "key-top", Action::Top, false),
        b(List, &[(End, NONE), (Char('G'), SHIFT), (Char('G'), NONE)], "End/G", "key-bottom", Action::Bottom, false),
        b(Global, &[(Tab, NONE)], "Tab", "key-next_tab", Action::NextTab, true),
        b(Global, &[(BackTab, SHIFT), (BackTab, NONE)], "S-Tab", "key-prev_tab", Action::PrevTab, false),
        b(Overview, &[(Enter, NONE)], "Enter", "key-overview_jump", Action::Open, true),
        b(Overview, &[(Char('v'), NONE)], "v", "key-overview_page", Action::NextOverviewPage, true),
        b(Global, &[(Char('0'), NONE), (Char(AZERTY_DIGITS[0]), NONE)], "0", "key-tab_overview", Action::GoTab(super::Tab::Overview), false),
        b(Global, &[(Char('1'), NONE), (Char(AZERTY_DIGITS[1]), NONE), (F(2), NONE)], "1/F2", "key-tab_stakeholders", Action::GoTab(super::Tab::Stakeholders), false),
        b(Global, &[(Char('2'), NONE), (Char(AZERTY_DIGITS[2]), NONE), (F(3), NONE)], "2/F3", "key-tab_networks", Action::GoTab(super::Tab::Networks), false),
        b(Global, &[(Char('3'), NONE), (Char(AZERTY_DIGITS[3]), NONE), (F(4), NONE)], "3/F4", "key-tab_sessions", Action::GoTab(super::Tab::Sessions), false),
        b(Global, &[(Char('4'), NONE), (Char(AZERTY_DIGITS[4]), NONE), (F(5), NONE)], "4/F5", "key-tab_sharing", Action::GoTab(super::Tab::Sharing), false),
        b(Global, &[(Char('r'), CTRL)], "C-r", "key-reload", Action::Reload, false),
        b(Global, &[(Char('f'), CTRL)], "C-f", "key-search_all", Action::StartSearch, true),
        b(Global, &[(Char('?'), NONE)], "?", "key-help", Action::ToggleHelp, true),
        b(Global, &[(Char('L'), NONE), (Char('L'), SHIFT)], "L", "key-language", Action::NextLanguage, false),
        b(Global, &[(Char('l'), NONE)], "l", "key-messages", Action::ShowMessages, false),
        b(Global, &[(Esc, NONE)], "Esc", "key-back", Action::Back, false),
        b(Global, &[(Char('q'), NONE), (Char('c'), CTRL)], "q", "key-quit", Action::Quit, true),
    ]
}

/// Every binding active in `scopes`, topmost scope first.
pub fn bindings_for(scopes: &[Scope]) -> impl Iterator<Item = &'static Binding> + '_ {
    scopes
        .iter()
        .flat_map(|s| BINDINGS.iter().filter(move |b| b.scope == *s))
}

/// Whether the key `b`'s label names (its first) reaches it in `scopes`, no binding of a
/// scope above taking it first: help lists only the keys that do what it says.
pub fn acts(scopes: &[Scope], b: &Binding) -> bool {
    b.keys.first().is_some_and(|&(code, mods)| {
        binding_for(scopes, KeyEvent::new(code, mods)).is_some_and(|found| std::ptr::eq(found, b))
    })
}

/// The binding `key` reaches in `scopes`: the first, topmost scope first.
pub fn binding_for(scopes: &[Scope], key: KeyEvent) -> Option<&'static Binding> {
    let mods = normal(key.code, key.modifiers);
    bindings_for(scopes).find(|b| {
        b.keys
            .iter()
            .any(|&(code, m)| code == key.code && normal(code, m) == mods)
    })
}

/// Every scope some binding uses.
pub fn all_scopes() -> impl Iterator<Item = Scope> {
    BINDINGS.iter().map(|b| b.scope)
}

/// Terminals disagree on whether Shift accompanies an upper-case letter: compare
/// characters without it.
fn normal(code: KeyCode, mods: KeyModifiers) -> KeyModifiers {
    match code {
        KeyCode::Char(_) => mods - KeyModifiers::SHIFT,
        _ => mods,
    }
}

/// The action bound to `key` in the first of `scopes` that binds it, in the interface's
/// language (see [`lookup_in`]).
pub fn lookup(scopes: &[Scope], key: KeyEvent) -> Option<Action> {
    lookup_in(crate::i18n::lang(), scopes, key)
}

/// The letter that answers yes to a confirmation in `lang` (`j` for ja, `o` for oui), from
/// the catalogue that writes the prompt's `(j/n)`.
pub fn yes_letter(lang: crate::i18n::Lang) -> char {
    lang.t("confirm-yes_letter").chars().next().unwrap_or('y')
}

/// [`lookup`] with the language given: in a confirmation, the language's own yes letter
/// works as `y` does (`y` is always accepted too).
pub fn lookup_in(lang: crate::i18n::Lang, scopes: &[Scope], key: KeyEvent) -> Option<Action> {
    let key = match key.code {
        KeyCode::Char(c)
            if scopes.first() == Some(&Scope::Confirm)
                && c.to_lowercase().eq(std::iter::once(yes_letter(lang))) =>
        {
            KeyEvent::new(KeyCode::Char('y'), key.modifiers)
        }
        _ => key,
    };
    binding_for(scopes, key).map(|b| b.action.clone())
}

/// The key that picks `tlp` in the label chooser, from the table above.
pub fn tlp_key(tlp: crate::domain::sharing::Tlp) -> &'static str {
    BINDINGS
        .iter()
        .find(|b| b.scope == Scope::LabelChooser && b.action == Action::PickTlp(tlp))
        .map_or("", |b| b.label)
}

/// The key that picks `pap` in the PAP chooser, from the table above.
pub fn pap_key(pap: crate::domain::sharing::Pap) -> &'static str {
    BINDINGS
        .iter()
        .find(|b| b.scope == Scope::PapChooser && b.action == Action::PickPap(pap))
        .map_or("", |b| b.label)
}

/// The digit that selects `tab`.
pub fn tab_digit(tab: Tab) -> char {
    match tab {
        Tab::Overview => '0',
        Tab::Stakeholders => '1',
        Tab::Networks => '2',
        Tab::Sessions => '3',
        Tab::Sharing => '4',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A config file names actions by their serde names: every bound one reads back.
    #[test]
    fn every_bound_action_reads_back_from_its_name() {
        for b in BINDINGS.iter() {
            let text = serde_json::to_string(&b.action).unwrap();
            let back: Action = serde_json::from_str(&text).unwrap();
            assert_eq!(back, b.action, "{text}");
        }
    }

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn topmost_scope_wins() {
        let help = [Scope::Help];
        assert_eq!(lookup(&help, key(KeyCode::Char('q'))), Some(Action::Back));
        let main = [Scope::Stakeholders, Scope::List, Scope::Global];
        assert_eq!(lookup(&main, key(KeyCode::Char('q'))), Some(Action::Quit));
        assert_eq!(
            lookup(&main, key(KeyCode::Char('3'))),
            Some(Action::GoTab(super::Tab::Sessions))
        );
        // In a form, q is text: no binding.
        assert_eq!(lookup(&[Scope::Form], key(KeyCode::Char('q'))), None);
    }

    /// `(j/n)` in Dutch, `(o/n)` in French: the language's yes letter confirms, `y` always
    /// does, and another language's letter does not.
    #[test]
    fn a_confirmation_takes_the_languages_yes_letter() {
        use crate::i18n::Lang;
        let confirm = [Scope::Confirm];
        let yes = Some(Action::Yes);
        for (lang, own, other) in [
            (Lang::Nl, 'j', 'o'),
            (Lang::Fr, 'o', 'j'),
            (Lang::En, 'y', 'j'),
        ] {
            assert_eq!(yes_letter(lang), own);
            assert_eq!(
                lookup_in(lang, &confirm, key(KeyCode::Char(own))),
                yes,
                "{lang:?}"
            );
            assert_eq!(
                lookup_in(lang, &confirm, key(KeyCode::Char('y'))),
                yes,
                "{lang:?}"
            );
            assert_ne!(
                lookup_in(lang, &confirm, key(KeyCode::Char(other))),
                yes,
                "{lang:?}"
            );
            let n = lookup_in(lang, &confirm, key(KeyCode::Char('n')));
            assert_eq!(n, Some(Action::Back), "{lang:?}");
        }
        // Outside a confirmation, j still moves down.
        let list = [Scope::List, Scope::Global];
        assert_eq!(
            lookup_in(Lang::Nl, &list, key(KeyCode::Char('j'))),
            Some(Action::Down)
        );
    }

    #[test]
    fn shift_is_ignored_for_letters() {
        let main = [Scope::List, Scope::Global];
        let g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(lookup(&main, g), Some(Action::Bottom));
    }

    #[test]
    fn no_key_is_bound_twice_in_one_scope() {
        for a in BINDINGS.iter() {
            for b in BINDINGS.iter() {
                if std::ptr::eq(a, b) || a.scope != b.scope {
                    continue;
                }
                for k in &a.keys {
                    assert!(!b.keys.contains(k), "{k:?} bound twice in {:?}", a.scope);
                }
            }
        }
    }

    /// No default binding takes a key that the terminal, the multiplexer (tmux's `C-b`,
    /// screen's `C-a`) or the tty layer takes, or that cannot be told from another key.
    #[test]
    fn no_binding_uses_a_reserved_control_key() {
        for b in BINDINGS.iter() {
            for &(code, mods) in &b.keys {
                if let KeyCode::Char(c) = code
                    && mods.contains(CTRL)
                {
                    let c = c.to_ascii_lowercase();
                    assert!(
                        !RESERVED_CTRL.contains(&c) && c != '\\' && c != ' ',
                        "C-{c} is reserved but bound to {:?} in {:?}",
                        b.action,
                        b.scope
                    );
                }
            }
        }
    }

    /// On AZERTY the digit row gives `& é " '` without Shift: they switch tabs like the
    /// digits, and each tab has a function key as well.
    #[test]
    fn azerty_digit_row_and_function_keys_switch_tabs() {
        let main = [Scope::Stakeholders, Scope::List, Scope::Global];
        for tab in [
            Tab::Stakeholders,
            Tab::Networks,
            Tab::Sessions,
            Tab::Sharing,
        ] {
            let digit = tab_digit(tab).to_digit(10).unwrap() as usize;
            for code in [
                KeyCode::Char(tab_digit(tab)),
                KeyCode::Char(AZERTY_DIGITS[digit]),
                KeyCode::F(digit as u8 + 1),
            ] {
                assert_eq!(
                    lookup(&main, key(code)),
                    Some(Action::GoTab(tab)),
                    "{code:?}"
                );
            }
        }
    }

    /// The AZERTY characters are used by nothing else, and stay text where text is typed.
    #[test]
    fn azerty_characters_are_free_elsewhere() {
        for b in BINDINGS.iter() {
            if matches!(b.action, Action::GoTab(_)) {
                continue;
            }
            for &(code, _) in &b.keys {
                if let KeyCode::Char(c) = code {
                    assert!(!AZERTY_DIGITS.contains(&c), "{c} bound in {:?}", b.scope);
                }
            }
        }
        for scope in [Scope::Form, Scope::Filter, Scope::Editor, Scope::Picker] {
            for c in AZERTY_DIGITS {
                assert_eq!(
                    lookup(&[scope], key(KeyCode::Char(c))),
                    None,
                    "{c} in {scope:?}"
                );
            }
        }
    }
}
