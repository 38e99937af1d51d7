use std::cell::Cell;
use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::domain::Id;
use crate::domain::dataset::Dataset;
use crate::domain::session::SessionStatus;

use super::form::Form;
use super::picker::Picker;
use super::stakeholder_list::{PeopleView, PersonFacts};
use super::{Action, Effect, Scope};

/// The tabs, in order: the Overview (key 0, the screen the program opens on), then the
/// four record tabs (keys 1–4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tab {
    Stakeholders,
    Networks,
    Sessions,
    Sharing,
    Overview,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Overview,
        Tab::Stakeholders,
        Tab::Networks,
        Tab::Sessions,
        Tab::Sharing,
    ];

    /// The tab's list view in [`App::views`] (the Overview's is its checklist).
    pub fn index(self) -> usize {
        match self {
            Tab::Stakeholders => 0,
            Tab::Networks => 1,
            Tab::Sessions => 2,
            Tab::Sharing => 3,
            Tab::Overview => OVERVIEW_VIEW,
        }
    }

    /// The tab `step` places after this one in [`Tab::ALL`], round.
    pub fn step(self, step: isize) -> Tab {
        let n = Tab::ALL.len() as isize;
        let at = Tab::ALL.iter().position(|t| *t == self).unwrap_or(0) as isize;
        Tab::ALL[(at + step).rem_euclid(n) as usize]
    }

    pub fn title_key(self) -> &'static str {
        match self {
            Tab::Overview => "tab-overview",
            Tab::Stakeholders => "tab-stakeholders",
            Tab::Networks => "tab-networks",
            Tab::Sessions => "tab-sessions",
            Tab::Sharing => "tab-sharing",
        }
    }
}

/// The Overview's checklist selection in [`App::views`].
pub const OVERVIEW_VIEW: usize = 7;
/// The trainings list of the networks tab in [`App::views`].
pub const TRAININGS_VIEW: usize = 8;

/// A scrollable list: the records it shows, in display order, and the selection.
#[derive(Debug, Default)]
pub struct View {
    /// Positions into the data set's vector for this tab, in display order.
    pub rows: Vec<usize>,
    pub selected: usize,
    /// First visible row. Kept by the renderer, which alone knows the height.
    pub offset: Cell<usize>,
    /// Rows visible at the last draw, for page up/down.
    pub page: Cell<usize>,
    /// Counts the changes of `rows` made through [`View::set_rows`] and
    /// [`View::replace_rows`]: what is worked out from the rows once (the widths of a
    /// list's columns) is kept until it changes.
    pub version: u64,
}

impl View {
    pub fn selected_row(&self) -> Option<usize> {
        self.rows.get(self.selected).copied()
    }

    pub fn move_by(&mut self, delta: isize) {
        if self.rows.is_empty() {
            self.selected = 0;
            return;
        }
        let last = self.rows.len() - 1;
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    /// Replaces the rows, keeping the selection on the same record where it still shows.
    pub fn set_rows(&mut self, rows: Vec<usize>, keep: Option<usize>) {
        self.selected = keep
            .and_then(|k| rows.iter().position(|r| *r == k))
            .unwrap_or(self.selected.min(rows.len().saturating_sub(1)));
        self.replace_rows(rows);
    }

    /// Replaces the rows, the selection left as it is.
    pub fn replace_rows(&mut self, rows: Vec<usize>) {
        self.rows = rows;
        self.version += 1;
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    /// The last messages, newest first.
    Messages,
    /// Help opened over the message log (`?` there): closing it returns to the log.
    HelpOverMessages,
}

/// What an import would do, before anything is written.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPreview {
    pub plan: Arc<crate::import::Plan>,
    pub on_duplicate: crate::import::OnDuplicate,
    pub skip_invalid: bool,
    pub scroll: u16,
    /// New rows named like someone already known, each with who that is.
    pub namesakes: Vec<String>,
    /// The user said yes to importing them as new people.
    pub namesakes_ok: bool,
}

/// A yes/no question and what "yes" does.
#[derive(Debug, Clone, PartialEq)]
pub struct Confirm {
    pub question: String,
    pub on_yes: Action,
}

impl Confirm {
    /// Catalogue key of the dialog's title: what a yes does.
    pub fn title_key(&self) -> &'static str {
        match self.on_yes {
            Action::ConfirmQuit => "confirm-title_quit",
            Action::Discard => "confirm-title_discard",
            Action::DeleteForGood(..) => "confirm-title_delete",
            Action::ConfirmCloseSession => "confirm-title_close_session",
            Action::ConfirmReopenSession => "confirm-title_reopen_session",
            Action::ConfirmDropItem => "confirm-title_drop_item",
            Action::ConfirmCommitNote => "confirm-title_commit_note",
            Action::ConfirmNamesake => "confirm-title_namesake",
            Action::ImportSkippingInvalid => "confirm-title_import",
            _ => "confirm-title",
        }
    }
}

