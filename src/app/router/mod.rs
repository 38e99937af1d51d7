mod form_conflict;
mod form_draft;
mod form_layer;
mod jump;
mod layers;

use crate::app::features;
use crate::app::model::export_preview::Exporting;
use crate::app::model::follow_up::Step;
use crate::app::model::layers::{Handled, Layer};
use crate::app::model::picker::PickTarget;

use crate::app::model::{Action, App, Effect, Overlay, Status, StatusKind, Tab};

/// A move in the stakeholder list, or a character typed in its filter, leaves the detail
/// beside it on the record it showed, until a whole tick passed without a move, or any
/// other action (`App::detail_pinned`).
fn pin_detail(app: &mut App, action: &Action) {
    let moves = matches!(
        action,
        Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom
    );
    let layer = app.top_layer();
    // Typing in the filter moves the selection too (to the best match).
    let typing =
        matches!(action, Action::Input(_) | Action::Paste(_)) && layer == Some(Layer::Filter);
    let list = layer.is_none() || layer == Some(Layer::Filter);
    if (moves && list || typing) && app.tab == Tab::Stakeholders {
        if app.detail_pinned.is_none() {
            app.detail_pinned = app.view().selected_row();
        }
        app.detail_moved = true;
    } else if matches!(action, Action::Tick) && app.detail_moved {
        app.detail_moved = false;
    } else if !matches!(action, Action::Counter(_)) {
        app.detail_pinned = None;
        app.detail_moved = false;
    }
}

/// Ticks (of the runtime's tick interval) between polls of the change counter.
pub const POLL_EVERY_TICKS: u32 = 4;

/// Applies `action` to the model. May return a follow-up action; store work is queued
/// in `app.effects`. Layers on top (question, picker, form, help, filter) get the action
/// first.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let next = dispatch(app, action);
    crate::app::model::status_line::settle(app);
    next
}

fn dispatch(app: &mut App, action: Action) -> Option<Action> {
    // The list catches up with the filter text before any key that may read it (Esc
    // keeps the row selected); the filter's own typing does not wait for it.
    let filter_text = matches!(action, Action::Input(_) | Action::Paste(_));
    if !(app.people.filtering && filter_text) {
        app.catch_up_filter();
    }
    let from_user = !layers::is_system(&action) && !matches!(action, Action::PassphraseChecked(_));
    if from_user {
        app.last_input = Some(app.now);
    }
    if app.lock.is_some() && (from_user || matches!(action, Action::PassphraseChecked(_))) {
        return features::idle_lock::update(app, action);
    }
    pin_detail(app, &action);
    if let Action::Picked(target, value) = action {
        picked(app, target, value);
        return None;
    }
    if let Some(next) = search(app, &action) {
        return next;
    }
    if let Handled::Taken(next) = crate::app::router::layers::update_layers(app, &action) {
        return next;
    }
    match action {
        Action::Quit => {
            if app.has_unsaved() {
                app.confirm = Some(crate::app::model::state::Confirm {
                    question: crate::i18n::t("confirm-quit_unsaved").to_owned(),
                    on_yes: Action::ConfirmQuit,
                });
            } else {
                app.should_quit = true;
            }
        }
        Action::ConfirmQuit => app.should_quit = true,
        Action::Back => {
            if app.overlay.take().is_some() || app.status.take().is_some() {
                return None;
            }
            if let Some(leave) = app.view_leaving() {
                return Some(leave);
            }
            if app.tab == Tab::Stakeholders {
                // Esc on the list clears a kept filter.
                let p = &app.people;
                if !p.filter.is_empty() || p.quick != Default::default() || p.stage.is_some() {
                    app.people.filter.clear();
                    app.people.quick = Default::default();
                    app.people.stage = None;
                    app.refresh_people();
                }
            }
        }
        Action::NextTab => app.tab = app.tab.step(1),
        Action::PrevTab => app.tab = app.tab.step(-1),
        Action::GoTab(tab) => app.tab = tab,
        Action::Up => app.view_mut().move_by(-1),
        Action::Down => app.view_mut().move_by(1),
        Action::PageUp | Action::PageDown => {
            let page = app.view().page.get().max(1) as isize;
            let delta = if action == Action::PageUp {
                -page
            } else {
                page
            };
            app.view_mut().move_by(delta);
        }
        Action::Top => app.view_mut().move_by(isize::MIN),
        Action::Bottom => app.view_mut().move_by(isize::MAX),
        Action::Open if app.tab == Tab::Overview => {
            return features::overview::update(app, Action::Open);
        }
        Action::OverviewReady(overview) => features::overview::ready(app, overview),
        Action::Open => {
            if app.tab == Tab::Sessions
                && app.show_cases
                && let Some(i) = app.view().selected_row()
            {
                let id = app.data.cases[i].id;
                crate::app::features::sharing::case_opened(app, id);
            }
            if app.view().selected_row().is_some() {
                app.zoom = true;
                app.detail_scroll.reset();
            }
        }
        Action::ToggleHelp => {
            app.help_scroll.reset();
            app.overlay = Some(Overlay::Help);
        }
        Action::ShowMessages => {
            app.messages.scroll.reset();
            app.overlay = Some(Overlay::Messages);
        }
        Action::Reload => app.effects.push(Effect::Load),
        Action::NextLanguage => switch_language(app),
        Action::ChooseRecipient(what) => features::exports::start(app, what),
        Action::ConcernsOf(about) => features::concerns::open(app, about),
        Action::OpenConcerns => features::concerns::open_all(app),
        Action::FollowUp(id, step) => {
            crate::app::features::round_tables::follow_up::apply(app, id, &step)
        }
        Action::Tick => {
            features::idle_lock::tick(app);
            form_draft::tick(app);
            crate::app::features::round_tables::meeting::update(app, &Action::Tick);
            app.idle_ticks += 1;
            if app.idle_ticks >= POLL_EVERY_TICKS {
                app.idle_ticks = 0;
                app.effects.push(Effect::PollCounter);
            }
        }
        Action::HistoryLoaded(mut history, counter) => {
            let mut data = std::mem::take(&mut app.data);
            let d = std::sync::Arc::make_mut(&mut data);
            d.notes = std::mem::take(&mut history.notes);
            d.decisions = std::mem::take(&mut history.decisions);
            d.actions = std::mem::take(&mut history.actions);
            d.audit = std::mem::take(&mut history.audit);
            take_data(app, data, counter);
            features::overview::loaded(app, true);
            if app.form.is_none() {
                features::round_tables::drafts::resume_form(app);
            }
        }
        Action::Counted(n) => app.counted = Some(n),
        Action::Counter(c) => {
            if c != app.counter {
                return Some(Action::Reload);
            }
        }
        Action::Loaded(data, counter) => {
            let first = !app.loaded;
            take_data(app, data, counter);
            features::overview::loaded(app, false);
            if first {
                features::round_tables::drafts::resume_draft(app);
            }
        }
        Action::StoreFailed(text) => {
            app.status = Some(Status {
                kind: StatusKind::Error,
                text,
            })
        }
        other => {
            return match app.tab {
                Tab::Overview => features::overview::update(app, other),
                Tab::Stakeholders => crate::app::features::stakeholders::update(app, other),
                Tab::Sessions => crate::app::features::round_tables::sessions::update(app, other),
                Tab::Networks => crate::app::features::networks::update(app, other),
                Tab::Sharing => crate::app::features::sharing::update(app, other),
            };
        }
    }
    None
}

