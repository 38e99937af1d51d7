//! The layers on top of the views: a question, a picker, a form, help, the filter line.
//! The topmost open layer gets each user action first.

use crate::app::model::layers::{Handled, Layer};
use crate::app::model::picker::PickTarget;
use crate::app::model::state::{Confirm, Overlay, Status, StatusKind, Ticket};
use crate::app::model::{Action, App, Effect};
use crate::i18n::t;

/// Actions that come from time or the store, not the user: no layer swallows them.
pub(super) fn is_system(a: &Action) -> bool {
    matches!(
        a,
        Action::Tick
            | Action::Loaded(..)
            | Action::HistoryLoaded(..)
            | Action::Counted(_)
            | Action::Counter(_)
            | Action::StoreFailed(_)
            | Action::Reload
            | Action::Saved(..)
            | Action::SaveFailed(..)
            | Action::ConfirmQuit
            | Action::DeleteForGood(..)
            | Action::Discard
    )
}

/// What the layers do with an action: the store's answers and an import's plan first,
/// then the topmost open layer.
pub fn update_layers(app: &mut App, action: &Action) -> Handled {
    match action {
        Action::ImportPlanned(plan, on_duplicate, skip_invalid) => {
            import_planned(app, plan, *on_duplicate, *skip_invalid);
            Handled::Taken(None)
        }
        Action::Saved(ticket, _) | Action::SaveFailed(ticket, _) => {
            Handled::Taken(answered(app, action, ticket))
        }
        Action::Discard => {
            discard(app);
            Handled::Taken(None)
        }
        _ if is_system(action) => Handled::Passed,
        _ => match app.top_layer() {
            Some(top) => on_top(app, top, action),
            None => Handled::Passed,
        },
    }
}

/// The topmost layer `top` gets the action.
fn on_top(app: &mut App, top: Layer, action: &Action) -> Handled {
    let with_help = matches!(
        top,
        Layer::ImportPreview | Layer::ExportPreview | Layer::Form | Layer::Messages
    );
    if with_help && *action == Action::ToggleHelp {
        // Help opens over a preview, a form or the message log, as over a view.
        app.help_scroll.reset();
        app.overlay = Some(match top {
            Layer::Messages => Overlay::HelpOverMessages,
            _ => Overlay::Help,
        });
        return Handled::Taken(None);
    }
    Handled::Taken(match top {
        Layer::Confirm => confirm(app, action),
        Layer::Picker => picker(app, action),
        Layer::Form => super::form_layer::update(app, action),
        Layer::Help => help(app, action),
        Layer::Messages => messages(app, action),
        Layer::ImportPreview => import(app, action),
        Layer::ExportPreview => crate::app::features::exports::update_preview(app, action),
        // The meeting screen takes every key; nothing leaks to the tab underneath.
        Layer::Meeting => crate::app::features::round_tables::meeting::update(app, action),
        Layer::Search => crate::app::features::search::update(app, action),
        Layer::Detail => return detail(app, action),
        Layer::Filter => filter(app, action),
    })
}

/// An import's plan read: the form gives way to its preview.
fn import_planned(
    app: &mut App,
    plan: &std::sync::Arc<crate::import::Plan>,
    on_duplicate: crate::import::OnDuplicate,
    skip_invalid: bool,
) {
    app.form = None;
    app.status = None;
    app.import = Some(crate::app::model::state::ImportPreview {
        plan: plan.clone(),
        on_duplicate,
        skip_invalid,
        scroll: 0,
        namesakes: crate::app::model::namesakes::in_import(app, plan),
        namesakes_ok: false,
    });
}

/// The store's answer to a save: the meeting's own saves go to the meeting.
fn answered(app: &mut App, action: &Action, ticket: &Ticket) -> Option<Action> {
    if !matches!(ticket, Ticket::Note(_) | Ticket::Session | Ticket::Draft) {
        return saved(app, action, ticket.clone());
    }
    match app.saving.iter().position(|t| t == ticket) {
        Some(pos) => {
            app.saving.remove(pos);
        }
        // A note's answer that is not the one in flight (stale, or another note's).
        None if matches!(ticket, Ticket::Note(_)) => return None,
        None => {}
    }
    let message = match action {
        Action::SaveFailed(_, m) => m.text.as_str(),
        _ => "",
    };
    let ok = matches!(action, Action::Saved(..));
    crate::app::features::round_tables::meeting::saved(app, ok, ticket, message)
}