/// A save's own number, given by [`App::quick`]: the store's answer finds its save by
/// it, whatever message the save will show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SaveId(pub u64);

/// What a save in flight was for, so that its result lands in the right place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ticket {
    /// The open form: close it on success.
    Form,
    /// A one-key change (archive, delete, an export): known by its number; show its
    /// message on success.
    Quick(SaveId, String),
    /// No save in flight: a message from the store's side (an import done, the name an
    /// export landed under).
    Notice(String),
    /// A note typed in the meeting editor, known by its number (its text is the
    /// meeting's `committing` until the store answers).
    Note(SaveId),
    /// The meeting's working copy of its session.
    Session,
    /// The meeting editor's draft.
    Draft,
    /// Nothing to tell the user (an audit entry on opening a case file).
    Silent,
    /// The open form's typing, written as a draft.
    FormDraft,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub kind: StatusKind,
    pub text: String,
}

/// Lookups by id into the data set, rebuilt on every load.
#[derive(Debug, Default)]
pub struct Index {
    pub stakeholders: HashMap<Id, usize>,
    pub cases: HashMap<Id, usize>,
    pub sessions: HashMap<Id, usize>,
    /// Positions in `data.notes` of each session's notes, in time order.
    pub notes_by_session: HashMap<Id, Vec<usize>>,
}

