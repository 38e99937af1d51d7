//! `roundtable erase case REF` and `roundtable erase person NAME`: the right to erasure,
//! each one transaction with its audit entry (ids and counts, never content or a name).
//! Without `--yes` they only say what would go.

use std::path::Path;

use clap::Subcommand;

use super::{Failure, say};
use crate::domain::Id;
use crate::domain::audit::{AuditEvent, AuditKind};
use crate::domain::case::CaseRef;
use crate::domain::dataset::Dataset;
use crate::domain::erasure;
use crate::i18n::{t, tf};
use crate::store::{Store, StoreError};

#[derive(Debug, Subcommand)]
pub enum EraseCommand {
    /// Erase a case: its notes, actions, decisions and drafts; its reference stays
    Case {
        /// The case reference, RT-YYYY-NNN
        reference: String,
        /// Erase; without it, only say what would be erased
        #[arg(long)]
        yes: bool,
    },
    /// Erase a person: their record becomes "a former partner", their contact log goes
    Person {
        /// Their full name (as in the stakeholder list) or id; a name that fits more
        /// than one person is refused
        name: String,
        /// Erase; without it, only say what would be erased
        #[arg(long)]
        yes: bool,
    },
}

pub(super) fn erase(path: &Path, command: EraseCommand) -> Result<(), Failure> {
    match command {
        EraseCommand::Case { reference, yes } => case(path, &reference, yes),
        EraseCommand::Person { name, yes } => person(path, &name, yes),
    }
}

fn find_case(data: &Dataset, reference: CaseRef) -> Result<Id, Failure> {
    data.cases
        .iter()
        .find(|c| c.reference == reference)
        .map(|c| c.id)
        .ok_or_else(|| Failure::from(tf("cli-no_case", &[("case", &reference)])))
}

fn case(path: &Path, reference: &str, yes: bool) -> Result<(), Failure> {
    let reference: CaseRef = reference.parse().map_err(Failure::from)?;
    let store = Store::open(path, false)?;
    let data = store.load()?;
    let id = find_case(&data, reference)?;
    if !yes {
        let gone = erasure::erase_case(&mut data.clone(), id).unwrap_or_default();
        let args: [(&str, &dyn std::fmt::Display); 2] =
            [("case", &reference), ("counts", &counts(&gone))];
        say(&tf("erase-case_would", &args));
        return Err(needs_yes());
    }
    let mut done = erasure::CaseErased::default();
    store.write(|tx| {
        let before = tx.dataset()?;
        let mut after = before.clone();
        done = erasure::erase_case(&mut after, id).ok_or(StoreError::Gone { kind: "cases", id })?;
        tx.apply(&before, &after)?;
        // Crypto-shredding: the case's key goes too, after the records sealed under it.
        tx.destroy_case_key(id)?;
        let detail = format!("erased: {}", counts(&done));
        let event = AuditEvent::new(AuditKind::CaseErased, format!("case:{reference}"), &detail);
        tx.append_audit(event).map(|_| ())
    })?;
    let args: [(&str, &dyn std::fmt::Display); 2] =
        [("case", &reference), ("counts", &counts(&done))];
    say(&tf("erase-case_done", &args));
    say(t("erase-backups_note"));
    Ok(())
}

fn needs_yes() -> Failure {
    Failure {
        code: 1,
        message: t("erase-needs_yes").to_owned(),
    }
}

fn counts(g: &erasure::CaseErased) -> String {
    format!(
        "{} notes, {} decisions, {} actions, {} drafts, {} routed concerns",
        g.notes, g.decisions, g.actions, g.drafts, g.concerns
    )
}

/// The one person whose full name is `spec` (case and accents aside), or whose id it is.
/// A part of a name is not enough to erase someone; namesakes are refused with their ids.
pub(super) fn find_whole_person(data: &Dataset, spec: &str) -> Result<Id, Failure> {
    use crate::domain::lines::fold;
    let id = super::find_stakeholder(data, spec).map_err(Failure::from)?;
    let s = data
        .stakeholders
        .iter()
        .find(|s| s.id == id)
        .ok_or_else(|| Failure::from(tf("cli-no_stakeholder_id", &[("id", &id)])))?;
    if s.erased {
        return Err(Failure::from(tf("erase-already", &[("id", &id)])));
    }
    let by_id = spec.trim().parse::<Id>().is_ok();
    if !by_id && fold(&s.name) != fold(spec) {
        return Err(Failure::from(tf(
            "erase-whole_name",
            &[("spec", &spec), ("id", &id)],
        )));
    }
    Ok(id)
}

fn person(path: &Path, spec: &str, yes: bool) -> Result<(), Failure> {
    let store = Store::open(path, false)?;
    let data = store.load()?;
    let id = find_whole_person(&data, spec)?;
    let former = t("erase-former_partner");
    if !yes {
        let mut after = data.clone();
        let gone = erasure::erase_person(&mut after, id, former).unwrap_or_default();
        let would = (gone, after.references_to(id));
        say(&person_line("erase-person_would", id, &would));
        return Err(needs_yes());
    }
    let mut done = (erasure::PersonErased::default(), 0);
    store.write(|tx| {
        let before = tx.dataset()?;
        let mut after = before.clone();
        let gone = erasure::erase_person(&mut after, id, former).ok_or(StoreError::Gone {
            kind: "stakeholders",
            id,
        })?;
        tx.apply(&before, &after)?;
        let detail = format!(
            "tombstone; {} contact entries, {} drafts and {} routed concerns removed; {} texts rewritten",
            gone.contacts,
            gone.drafts,
            gone.concerns,
            gone.rewritten.len()
        );
        let mut event = AuditEvent::new(AuditKind::PersonErased, format!("person:{id}"), &detail);
        event.included = gone.rewritten.clone();
        done = (gone, after.references_to(id));
        tx.append_audit(event).map(|_| ())
    })?;
    say(&person_line("erase-person_done", id, &done));
    say(t("erase-prose_note"));
    if !done.0.partial.is_empty() {
        let keys = done.0.partial.join(", ");
        say(&tf("erase-partial", &[("keys", &keys)]));
    }
    say(t("erase-backups_note"));
    Ok(())
}

fn person_line(key: &str, id: Id, (gone, refs): &(erasure::PersonErased, usize)) -> String {
    tf(
        key,
        &[
            ("id", &id),
            ("contacts", &gone.contacts),
            ("drafts", &gone.drafts),
            ("texts", &gone.rewritten.len()),
            ("refs", refs),
        ],
    )
}
