//! One row of a file read into a stakeholder: what refuses it (no name, an unparseable
//! e-mail, an impossible date) and what only deserves a look (an unusual phone number).

use chrono::NaiveDate;

use super::Problem;
use super::mapping::{self, Field};
use crate::domain::lines::fold;
use crate::domain::stakeholder::{Formality, Sector, Stakeholder, Tier};
use crate::domain::{sanitize, validate};
use crate::i18n::{t, tf};

/// A row read against the mapping.
pub struct Read {
    pub stakeholder: Stakeholder,
    /// What refuses the row.
    pub problems: Vec<Problem>,
    /// What is kept as written but worth a look.
    pub warnings: Vec<Problem>,
    pub categories: Vec<String>,
    /// The sector cell as written, when there was one.
    pub sector_text: Option<String>,
}

fn yes(s: &str) -> bool {
    matches!(
        fold(s).as_str(),
        "yes" | "y" | "oui" | "ja" | "x" | "1" | "true" | "vrai" | "waar"
    )
}

/// Whether a header names a date (a birthday, an anniversary).
fn is_date_header(header: &str) -> bool {
    let h = fold(header);
    [
        "date",
        "birthday",
        "bday",
        "anniversa",
        "verjaardag",
        "geboorte",
        "naissance",
    ]
    .iter()
    .any(|w| h.contains(w))
}

