//! The stakeholder list as a file Excel opens correctly in a Belgian locale (`;`, UTF-8
//! with a byte-order mark), or as JSON. The columns are the import's field names, so an
//! export imports back unchanged.

use crate::domain::dataset::Dataset;
use crate::domain::sanitize;
use crate::domain::stakeholder::{Formality, Stakeholder, Tier};
use crate::import::mapping::Field;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ListFormat {
    #[default]
    Csv,
    Json,
}

fn value(s: &Stakeholder, f: Field) -> String {
    let v = match f {
        Field::Name => s.name.clone(),
        Field::Organisation => s.organisation.clone(),
        Field::Role => s.role.clone(),
        Field::Sector => crate::labels::sector(&s.sector),
        Field::Phone => s.contact.phone.clone(),
        Field::Email => s.contact.email.clone(),
        Field::Address => s.contact.address.clone(),
        Field::Communities => s.communities.join(", "),
        Field::Formality => match s.formality {
            Formality::Formal => "formal".into(),
            Formality::Informal => "informal".into(),
        },
        Field::Tier => match s.tier {
            Tier::Practitioner => "practitioner".into(),
            Tier::Policy => "policy".into(),
        },
        Field::KeyFigure => if s.key_figure { "yes" } else { "no" }.into(),
        Field::Cadence => s.cadence_days.map(|d| d.to_string()).unwrap_or_default(),
        Field::Notes => s.notes.clone(),
    };
    // No control characters in a file someone will open elsewhere.
    sanitize::strip(&v)
}

/// Every stakeholder that is not archived, sorted by name.
pub fn rows(data: &Dataset) -> Vec<&Stakeholder> {
    let mut people: Vec<&Stakeholder> = data.stakeholders.iter().filter(|s| !s.archived).collect();
    people.sort_by_cached_key(|s| (s.name.to_lowercase(), s.id));
    people
}

pub fn csv(data: &Dataset, sep: u8, bom: bool) -> Result<Vec<u8>, csv::Error> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(b"\xEF\xBB\xBF");
    }
    {
        let mut w = csv::WriterBuilder::new()
            .delimiter(sep)
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        w.write_record(Field::ALL.iter().map(|f| f.as_str()))?;
        for s in rows(data) {
            // Text, never a formula, whatever a partner's name or number starts with.
            w.write_record(
                Field::ALL
                    .iter()
                    .map(|f| sanitize::spreadsheet_cell(&value(s, *f)).into_owned()),
            )?;
        }
        w.flush()?;
    }
    Ok(out)
}

pub fn json(data: &Dataset) -> String {
    let list: Vec<serde_json::Map<String, serde_json::Value>> = rows(data)
        .into_iter()
        .map(|s| {
            Field::ALL
                .iter()
                .map(|f| {
                    (
                        f.as_str().to_owned(),
                        serde_json::Value::String(value(s, *f)),
                    )
                })
                .collect()
        })
        .collect();
    // An object, not a bare list: room for the export's audit witness.
    let doc = serde_json::json!({ "stakeholders": list });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}