/// The whole model the views draw from.
pub struct App {
    pub tab: Tab,
    pub data: Arc<Dataset>,
    pub index: Index,
    /// One list per tab, then the cases list of the round-tables tab and the audit trail
    /// of the sharing tab.
    pub views: [View; 9],
    /// The Overview tab: the overview computed off the UI thread, the page shown.
    pub overview: super::overview::OverviewState,
    /// The sharing tab shows the audit trail.
    pub show_audit: bool,
    /// Only audit entries of this kind.
    pub audit_filter: Option<crate::domain::audit::AuditKind>,
    /// An export being previewed.
    pub export: Option<crate::app::model::export_preview::ExportPreview>,
    /// An import being previewed, with the choices it will be written with.
    pub import: Option<ImportPreview>,
    /// Where exports are written.
    pub export_dir: std::path::PathBuf,
    /// The round-tables tab shows cases instead of sessions.
    pub show_cases: bool,
    /// The round-tables tab shows every open action (over cases and sessions).
    pub show_actions: bool,
    /// The networks tab shows every training instead of the networks.
    pub show_trainings: bool,
    /// The networks list shows the archived networks too (`a`), to restore one (`u`).
    pub show_archived_networks: bool,
    /// What the Actions view is narrowed to.
    pub actions_filter: Option<crate::app::model::follow_up::ActionsFilter>,
    pub meeting: Option<crate::app::model::meeting::Meeting>,
    /// The search of the whole database, open over whatever was on screen.
    pub search: Option<super::search::SearchState>,
    /// The search's folded records, kept between its openings while the data stay.
    pub search_corpus: super::search::CorpusCache,
    /// The search the last jump left, for Esc's way back to it.
    pub search_back: Option<super::search_back::SearchBack>,
    /// The Unix account, for drafts and "by" stamps.
    pub user: String,
    /// The time as of the last event, set by the runtime (tests set it by hand).
    pub now: chrono::DateTime<chrono::Utc>,
    /// The zone for showing times, with its daylight-saving rules (see
    /// `domain::time::local`); UTC until the runtime sets the configured one, so that
    /// tests draw the same on every machine.
    pub tz: chrono_tz::Tz,
    pub overlay: Option<Overlay>,
    pub help_scroll: super::scroll::Scroll,
    pub form: Option<Form>,
    pub picker: Option<Picker>,
    pub confirm: Option<Confirm>,
    /// Saves sent to the store and not yet confirmed.
    pub saving: Vec<Ticket>,
    /// The number of the last save given a ticket by [`App::quick`].
    pub last_save: u64,
    pub people: PeopleView,
    /// The selected record's detail fills the tab (Enter); Esc returns to the list.
    pub zoom: bool,
    /// After the next load, select this record in this tab (a record just created).
    pub select_after_load: Option<(Tab, Id)>,
    /// The zoomed detail's scroll (Up/Down, PgUp/PgDn, Home/End).
    pub detail_scroll: super::scroll::Scroll,
    /// The meeting's notes pane as last drawn ([`super::meeting_notes::NotesOf`]).
    pub notes_pane: super::kept::Kept<super::meeting_notes::NotesOf>,
    /// Per stakeholder, parallel to `data.stakeholders`.
    pub facts: Arc<[PersonFacts]>,
    pub status: Option<Status>,
    /// When and where the message on the status line was shown (`status_line`).
    pub status_shown: Option<super::status_line::Shown>,
    /// The stakeholder whose detail the pane beside the list keeps showing while the
    /// selection moves; `None`: the selected one. The pane catches up on the first tick
    /// after a tick without a move, once the selection rests: a move then redraws the list rows only (bytes per key
    /// over a slow link), not the whole detail.
    pub detail_pinned: Option<usize>,
    /// The selection moved since the last tick: the pinned detail waits one more tick,
    /// so that it follows only a selection that rested a whole tick (a held arrow key
    /// never redraws it).
    pub detail_moved: bool,
    /// How long a key of the stakeholder filter may rank before its frame shows what was
    /// typed (the interface's loop sets it; see [`super::people_filter`]); `None`: until
    /// the list is ranked.
    pub rank_budget: Option<std::time::Duration>,
    /// The screen lock, while the screen is locked.
    pub lock: Option<super::lock::Lock>,
    /// Lock the screen after this long without a key; `None`: never.
    pub idle_lock: Option<chrono::Duration>,
    /// When the user last pressed a key (or pasted), for the idle lock; `None` until
    /// the first key or tick.
    pub last_input: Option<chrono::DateTime<chrono::Utc>>,
    /// The database is encrypted: the lock asks for the passphrase.
    pub encrypted: bool,
    /// The last messages shown, for the message log.
    pub messages: super::messages::MessageLog,
    pub today: NaiveDate,
    /// Change counter the data was read at.
    pub counter: u64,
    /// How many times the data was set (`set_data`), in place or by a new load: what the
    /// renderer keeps between frames is keyed by it.
    pub data_sets: u64,
    pub loaded: bool,
    /// How many stakeholders the database holds, known before they are loaded (the
    /// first screen's count); the loaded list's length once `loaded`.
    pub counted: Option<u64>,
    pub should_quit: bool,
    /// Store work queued by `update`, carried out by the runtime.
    pub effects: Vec<Effect>,
    /// Ticks since the last poll of the change counter.
    pub idle_ticks: u32,
}

impl App {
    pub fn new(today: NaiveDate) -> Self {
        App {
            tab: Tab::Overview,
            data: Arc::new(Dataset::default()),
            index: Index::default(),
            views: Default::default(),
            // The first load is staged: the overview waits for its second part.
            overview: super::overview::OverviewState {
                waiting_for_history: true,
                ..Default::default()
            },
            show_cases: false,
            show_actions: false,
            show_trainings: false,
            show_archived_networks: false,
            actions_filter: None,
            show_audit: false,
            audit_filter: None,
            export: None,
            import: None,
            export_dir: crate::app::model::export_preview::default_export_dir(),
            meeting: None,
            search: None,
            search_corpus: Default::default(),
            search_back: None,
            user: crate::store::unix_user(),
            tz: chrono_tz::Tz::UTC,
            now: today
                .and_hms_opt(12, 0, 0)
                .map(|d| d.and_utc())
                .unwrap_or_default(),
            overlay: None,
            help_scroll: Default::default(),
            form: None,
            picker: None,
            confirm: None,
            saving: Vec::new(),
            last_save: 0,
            people: PeopleView::default(),
            zoom: false,
            select_after_load: None,
            detail_scroll: Default::default(),
            notes_pane: Default::default(),
            facts: Arc::from([]),
            status: None,
            status_shown: None,
            messages: Default::default(),
            lock: None,
            detail_pinned: None,
            detail_moved: false,
            rank_budget: None,
            counted: None,
            idle_lock: None,
            last_input: None,
            encrypted: false,
            today,
            counter: 0,
            data_sets: 0,
            loaded: false,
            should_quit: false,
            effects: vec![Effect::LoadStaged],
            idle_ticks: 0,
        }
    }

