//! Importing stakeholders from the spreadsheets coordinators already keep: read, map,
//! validate every row, find duplicates, then write everything valid in one transaction.

pub mod contacts;
pub mod mapping;
mod networks;
mod plan;
pub mod refused;
mod row;
pub mod table;
pub mod vcard;

use std::collections::HashMap;

use crate::domain::Id;
use crate::domain::lines::fold;
use crate::domain::stakeholder::{Sector, Stakeholder};
use crate::store::{Store, StoreError};

use mapping::Field;
pub use networks::networks_of;
use networks::{join_networks, joined};
pub use plan::{plan, plan_with};
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
    /// Mini-networks the row's categories name: a new person joins them.
    pub networks: Vec<Id>,
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
    /// Values kept as written but worth a look (an unusual phone number).
    pub warnings: Vec<Problem>,
    /// Rows the category filter leaves out.
    pub left_out: Vec<LeftOut>,
    /// Sector values not named word for word, with the sector each gets.
    pub sectors: Vec<(String, Sector)>,
    /// The refused rows as they were read (line, cells), for the file to fix them in.
    pub refused: Vec<(u64, Vec<String>)>,
    /// What kind of file it was.
    pub format: table::Format,
    /// The file read, when there is one: the refused rows are written beside it.
    pub origin: Option<std::path::PathBuf>,
    /// Mini-networks that new people join through their categories: (id, name, how many).
    pub joins: Vec<(Id, String, usize)>,
}

/// A row the category filter leaves out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub line: u64,
    pub name: String,
    pub categories: Vec<String>,
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

/// Name and organisation, or e-mail: how people are recognised.
fn keys(s: &Stakeholder) -> Vec<String> {
    let mut k = vec![format!("n:{}|{}", fold(&s.name), fold(&s.organisation))];
    if !s.contact.email.trim().is_empty() {
        k.push(format!("e:{}", s.contact.email.trim().to_lowercase()));
    }
    k
}

/// Choices made before reading the rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Column to field, overriding the automatic mapping (`--mapping`).
    pub overrides: Vec<(String, Option<Field>)>,
    /// Only rows in one of these categories or groups come in (none: every row).
    pub only_categories: Vec<String>,
    /// Mini-networks (id, name) that a category of the same name makes a new person join.
    pub networks: Vec<(Id, String)>,
}

/// Reads a file: vCards, an Outlook or Google Contacts export, or any spreadsheet.
/// UTF-16 (Excel's "Unicode text", some address books) is read as such.
pub fn read(bytes: &[u8]) -> Result<Table, table::TableError> {
    let utf16 = match bytes {
        [0xFF, 0xFE, ..] => Some(encoding_rs::UTF_16LE),
        [0xFE, 0xFF, ..] => Some(encoding_rs::UTF_16BE),
        _ => None,
    };
    let text;
    let bytes = match utf16 {
        Some(enc) => {
            text = enc.decode_with_bom_removal(bytes).0.into_owned();
            text.as_bytes()
        }
        None => bytes,
    };
    let mut t = if vcard::is_vcard(bytes) {
        vcard::read(bytes)
    } else {
        table::read(bytes).map(contacts::normalise)?
    };
    if utf16.is_some() {
        t.encoding = "UTF-16";
    }
    Ok(t)
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
        join_networks(tx, plan, &lines, &new)?;
        Ok(out)
    })?;
    Ok(out)
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}", refused(.0))]
    Invalid(Vec<Problem>),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Table(#[from] table::TableError),
}

fn refused(problems: &[Problem]) -> String {
    let first = problems.first().map(|p| p.to_string()).unwrap_or_default();
    crate::i18n::tf(
        "import-rows_refused",
        &[("n", &problems.len()), ("first", &first)],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_refusal_counts_rows_in_words() {
        let p = Problem {
            line: 3,
            column: "email".into(),
            message: "bad".into(),
        };
        let one = ImportError::Invalid(vec![p.clone()]).to_string();
        assert!(one.starts_with("1 row has a problem;"), "{one}");
        let two = ImportError::Invalid(vec![p.clone(), p]).to_string();
        assert!(two.starts_with("2 rows have a problem;"), "{two}");
    }

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
    fn sectors_not_named_word_for_word_are_listed_with_what_they_get() {
        let p = plan_of(
            "Naam;Sector\nA;CPAS de Molenbeek\nB;Brandweer\nC;cpas de molenbeek\nD;Politie\n",
            &[],
        );
        assert_eq!(
            p.sectors,
            vec![
                ("CPAS de Molenbeek".to_owned(), Sector::SocialWelfare),
                ("Brandweer".to_owned(), Sector::Other("Brandweer".into()))
            ]
        );
    }

    #[test]
    fn only_odd_phones_warn_and_only_chosen_categories_come_in() {
        let t = table::read(
            "name;phone;categories\nA;112;Partners\nB;0475 12 34 56;Personal\nC;;\n".as_bytes(),
        )
        .unwrap();
        let options = Options {
            only_categories: vec!["PARTNERS".into()],
            ..Options::default()
        };
        let p = plan_with(&t, &options, &[]);
        assert_eq!(p.rows.len(), 1);
        assert_eq!(p.rows[0].stakeholder.contact.phone, "112");
        assert_eq!(p.warnings.len(), 1);
        assert!(p.problems.is_empty());
        let out: Vec<&str> = p.left_out.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(out, vec!["B", "C"], "no category: not chosen");
    }

    #[test]
    fn utf16_text_from_excel_and_address_books() {
        let utf16 = |s: &str, le: bool| -> Vec<u8> {
            let mut out = if le {
                vec![0xFF, 0xFE]
            } else {
                vec![0xFE, 0xFF]
            };
            for u in s.encode_utf16() {
                out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
            out
        };
        let t = read(&utf16("Naam\tOrganisatie\r\nZoë\tOCMW\r\n", true)).unwrap();
        assert_eq!((t.encoding, t.separator), ("UTF-16", b'\t'));
        assert_eq!(t.rows[0].1, vec!["Zoë", "OCMW"]);
        let t = read(&utf16("BEGIN:VCARD\r\nFN:Zoë\r\nEND:VCARD\r\n", false)).unwrap();
        assert_eq!(t.rows[0].1[0], "Zoë");
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