/// Opening the search over the screen (its key is bound only where it may open), the
/// jump to a hit and Esc's way back from there; `None` for any other action.
fn search(app: &mut App, action: &Action) -> Option<Option<Action>> {
    use crate::app::model::layers::Layer;
    match action {
        Action::StartSearch
            if app.search.is_none()
                && matches!(app.top_layer(), None | Some(Layer::Meeting | Layer::Detail)) =>
        {
            features::search::open(app);
            Some(None)
        }
        Action::JumpTo(target) => {
            let next = jump::jump(app, *target);
            let reached = app.screen();
            if let Some(back) = app.search_back.as_mut() {
                back.reached = Some(reached);
            }
            Some(next)
        }
        Action::Back if app.goes_back_to_search() => Some(jump::back(app)),
        Action::SearchIndexed(indexed) => {
            features::search::indexed(app, indexed);
            Some(None)
        }
        _ => None,
    }
}

/// Takes in a freshly loaded data set; the features that keep a working copy (the
/// meeting, an export waiting to be written) look at it next.
fn take_data(app: &mut App, data: std::sync::Arc<crate::domain::dataset::Dataset>, counter: u64) {
    app.set_data(data, counter);
    form_conflict::rebase(app);
    form_draft::loaded(app);
    features::round_tables::meeting::loaded(app);
    features::exports::loaded(app);
    features::search::loaded(app);
}

/// A picker's result, delivered to the feature that opened the picker.
fn picked(app: &mut App, target: PickTarget, value: u64) {
    use features::round_tables::{follow_up, meeting, sessions};
    use features::{exports, networks, stakeholders};
    match target {
        // The form layer takes its own fields' values.
        PickTarget::FormField(_) => {}
        PickTarget::SectorFilter => stakeholders::sector_picked(app, value),
        PickTarget::QuickFilters => stakeholders::quick_picked(app, value),
        PickTarget::StageFilter => stakeholders::stage_picked(app, value),
        PickTarget::Concern(about) => features::concerns::picked(app, about, value),
        PickTarget::OpenConcern => features::concerns::picked_open(app, value),
        PickTarget::NoteSource => meeting::set_source(app, value),
        PickTarget::MinutesFor(s) => exports::preview(app, Exporting::Minutes(s), value),
        PickTarget::FeedbackFor(c) => exports::preview(app, Exporting::Feedback(c), value),
        PickTarget::AgendaFor(s) => exports::preview(app, Exporting::Agenda(s), value),
        PickTarget::WalkIn(s) => features::round_tables::walk_in::picked(app, s, value),
        PickTarget::CorrectNote => features::round_tables::correction::picked(app, value),
        PickTarget::CaseStatus(case) => sessions::status_picked(app, case, value as usize),
        PickTarget::CaseToSession(case) => sessions::add_case_to(app, case, value),
        PickTarget::AddMember(n) => networks::member_picked(app, n, value),
        PickTarget::RemoveMember(n) => networks::member_removed(app, n, value),
        PickTarget::EditExchange => networks::exchange_picked(app, value),
        PickTarget::ActionsFilter => follow_up::filter_picked(app, value),
        PickTarget::ActionOwner(a) => follow_up::apply(app, a, &Step::Reassign(value)),
        PickTarget::FollowUpAction(kind) => follow_up::begin(app, value, kind),
    }
}

/// The next language for every screen and message from now on; the data is read again so
/// that what was computed from the catalogue (search texts) follows.
fn switch_language(app: &mut App) {
    let lang = crate::i18n::lang().next();
    crate::i18n::set_lang(lang);
    app.status = Some(Status {
        kind: StatusKind::Info,
        text: crate::i18n::tf("status-language", &[("name", &lang.name())]),
    });
    app.effects.push(Effect::Load);
}
