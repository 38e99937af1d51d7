use std::sync::Arc;

use crate::domain::dataset::Dataset;
use crate::store::Store;

use super::Action;
use super::record::{self, Change};
use super::state::Ticket;

/// A save refused or failed: the text for the user, and the kind of refusal the form
/// layer acts on (never the text: its wording and language are the user's).
#[derive(Debug, Clone, PartialEq)]
pub struct SaveError {
    pub text: String,
    pub why: Refusal,
}

/// What a refused save tells the layer that asked for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The record's person was erased meanwhile: nothing more is written about them.
    Erased,
    /// Anything else: the text says what.
    Other,
}

impl From<&crate::store::StoreError> for SaveError {
    fn from(e: &crate::store::StoreError) -> Self {
        let why = match e {
            crate::store::StoreError::Erased { .. } => Refusal::Erased,
            _ => Refusal::Other,
        };
        SaveError {
            text: e.to_string(),
            why,
        }
    }
}

impl From<String> for SaveError {
    fn from(text: String) -> Self {
        SaveError {
            text,
            why: Refusal::Other,
        }
    }
}

impl From<&str> for SaveError {
    fn from(text: &str) -> Self {
        SaveError::from(text.to_owned())
    }
}

/// Work for the store, done off the input path; the result comes back as an [`Action`].
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Read every record.
    Load,
    /// Read every record, delivering first what the lists need and then the notes,
    /// decisions, actions and audit trail, from one snapshot: a large database shows its
    /// first screen before all of it is decoded.
    LoadStaged,
    /// Read the change counter.
    PollCounter,
    /// Write these changes in one durable transaction.
    Apply(Vec<Change>, Ticket),
    /// Read and check a file of stakeholders; nothing is written.
    PlanImport {
        path: std::path::PathBuf,
        on_duplicate: crate::import::OnDuplicate,
        skip_invalid: bool,
        /// Only contacts in one of these categories (none: all).
        only_categories: Vec<String>,
    },
    /// Write a checked import in one transaction.
    ApplyImport(
        std::sync::Arc<crate::import::Plan>,
        crate::import::OnDuplicate,
        bool,
    ),
    /// Compute the Overview of this data set as of this day (no store work: it is here
    /// to run off the UI thread, as the data arrive).
    ComputeOverview(Arc<Dataset>, chrono::NaiveDate),
    /// Fold the records of this data set for the search of everything (no store work:
    /// it is here to run off the UI thread).
    IndexSearch(Arc<Dataset>),
    /// Check the passphrase typed on the lock screen.
    CheckPassphrase(super::lock::Secret),
    /// Write an export file and record it on the audit trail.
    Export {
        path: std::path::PathBuf,
        content: String,
        shared: crate::export::Shared,
        ticket: Ticket,
    },
}

/// Carries out one effect, handing each resulting action to `send` as soon as it is
/// ready (a staged load sends two).
pub fn run_effect_each(store: &Store, effect: &Effect, send: &mut dyn FnMut(Action)) {
    if *effect == Effect::LoadStaged {
        let result = store.read(|tx| {
            let counter = tx.change_counter()?;
            // The count first: the first screen needs nothing else from the records.
            send(Action::Counted(
                tx.count::<crate::domain::stakeholder::Stakeholder>()?,
            ));
            let first = tx.dataset_without_history()?;
            send(Action::Loaded(Arc::new(first), counter));
            // The rest is added to the app's copy in place: the lists are never held twice.
            let mut history = Dataset::default();
            tx.add_history(&mut history)?;
            send(Action::HistoryLoaded(Box::new(history), counter));
            Ok(())
        });
        if let Err(e) = result {
            send(Action::StoreFailed(e.to_string()));
        }
        return;
    }
    if let Effect::Export {
        path,
        content,
        shared,
        ticket,
    } = effect
    {
        let (done, landed) = export(store, path, content, shared, ticket);
        send(done);
        // The name was taken, so the file has the next free one: say which.
        if let Some(landed) = landed.filter(|p| p != path) {
            let msg = crate::i18n::tf("status-exported", &[("path", &landed.display())]);
            send(Action::Saved(Ticket::Notice(msg), vec![]));
        }
        return;
    }
    send(run_effect(store, effect));
}

