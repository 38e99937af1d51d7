//! Actions on the stakeholders list.

use crate::app::forms;
use crate::app::model::picker::{PickItem, PickTarget, Picker};
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::stakeholder_list::{Quick, StageFilter};
use crate::app::model::state::Confirm;
use crate::app::model::{Action, App, Effect, Tab};
use crate::domain::stakeholder::{Sector, Stakeholder};
use crate::i18n::{t, tf};

fn selected(app: &App) -> Option<&Stakeholder> {
    if app.tab != Tab::Stakeholders {
        return None;
    }
    app.view().selected_row().map(|i| &app.data.stakeholders[i])
}

fn quick(app: &mut App, change: Change, message: String) {
    let ticket = app.quick(message);
    app.saving.push(ticket.clone());
    app.effects.push(Effect::Apply(vec![change], ticket));
}

pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let name = |s: &Stakeholder| crate::domain::sanitize::line(&s.name).into_owned();
    match action {
        Action::New if app.tab == Tab::Stakeholders => {
            app.form = Some(forms::stakeholder::form(None))
        }
        Action::Edit => {
            let s = selected(app)?.clone();
            app.form = Some(forms::stakeholder::form(Some(&s)));
        }
        Action::RouteConcern => {
            let about = crate::domain::routing::ConcernAbout::Stakeholder(selected(app)?.id);
            return Some(Action::ConcernsOf(about));
        }
        Action::MoveStage => {
            let s = selected(app)?.clone();
            app.form = Some(forms::pipeline_move::form(&s));
        }
        Action::LogContact => {
            let s = selected(app)?.clone();
            app.form = Some(forms::contact::form(&s));
        }
        Action::Delete => {
            let s = selected(app)?.clone();
            if s.archived {
                return None;
            }
            if app.data.references_to(s.id) > 0 {
                let mut archived = s.clone();
                archived.archived = true;
                quick(
                    app,
                    Change::Put(AnyRecord::Stakeholder(archived)),
                    tf("status-archived", &[("name", &name(&s))]),
                );
            } else {
                app.confirm = Some(Confirm {
                    question: tf("confirm-delete", &[("name", &name(&s))]),
                    on_yes: Action::DeleteForGood(s.id, s.meta.rev),
                });
            }
        }
        Action::DeleteForGood(id, rev) => quick(
            app,
            Change::DeleteStakeholder(id, rev),
            t("status-deleted").to_owned(),
        ),
        Action::Restore => {
            let s = selected(app)?.clone();
            if s.archived {
                let mut back = s.clone();
                back.archived = false;
                quick(
                    app,
                    Change::Put(AnyRecord::Stakeholder(back)),
                    tf("status-restored", &[("name", &name(&s))]),
                );
            }
        }
        Action::NewTraining => app.form = Some(forms::training::form(app)),
        Action::Import => app.form = Some(forms::import::form()),
        Action::ExportList => {
            let bytes = crate::export::stakeholders::csv(&app.data, b';', true).unwrap_or_default();
            let path = app
                .export_dir
                .join(format!("stakeholders-{}.csv", app.today));
            let shared = crate::export::Shared {
                kind: crate::domain::audit::AuditKind::Export,
                subject: "stakeholders".into(),
                recipient: None,
                // A key like the items' (`note:3`): the trail holds no sentence.
                included: vec![format!(
                    "stakeholders:{}",
                    crate::export::stakeholders::rows(&app.data).len()
                )],
                withheld: vec![],
                seal: crate::export::Seal::CsvRow { sep: b';' },
            };
            let msg = tf("status-exported", &[("path", &path.display())]);
            let ticket = app.quick(msg);
            app.saving.push(ticket.clone());
            app.effects.push(Effect::Export {
                path,
                content: String::from_utf8_lossy(&bytes).into_owned(),
                shared,
                ticket,
            });
        }
        Action::ToggleArchived => {
            app.people.show_archived = !app.people.show_archived;
            app.refresh_people();
        }
        Action::StartFilter => app.people.start_filter(&app.facts),
        Action::CycleSort => {
            app.people.sort = app.people.sort.next();
            app.people.descending = false;
            app.refresh_people();
        }
        Action::ReverseSort => {
            app.people.descending = !app.people.descending;
            app.refresh_people();
        }
        Action::PickQuickFilters => app.picker = Some(quick_picker(app)),
        Action::PickStageFilter => app.picker = Some(stage_picker(app)),
        Action::PickSectorFilter => {
            let items = Sector::STANDARD
                .iter()
                .enumerate()
                .map(|(i, s)| PickItem {
                    value: i as u64,
                    label: crate::labels::sector(s),
                    hint: String::new(),
                    group: 0,
                })
                .collect();
            app.picker = Some(Picker::new(
                t("field-sector").to_owned(),
                items,
                PickTarget::SectorFilter,
            ));
        }
        _ => {}
    }
    None
}

