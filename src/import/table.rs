//! Reading a spreadsheet export: the encoding (UTF-8 with or without BOM, else
//! Windows-1252, as Belgian and French Excel write it) and the separator (`;` `,` tab).

/// Longest cell accepted: a cell longer than this is a mistake (a whole file pasted into
/// one cell), not a contact.
pub const MAX_CELL: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    /// (line number in the file, cells).
    pub rows: Vec<(u64, Vec<String>)>,
    pub separator: u8,
    pub encoding: &'static str,
    pub format: Format,
}

/// Where a table came from: a spreadsheet, or an address book recognised by its headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Outlook,
    Google,
    VCard,
}

impl Format {
    /// Catalogue key of its name.
    pub fn key(self) -> &'static str {
        match self {
            Format::Csv => "import-format_csv",
            Format::Outlook => "import-format_outlook",
            Format::Google => "import-format_google",
            Format::VCard => "import-format_vcard",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TableError {
    #[error("{}", crate::i18n::t("error-file_empty"))]
    Empty,
    #[error("{}", crate::i18n::tf("error-line_malformed", &[("line", .line), ("detail", .detail)]))]
    Malformed { line: u64, detail: String },
    #[error("{}", crate::i18n::tf(
        "error-cell_too_long",
        &[("line", .line), ("column", .column), ("len", .len), ("max", &MAX_CELL)],
    ))]
    CellTooLong {
        line: u64,
        column: String,
        len: usize,
    },
}

/// Text of the file, and the name of the encoding it was read as.
pub fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (String::from_utf8_lossy(rest).into_owned(), "UTF-8 (BOM)");
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_owned(), "UTF-8"),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), "Windows-1252")
        }
    }
}

/// The separator that splits the first lines into the most columns, consistently.
pub fn sniff(text: &str) -> u8 {
    let sample: String = text.lines().take(20).collect::<Vec<_>>().join("\n");
    let mut best = (b';', 0usize);
    for sep in [b';', b',', b'\t'] {
        let mut r = csv::ReaderBuilder::new()
            .delimiter(sep)
            .has_headers(false)
            .flexible(true)
            .from_reader(sample.as_bytes());
        let widths: Vec<usize> = r
            .records()
            .filter_map(Result::ok)
            .map(|rec| rec.len())
            .collect();
        let Some(&first) = widths.first() else {
            continue;
        };
        let consistent = widths.iter().filter(|&&w| w == first).count();
        let score = if first > 1 { first * consistent } else { 0 };
        if score > best.1 {
            best = (sep, score);
        }
    }
    best.0
}

/// Line numbers of record starts. (The csv crate's own line count does not survive CRLF
/// ends and blank lines, so count newlines up to the byte offset, past any line ends
/// there; records come in order, so each call counts only the new stretch.)
struct Lines<'a> {
    text: &'a [u8],
    at: usize,
    line: u64,
}

impl Lines<'_> {
    fn of(&mut self, mut byte: usize) -> u64 {
        let b = self.text;
        while byte < b.len() && (b[byte] == b'\r' || b[byte] == b'\n') {
            byte += 1;
        }
        let byte = byte.min(b.len());
        if byte >= self.at {
            self.line += b[self.at..byte].iter().filter(|&&c| c == b'\n').count() as u64;
            self.at = byte;
        }
        self.line
    }
}

/// The audit witness row that roundtable's own CSV exports end with.
fn is_witness(rec: &csv::StringRecord) -> bool {
    rec.get(0)
        .is_some_and(|c| c.starts_with(crate::export::CSV_WITNESS))
        && rec.iter().skip(1).all(str::is_empty)
}

pub fn read(bytes: &[u8]) -> Result<Table, TableError> {
    let (text, encoding) = decode(bytes);
    if text.trim().is_empty() {
        return Err(TableError::Empty);
    }
    let separator = sniff(&text);
    let mut r = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = r
        .headers()
        .map_err(|e| TableError::Malformed {
            line: 1,
            detail: e.to_string(),
        })?
        .iter()
        .map(str::to_owned)
        .collect();
    let mut rows = Vec::new();
    let mut lines = Lines {
        text: text.as_bytes(),
        at: 0,
        line: 1,
    };
    for rec in r.records() {
        let rec = rec.map_err(|e| TableError::Malformed {
            line: e.position().map_or(0, |p| p.line()),
            detail: e.to_string(),
        })?;
        let line = lines.of(rec.position().map_or(0, |p| p.byte() as usize));
        if rec.iter().all(str::is_empty) || is_witness(&rec) {
            continue;
        }
        let cells: Vec<String> = rec.iter().map(str::to_owned).collect();
        if let Some((i, c)) = cells
            .iter()
            .enumerate()
            .find(|(_, c)| c.chars().count() > MAX_CELL)
        {
            return Err(TableError::CellTooLong {
                line,
                column: headers
                    .get(i)
                    .cloned()
                    .unwrap_or_else(|| format!("#{}", i + 1)),
                len: c.chars().count(),
            });
        }
        rows.push((line, cells));
    }
    Ok(Table {
        headers,
        rows,
        separator,
        encoding,
        format: Format::Csv,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_with_semicolons() {
        let bytes =
            b"Nom;Organisation;T\xe9l\xe9phone\nH\xe9l\xe8ne Dupr\xe9;Mosqu\xe9e;015 55 10 30\n";
        let t = read(bytes).unwrap();
        assert_eq!((t.separator, t.encoding), (b';', "Windows-1252"));
        assert_eq!(t.headers, vec!["Nom", "Organisation", "Téléphone"]);
        assert_eq!(
            t.rows,
            vec![(
                2,
                vec![
                    "Hélène Dupré".into(),
                    "Mosquée".into(),
                    "015 55 10 30".into()
                ]
            )]
        );
    }

    #[test]
    fn utf8_bom_crlf_and_quoted_commas() {
        let t = read("\u{feff}Naam,Organisatie\r\n\"Peeters, Jan\",School\r\n\r\nEls,\"Club \"\"De Ster\"\"\"\r\n".as_bytes()).unwrap();
        assert_eq!((t.separator, t.encoding), (b',', "UTF-8 (BOM)"));
        assert_eq!(t.rows[0].1, vec!["Peeters, Jan", "School"]);
        assert_eq!(
            t.rows[1],
            (4, vec!["Els".into(), "Club \"De Ster\"".into()]),
            "blank lines skipped, line numbers kept"
        );
    }

    #[test]
    fn tabs_and_errors() {
        assert_eq!(read(b"name\temail\nA\ta@b.be\n").unwrap().separator, b'\t');
        assert_eq!(read(b"  \n"), Err(TableError::Empty));
        let big = format!("name;notes\nA;{}\n", "x".repeat(MAX_CELL + 1));
        assert!(matches!(
            read(big.as_bytes()),
            Err(TableError::CellTooLong { line: 2, .. })
        ));
    }
}
