//! The rows an import refused, written beside the file they came from so that they can be
//! fixed and imported again: the same columns, and one more saying what is wrong.

use std::path::{Path, PathBuf};

use super::Plan;
use crate::domain::sanitize::{self, from_spreadsheet_cell, spreadsheet_cell};
use crate::i18n::t;
use crate::output::{self, OutputError, Policy};

/// The refused rows as a CSV file for Excel in a Belgian locale (BOM, `;`, CRLF), each
/// cell kept as text, with what was wrong in a last column.
pub fn csv(plan: &Plan) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .flexible(true)
            .from_writer(&mut out);
        let mut header: Vec<&str> = plan.mapping.iter().map(|(h, _)| h.as_str()).collect();
        header.push(t("import-refused_why"));
        let _ = w.write_record(header.iter().map(|h| spreadsheet_cell(h).into_owned()));
        for (line, cells) in &plan.refused {
            let why: Vec<String> = plan
                .problems
                .iter()
                .filter(|p| p.line == *line)
                .map(|p| p.to_string())
                .collect();
            // The values as the import reads them, kept as text again: importing the
            // fixed file gives the same values (one `'`, never two).
            let mut row: Vec<String> = cells
                .iter()
                .map(|c| {
                    let v = sanitize::strip(c);
                    spreadsheet_cell(from_spreadsheet_cell(v.trim())).into_owned()
                })
                .collect();
            row.resize(plan.mapping.len().max(row.len()), String::new());
            row.push(spreadsheet_cell(&why.join(" / ")).into_owned());
            let _ = w.write_record(&row);
        }
        let _ = w.flush();
    }
    out
}

/// Where the refused rows of `origin` go: `name-refused.csv` beside it.
pub fn target(origin: &Path) -> PathBuf {
    let stem = origin
        .file_stem()
        .map_or("import".into(), |s| s.to_string_lossy().into_owned());
    origin.with_file_name(format!("{stem}-refused.csv"))
}

/// Writes the refused rows beside the file read, as a new private file that replaces
/// nothing (a taken name gets the next free one). `None` when nothing was refused.
pub fn write(plan: &Plan, database: Option<&Path>) -> Result<Option<PathBuf>, OutputError> {
    let Some(origin) = plan.origin.as_deref().filter(|_| !plan.refused.is_empty()) else {
        return Ok(None);
    };
    output::write_new(&target(origin), &csv(plan), &Policy::unique(database)).map(Some)
}
