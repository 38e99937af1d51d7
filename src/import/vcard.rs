//! vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350 and the 2.1 specification): many cards in
//! one file, folded lines, quoted-printable values and charsets (2.1), escapes (3.0, 4.0).
//! Photos, logos, sounds and keys are skipped without being kept in memory, and so is any
//! property longer than a cell may be; a card keeps at most [`MAX_CARD`] characters.

use encoding_rs::Encoding;

use super::contacts::{self, Contact};
use super::table::{Format, MAX_CELL, Table};

/// Most characters kept of one card (its photo not counted: it is never kept).
pub const MAX_CARD: usize = 64 * 1024;

/// Properties never kept: pictures, sounds, keys, and what only the sending program uses.
const SKIPPED: &[&str] = &[
    "PHOTO",
    "LOGO",
    "SOUND",
    "KEY",
    "VERSION",
    "PRODID",
    "REV",
    "UID",
    "LABEL",
    "GEO",
    "TZ",
    "CLIENTPIDMAP",
    "KIND",
    "MAILER",
    "SORT-STRING",
    "SOURCE",
    "BEGIN",
    "END",
];

/// Whether a file holds vCards (whatever comes before: a BOM, blank lines).
pub fn is_vcard(bytes: &[u8]) -> bool {
    let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = start.trim_ascii_start();
    start.len() >= 11 && start[..11].eq_ignore_ascii_case(b"BEGIN:VCARD")
}

/// One property: `group.NAME;PARAM=a,b;PARAM:value`, the value still encoded.
#[derive(Debug, Default)]
struct Property {
    name: String,
    params: Vec<(String, String)>,
    value: Vec<u8>,
}

impl Property {
    fn param(&self, key: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }

    /// 2.1 writes `;QUOTED-PRINTABLE` or `;ENCODING=QUOTED-PRINTABLE`.
    fn quoted_printable(&self) -> bool {
        self.params.iter().any(|(k, v)| {
            k.eq_ignore_ascii_case("QUOTED-PRINTABLE")
                || (k.eq_ignore_ascii_case("ENCODING")
                    && v.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
        })
    }

    /// The kinds: `TYPE=work,voice`, 2.1's bare `;WORK;VOICE`, without the uninteresting.
    fn kinds(&self) -> String {
        let mut out: Vec<String> = Vec::new();
        for (k, v) in &self.params {
            let values = if k.eq_ignore_ascii_case("TYPE") {
                v.as_str()
            } else if v.is_empty() && !k.eq_ignore_ascii_case("QUOTED-PRINTABLE") {
                k.as_str()
            } else {
                continue;
            };
            for one in values
                .split(',')
                .map(|x| x.trim_matches('"').to_lowercase())
            {
                if !["voice", "internet", "x400", ""].contains(&one.as_str()) && !out.contains(&one)
                {
                    out.push(one);
                }
            }
        }
        out.join(", ")
    }

    /// The value as text: quoted-printable undone, then read in its charset (else UTF-8,
    /// else Windows-1252).
    fn text(&self) -> String {
        let bytes = if self.quoted_printable() {
            unquote(&self.value)
        } else {
            self.value.clone()
        };
        if let Some(enc) = self
            .param("CHARSET")
            .and_then(|c| Encoding::for_label(c.as_bytes()))
        {
            return enc.decode_without_bom_handling(&bytes).0.into_owned();
        }
        match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(e.as_bytes())
                .0
                .into_owned(),
        }
    }
}

/// Undoes quoted-printable (`=C3=A9`, soft breaks already joined).
fn unquote(v: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(v.len());
    let mut i = 0;
    while i < v.len() {
        if v[i] == b'='
            && i + 2 < v.len()
            && let (Some(a), Some(b)) = (hex(v[i + 1]), hex(v[i + 2]))
        {
            out.push(a * 16 + b);
            i += 3;
            continue;
        }
        out.push(v[i]);
        i += 1;
    }
    out
}

/// Splits on `sep` not preceded by a backslash, and undoes the escapes of 3.0 and 4.0
/// (`\n`, `\,`, `\;`, `\\`); 2.1 (`old`) escapes only `;`, a backslash is otherwise text.
fn components(v: &str, sep: char, old: bool) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = v.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if old && chars.peek() != Some(&';') => {
                out.last_mut().into_iter().for_each(|s| s.push(c))
            }
            '\\' => match chars.next() {
                Some('n' | 'N') => out.last_mut().into_iter().for_each(|s| s.push('\n')),
                Some(o) => out.last_mut().into_iter().for_each(|s| s.push(o)),
                None => {}
            },
            c if c == sep => out.push(String::new()),
            c => out.last_mut().into_iter().for_each(|s| s.push(c)),
        }
    }
    out.into_iter().map(|s| s.trim().to_owned()).collect()
}