    pub(super) fn view_index(&self) -> usize {
        match self.tab {
            Tab::Sessions if self.show_actions => 6,
            Tab::Sessions if self.show_cases => 4,
            Tab::Sharing if self.show_audit => 5,
            Tab::Networks if self.show_trainings => TRAININGS_VIEW,
            tab => tab.index(),
        }
    }

    pub fn view(&self) -> &View {
        &self.views[self.view_index()]
    }

    pub fn view_mut(&mut self) -> &mut View {
        let i = self.view_index();
        &mut self.views[i]
    }

    /// The key scopes in force, topmost first. The topmost layer gets a key first; a
    /// layer that takes text ends the list, so that typing `q` in a form types a q.
    /// Where a jump of the search led, Esc goes back to the search first.
    pub fn scopes(&self) -> Vec<Scope> {
        let mut scopes = self.layer_scopes();
        if self.goes_back_to_search() {
            scopes.insert(0, Scope::SearchBack);
        }
        scopes
    }

    /// The scopes of the layers in force, without Esc's way back to the search.
    pub(super) fn layer_scopes(&self) -> Vec<Scope> {
        if self.lock.is_some() {
            return vec![Scope::Locked];
        }
        self.scopes_of(self.top_layer())
    }

    /// The scopes in force while `top` is the layer on top.
    fn scopes_of(&self, top: Option<super::layers::Layer>) -> Vec<Scope> {
        use super::layers::Layer;
        match top {
            Some(Layer::Confirm) => vec![Scope::Confirm],
            Some(Layer::Picker) if self.picker.as_ref().is_some_and(|p| p.multi) => {
                vec![Scope::Choices, Scope::Picker]
            }
            Some(Layer::Picker) => vec![Scope::Picker],
            Some(Layer::Form) => self.form_scopes(),
            Some(Layer::Help) => vec![Scope::Help],
            Some(Layer::Messages) => vec![Scope::Messages],
            Some(Layer::ImportPreview | Layer::ExportPreview) => vec![Scope::Preview],
            Some(Layer::Search) => self.search_scopes(),
            Some(Layer::Meeting) => self.meeting_scopes(),
            Some(Layer::Filter) => vec![Scope::Filter],
            Some(Layer::Detail) | None => self.view_scopes(),
        }
    }

    /// The search's keys; Tab switches its scope only where it was opened from a meeting.
    fn search_scopes(&self) -> Vec<Scope> {
        match &self.search {
            Some(s) if s.session.is_some() => vec![Scope::Search, Scope::SearchSession],
            _ => vec![Scope::Search],
        }
    }

    /// A form's keys: Tab and S-Tab move only where there is another field to move to;
    /// Enter moves on (or saves a form of one field), except in a field of several lines,
    /// where it starts a new line.
    fn form_scopes(&self) -> Vec<Scope> {
        let Some(f) = &self.form else {
            return vec![Scope::Form];
        };
        let one_line = f.focused().kind != super::form::FieldKind::Multi;
        let several = f.fields.len() > 1;
        let enter = match (one_line, several) {
            (false, _) => None,
            (true, true) => Some(Scope::FormLine),
            (true, false) => Some(Scope::OneField),
        };
        let fields = several.then_some(Scope::FormFields);
        std::iter::once(Scope::Form)
            .chain(enter)
            .chain(fields)
            .collect()
    }

    /// The scopes of the meeting screen: a chooser or the summary on top of it, or the
    /// part that has the focus.
    fn meeting_scopes(&self) -> Vec<Scope> {
        match &self.meeting {
            Some(m) if m.summary.is_some() => vec![Scope::Summary],
            Some(m) if m.chooser.is_some() => vec![Scope::LabelChooser],
            Some(m) if m.pap_chooser.is_some() => vec![Scope::PapChooser],
            Some(m) if m.focus == super::meeting::Focus::Editor => vec![Scope::Editor],
            Some(m) if m.search.as_ref().is_some_and(|s| s.typing) => vec![Scope::NoteSearch],
            Some(m) if m.focus == super::meeting::Focus::Notes => {
                vec![Scope::MeetingNotes, Scope::MeetingSide, Scope::Editor]
            }
            // The pane's keys that the side does not bind (the follow-up keys, `/`)
            // work from the side too.
            Some(_) => vec![Scope::MeetingSide, Scope::Editor, Scope::MeetingNotes],
            None => self.view_scopes(),
        }
    }

