//! What reaches a terminal or an export. Stored text stays exactly as typed; these
//! functions are applied at the boundary, so that an escape sequence hidden in a name can
//! neither retitle a window, write the clipboard nor move the cursor.

use std::borrow::Cow;

/// Is this character one that a terminal may interpret instead of print?
fn is_hostile(c: char) -> bool {
    c.is_control()
        // bidirectional overrides, embeddings and isolates reorder what follows them
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        // and the marks that change the direction of what surrounds them
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
        // line and paragraph separators break layout
        || matches!(c, '\u{2028}' | '\u{2029}')
}

/// Is this a character that shows nothing and is left out of what reaches a terminal?
/// ratatui counts each as no column, drawn with the character before it, while a
/// terminal may draw it one or two columns wide (glibc's `wcwidth`: the soft hyphen of
/// text pasted from a document, the Hangul fillers of a name that looks empty), which
/// shifts the rest of the row past its border; the others only hide (zero-width space,
/// word joiner, invisible operators, byte order mark).
pub fn is_invisible(c: char) -> bool {
    // soft hyphen, Mongolian vowel separator, zero-width space, byte order mark
    matches!(c, '\u{AD}' | '\u{180E}' | '\u{200B}' | '\u{FEFF}')
        // word joiner and the invisible operators
        || matches!(c, '\u{2060}'..='\u{2064}')
        // the Hangul fillers
        || matches!(c, '\u{3164}' | '\u{FFA0}')
}

/// `s` without the characters that show nothing ([`is_invisible`]): text to search as it
/// reads on screen. Not copied when it holds none.
pub fn without_invisible(s: String) -> String {
    // Every invisible character is outside ASCII, as most text is.
    if !s.is_ascii() && s.chars().any(is_invisible) {
        s.chars().filter(|&c| !is_invisible(c)).collect()
    } else {
        s
    }
}

/// Replacement shown for a hostile character: a control picture where Unicode has one
/// (`␛` for ESC), else U+FFFD.
fn visible(c: char) -> char {
    match c {
        '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '\u{2421}',
        _ => '\u{FFFD}',
    }
}

/// One line of text for a list cell or a title: controls made visible, line breaks and
/// tabs turned into spaces, invisible characters left out.
pub fn line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| is_hostile(c) || is_invisible(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter(|&c| !is_invisible(c))
            .map(|c| match c {
                '\n' | '\r' | '\t' => ' ',
                c if is_hostile(c) => visible(c),
                c => c,
            })
            .collect(),
    )
}

/// A file name or path for a message: one line, controls made visible, bytes that are
/// not UTF-8 shown as U+FFFD.
pub fn path(p: &std::path::Path) -> String {
    line(&p.to_string_lossy()).into_owned()
}

/// Multi-line text (a note body): line breaks kept, every other control made visible,
/// invisible characters left out.
pub fn text(s: &str) -> Cow<'_, str> {
    let bad = |c: char| is_hostile(c) && c != '\n';
    if !s.chars().any(|c| bad(c) || is_invisible(c)) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter(|&c| c != '\r' && !is_invisible(c))
            .map(|c| match c {
                '\t' => ' ',
                c if bad(c) => visible(c),
                c => c,
            })
            .collect(),
    )
}

/// Text cleaned on the way in (imports): controls removed rather than shown.
pub fn strip(s: &str) -> String {
    s.chars().filter(|&c| !is_hostile(c) || c == '\n').collect()
}

/// Does a spreadsheet read a cell starting with `c` as a formula (OWASP, CSV injection)?
fn starts_formula(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Whether `s` is some apostrophes (none included) followed by what starts a formula.
fn quoted_formula(s: &str) -> bool {
    starts_formula(s.trim_start_matches('\''))
}

/// A cell for a CSV file that Excel or LibreOffice opens: one that would start a formula
/// gets a leading `'`, so that it stays text (a Belgian `+32 …` phone number included).
/// A value whose leading apostrophes come before such a character gets one more too, so
/// that [`from_spreadsheet_cell`] gives every value back exactly.
pub fn spreadsheet_cell(s: &str) -> Cow<'_, str> {
    if quoted_formula(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// The value of a cell written by [`spreadsheet_cell`]: exactly one leading `'` is
/// removed when what follows starts a formula (after any further apostrophes); any other
/// apostrophe, as in `'t Kruispunt`, stays.
pub fn from_spreadsheet_cell(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if quoted_formula(rest) => rest,
        _ => s,
    }
}

/// `s` as literal text in Markdown: the characters that would make a link, an image,
/// inline HTML, code or emphasis are escaped, so that a name or a note cannot become a
/// web bug or a disguised link in the minutes a partner's mail client renders.
pub fn markdown(s: &str) -> Cow<'_, str> {
    const SPECIAL: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>'];
    if !s.contains(SPECIAL) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if SPECIAL.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_cells_round_trip() {
        for v in [
            "=1+1",
            "+32 2 123 45 67",
            "-x",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "'t Kruispunt",
            "'=a",
            "''=b",
            "'",
            "",
            "plain",
            "'+",
        ] {
            let cell = spreadsheet_cell(v);
            assert!(!starts_formula(&cell), "{cell:?}");
            assert_eq!(from_spreadsheet_cell(&cell), v, "{cell:?}");
        }
        assert_eq!(spreadsheet_cell("+32 2 123 45 67"), "'+32 2 123 45 67");
        assert_eq!(from_spreadsheet_cell("'s-Gravenbrakel"), "'s-Gravenbrakel");
    }

    #[test]
    fn escapes_become_visible_and_inert() {
        let hostile = "Jan\u{1b}]0;pwned\u{7}\u{9b}31m\u{202e}evil";
        let out = line(hostile);
        assert!(!out.chars().any(is_hostile), "{out:?}");
        assert!(out.starts_with("Jan\u{241b}]0;pwned\u{2407}"));
        assert!(out.contains('\u{FFFD}'));
    }

    #[test]
    fn clean_text_is_borrowed_unchanged() {
        assert!(matches!(line("Ahmed El Amrani — مرحبا"), Cow::Borrowed(_)));
        assert!(matches!(text("two\nlines"), Cow::Borrowed(_)));
    }

    #[test]
    fn text_keeps_newlines_but_line_does_not() {
        assert_eq!(text("a\r\nb\u{1b}"), "a\nb\u{241b}");
        assert_eq!(line("a\nb\tc"), "a b c");
    }

    #[test]
    fn strip_removes_controls() {
        assert_eq!(strip("x\u{1b}[2Jy\u{0}z\u{202e}"), "x[2Jyz");
    }

    #[test]
    fn invisible_characters_are_left_out() {
        let name = "Jan\u{ad}ssens\u{200b}\u{3164}\u{ffa0}\u{2060}\u{feff}";
        assert_eq!(line(name), "Janssens");
        assert_eq!(text("two\u{ad}\nlines\u{200b}"), "two\nlines");
        assert!(matches!(line("e\u{301}\u{200d}"), Cow::Borrowed(_)));
    }

    #[test]
    fn direction_marks_are_hostile_too() {
        assert_eq!(
            line("a\u{200e}b\u{200f}c\u{61c}"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}"
        );
    }
}