/// A date written with numbers (`31/02/1990`, `1990-02-31`, `19900231`) that no calendar
/// has, in either day/month order. Text dates and partial ones (`--0415`) are not judged;
/// Outlook's empty `0/0/00` is no date at all.
pub fn impossible_date(v: &str) -> bool {
    let v = v.trim();
    let parts: Vec<&str> = if v.len() == 8 && v.bytes().all(|b| b.is_ascii_digit()) {
        vec![&v[..4], &v[4..6], &v[6..]]
    } else {
        v.split(['/', '-', '.']).collect()
    };
    let nums: Option<Vec<u32>> = parts
        .iter()
        .map(|p| {
            (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect();
    let Some(n) = nums.filter(|n| n.len() == 3) else {
        return false;
    };
    if n.iter().all(|&x| x == 0) {
        return false;
    }
    let ok = |y: u32, m: u32, d: u32| NaiveDate::from_ymd_opt(y as i32, m, d).is_some();
    let four_first = parts[0].len() == 4;
    let possible = if four_first {
        ok(n[0], n[1], n[2])
    } else {
        let y = if parts[2].len() <= 2 {
            2000 + n[2]
        } else {
            n[2]
        };
        // 29 February needs a leap year that a two-digit year may not show: take 2000.
        ok(y, n[1], n[0]) || ok(y, n[0], n[1])
    };
    !possible
}

/// Reads one row. `categories_at` are the columns of categories (kept in the notes too).
pub fn read(
    line: u64,
    cells: &[String],
    mapping: &[(String, Option<Field>)],
    categories_at: &[usize],
) -> Read {
    let mut out = Read {
        stakeholder: Stakeholder::blank(),
        problems: Vec::new(),
        warnings: Vec::new(),
        categories: Vec::new(),
        sector_text: None,
    };
    let mut notes = Vec::new();
    for (i, raw) in cells.iter().enumerate() {
        let Some((header, field)) = mapping.get(i) else {
            continue;
        };
        // Control characters (escape sequences) never get in.
        let v = sanitize::strip(raw);
        // A cell kept as text for a spreadsheet (`'+32 …`) is read as its value.
        let v = sanitize::from_spreadsheet_cell(v.trim()).to_owned();
        let v = one_line(v, *field);
        if v.is_empty() {
            continue;
        }
        let cell = Cell {
            line,
            header,
            category: categories_at.contains(&i),
        };
        cell.fill(&mut out, &mut notes, *field, v);
    }
    finish(&mut out, line, mapping);
    out.stakeholder.notes = notes.join("\n");
    out
}

/// Where a cell is: for the messages about it.
struct Cell<'a> {
    line: u64,
    header: &'a String,
    /// A column of categories.
    category: bool,
}

impl Cell<'_> {
    fn problem(&self, key: &str, v: &str) -> Problem {
        Problem {
            line: self.line,
            column: self.header.clone(),
            message: tf(key, &[("v", &v)]),
        }
    }

    /// Puts one value where its field says; what has no field goes to the notes.
    fn fill(&self, out: &mut Read, notes: &mut Vec<String>, field: Option<Field>, v: String) {
        let header = self.header;
        let s = &mut out.stakeholder;
        match field {
            Some(Field::Name) => s.name = v,
            Some(Field::Organisation) => s.organisation = v,
            Some(Field::Role) => s.role = v,
            Some(Field::Sector) => {
                s.sector = mapping::sector_of(&v);
                out.sector_text = Some(v);
            }
            Some(Field::Phone) => {
                if validate::phone(&v).is_err() {
                    out.warnings.push(self.problem("import-odd_phone", &v));
                }
                s.contact.phone = v;
            }
            Some(Field::Email) => match validate::email(&v) {
                Ok(()) => s.contact.email = v,
                Err(_) => out.problems.push(self.problem("import-bad_email", &v)),
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
            Some(Field::Tier) => s.tier = tier(&v),
            Some(Field::KeyFigure) => s.key_figure = yes(&v),
            Some(Field::Cadence) => match validate::days(&v) {
                Ok(d) => s.cadence_days = d,
                Err(_) => {
                    out.warnings.push(self.problem("import-odd_days", &v));
                    notes.push(format!("{header}: {v}"));
                }
            },
            Some(Field::Notes) => notes.insert(0, v),
            None if self.category => {
                let c = mapping::categories(&v);
                if !c.is_empty() {
                    notes.push(format!("{header}: {}", c.join(", ")));
                }
                out.categories.extend(c);
            }
            // The reason column of a refused rows' file, imported again once fixed.
            None if header == t("import-refused_why") => {}
            None => {
                if is_date_header(header) && impossible_date(&v) {
                    out.problems.push(self.problem("import-bad_date", &v));
                }
                notes.push(format!("{header}: {v}"));
            }
        }
    }
}

/// A row without a name is refused; with no sector column (an address book), the first
/// category naming a sector chooses it.
fn finish(out: &mut Read, line: u64, mapping: &[(String, Option<Field>)]) {
    let s = &mut out.stakeholder;
    if s.name.is_empty() {
        let column = mapping
            .iter()
            .find(|(_, f)| *f == Some(Field::Name))
            .map_or("name".to_owned(), |(h, _)| h.clone());
        out.problems.push(Problem {
            line,
            column,
            message: t("import-name_required").to_owned(),
        });
    }
    if matches!(&s.sector, Sector::Other(x) if x.is_empty())
        && let Some((text, sector)) = out
            .categories
            .iter()
            .map(|c| (c, mapping::sector_of(c)))
            .find(|(_, s)| !matches!(s, Sector::Other(_)))
    {
        s.sector = sector;
        out.sector_text = Some(text.clone());
    }
}

/// A multi-line cell for a one-line field: an address gets its lines joined with `, `,
/// any other field with a space. Notes, and what goes into them, keep their lines.
fn one_line(v: String, field: Option<Field>) -> String {
    match field {
        None | Some(Field::Notes) => v,
        _ if !v.contains('\n') => v,
        Some(Field::Address) => v
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        _ => v.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

fn tier(v: &str) -> Tier {
    let f = fold(v);
    if ["policy", "beleid", "politique", "strategic", "strategique"]
        .iter()
        .any(|w| f.contains(w))
    {
        Tier::Policy
    } else {
        Tier::Practitioner
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_fields_get_no_line_breaks() {
        let mapping: Vec<(String, Option<Field>)> = vec![
            ("name".into(), Some(Field::Name)),
            ("address".into(), Some(Field::Address)),
            ("notes".into(), Some(Field::Notes)),
        ];
        let cells = ["Jan\nPeeters", "Markt 1\n\n2800 Mechelen", "a\nb"].map(String::from);
        let s = read(2, &cells, &mapping, &[]).stakeholder;
        assert_eq!(
            (
                s.name.as_str(),
                s.contact.address.as_str(),
                s.notes.as_str()
            ),
            ("Jan Peeters", "Markt 1, 2800 Mechelen", "a\nb")
        );
    }

    #[test]
    fn impossible_dates_only() {
        for v in [
            "31/02/1990",
            "1990-02-30",
            "19900231",
            "32.01.2000",
            "4/31/80",
        ] {
            assert!(impossible_date(v), "{v}");
        }
        for v in [
            "0/0/00",
            "15/04/1980",
            "4/15/1980",
            "1980-04-15",
            "19800415",
            "29/02/00",
            "--0415",
            "15 avril 1980",
            "",
        ] {
            assert!(!impossible_date(v), "{v}");
        }
    }
}