    /// What help lists: the scopes in force where it was opened (the layer under it),
    /// so that it names exactly the keys that act there once it is closed.
    pub fn help_scopes(&self) -> Vec<Scope> {
        use super::layers::Layer;
        let under = self.layers().into_iter().find(|l| *l != Layer::Help);
        self.scopes_of(under)
    }

    /// The tab's second view in force (the trainings, the open actions, the cases, the
    /// audit trail): its title and the action that leaves it for the tab's own list.
    fn second_view(&self) -> Option<(&'static str, Action)> {
        Some(match self.tab {
            Tab::Networks if self.show_trainings => ("network-trainings", Action::ToggleTrainings),
            Tab::Sessions if self.show_actions => ("actions-title", Action::ToggleActions),
            Tab::Sessions if self.show_cases => ("tab-cases", Action::ToggleCases),
            Tab::Sharing if self.show_audit => ("sharing-audit", Action::ToggleAudit),
            _ => return None,
        })
    }

    /// The title of the current tab's view, as its list is titled: a second view by its
    /// own name, else the tab's.
    pub fn view_title_key(&self) -> &'static str {
        self.second_view()
            .map_or(self.tab.title_key(), |(title, _)| title)
    }

    /// What leaves the tab's second view for its own list (Esc's "back" there), `None`
    /// on the tab's own list.
    pub fn view_leaving(&self) -> Option<Action> {
        self.second_view().map(|(_, leave)| leave)
    }

    /// The scopes of the current tab's view, whatever is open on top of it (for help).
    pub fn view_scopes(&self) -> Vec<Scope> {
        if self.meeting.is_some() {
            // The search's own two keys show in the footer while it is typed.
            return vec![Scope::MeetingSide, Scope::Editor, Scope::MeetingNotes];
        }
        let view = match self.tab {
            Tab::Overview => Scope::Overview,
            Tab::Stakeholders => Scope::Stakeholders,
            Tab::Networks if self.show_trainings => Scope::Trainings,
            Tab::Networks => Scope::Networks,
            Tab::Sessions if self.show_actions => Scope::Actions,
            Tab::Sessions if self.show_cases => Scope::Cases,
            Tab::Sessions => Scope::Sessions,
            Tab::Sharing if self.show_audit => Scope::Audit,
            Tab::Sharing => Scope::Sharing,
        };
        if self.zoom {
            return vec![Scope::Detail, view, Scope::Global];
        }
        vec![view, Scope::List, Scope::Global]
    }

    /// The networks list: combined networks first, then by name; archived ones only when
    /// asked for.
    fn network_rows(&self) -> Vec<usize> {
        let d = &self.data;
        let mut nets: Vec<usize> = (0..d.networks.len())
            .filter(|&i| self.show_archived_networks || !d.networks[i].archived)
            .collect();
        nets.sort_by_cached_key(|&i| {
            (
                d.networks[i].sub_networks.is_empty(),
                d.networks[i].name.to_lowercase(),
            )
        });
        nets
    }

    /// The networks list built again (archived ones shown or not), the selection kept.
    pub fn refresh_networks(&mut self) {
        let nets = self.network_rows();
        let keep = self.views[1].selected_row();
        self.views[1].set_rows(nets, keep);
    }

    /// Whether the topmost layer takes typed text (unbound keys become input).
    pub fn takes_text(&self) -> bool {
        matches!(
            self.scopes().first(),
            Some(
                Scope::Picker
                    | Scope::Choices
                    | Scope::Form
                    | Scope::Filter
                    | Scope::Editor
                    | Scope::NoteSearch
                    | Scope::Search
                    | Scope::Locked
            )
        )
    }

    /// A ticket for a one-key change, with its own number and the message to show once
    /// it is saved.
    pub fn quick(&mut self, message: String) -> Ticket {
        Ticket::Quick(self.next_save(), message)
    }

    /// The number of the next save sent to the store.
    pub fn next_save(&mut self) -> SaveId {
        self.last_save += 1;
        SaveId(self.last_save)
    }

    /// Whether leaving now would lose something typed.
    pub fn has_unsaved(&self) -> bool {
        self.form.as_ref().is_some_and(|f| f.dirty)
            || !self.saving.is_empty()
            || self
                .meeting
                .as_ref()
                .is_some_and(|m| m.draft_dirty || m.committing.is_some())
    }

    /// The audit trail, newest first, filtered by kind.
    pub fn refresh_audit(&mut self) {
        let rows: Vec<usize> = (0..self.data.audit.len())
            .rev()
            .filter(|&i| {
                self.audit_filter
                    .as_ref()
                    .is_none_or(|k| self.data.audit[i].kind == *k)
            })
            .collect();
        self.views[5].set_rows(rows, None);
    }

    /// Recomputes the stakeholder list after a filter, sort or data change: the rows
    /// kept for earlier filter texts are forgotten.
    pub fn refresh_people(&mut self) {
        self.people.found.clear();
        self.unfilter_people();
    }

    /// The stakeholder list after the filter text was cleared (Esc): the rows kept for
    /// no text at all, the selection kept.
    pub fn unfilter_people(&mut self) {
        let keep = self.views[0].selected_row();
        let rows = self.people.filtered(&self.data, &self.facts);
        self.views[0].set_rows(rows, keep);
    }

    /// Recomputes the stakeholder list after the filter text changed: the best match is
    /// selected. A ranking not done within the key's budget is left to catch up
    /// ([`App::catch_up_filter`]); the list keeps its rows until then.
    pub fn refilter_people(&mut self) {
        let deadline = self.rank_budget.map(|b| std::time::Instant::now() + b);
        if let Some(rows) = self.people.filter_until(&self.data, &self.facts, deadline) {
            self.show_filtered(rows);
        }
    }

    /// Finishes the filter's ranking left at its key's deadline, if any: the list
    /// catches up with the text typed. Whether there was one.
    pub fn catch_up_filter(&mut self) -> bool {
        let Some(rows) = self.people.catch_up(&self.facts) else {
            return false;
        };
        self.show_filtered(rows);
        true
    }

    /// Whether the list has yet to catch up with the filter text.
    pub fn filter_pending(&self) -> bool {
        self.people.pending.is_some()
    }

    fn show_filtered(&mut self, rows: Vec<usize>) {
        self.views[0].replace_rows(rows);
        self.views[0].selected = 0;
    }

    pub fn stakeholder_name(&self, id: Option<Id>) -> Option<&str> {
        let pos = self.index.stakeholders.get(&id?)?;
        Some(self.data.stakeholders[*pos].name.as_str())
    }

    /// Takes in a freshly loaded data set: rebuilds the index and every view's rows.
    pub fn set_data(&mut self, data: Arc<Dataset>, counter: u64) {
        let keep: Vec<Option<usize>> = self.views.iter().map(View::selected_row).collect();
        let mut keep_ids = [
            keep[0]
                .and_then(|p| self.data.stakeholders.get(p))
                .map(|s| s.id),
            keep[1]
                .and_then(|p| self.data.networks.get(p))
                .map(|n| n.id),
            keep[2]
                .and_then(|p| self.data.sessions.get(p))
                .map(|s| s.id),
            keep[3]
                .and_then(|p| self.data.sharing_rules.get(p))
                .map(|r| r.id),
            keep[4].and_then(|p| self.data.cases.get(p)).map(|c| c.id),
        ];
        if let Some((tab, id)) = self.select_after_load.take() {
            let i = if tab == Tab::Sessions && self.show_cases {
                4
            } else {
                tab.index()
            };
            keep_ids[i] = Some(id);
        }
        self.data = data;
        self.counter = counter;
        self.data_sets += 1;
        self.loaded = true;
        let d = &self.data;
        self.index.stakeholders = d
            .stakeholders
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id, i))
            .collect();
        self.index.cases = d.cases.iter().enumerate().map(|(i, c)| (c.id, i)).collect();

        let pos_of =
            |ids: &[Id], id: Option<Id>| id.and_then(|id| ids.iter().position(|x| *x == id));

        self.facts = super::stakeholder_list::facts(d, self.today, crate::labels::sector).into();
        self.people.found.clear();
        // Ranked ahead for the facts before: of no use with these.
        self.people.first_letters = None;
        let people = self.people.filtered(d, &self.facts);
        let ids: Vec<Id> = d.stakeholders.iter().map(|s| s.id).collect();
        let k = pos_of(&ids, keep_ids[0]);
        self.views[0].set_rows(people, k);

        let nets = self.network_rows();
        let d = &self.data;
        let ids: Vec<Id> = d.networks.iter().map(|n| n.id).collect();
        let k = pos_of(&ids, keep_ids[1]);
        self.views[1].set_rows(nets, k);

        // Running first, then planned soonest-first, then closed newest-first.
        let mut sessions: Vec<usize> = (0..d.sessions.len()).collect();
        sessions.sort_by_key(|&i| {
            let s = &d.sessions[i];
            let rank = match s.status {
                SessionStatus::InProgress => 0,
                SessionStatus::Planned => 1,
                SessionStatus::Closed => 2,
            };
            let days = s.date.num_days_from_ce();
            (rank, if rank == 2 { -days } else { days })
        });
        let ids: Vec<Id> = d.sessions.iter().map(|s| s.id).collect();
        let k = pos_of(&ids, keep_ids[2]);
        self.views[2].set_rows(sessions, k);

        let rules: Vec<usize> = (0..d.sharing_rules.len()).collect();
        let ids: Vec<Id> = d.sharing_rules.iter().map(|r| r.id).collect();
        let k = pos_of(&ids, keep_ids[3]);
        self.views[3].set_rows(rules, k);

        // Open cases first (by review date), closed ones last; newest reference first.
        let mut cases: Vec<usize> = (0..d.cases.len()).collect();
        cases.sort_by_key(|&i| {
            let c = &d.cases[i];
            (
                c.status == crate::domain::case::CaseStatus::Closed,
                c.review_date.is_none(),
                c.review_date,
                std::cmp::Reverse(c.reference),
            )
        });
        let ids: Vec<Id> = d.cases.iter().map(|c| c.id).collect();
        let k = pos_of(&ids, keep_ids[4]);
        self.views[4].set_rows(cases, k);
        self.index.sessions = d
            .sessions
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id, i))
            .collect();
        let mut by_session: HashMap<Id, Vec<usize>> = HashMap::new();
        for (i, n) in self.data.notes.iter().enumerate() {
            if let Some(s) = n.anchor.session {
                by_session.entry(s).or_default().push(i);
            }
        }
        self.index.notes_by_session = by_session;
        self.refresh_audit();
        self.list_actions();
        self.list_trainings();
    }
}

