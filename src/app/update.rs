use super::{Action, App, Effect, Overlay, Status, StatusKind, Tab};

/// Ticks (of the runtime's tick interval) between polls of the change counter.
pub const POLL_EVERY_TICKS: u32 = 4;

/// Applies `action` to the model. May return a follow-up action; store work is queued
/// in `app.effects`. Layers on top (question, picker, form, help, filter) get the action
/// first.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    if let Some(handled) = super::edit::update_layers(app, &action) {
        return handled;
    }
    match action {
        Action::Quit => {
            if app.has_unsaved() {
                app.confirm = Some(super::state::Confirm {
                    question: crate::i18n::t("confirm-quit_unsaved").to_owned(),
                    on_yes: Action::ConfirmQuit,
                });
            } else {
                app.should_quit = true;
            }
        }
        Action::ConfirmQuit => app.should_quit = true,
        Action::Back => {
            if app.overlay.take().is_none()
                && app.status.take().is_none()
                && app.tab == Tab::Stakeholders
            {
                // Esc on the list clears a kept filter.
                if !app.people.filter.is_empty() || app.people.quick != Default::default() {
                    app.people.filter.clear();
                    app.people.quick = Default::default();
                    app.refresh_people();
                }
            }
        }
        Action::NextTab => app.tab = Tab::ALL[(app.tab.index() + 1) % Tab::ALL.len()],
        Action::PrevTab => {
            app.tab = Tab::ALL[(app.tab.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]
        }
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
        Action::Open => {
            if app.tab == Tab::Sessions
                && app.show_cases
                && let Some(i) = app.view().selected_row()
            {
                let id = app.data.cases[i].id;
                super::sharing::case_opened(app, id);
            }
            if app.view().selected_row().is_some() {
                app.zoom = true;
                app.detail_scroll = 0;
            }
        }
        Action::ToggleHelp => {
            app.help_scroll = 0;
            app.overlay = Some(Overlay::Help);
        }
        Action::Reload => app.effects.push(Effect::Load),
        Action::FollowUp(id, step) => super::follow_up::apply(app, id, &step),
        Action::Tick => {
            super::meeting::update(app, &Action::Tick);
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
            app.set_data(data, counter);
        }
        Action::Counter(c) => {
            if c != app.counter {
                return Some(Action::Reload);
            }
        }
        Action::Loaded(data, counter) => {
            let first = !app.loaded;
            app.set_data(data, counter);
            if first {
                super::meeting::resume_draft(app);
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
                Tab::Stakeholders => super::stakeholders::update(app, other),
                Tab::Sessions => super::sessions::update(app, other),
                Tab::Networks => super::networks::update(app, other),
                Tab::Sharing => super::sharing::update(app, other),
            };
        }
    }
    None
}
