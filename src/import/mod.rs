//! Importing stakeholders from the spreadsheets coordinators already keep: read, map,
//! validate every row, find duplicates, then write everything valid in one transaction.

pub mod mapping;
pub mod table;

use std::collections::HashMap;

use crate::domain::lines::fold;
use crate::domain::stakeholder::{Formality, Sector, Stakeholder, Tier};
use crate::domain::{Id, sanitize, validate};
use crate::i18n::{t, tf};
use crate::store::{Store, StoreError};

use mapping::Field;
use table::Table;

/// A row that cannot be imported as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: u64,
    pub column: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, {}: {}", self.line, self.column, self.message)
    }
}

/// Someone already known: in the database, or on an earlier line of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duplicate {
    Existing(Id),
    EarlierLine(u64),
}

/// A row that has the same name as someone else (see [`Plan::namesakes`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Namesake {
    pub line: u64,
    pub name: String,
    pub of: Duplicate,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: u64,
    pub stakeholder: Stakeholder,
    pub duplicate: Option<Duplicate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub encoding: &'static str,
    pub separator: u8,
    /// Each header and the field it fills.
    pub mapping: Vec<(String, Option<Field>)>,
    /// Valid rows, duplicates marked.
    pub rows: Vec<Row>,
    /// Rows that are not valid, each problem once.
    pub problems: Vec<Problem>,
}

impl Plan {
    pub fn unmapped(&self) -> Vec<&str> {
        self.mapping
            .iter()
            .filter(|(_, f)| f.is_none())
            .map(|(h, _)| h.as_str())
            .collect()
    }

    /// Rows that become a new person with a name someone already has (known, or an
    /// earlier row): not refused, since namesakes exist, but worth a look before import.
    pub fn namesakes(&self, existing: &[Stakeholder]) -> Vec<Namesake> {
        let mut seen: HashMap<String, Duplicate> = HashMap::new();
        for s in existing {
            seen.entry(fold(&s.name))
                .or_insert(Duplicate::Existing(s.id));
        }
        let mut out = Vec::new();
        for r in self.rows.iter().filter(|r| r.duplicate.is_none()) {
            let key = fold(&r.stakeholder.name);
            match seen.get(&key) {
                Some(of) => out.push(Namesake {
                    line: r.line,
                    name: r.stakeholder.name.clone(),
                    of: *of,
                }),
                None => {
                    seen.insert(key, Duplicate::EarlierLine(r.line));
                }
            }
        }
        out
    }

    pub fn duplicates(&self) -> usize {
        self.rows.iter().filter(|r| r.duplicate.is_some()).count()
    }

    pub fn invalid_lines(&self) -> usize {
        let mut lines: Vec<u64> = self.problems.iter().map(|p| p.line).collect();
        lines.dedup();
        lines.len()
    }
}

/// What to do with a row that names someone already known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OnDuplicate {
    /// Leave the known record as it is.
    #[default]
    Skip,
    /// Fill the known record's empty fields from the row.
    Merge,
}

/// Parses `col=field,col=field` (`--mapping`).
pub fn parse_mapping(spec: &str) -> Result<Vec<(String, Option<Field>)>, String> {
    spec.split(',')
        .filter(|p| !p.trim().is_empty())
        .map(|pair| {
            let (col, field) = pair
                .split_once('=')
                .ok_or_else(|| format!("'{pair}' is not column=field"))?;
            let f = if field.trim().eq_ignore_ascii_case("ignore") {
                None
            } else {
                Some(Field::parse(field).ok_or_else(|| {
                    let all: Vec<&str> = Field::ALL.iter().map(|f| f.as_str()).collect();
                    format!("'{field}' is not a field ({}, ignore)", all.join(", "))
                })?)
            };
            Ok((col.trim().to_owned(), f))
        })
        .collect()
}

fn yes(s: &str) -> bool {
    matches!(
        fold(s).as_str(),
        "yes" | "y" | "oui" | "ja" | "x" | "1" | "true" | "vrai" | "waar"
    )
}

/// Name and organisation, or e-mail: how people are recognised.
fn keys(s: &Stakeholder) -> Vec<String> {
    let mut k = vec![format!("n:{}|{}", fold(&s.name), fold(&s.organisation))];
    if !s.contact.email.trim().is_empty() {
        k.push(format!("e:{}", s.contact.email.trim().to_lowercase()));
    }
    k
}