fn unescape(v: &str, old: bool) -> String {
    components(v, '\u{0}', old).concat()
}

/// Parses `group.NAME;params:value` (value bytes kept as they are).
fn property(line: &[u8]) -> Option<Property> {
    let colon = line.iter().position(|&b| b == b':')?;
    let head = String::from_utf8_lossy(&line[..colon]);
    let mut parts = head.split(';');
    let name = parts.next()?.rsplit('.').next()?.trim().to_uppercase();
    let params = parts
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.trim().to_owned(), v.trim().trim_matches('"').to_owned()),
            None => (p.trim().to_owned(), String::new()),
        })
        .collect();
    Some(Property {
        name,
        params,
        value: line[colon + 1..].to_vec(),
    })
}

/// The logical lines of the file, folding undone; lines of skipped properties are not
/// gathered (a photo never takes memory), and a property is cut at `MAX_CELL * 4` bytes.
fn logical_lines(bytes: &[u8]) -> Vec<(u64, Vec<u8>)> {
    let mut out: Vec<(u64, Vec<u8>)> = Vec::new();
    let mut skipping = false;
    let mut qp_open = false;
    let mut old_folding = false;
    for (n, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let folded = raw.first().is_some_and(|b| *b == b' ' || *b == b'\t');
        let was_qp = qp_open;
        if (folded || was_qp) && !out.is_empty() {
            qp_open = was_qp && raw.ends_with(b"=");
            if skipping {
                continue;
            }
            let last = &mut out.last_mut().expect("not empty").1;
            // A soft line break (`=` at the end) joins the next line as it is; 2.1 folds
            // before a space that belongs to the value; 3.0 and 4.0 add one.
            let rest = if was_qp {
                last.pop();
                raw
            } else if old_folding {
                raw
            } else {
                &raw[1..]
            };
            if last.len() + rest.len() > MAX_CELL * 4 {
                skipping = true;
                continue;
            }
            last.extend_from_slice(rest);
            continue;
        }
        if raw.trim_ascii().is_empty() {
            continue;
        }
        let colon = raw.iter().position(|&b| b == b':').unwrap_or(raw.len());
        let head = String::from_utf8_lossy(&raw[..colon.min(200)]).to_uppercase();
        let name = head
            .split(';')
            .next()
            .unwrap_or("")
            .rsplit('.')
            .next()
            .unwrap_or("");
        if name == "VERSION" {
            old_folding = raw[colon.min(raw.len())..].trim_ascii() == b":2.1";
        }
        skipping = (SKIPPED.contains(&name) && !matches!(name, "BEGIN" | "END" | "VERSION"))
            || name.starts_with("X-");
        qp_open = head.contains("QUOTED-PRINTABLE") && raw.ends_with(b"=");
        if !skipping {
            out.push((n as u64 + 1, raw[..raw.len().min(MAX_CELL * 4)].to_vec()));
        }
    }
    out
}

/// Reads a file of vCards into the columns a plan maps by itself.
pub fn read(bytes: &[u8]) -> Table {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let encoding = if std::str::from_utf8(bytes).is_ok() {
        "UTF-8"
    } else {
        "Windows-1252"
    };
    let mut list: Vec<Contact> = Vec::new();
    // The card, the characters it keeps, and whether it is 2.1.
    let mut card: Option<(Contact, usize, bool)> = None;
    for (at, line) in logical_lines(bytes) {
        let Some(p) = property(&line) else {
            continue;
        };
        match p.name.as_str() {
            "BEGIN" => {
                card = Some((
                    Contact {
                        line: at,
                        ..Contact::default()
                    },
                    0,
                    false,
                ))
            }
            "END" => list.extend(card.take().map(|(c, _, _)| c)),
            "VERSION" => {
                if let Some((_, _, old)) = card.as_mut() {
                    *old = p.value.trim_ascii() == b"2.1";
                }
            }
            _ => {
                if let Some((c, size, old)) = card.as_mut() {
                    let text = p.text();
                    if SKIPPED.contains(&p.name.as_str()) || p.name.starts_with("X-") {
                        continue;
                    }
                    if text.chars().count() > MAX_CELL || *size + text.len() > MAX_CARD {
                        continue;
                    }
                    *size += text.len();
                    add(c, &p, &text, *old);
                }
            }
        }
    }
    // A last card without its END is still read.
    list.extend(card.map(|(c, _, _)| c));
    contacts::to_table(&list, Format::VCard, encoding, b',')
}

