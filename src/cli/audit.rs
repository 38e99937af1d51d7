//! `roundtable audit`: print the audit trail.

use std::io::Write;
use std::path::Path;

use super::Failure;
use crate::store::Store;

pub(super) fn audit(
    path: &Path,
    case: Option<String>,
    since: Option<String>,
) -> Result<(), Failure> {
    let store = Store::open_read_only(path)?;
    let data = store.load()?;
    let today = super::today();
    let local = |at| crate::domain::time::local(at, super::zone());
    let since = since
        .map(|s| crate::domain::parse::date(&s, today))
        .transpose()
        .map_err(Failure::from)?;
    let case = case
        .map(|c| c.parse::<crate::domain::case::CaseRef>())
        .transpose()
        .map_err(Failure::from)?
        .map(|r| {
            let id = data.cases.iter().find(|c| c.reference == r).map(|c| c.id);
            (format!("case:{r}"), id)
        });
    // The case an exported item (`note:3`, `action:2 (reason)`) is about.
    let case_of = |key: &str| -> Option<u64> {
        let key = key.split_whitespace().next()?;
        let (kind, id) = key.split_once(':')?;
        let id: u64 = id.parse().ok()?;
        match kind {
            "note" => crate::domain::dataset::by_id(&data.notes, id)?.anchor.case,
            "decision" => {
                crate::domain::dataset::by_id(&data.decisions, id)?
                    .anchor
                    .case
            }
            "action" => {
                crate::domain::dataset::by_id(&data.actions, id)?
                    .anchor
                    .case
            }
            _ => None,
        }
    };
    let mut out = std::io::stdout().lock();
    for e in &data.audit {
        if since.is_some_and(|d| local(e.at).date_naive() < d) {
            continue;
        }
        if let Some((subject, id)) = &case {
            let about_case = e.subject == *subject
                || (id.is_some()
                    && e.included
                        .iter()
                        .chain(&e.withheld)
                        .any(|k| case_of(k) == *id));
            if !about_case {
                continue;
            }
        }
        let who = e
            .recipient
            .and_then(|r| crate::domain::dataset::by_id(&data.stakeholders, r))
            .map(|s| s.name.as_str());
        let line = format!(
            "{} {:>4} {} {:?} {}{}{}{}",
            local(e.at).format("%Y-%m-%d %H:%M:%S %:z"),
            e.id,
            e.who,
            e.kind,
            e.subject,
            who.map(|w| format!(" for {w}")).unwrap_or_default(),
            if e.included.is_empty() {
                String::new()
            } else {
                format!(" included {}", e.included.join(","))
            },
            if e.withheld.is_empty() {
                String::new()
            } else {
                let shown: Vec<String> = e
                    .withheld
                    .iter()
                    .map(|w| crate::export::withheld_shown(w))
                    .collect();
                format!(" withheld {}", shown.join(","))
            },
        );
        writeln!(out, "{}", crate::domain::sanitize::line(&line))?;
    }
    Ok(())
}

/// `roundtable audit --superseded`: every export that held a note corrected or retracted
/// after it went out, with its recipient, so that the coordinator knows whom to re-send.
pub(super) fn superseded(path: &Path) -> Result<(), Failure> {
    use crate::i18n::tf;
    let store = Store::open_read_only(path)?;
    let data = store.load()?;
    let list = crate::domain::correction::superseded(&data.audit);
    if list.is_empty() {
        super::say(crate::i18n::t("cli-superseded_none"));
    }
    for s in list {
        let whom = s
            .recipient
            .and_then(|r| crate::domain::dataset::by_id(&data.stakeholders, r))
            .map_or_else(|| "-".to_owned(), |p| p.name.clone());
        let at = data
            .audit
            .iter()
            .find(|e| e.id == s.export)
            .map(|e| {
                crate::domain::time::local(e.at, super::zone())
                    .format("%Y-%m-%d %H:%M")
                    .to_string()
            })
            .unwrap_or_default();
        super::say(&tf(
            "cli-superseded",
            &[
                ("entry", &s.export),
                ("at", &at),
                ("subject", &s.subject),
                ("recipient", &whom),
                ("notes", &s.notes.join(",")),
            ],
        ));
    }
    Ok(())
}