/// A sector was picked to filter the list on (its index among the standard sectors).
pub fn sector_picked(app: &mut App, index: u64) {
    let Some(sector) = crate::domain::stakeholder::Sector::STANDARD.get(index as usize) else {
        return;
    };
    let sector = Quick::Sector(sector.clone());
    if !app.people.quick.contains(&sector) {
        app.people.quick.toggle(sector);
    }
    app.refresh_people();
}

/// The picker's value past the quick filters: the sector on.
const SECTOR_ON: u64 = Quick::CHOICES.len() as u64;
/// The value after it: every quick filter off.
const CLEAR_ALL: u64 = SECTOR_ON + 1;

/// Every quick filter with a mark when on (several may be), the sector if one is on,
/// then "all", which clears them.
fn quick_picker(app: &App) -> Picker {
    let mut items: Vec<PickItem> = (Quick::CHOICES.iter().enumerate())
        .map(|(i, q)| quick_item(i as u64, t(q.key()).to_owned()))
        .collect();
    if let Some(Quick::Sector(s)) = sector_on(app) {
        items.push(quick_item(SECTOR_ON, crate::labels::sector(s)));
    }
    items.push(quick_item(CLEAR_ALL, t("quick-all").to_owned()));
    let title = t("key-quick_filter").to_owned();
    Picker::new(title, items, PickTarget::QuickFilters).multi(quick_chosen(app))
}

fn quick_item(value: u64, label: String) -> PickItem {
    PickItem {
        value,
        label,
        hint: String::new(),
        group: 0,
    }
}

fn sector_on(app: &App) -> Option<&Quick> {
    (app.people.quick.on().iter()).find(|q| matches!(q, Quick::Sector(_)))
}

/// The picker's values of the quick filters on.
fn quick_chosen(app: &App) -> Vec<u64> {
    let on = &app.people.quick;
    let mut chosen: Vec<u64> = (0..Quick::CHOICES.len())
        .filter(|&i| on.contains(&Quick::CHOICES[i]))
        .map(|i| i as u64)
        .collect();
    chosen.extend(sector_on(app).map(|_| SECTOR_ON));
    chosen
}

/// A quick filter was turned on or off in the picker (or all of them off).
pub fn quick_picked(app: &mut App, value: u64) {
    match value {
        CLEAR_ALL => app.people.quick.clear(),
        SECTOR_ON => {
            if let Some(s) = sector_on(app).cloned() {
                app.people.quick.toggle(s);
            }
        }
        i => {
            let Some(q) = Quick::CHOICES.get(i as usize) else {
                return;
            };
            app.people.quick.toggle(q.clone());
        }
    }
    // Turning one on may turn another off: the marks follow the set.
    let chosen = quick_chosen(app);
    if let Some(p) = app.picker.as_mut() {
        p.chosen = chosen;
    }
    app.refresh_people();
}

/// Every pipeline stage and "not followed", each with how many it holds now (archived
/// people aside), then "every stage", which clears the filter.
fn stage_picker(app: &App) -> Picker {
    let people = || app.data.stakeholders.iter().filter(|s| !s.archived);
    let mut items: Vec<PickItem> = StageFilter::ALL
        .iter()
        .enumerate()
        .map(|(i, f)| PickItem {
            value: i as u64,
            label: t(f.key()).to_owned(),
            hint: people()
                .filter(|s| f.keeps(&s.pipeline))
                .count()
                .to_string(),
            group: 0,
        })
        .collect();
    items.push(PickItem {
        value: StageFilter::ALL.len() as u64,
        label: t("stage-every").to_owned(),
        hint: String::new(),
        group: 0,
    });
    Picker::new(t("field-stage").to_owned(), items, PickTarget::StageFilter)
}

/// A stage was picked to filter the list on; the position after the last clears it.
pub fn stage_picked(app: &mut App, index: u64) {
    app.people.stage = StageFilter::ALL.get(index as usize).copied();
    app.refresh_people();
}