/// Puts one property into the contact.
fn add(c: &mut Contact, p: &Property, text: &str, old: bool) {
    let unescape = |v: &str| unescape(v, old);
    let components = |v: &str, sep: char| components(v, sep, old);
    match p.name.as_str() {
        "FN" => c.display = unescape(text),
        "N" => {
            let n = components(text, ';');
            let part = |i: usize| n.get(i).cloned().unwrap_or_default();
            c.last = part(0);
            c.first = part(1);
            c.middle = part(2);
        }
        "ORG" => {
            let o = components(text, ';');
            c.company = o.first().cloned().unwrap_or_default();
            c.department = o.get(1..).unwrap_or_default().join(", ");
        }
        "TITLE" => c.title = unescape(text),
        // 4.0 may write the number as a URI: `tel:+32-2-555-10-30`.
        "TEL" => c
            .phones
            .push((p.kinds(), unescape(text.trim_start_matches("tel:")))),
        "EMAIL" => c.emails.push((p.kinds(), unescape(text))),
        "ADR" if c.address.is_empty() => {
            let parts: Vec<String> = components(text, ';')
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            c.address.push(parts.join(", "));
        }
        "NOTE" => c.notes = unescape(text),
        "CATEGORIES" => c
            .categories
            .extend(components(text, ',').into_iter().filter(|s| !s.is_empty())),
        "BDAY" => c
            .extra
            .push((crate::i18n::t("import-birthday").to_owned(), unescape(text))),
        // Any other property with a proper name (`NICKNAME`, `URL` …) is kept in the notes.
        other => {
            let v = unescape(text);
            if !v.is_empty() && other.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                c.extra.push((other.to_lowercase(), v));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_charset_and_folding_of_2_1() {
        let card = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:Dupr\xe9;H\xe9l\xe8ne\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:H=C3=A9l=C3=A8ne Dupr=C3=A9\r\nNOTE;QUOTED-PRINTABLE:Ligne 1=0D=0ALigne=\r\n 2 suite\r\nTEL;WORK;VOICE:02 555 10 30\r\nTEL;CELL:0475 12 34 56\r\nORG:Mosqu\xe9e Al Amal;Accueil\r\nEND:VCARD\r\n";
        let t = read(card);
        let r = &t.rows[0].1;
        assert_eq!(r[0], "Hélène Dupré");
        assert_eq!(r[1], "Mosquée Al Amal, Accueil");
        assert_eq!(r[3], "02 555 10 30");
        assert_eq!(r[6], "Ligne 1\r\nLigne 2 suite");
        assert_eq!(r[8], "cell: 0475 12 34 56");
    }

    #[test]
    fn folded_escaped_3_0_and_a_photo_skipped() {
        let photo = format!(" {}\r\n", "A".repeat(75)).repeat(2000);
        let text = format!(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Peeters;Jan;;;\r\nFN:Jan Pee\r\n ters\r\nPHOTO;ENCODING=b;TYPE=JPEG:\r\n{photo}EMAIL;TYPE=INTERNET,WORK:jan@ster.be\r\nNOTE:Kent de ouders\\, vooral\\nin de Molenwijk\r\nCATEGORIES:Partners,Sport\r\nitem1.TEL;type=pref:015 55 10 30\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoë\r\nEND:VCARD\r\n"
        );
        let t = read(text.as_bytes());
        assert_eq!(t.rows.len(), 2);
        let r = &t.rows[0].1;
        assert_eq!(
            (r[0].as_str(), r[4].as_str()),
            ("Jan Peeters", "jan@ster.be")
        );
        assert_eq!(r[6], "Kent de ouders, vooral\nin de Molenwijk");
        assert_eq!(
            (r[3].as_str(), r[7].as_str()),
            ("015 55 10 30", "Partners; Sport")
        );
        assert!(r.iter().all(|c| !c.contains("AAAA")), "no photo kept");
        assert_eq!(
            t.rows[1],
            (2012, {
                let mut v = vec![String::new(); t.headers.len()];
                v[0] = "Zoë".into();
                v
            })
        );
    }

    #[test]
    fn recognised_after_a_bom() {
        assert!(is_vcard(b"\xEF\xBB\xBF\r\nbegin:vcard\r\n"));
        assert!(!is_vcard(b"name;email\n"));
    }
}