/// Reads every row against the mapping, validates it, and marks duplicates against
/// `existing` and earlier lines. Writes nothing.
pub fn plan(
    table: &Table,
    overrides: &[(String, Option<Field>)],
    existing: &[Stakeholder],
) -> Plan {
    let mapping: Vec<(String, Option<Field>)> = table
        .headers
        .iter()
        .map(|h| {
            let forced = overrides
                .iter()
                .find(|(c, _)| fold(c) == fold(h))
                .map(|(_, f)| *f);
            (h.clone(), forced.unwrap_or_else(|| mapping::field_of(h)))
        })
        .collect();
    let mut known: HashMap<String, Duplicate> = HashMap::new();
    for s in existing {
        for k in keys(s) {
            known.entry(k).or_insert(Duplicate::Existing(s.id));
        }
    }
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for (line, cells) in &table.rows {
        let mut s = Stakeholder::blank();
        let mut extra = Vec::new();
        let mut row_problems = Vec::new();
        for (i, raw) in cells.iter().enumerate() {
            // Control characters (escape sequences) never get in.
            let v = sanitize::strip(raw);
            // A cell kept as text for a spreadsheet (`'+32 …`) is read as its value.
            let v = sanitize::from_spreadsheet_cell(v.trim()).to_owned();
            let Some((header, field)) = mapping.get(i) else {
                continue;
            };
            if v.is_empty() {
                continue;
            }
            let mut bad = |msg: String| {
                row_problems.push(Problem {
                    line: *line,
                    column: header.clone(),
                    message: msg,
                })
            };
            match field {
                Some(Field::Name) => s.name = v,
                Some(Field::Organisation) => s.organisation = v,
                Some(Field::Role) => s.role = v,
                Some(Field::Sector) => s.sector = mapping::sector_of(&v),
                Some(Field::Phone) => match validate::phone(&v) {
                    Ok(()) => s.contact.phone = v,
                    Err(_) => bad(tf("import.bad_phone", &[("v", &v)])),
                },
                Some(Field::Email) => match validate::email(&v) {
                    Ok(()) => s.contact.email = v,
                    Err(_) => bad(tf("import.bad_email", &[("v", &v)])),
                },
                Some(Field::Address) => s.contact.address = v,
                Some(Field::Communities) => {
                    s.communities = v
                        .split([',', ';', '/'])
                        .map(str::trim)
                        .filter(|c| !c.is_empty())
                        .map(str::to_owned)
                        .collect()
                }
                Some(Field::Formality) => {
                    s.formality = if fold(&v).starts_with("inform") {
                        Formality::Informal
                    } else {
                        Formality::Formal
                    }
                }
                Some(Field::Tier) => {
                    let f = fold(&v);
                    s.tier = if ["policy", "beleid", "politique", "strategic", "strategique"]
                        .iter()
                        .any(|w| f.contains(w))
                    {
                        Tier::Policy
                    } else {
                        Tier::Practitioner
                    }
                }
                Some(Field::KeyFigure) => s.key_figure = yes(&v),
                Some(Field::Cadence) => match validate::days(&v) {
                    Ok(d) => s.cadence_days = d,
                    Err(_) => bad(tf("import.bad_days", &[("v", &v)])),
                },
                Some(Field::Notes) => extra.insert(0, v),
                None => extra.push(format!("{header}: {v}")),
            }
        }
        if s.name.is_empty() {
            let column = mapping
                .iter()
                .find(|(_, f)| *f == Some(Field::Name))
                .map_or("name".to_owned(), |(h, _)| h.clone());
            row_problems.push(Problem {
                line: *line,
                column,
                message: t("import.name_required").to_owned(),
            });
        }
        s.notes = extra.join("\n");
        if !row_problems.is_empty() {
            problems.extend(row_problems);
            continue;
        }
        let duplicate = keys(&s).iter().find_map(|k| known.get(k).copied());
        if duplicate.is_none() {
            for k in keys(&s) {
                known.insert(k, Duplicate::EarlierLine(*line));
            }
        }
        rows.push(Row {
            line: *line,
            stakeholder: s,
            duplicate,
        });
    }
    Plan {
        encoding: table.encoding,
        separator: table.separator,
        mapping,
        rows,
        problems,
    }
}