/// Carries out one effect against the store; a staged load is done in one go.
pub fn run_effect(store: &Store, effect: &Effect) -> Action {
    match effect {
        // Staging only matters for the first screen; one action here.
        Effect::LoadStaged | Effect::Load => store
            .read(|tx| {
                let counter = tx.change_counter()?;
                Ok(Action::Loaded(Arc::new(tx.dataset()?), counter))
            })
            .unwrap_or_else(|e| Action::StoreFailed(e.to_string())),
        Effect::ComputeOverview(data, today) => {
            Action::OverviewReady(Arc::new(crate::domain::overview::compute(data, *today)))
        }
        Effect::IndexSearch(data) => Action::SearchIndexed(super::search::Indexed::fold(data)),
        Effect::CheckPassphrase(pass) => {
            Action::PassphraseChecked(store.check_passphrase(pass.expose()).unwrap_or(false))
        }
        Effect::PollCounter => store
            .change_counter()
            .map(Action::Counter)
            .unwrap_or_else(|e| Action::StoreFailed(e.to_string())),
        Effect::Apply(changes, ticket) => match store.write(|tx| record::apply(tx, changes)) {
            Ok(ids) => Action::Saved(ticket.clone(), ids),
            Err(e) => Action::SaveFailed(ticket.clone(), SaveError::from(&e)),
        },
        Effect::PlanImport {
            path,
            on_duplicate,
            skip_invalid,
            only_categories,
        } => {
            let planned = std::fs::read(path)
                .map_err(|e| format!("{}: {e}", path.display()))
                .and_then(|bytes| {
                    crate::import::read(&bytes).map_err(|e| format!("{}: {e}", path.display()))
                })
                .and_then(|table| {
                    let data = store.load().map_err(|e| e.to_string())?;
                    let options = crate::import::Options {
                        only_categories: only_categories.clone(),
                        networks: crate::import::networks_of(&data.networks),
                        ..Default::default()
                    };
                    let mut plan = crate::import::plan_with(&table, &options, &data.stakeholders);
                    plan.origin = Some(path.clone());
                    Ok(plan)
                });
            match planned {
                Ok(plan) => {
                    Action::ImportPlanned(std::sync::Arc::new(plan), *on_duplicate, *skip_invalid)
                }
                Err(e) => Action::StoreFailed(e),
            }
        }
        Effect::ApplyImport(plan, on_duplicate, skip_invalid) => {
            // The refused rows first: a file that cannot be written leaves nothing imported.
            let refused = if *skip_invalid {
                refused_file(plan, store.path())
            } else {
                Ok(String::new())
            };
            let applied = refused.and_then(|refused| {
                crate::import::apply(store, plan, *on_duplicate, *skip_invalid, &|_| {})
                    .map(|o| (o, refused))
                    .map_err(|e| e.to_string())
            });
            match applied {
                Ok((o, refused)) => {
                    let mut text = crate::i18n::tf(
                        "status-imported",
                        &[
                            ("new", &o.created),
                            ("merged", &o.merged),
                            ("skipped", &o.skipped),
                        ],
                    );
                    if !refused.is_empty() {
                        text.push(' ');
                        text.push_str(&refused);
                    }
                    Action::Saved(Ticket::Notice(text), vec![])
                }
                Err(e) => Action::StoreFailed(e),
            }
        }
        Effect::Export {
            path,
            content,
            shared,
            ticket,
        } => export(store, path, content, shared, ticket).0,
    }
}

/// Writes an export under `path`, or the next free name beside it when `path` is taken
/// (an export never replaces an earlier one); returns where it landed.
fn export(
    store: &Store,
    path: &std::path::Path,
    content: &str,
    shared: &crate::export::Shared,
    ticket: &Ticket,
) -> (Action, Option<std::path::PathBuf>) {
    let dir = path
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    let result = crate::export::folder::ready(&dir).and_then(|_| {
        let placement = crate::export::Placement::Unique;
        crate::export::write_audited(store, path, content, shared.clone(), placement)
            .map_err(|e| e.to_string())
    });
    match result {
        Ok(landed) => (Action::Saved(ticket.clone(), vec![]), Some(landed)),
        Err(e) => (Action::SaveFailed(ticket.clone(), e.into()), None),
    }
}

/// Writes the refused rows of an import beside its file; what to tell the user.
fn refused_file(plan: &crate::import::Plan, database: &std::path::Path) -> Result<String, String> {
    use crate::i18n::tf;
    match crate::import::refused::write(plan, Some(database)) {
        Ok(Some(path)) => Ok(tf(
            "status-import_refused",
            &[
                ("n", &plan.refused.len()),
                ("file", &crate::domain::sanitize::path(&path)),
            ],
        )),
        Ok(None) => Ok(String::new()),
        Err(e) => Err(e.to_string()),
    }
}