/// The open form is dropped, and its kept draft with it.
fn discard(app: &mut App) {
    let Some(form) = app.form.take() else {
        return;
    };
    if let Some(place) = crate::app::forms::draft::place(&*form.purpose)
        && super::form_draft::kept(app, &place, &form)
    {
        let change = crate::app::model::record::Change::SetDraft {
            place,
            text: String::new(),
        };
        app.effects
            .push(Effect::Apply(vec![change], Ticket::Silent));
    }
}

/// A yes/no question: yes does what it asked about, Esc drops it.
fn confirm(app: &mut App, action: &Action) -> Option<Action> {
    let c = app.confirm.as_ref()?;
    match action {
        Action::Yes => {
            let next = c.on_yes.clone();
            app.confirm = None;
            Some(next)
        }
        Action::Back => {
            app.confirm = None;
            None
        }
        _ => None,
    }
}

/// Help scrolls (a row, a page, to either end); Esc or `?` closes it, back to the
/// message log when it was opened over it.
fn help(app: &mut App, action: &Action) -> Option<Action> {
    if !app.help_scroll.apply(action) && matches!(action, Action::Back | Action::ToggleHelp) {
        let over_log = app.overlay == Some(Overlay::HelpOverMessages);
        app.overlay = over_log.then_some(Overlay::Messages);
    }
    None
}

/// The message log scrolls as help does; Esc closes it.
fn messages(app: &mut App, action: &Action) -> Option<Action> {
    if !app.messages.scroll.apply(action) && matches!(action, Action::Back | Action::ShowMessages) {
        app.overlay = None;
    }
    None
}

/// What an import would do: scroll, write (asking first when needed), or drop it.
fn import(app: &mut App, action: &Action) -> Option<Action> {
    let p = app.import.as_mut()?;
    match action {
        Action::Up => p.scroll = p.scroll.saturating_sub(1),
        Action::Down => p.scroll = p.scroll.saturating_add(1),
        Action::ConfirmNamesake => {
            p.namesakes_ok = true;
            return Some(Action::WriteExport);
        }
        Action::WriteExport if !p.namesakes.is_empty() && !p.namesakes_ok => {
            app.confirm = Some(Confirm {
                question: crate::i18n::tf(
                    "confirm-import_namesakes",
                    &[("who", &p.namesakes.join("; "))],
                ),
                on_yes: Action::ConfirmNamesake,
            });
        }
        Action::WriteExport => {
            if !p.plan.problems.is_empty() && !p.skip_invalid {
                // One confirmation: the valid rows come in, the others go to a file.
                app.confirm = Some(Confirm {
                    question: crate::i18n::tf(
                        "import-confirm_skip",
                        &[
                            ("valid", &p.plan.rows.len()),
                            ("invalid", &p.plan.invalid_lines()),
                        ],
                    ),
                    on_yes: Action::ImportSkippingInvalid,
                });
            } else {
                app.effects.push(Effect::ApplyImport(
                    p.plan.clone(),
                    p.on_duplicate,
                    p.skip_invalid,
                ));
                app.import = None;
            }
        }
        Action::ImportSkippingInvalid => {
            app.effects
                .push(Effect::ApplyImport(p.plan.clone(), p.on_duplicate, true));
            app.import = None;
        }
        Action::Back => app.import = None,
        _ => {}
    }
    None
}

/// The detail over the whole tab scrolls; changing tabs or opening the list's filter
/// (which takes the keys typed next, over the list) closes it; other keys go to the tab.
fn detail(app: &mut App, action: &Action) -> Handled {
    if app.detail_scroll.apply(action) {
        return Handled::Taken(None);
    }
    match action {
        Action::Back => app.zoom = false,
        Action::NextTab | Action::PrevTab | Action::GoTab(_) | Action::StartFilter => {
            app.zoom = false;
            return Handled::Passed;
        }
        _ => return Handled::Passed,
    }
    Handled::Taken(None)
}