/// Fills `into`'s empty fields from `from`.
fn merge(into: &mut Stakeholder, from: &Stakeholder) {
    let fill = |a: &mut String, b: &String| {
        if a.trim().is_empty() {
            a.clone_from(b);
        }
    };
    fill(&mut into.organisation, &from.organisation);
    fill(&mut into.role, &from.role);
    fill(&mut into.contact.phone, &from.contact.phone);
    fill(&mut into.contact.email, &from.contact.email);
    fill(&mut into.contact.address, &from.contact.address);
    if matches!(&into.sector, Sector::Other(t) if t.is_empty()) {
        into.sector = from.sector.clone();
    }
    for c in &from.communities {
        if !into.communities.contains(c) {
            into.communities.push(c.clone());
        }
    }
    into.key_figure |= from.key_figure;
    if into.cadence_days.is_none() {
        into.cadence_days = from.cadence_days;
    }
    if !from.notes.is_empty() && !into.notes.contains(&from.notes) {
        into.notes = if into.notes.is_empty() {
            from.notes.clone()
        } else {
            format!("{}\n{}", into.notes, from.notes)
        };
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Outcome {
    pub created: usize,
    pub merged: usize,
    pub skipped: usize,
}

/// Writes the plan in one transaction. Refused when a row is invalid unless
/// `skip_invalid`. `progress` is called after every row.
pub fn apply(
    store: &Store,
    plan: &Plan,
    on_duplicate: OnDuplicate,
    skip_invalid: bool,
    progress: &dyn Fn(u64),
) -> Result<Outcome, ImportError> {
    if !plan.problems.is_empty() && !skip_invalid {
        return Err(ImportError::Invalid(plan.problems.clone()));
    }
    let out = store.write(|tx| {
        let mut out = Outcome::default();
        // Rows merged into rows of this file, by line.
        let mut by_line: HashMap<u64, Stakeholder> = HashMap::new();
        for r in &plan.rows {
            if r.duplicate.is_none() {
                by_line.insert(r.line, r.stakeholder.clone());
            }
        }
        for r in &plan.rows {
            match (r.duplicate, on_duplicate) {
                (Some(_), OnDuplicate::Skip) => out.skipped += 1,
                (Some(Duplicate::EarlierLine(l)), OnDuplicate::Merge) => {
                    if let Some(first) = by_line.get_mut(&l) {
                        merge(first, &r.stakeholder);
                    }
                    out.merged += 1;
                }
                (Some(Duplicate::Existing(id)), OnDuplicate::Merge) => {
                    if let Some(mut s) = tx.get::<Stakeholder>(id)? {
                        merge(&mut s, &r.stakeholder);
                        tx.update(&mut s)?;
                    }
                    out.merged += 1;
                }
                (None, _) => {}
            }
            progress(1);
        }
        let mut lines: Vec<u64> = by_line.keys().copied().collect();
        lines.sort();
        let mut new: Vec<Stakeholder> = lines.iter().filter_map(|l| by_line.remove(l)).collect();
        out.created = new.len();
        tx.insert_many(&mut new)?;
        Ok(out)
    })?;
    Ok(out)
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{} row problem(s); nothing was imported (first: {})", .0.len(), .0.first().map(|p| p.to_string()).unwrap_or_default())]
    Invalid(Vec<Problem>),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Table(#[from] table::TableError),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_of(csv: &str, existing: &[Stakeholder]) -> Plan {
        plan(&table::read(csv.as_bytes()).unwrap(), &[], existing)
    }

    #[test]
    fn rows_are_mapped_validated_and_unmapped_columns_kept() {
        let p = plan_of(
            "Naam;Organisatie;Sector;E-mail;Geboortedatum\nJan Peeters;FC Ster;Sport;jan@ster.be;1990\nEls;;;jan@;\n;School;;;\n",
            &[],
        );
        assert_eq!(p.unmapped(), vec!["Geboortedatum"]);
        assert_eq!(p.rows.len(), 1);
        let s = &p.rows[0].stakeholder;
        assert_eq!(
            (s.sector.clone(), s.notes.as_str()),
            (Sector::Sports, "Geboortedatum: 1990")
        );
        let msgs: Vec<String> = p.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            msgs,
            vec![
                "line 3, E-mail: 'jan@' is not an e-mail address",
                "line 4, Naam: a name is required"
            ]
        );
    }

    #[test]
    fn duplicates_by_name_and_organisation_or_email_in_file_and_database() {
        let existing = plan_of(
            "name;organisation;email\nHélène Dupré;Mosquée;h@d.be\n",
            &[],
        )
        .rows[0]
            .stakeholder
            .clone();
        let mut existing = existing;
        existing.id = 7;
        let p = plan_of(
            "name;organisation;email\nHELENE DUPRE;mosquee;\nOther;X;h@d.be\nNew One;Y;n@o.be\nnew one;y;\n",
            &[existing],
        );
        let d: Vec<_> = p.rows.iter().map(|r| r.duplicate).collect();
        assert_eq!(
            d,
            vec![
                Some(Duplicate::Existing(7)),
                Some(Duplicate::Existing(7)),
                None,
                Some(Duplicate::EarlierLine(4))
            ]
        );
    }

    #[test]
    fn escape_sequences_are_stripped_on_the_way_in() {
        let p = plan_of("name;role\n\"\u{1b}]0;owned\u{7}Jan\";\u{9b}2Jboss\n", &[]);
        assert_eq!(p.rows[0].stakeholder.name, "]0;ownedJan");
        assert_eq!(p.rows[0].stakeholder.role, "2Jboss");
    }

    #[test]
    fn mapping_overrides() {
        let m = parse_mapping("Wie=name, Waar = organisation,Extra=ignore").unwrap();
        assert_eq!(m[0], ("Wie".into(), Some(Field::Name)));
        assert_eq!(m[2], ("Extra".into(), None));
        assert!(
            parse_mapping("Wie=colour")
                .unwrap_err()
                .contains("not a field")
        );
        let t = table::read(b"Wie;Waar\nJan;School\n").unwrap();
        let p = plan(&t, &m, &[]);
        assert_eq!(p.rows[0].stakeholder.organisation, "School");
    }
}
