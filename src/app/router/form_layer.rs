//! The open form as a layer: typing, the pickers of its fields, saving, leaving.

use crate::app::forms;
use crate::app::forms::follow_up::FollowUpForm;
use crate::app::forms::import::{ImportField, ImportForm};
use crate::app::forms::topic::{TopicField, TopicForm};
use crate::app::model::form::{FieldKind, Form};
use crate::app::model::picker::{PickItem, PickTarget, Picker};
use crate::app::model::state::{Confirm, Status, StatusKind, Ticket};
use crate::app::model::{Action, App, Effect};
use crate::i18n::t;

/// Actions while a form is on top.
pub(super) fn update(app: &mut App, action: &Action) -> Option<Action> {
    let f = app.form.as_mut()?;
    match action {
        Action::NextField => f.next(),
        Action::PrevField => f.prev(),
        Action::Input(key) => {
            if f.input(*key) {
                f.namesake_ok = false;
                revalidate(app);
            }
        }
        Action::Paste(text) => {
            if f.paste(text) {
                f.namesake_ok = false;
                revalidate(app);
            }
        }
        Action::OpenPicker => enter(app),
        Action::Submit => submit(app),
        Action::ConfirmNamesake => {
            f.namesake_ok = true;
            return Some(Action::Submit);
        }
        Action::Back => {
            if f.dirty {
                app.confirm = Some(Confirm {
                    question: t("confirm-discard").to_owned(),
                    on_yes: Action::Discard,
                });
            } else {
                app.form = None;
            }
        }
        _ => {}
    }
    None
}

/// Enter: the picker of a picked field; else the next field, as people expect from
/// forms, or a submit when the form has only this one field.
fn enter(app: &mut App) {
    let one_field = app.form.as_ref().is_some_and(|f| f.fields.len() == 1);
    match field_picker(app) {
        Some(picker) => app.picker = Some(picker),
        None if one_field => submit(app),
        None => f_next(app),
    }
}

fn f_next(app: &mut App) {
    if let Some(f) = app.form.as_mut() {
        f.next();
    }
}

/// Runs validation to refresh the messages next to the fields.
fn revalidate(app: &mut App) {
    if let Some(mut f) = app.form.take() {
        forms::validate(&mut f, app);
        app.form = Some(f);
    }
}

/// A value picked for the field at `i`: set, or toggled in a list of several.
pub(super) fn field_picked(app: &mut App, i: usize, value: u64) {
    let Some(form) = app.form.as_mut() else {
        return;
    };
    let Some(field) = form.fields.get_mut(i) else {
        return;
    };
    match field.kind {
        FieldKind::Choice(_) => field.choice = value as usize,
        FieldKind::Person => field.person = Some(value),
        FieldKind::People | FieldKind::Sectors | FieldKind::Networks => {
            if let Some(pos) = field.people.iter().position(|p| *p == value) {
                field.people.remove(pos);
            } else {
                field.people.push(value);
            }
        }
        _ => {}
    }
    form.dirty = true;
    revalidate(app);
}

/// The picker for the focused field, when it is one picked from a list.
fn field_picker(app: &App) -> Option<Picker> {
    let f = app.form.as_ref()?;
    let i = f.focus;
    let field = &f.fields[i];
    let title = t(field.name.label()).to_owned();
    let target = PickTarget::FormField(i);
    let item = |value: u64, label: String, hint: String| PickItem {
        value,
        label,
        hint,
        group: 0,
    };
    match &field.kind {
        FieldKind::Choice(options) => {
            let items = (options.iter().enumerate())
                .map(|(n, o)| item(n as u64, o.clone(), String::new()))
                .collect();
            Some(Picker::new(title, items, target).select_value(Some(field.choice as u64)))
        }
        FieldKind::Person => {
            let items = crate::app::model::namesakes::people_items(app, &[]);
            Some(Picker::new(title, items, target).select_value(field.person))
        }
        FieldKind::People => {
            let chosen = field.people.clone();
            let items = crate::app::model::namesakes::people_items(app, &chosen);
            Some(Picker::new(title, items, target).multi(chosen))
        }
        FieldKind::Sectors => {
            let items = (crate::domain::stakeholder::Sector::STANDARD
                .iter()
                .enumerate())
            .map(|(n, s)| item(n as u64, crate::labels::sector(s), String::new()))
            .collect();
            Some(Picker::new(title, items, target).multi(field.people.clone()))
        }
        FieldKind::Networks => {
            let items = (app.data.networks.iter().filter(|n| !n.archived))
                .map(|n| {
                    let hint = crate::labels::network_kind(&n.kind).to_owned();
                    item(n.id, n.name.clone(), hint)
                })
                .collect();
            Some(Picker::new(title, items, target).multi(field.people.clone()))
        }
        _ => None,
    }
}

