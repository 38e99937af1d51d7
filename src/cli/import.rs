//! `roundtable import stakeholders`: read, check, then write in one transaction.

use std::fs;
use std::path::Path;

use super::Failure;
use crate::store::Store;

pub(super) fn import(
    path: &Path,
    file: &Path,
    dry_run: bool,
    mapping: Option<&str>,
    skip_invalid: bool,
    on_duplicate: crate::import::OnDuplicate,
) -> Result<(), Failure> {
    use std::io::IsTerminal;

    use crate::import;
    let bytes = fs::read(file).map_err(|e| Failure::from(format!("{}: {e}", file.display())))?;
    let table = import::table::read(&bytes)
        .map_err(|e| Failure::from(format!("{}: {e}", file.display())))?;
    let overrides = mapping
        .map(import::parse_mapping)
        .transpose()
        .map_err(Failure::from)?
        .unwrap_or_default();
    // A dry run against a database that does not exist yet compares with nobody.
    let store = if dry_run && !path.exists() {
        None
    } else {
        Some(Store::open(path, !dry_run)?)
    };
    let existing = match &store {
        Some(s) => s.load()?.stakeholders,
        None => Vec::new(),
    };
    let plan = import::plan(&table, &overrides, &existing);
    let mapped: Vec<String> = plan
        .mapping
        .iter()
        .map(|(h, f)| format!("{h} → {}", f.map_or("(kept in notes)", |f| f.as_str())))
        .collect();
    eprintln!(
        "{}: {} rows, {} ({}); columns: {}",
        file.display(),
        table.rows.len(),
        plan.encoding,
        match plan.separator {
            b'\t' => "tab".to_owned(),
            c => format!("'{}'", c as char),
        },
        crate::domain::sanitize::line(&mapped.join(", "))
    );
    for p in &plan.problems {
        eprintln!("{}", crate::domain::sanitize::line(&p.to_string()));
    }
    eprintln!(
        "{} valid, {} invalid, {} already known ({})",
        plan.rows.len(),
        plan.invalid_lines(),
        plan.duplicates(),
        match on_duplicate {
            import::OnDuplicate::Skip => "skipped",
            import::OnDuplicate::Merge => "merged",
        }
    );
    let Some(store) = store.filter(|_| !dry_run) else {
        return Ok(());
    };
    let bar = (plan.rows.len() > 1000 && std::io::stderr().is_terminal())
        .then(|| indicatif::ProgressBar::new(plan.rows.len() as u64));
    let outcome = import::apply(&store, &plan, on_duplicate, skip_invalid, &|n| {
        if let Some(b) = &bar {
            b.inc(n);
        }
    })
    .map_err(|e| Failure::from(format!("{}: {e}", file.display())))?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    eprintln!(
        "imported: {} new, {} merged, {} skipped",
        outcome.created, outcome.merged, outcome.skipped
    );
    Ok(())
}
