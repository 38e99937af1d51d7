use super::{Action, App, Effect, Overlay, Status, StatusKind, Tab};

/// Ticks (of the runtime's tick interval) between polls of the change counter.
pub const POLL_EVERY_TICKS: u32 = 4;

/// Applies `action` to the model. May return a follow-up action; store work is queued
/// in `app.effects`.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    match action {
        Action::Quit => {
            if app.has_unsaved() {
                app.overlay = Some(Overlay::ConfirmQuit);
            } else {
                app.should_quit = true;
            }
        }
        Action::ConfirmQuit => app.should_quit = true,
        Action::Back => {
            if app.overlay.take().is_none() {
                app.status = None;
            }
        }
        Action::NextTab => app.tab = Tab::ALL[(app.tab.index() + 1) % Tab::ALL.len()],
        Action::PrevTab => {
            app.tab = Tab::ALL[(app.tab.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]
        }
        Action::GoTab(tab) => app.tab = tab,
        Action::Up if app.overlay == Some(Overlay::Help) => {
            app.help_scroll = app.help_scroll.saturating_sub(1)
        }
        Action::Down if app.overlay == Some(Overlay::Help) => {
            app.help_scroll = app.help_scroll.saturating_add(1)
        }
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
        Action::ToggleHelp => {
            app.help_scroll = 0;
            app.overlay = match app.overlay {
                Some(Overlay::Help) => None,
                _ => Some(Overlay::Help),
            };
        }
        Action::Reload => app.effects.push(Effect::Load),
        Action::Tick => {
            app.idle_ticks += 1;
            if app.idle_ticks >= POLL_EVERY_TICKS {
                app.idle_ticks = 0;
                app.effects.push(Effect::PollCounter);
            }
        }
        Action::Counter(c) => {
            if c != app.counter {
                return Some(Action::Reload);
            }
        }
        Action::Loaded(data, counter) => app.set_data(data, counter),
        Action::StoreFailed(text) => {
            app.status = Some(Status {
                kind: StatusKind::Error,
                text,
            })
        }
    }
    None
}
