//! `roundtable import stakeholders`: read, check, then write in one transaction.

use std::fs;
use std::path::Path;

use super::{Failure, say_err};
use crate::i18n::{t, tf};
use crate::store::Store;

pub(super) fn import(
    path: &Path,
    file: &Path,
    dry_run: bool,
    mapping: Option<&str>,
    skip_invalid: bool,
    only_category: &[String],
    on_duplicate: crate::import::OnDuplicate,
) -> Result<(), Failure> {
    use std::io::IsTerminal;

    use crate::import;
    let bytes = fs::read(file)
        .map_err(|e| Failure::from(format!("{}: {e}", crate::domain::sanitize::path(file))))?;
    let table = import::read(&bytes)
        .map_err(|e| Failure::from(format!("{}: {e}", crate::domain::sanitize::path(file))))?;
    let overrides = mapping
        .map(import::parse_mapping)
        .transpose()
        .map_err(Failure::from)?
        .unwrap_or_default();
    // A dry run against a database that does not exist yet compares with nobody.
    let store = if dry_run && !path.exists() {
        None
    } else {
        Some(if dry_run {
            Store::open_read_only(path)?
        } else {
            Store::open(path, true)?
        })
    };
    let (existing, networks) = match &store {
        Some(s) => {
            let data = s.load()?;
            (data.stakeholders, import::networks_of(&data.networks))
        }
        None => (Vec::new(), Vec::new()),
    };
    let options = import::Options {
        overrides,
        only_categories: only_category.to_vec(),
        networks,
    };
    let mut plan = import::plan_with(&table, &options, &existing);
    plan.origin = Some(file.to_owned());
    let mapped: Vec<String> = plan
        .mapping
        .iter()
        .map(|(h, f)| {
            format!(
                "{h} → {}",
                f.map_or(crate::i18n::t("import-kept_in_notes"), |f| f.as_str())
            )
        })
        .collect();
    let sep = match plan.separator {
        // A vCard file has no separator: say what it is instead.
        _ if plan.format == crate::import::table::Format::VCard => t(plan.format.key()).to_owned(),
        b'\t' => "tab".to_owned(),
        c => format!("'{}'", c as char),
    };
    say_err(&tf(
        "cli-import_read",
        &[
            ("file", &crate::domain::sanitize::path(file)),
            ("rows", &table.rows.len()),
            ("encoding", &plan.encoding),
            ("sep", &sep),
            ("columns", &mapped.join(", ")),
        ],
    ));
    report(&plan, dry_run);
    for n in plan.namesakes(&existing) {
        say_err(&namesake(&n, &existing));
    }
    let what = match on_duplicate {
        import::OnDuplicate::Skip => t("cli-dups_skipped"),
        import::OnDuplicate::Merge => t("cli-dups_merged"),
    };
    say_err(&tf(
        "cli-import_counts",
        &[
            ("valid", &plan.rows.len()),
            ("invalid", &plan.invalid_lines()),
            ("dups", &plan.duplicates()),
            ("what", &what),
        ],
    ));
    let Some(store) = store.filter(|_| !dry_run) else {
        return Ok(());
    };
    // At a terminal, one question instead of a second command with --skip-invalid.
    let skip_invalid = skip_invalid || (!plan.problems.is_empty() && confirmed(&plan));
    if !plan.problems.is_empty() && !skip_invalid {
        let target = import::refused::target(file);
        say_err(&tf(
            "cli-import_skip_hint",
            &[
                ("valid", &plan.rows.len()),
                ("file", &crate::domain::sanitize::path(&target)),
            ],
        ));
    }
    // The refused rows first: a file that cannot be written leaves nothing imported.
    if skip_invalid
        && let Some(written) =
            import::refused::write(&plan, Some(path)).map_err(|e| Failure::from(e.to_string()))?
    {
        say_err(&tf(
            "cli-import_refused_written",
            &[
                ("n", &plan.refused.len()),
                ("file", &crate::domain::sanitize::path(&written)),
            ],
        ));
    }
    let bar = (plan.rows.len() > 1000 && std::io::stderr().is_terminal())
        .then(|| indicatif::ProgressBar::new(plan.rows.len() as u64));
    let outcome = import::apply(&store, &plan, on_duplicate, skip_invalid, &|n| {
        if let Some(b) = &bar {
            b.inc(n);
        }
    })
    .map_err(|e| Failure::from(format!("{}: {e}", crate::domain::sanitize::path(file))))?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    say_err(&tf(
        "cli-imported",
        &[
            ("new", &outcome.created),
            ("merged", &outcome.merged),
            ("skipped", &outcome.skipped),
        ],
    ));
    Ok(())
}

/// Asks, when both standard input and standard error are a terminal, whether to import
/// the valid rows and leave the refused ones out. No terminal (a script): no.
fn confirmed(plan: &crate::import::Plan) -> bool {
    use std::io::{BufRead, IsTerminal, Write};
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return false;
    }
    let question = tf(
        "cli-import_confirm",
        &[
            ("valid", &plan.rows.len()),
            ("invalid", &plan.invalid_lines()),
        ],
    );
    eprint!("{} ", crate::domain::sanitize::line(&question));
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    if std::io::stdin().lock().read_line(&mut answer).is_err() {
        return false;
    }
    matches!(
        crate::domain::lines::fold(answer.trim()).as_str(),
        "y" | "yes" | "o" | "oui" | "j" | "ja"
    )
}

/// What the plan found besides the counts: the format recognised, refused rows,
/// warnings, sectors guessed, and what the category filter leaves out.
fn report(plan: &crate::import::Plan, dry_run: bool) {
    use crate::domain::stakeholder::Sector;
    if plan.format != crate::import::table::Format::Csv {
        say_err(&tf(
            "cli-import_format",
            &[("format", &t(plan.format.key()))],
        ));
    }
    for p in &plan.problems {
        say_err(&p.to_string());
    }
    for w in &plan.warnings {
        say_err(&tf("cli-import_warning", &[("w", w)]));
    }
    for (text, sector) in &plan.sectors {
        let to = match sector {
            Sector::Other(_) => t("import-sector_kept").to_owned(),
            s => t(s.key()).to_owned(),
        };
        say_err(&tf("cli-import_sector", &[("text", text), ("sector", &to)]));
    }
    for (_, name, n) in &plan.joins {
        say_err(&tf("cli-import_joins", &[("network", name), ("n", n)]));
    }
    if !plan.left_out.is_empty() {
        say_err(&tf("cli-import_left_out", &[("n", &plan.left_out.len())]));
        if dry_run {
            for l in &plan.left_out {
                let value = format!("{} ({})", l.name, l.categories.join(", "));
                let line = format!("{} {}", t("import-line"), l.line);
                say_err(&format!("  {}", crate::i18n::label_value(&line, &value)));
            }
        }
    }
}

/// One warning line about a row whose name someone already has.
fn namesake(
    n: &crate::import::Namesake,
    existing: &[crate::domain::stakeholder::Stakeholder],
) -> String {
    use crate::import::Duplicate;
    match n.of {
        Duplicate::Existing(id) => {
            let org = existing
                .iter()
                .find(|s| s.id == id)
                .map_or("", |s| s.organisation.as_str());
            tf(
                "cli-namesake_known",
                &[
                    ("line", &n.line),
                    ("name", &n.name),
                    ("id", &id),
                    ("org", &org),
                ],
            )
        }
        Duplicate::EarlierLine(other) => tf(
            "cli-namesake_line",
            &[("line", &n.line), ("name", &n.name), ("other", &other)],
        ),
    }
}