/// Ctrl-S: forms that write records are validated and saved; the import form reads its
/// file first, the follow-up and topic forms go to their features.
fn submit(app: &mut App) {
    // An erased record's form is not tried again: only Esc is left.
    if app.form.as_ref().is_none_or(|f| f.saving || f.erased) {
        return;
    }
    let Some(mut form) = app.form.take() else {
        return;
    };
    form.tried = true;
    form.failure = None;
    if form.purpose.is::<ImportForm>() {
        submit_import(app, form)
    } else if let Some(&FollowUpForm(id, typed)) = form.purpose.get::<FollowUpForm>() {
        crate::app::features::round_tables::follow_up::submit(app, form, id, typed)
    } else if form.purpose.is::<TopicForm>() {
        submit_topic(app, form)
    } else {
        save(app, form)
    }
}

/// The import form: read and check the file, then show what an import would do.
fn submit_import(app: &mut App, mut form: Form) {
    let file = form.value(ImportField::File);
    if file.is_empty() {
        forms::validate(&mut form, app);
        app.form = Some(form);
        return;
    }
    let merge = form
        .field(ImportField::OnDuplicate)
        .is_some_and(|f| f.choice == 1);
    let on_duplicate = if merge {
        crate::import::OnDuplicate::Merge
    } else {
        crate::import::OnDuplicate::Skip
    };
    let skip_invalid = form.field(ImportField::SkipInvalid).is_some_and(|f| f.flag);
    let only_categories =
        crate::import::mapping::categories(&form.value(ImportField::OnlyCategory));
    app.effects.push(Effect::PlanImport {
        path: file.into(),
        on_duplicate,
        skip_invalid,
        only_categories,
    });
    app.status = Some(Status {
        kind: StatusKind::Info,
        text: t("status-reading").to_owned(),
    });
}

/// A general topic for the open meeting's agenda.
fn submit_topic(app: &mut App, mut form: Form) {
    let topic = form.value(TopicField::Topic);
    if topic.is_empty() {
        forms::validate(&mut form, app);
        app.form = Some(form);
    } else {
        crate::app::features::round_tables::agenda::add_topic(app, topic);
    }
}

/// Validates the form and queues its records (and the end of its draft), asking first
/// when a new person is named like someone already known.
fn save(app: &mut App, mut form: Form) {
    let changes = forms::validate(&mut form, app);
    if changes.is_some()
        && let Some(question) = crate::app::model::namesakes::question(app, &form)
    {
        app.form = Some(form);
        app.confirm = Some(Confirm {
            question,
            on_yes: Action::ConfirmNamesake,
        });
        return;
    }
    if let Some(mut changes) = changes {
        if let Some(place) = forms::draft::place(&*form.purpose) {
            changes.push(crate::app::model::record::Change::SetDraft {
                place,
                text: String::new(),
            });
        }
        form.saving = true;
        app.saving.push(Ticket::Form);
        app.effects.push(Effect::Apply(changes, Ticket::Form));
    } else if let Some(i) = form.fields.iter().position(|f| f.error.is_some()) {
        form.focus = i;
    }
    app.form = Some(form);
}