use chrono::Datelike;

impl App {
    /// Every training, planned ones first (soonest first), then held ones and cancelled
    /// ones (latest first), as the trainings view lists them; the selection stays on the
    /// same training.
    pub(crate) fn list_trainings(&mut self) {
        let keep = self.views[TRAININGS_VIEW]
            .selected_row()
            .and_then(|p| self.data.trainings.get(p))
            .map(|t| t.id);
        let t = &self.data.trainings;
        let mut rows: Vec<usize> = (0..t.len()).collect();
        rows.sort_by_key(|&i| {
            let days = t[i].date.num_days_from_ce();
            let state = t[i].state();
            let planned = state == crate::domain::network::WorkState::Planned;
            (state.index(), if planned { days } else { -days })
        });
        let k = keep.and_then(|id| t.iter().position(|x| x.id == id));
        self.views[TRAININGS_VIEW].set_rows(rows, k);
    }

    /// Every open action, overdue first, as the Actions view lists them.
    pub(crate) fn list_actions(&mut self) {
        let keep = self.views[6]
            .selected_row()
            .and_then(|p| self.data.actions.get(p))
            .map(|a| a.id);
        let pos: HashMap<Id, usize> = (self.data.actions.iter().enumerate())
            .map(|(i, a)| (a.id, i))
            .collect();
        let filter = self.actions_filter;
        let rows: Vec<usize> = crate::domain::action::open_sorted(&self.data.actions, self.today)
            .iter()
            .filter(|a| filter.is_none_or(|f| f.keeps(&self.data, a)))
            .map(|a| pos[&a.id])
            .collect();
        let k = keep.and_then(|id| pos.get(&id).copied());
        self.views[6].set_rows(rows, k);
    }
}
