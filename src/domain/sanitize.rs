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
/// tabs turned into spaces.
pub fn line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_hostile) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
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

/// Multi-line text (a note body): line breaks kept, every other control made visible.
pub fn text(s: &str) -> Cow<'_, str> {
    let bad = |c: char| is_hostile(c) && c != '\n';
    if !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .filter(|&c| c != '\r')
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
