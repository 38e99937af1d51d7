//! The plan of an import: every row read against the mapping, validated, and marked as a
//! duplicate of a partner already known or of an earlier line. Writes nothing.

use super::*;

/// Reads every row against the mapping, validates it, and marks duplicates against
/// `existing` and earlier lines. Writes nothing.
pub fn plan(
    table: &Table,
    overrides: &[(String, Option<Field>)],
    existing: &[Stakeholder],
) -> Plan {
    let options = Options {
        overrides: overrides.to_vec(),
        ..Options::default()
    };
    plan_with(table, &options, existing)
}

/// Whether a row's categories let it in.
fn wanted(options: &Options, categories: &[String]) -> bool {
    options.only_categories.is_empty()
        || categories
            .iter()
            .any(|c| options.only_categories.iter().any(|w| fold(w) == fold(c)))
}

/// [`plan`] with every choice.
pub fn plan_with(table: &Table, options: &Options, existing: &[Stakeholder]) -> Plan {
    let mapping = mapping_of(table, options);
    let categories_at: Vec<usize> = (mapping.iter().enumerate())
        .filter(|(_, (h, f))| f.is_none() && mapping::is_categories(h))
        .map(|(i, _)| i)
        .collect();
    let mut known: HashMap<String, Duplicate> = HashMap::new();
    for s in existing {
        for k in keys(s) {
            known.entry(k).or_insert(Duplicate::Existing(s.id));
        }
    }
    let mut plan = Plan {
        encoding: table.encoding,
        separator: table.separator,
        format: table.format,
        mapping,
        rows: Vec::new(),
        problems: Vec::new(),
        warnings: Vec::new(),
        left_out: Vec::new(),
        sectors: Vec::new(),
        refused: Vec::new(),
        origin: None,
        joins: Vec::new(),
    };
    for (line, cells) in &table.rows {
        let r = row::read(*line, cells, &plan.mapping, &categories_at);
        if !wanted(options, &r.categories) {
            plan.left_out.push(LeftOut {
                line: *line,
                name: r.stakeholder.name,
                categories: r.categories,
            });
        } else if !r.problems.is_empty() {
            plan.problems.extend(r.problems);
            plan.refused.push((*line, cells.clone()));
        } else {
            add_row(&mut plan, &mut known, options, *line, r);
        }
    }
    plan.joins.retain(|j| j.2 > 0);
    plan
}

/// Each column's field: the one `--mapping` forces, else the one its header names.
fn mapping_of(table: &Table, options: &Options) -> Vec<(String, Option<Field>)> {
    (table.headers.iter())
        .map(|h| {
            let forced = (options.overrides.iter())
                .find(|(c, _)| fold(c) == fold(h))
                .map(|(_, f)| *f);
            (h.clone(), forced.unwrap_or_else(|| mapping::field_of(h)))
        })
        .collect()
}

/// A valid row of the line `line` into the plan: its warnings, a sector to confirm, the
/// networks it joins, and whether it is someone `known` already.
fn add_row(
    plan: &mut Plan,
    known: &mut HashMap<String, Duplicate>,
    options: &Options,
    line: u64,
    r: row::Read,
) {
    plan.warnings.extend(r.warnings);
    if let Some(text) = r.sector_text
        && !mapping::sector_is_exact(&text)
        && !plan.sectors.iter().any(|(t, _)| fold(t) == fold(&text))
    {
        plan.sectors.push((text, r.stakeholder.sector.clone()));
    }
    let s = r.stakeholder;
    let networks = joined(options, &r.categories, &mut plan.joins);
    let duplicate = keys(&s).iter().find_map(|k| known.get(k).copied());
    if duplicate.is_none() {
        for k in keys(&s) {
            known.insert(k, Duplicate::EarlierLine(line));
        }
    } else {
        (plan.joins.iter_mut())
            .filter(|j| networks.contains(&j.0))
            .for_each(|j| j.2 -= 1);
    }
    plan.rows.push(Row {
        line,
        stakeholder: s,
        duplicate,
        networks: if duplicate.is_some() {
            Vec::new()
        } else {
            networks
        },
    });
}