/// Typing the stakeholder filter.
fn filter(app: &mut App, action: &Action) -> Option<Action> {
    match action {
        Action::Input(key) => {
            if app.people.filter.input(*key) {
                app.refilter_people();
            }
        }
        Action::Paste(text) => {
            if app.people.filter.paste(text) {
                app.refilter_people();
            }
        }
        Action::EndFilter => app.people.filtering = false,
        Action::Back => {
            app.people.filtering = false;
            app.people.filter.clear();
            app.unfilter_people();
        }
        Action::Up => app.view_mut().move_by(-1),
        Action::Down => app.view_mut().move_by(1),
        _ => {}
    }
    None
}

fn saved(app: &mut App, action: &Action, ticket: Ticket) -> Option<Action> {
    if let Some(pos) = app.saving.iter().position(|t| *t == ticket) {
        app.saving.remove(pos);
    }
    match (action, ticket) {
        (Action::Saved(_, ids), Ticket::Form) => {
            // A new record is selected once the list is read again.
            let tab = app.form.as_ref().and_then(|f| f.purpose.new_record_tab());
            if let (Some(tab), Some(&id)) = (tab, ids.first()) {
                app.select_after_load = Some((tab, id));
            }
            app.form = None;
            app.status = Some(Status {
                kind: StatusKind::Info,
                text: t("status-saved").to_owned(),
            });
            Some(Action::Reload)
        }
        (Action::Saved(..), Ticket::Quick(_, msg) | Ticket::Notice(msg)) => {
            app.status = Some(Status {
                kind: StatusKind::Info,
                text: msg,
            });
            Some(Action::Reload)
        }
        (Action::SaveFailed(_, msg), Ticket::Form) => {
            if let Some(f) = &mut app.form {
                f.saving = false;
                f.failure = Some(msg.text.clone());
                super::form_conflict::erased(f, msg.why);
            }
            // A colleague's save: the form follows the record once it is read again.
            super::form_conflict::rebase(app);
            Some(Action::Reload)
        }
        (Action::Saved(..), Ticket::Silent) => Some(Action::Reload),
        (Action::SaveFailed(_, msg), Ticket::FormDraft) => {
            super::form_draft::failed(app, &msg.text);
            None
        }
        (Action::SaveFailed(_, msg), Ticket::Quick(..) | Ticket::Notice(_) | Ticket::Silent) => {
            app.status = Some(Status {
                kind: StatusKind::Error,
                text: msg.text.clone(),
            });
            Some(Action::Reload)
        }
        _ => None,
    }
}

fn picker(app: &mut App, action: &Action) -> Option<Action> {
    let p = app.picker.as_mut()?;
    match action {
        Action::Up => p.move_by(-1),
        Action::Down => p.move_by(1),
        Action::PageUp => p.page_by(true),
        Action::PageDown => p.page_by(false),
        Action::Input(key) => {
            if p.query.input(*key) {
                p.refilter();
            }
        }
        Action::Paste(text) => {
            if p.query.paste(text) {
                p.refilter();
            }
        }
        Action::Back => app.picker = None,
        Action::Accept if p.multi => {
            let picked = p.current().map(|i| i.value)?;
            if let Some(pos) = p.chosen.iter().position(|v| *v == picked) {
                p.chosen.remove(pos);
            } else {
                p.chosen.push(picked);
            }
            let target = p.target;
            return accept(app, target, picked);
        }
        Action::Accept => {
            let picked = p.current().map(|i| i.value);
            let target = p.target;
            app.picker = None;
            if let Some(value) = picked {
                return accept(app, target, value);
            }
        }
        _ => {}
    }
    None
}

fn accept(app: &mut App, target: PickTarget, value: u64) -> Option<Action> {
    match target {
        PickTarget::FormField(i) => super::form_layer::field_picked(app, i, value),
        // Every other picker belongs to a feature: its result comes back as an action.
        other => return Some(Action::Picked(other, value)),
    }
    None
}
