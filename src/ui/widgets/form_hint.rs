//! The hint under a form's fields: the keys of the focused field, then move, save and
//! cancel. A line too narrow leaves out whole keys, in an order given here, by each key's
//! place in the hint, never by its text: every language leaves out the same keys in the
//! same order, however it writes them.

use crate::app::model::form::FieldKind;
use crate::i18n::{Lang, t};

/// Between two keys of a hint, in every language.
const SEP: &str = " · ";

/// A hint: its catalogue key, and for each of its keys (in the same order in every
/// language, `every_language_has_the_keys_of_each_hint_in_the_same_order`) when it is left
/// out of a line too narrow: 1 first, then 2, and so on; 0 never (save and cancel).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    pub key: &'static str,
    pub drop: &'static [u8],
}

/// Moving between fields goes first (Tab is known, and shown in help), then the field's
/// own keys from the last to the first.
const HINTS: [Hint; 6] = [
    // Tab/S-Tab move · Enter next field · Ctrl-S save · Esc cancel
    Hint {
        key: "form-hint",
        drop: &[1, 2, 0, 0],
    },
    // Enter save · Esc cancel
    Hint {
        key: "form-hint_single",
        drop: &[0, 0],
    },
    // Enter new line · Tab/S-Tab move · Ctrl-S save · Esc cancel
    Hint {
        key: "form-hint_multi",
        drop: &[2, 1, 0, 0],
    },
    // ←/→ change · Enter list · Tab/S-Tab move · Ctrl-S save · Esc cancel
    Hint {
        key: "form-hint_choice",
        drop: &[3, 2, 1, 0, 0],
    },
    // Space yes/no · Tab/S-Tab move · Ctrl-S save · Esc cancel
    Hint {
        key: "form-hint_flag",
        drop: &[2, 1, 0, 0],
    },
    // Enter pick · Backspace remove · Tab/S-Tab move · Ctrl-S save · Esc cancel
    Hint {
        key: "form-hint_pick",
        drop: &[3, 2, 1, 0, 0],
    },
];

/// The hint for a field of `kind` in a form of `fields` fields. In a plain field Enter
/// moves on, or saves a form of one field.
pub fn hint(kind: &FieldKind, fields: usize) -> Hint {
    let key = match kind {
        FieldKind::Text | FieldKind::Date | FieldKind::Days if fields == 1 => "form-hint_single",
        FieldKind::Multi => "form-hint_multi",
        FieldKind::Choice(_) => "form-hint_choice",
        FieldKind::Flag => "form-hint_flag",
        FieldKind::Person | FieldKind::People | FieldKind::Sectors | FieldKind::Networks => {
            "form-hint_pick"
        }
        FieldKind::Text | FieldKind::Date | FieldKind::Days => "form-hint",
    };
    HINTS.into_iter().find(|h| h.key == key).unwrap_or(HINTS[0])
}

/// The hint in the interface's language, fitted to `width`.
pub fn line(kind: &FieldKind, fields: usize, width: usize) -> String {
    let hint = hint(kind, fields);
    fit(t(hint.key), hint.drop, width)
}

/// `text` fitted to `width`: its keys left out in the order `drop` gives, whole, never a
/// word cut; the keys never left out stay even when the line is too narrow for them.
fn fit(text: &str, drop: &[u8], width: usize) -> String {
    let wide = |parts: &[&str]| unicode_width::UnicodeWidthStr::width(parts.join(SEP).as_str());
    let mut kept: Vec<(&str, u8)> = text.split(SEP).zip(drop.iter().copied()).collect();
    let mut order: Vec<u8> = drop.iter().copied().filter(|d| *d > 0).collect();
    order.sort_unstable();
    for next in order {
        let parts: Vec<&str> = kept.iter().map(|(p, _)| *p).collect();
        if wide(&parts) <= width {
            break;
        }
        kept.retain(|(_, d)| *d != next);
    }
    let parts: Vec<&str> = kept.iter().map(|(p, _)| *p).collect();
    parts.join(SEP)
}

/// The keys of `hint` in `lang`, as its catalogue writes them.
pub fn keys(hint: Hint, lang: Lang) -> Vec<&'static str> {
    lang.t(hint.key).split(SEP).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hint_too_wide_leaves_out_whole_keys_and_keeps_save_and_cancel() {
        let hint = "←/→ changer · Enter liste · Tab/S-Tab champ · Ctrl-S enregistrer · Esc annuler";
        let drop = &[3, 2, 1, 0, 0];
        assert_eq!(fit(hint, drop, 200), hint);
        assert_eq!(
            fit(hint, drop, 72),
            "←/→ changer · Enter liste · Ctrl-S enregistrer · Esc annuler"
        );
        assert_eq!(
            fit(hint, drop, 50),
            "←/→ changer · Ctrl-S enregistrer · Esc annuler"
        );
        for width in 0..90 {
            let fitted = fit(hint, drop, width);
            assert!(fitted.ends_with("Esc annuler"), "{width}: {fitted}");
            assert!(
                fitted.split(SEP).all(|p| hint.split(SEP).any(|q| q == p)),
                "{width}: a key cut: {fitted}"
            );
        }
    }

    /// The key to move between fields goes first however a language writes it.
    #[test]
    fn the_move_key_goes_first_however_it_is_written() {
        let hint = "⇥ verplaatsen · Enter volgend veld · Ctrl-S bewaren · Esc annuleren";
        assert_eq!(
            fit(hint, hint_of("form-hint").drop, 60),
            "Enter volgend veld · Ctrl-S bewaren · Esc annuleren"
        );
    }

    fn hint_of(key: &str) -> Hint {
        HINTS.into_iter().find(|h| h.key == key).unwrap()
    }

    /// A key's place means the same key in every language: each hint has as many keys
    /// as its data says, each written with the same key first (Space excepted, which
    /// each language names).
    #[test]
    fn every_language_has_the_keys_of_each_hint_in_the_same_order() {
        for hint in HINTS {
            let en = keys(hint, Lang::En);
            assert_eq!(en.len(), hint.drop.len(), "{}", hint.key);
            for lang in Lang::ALL {
                let theirs = keys(hint, lang);
                assert_eq!(theirs.len(), en.len(), "{lang:?} {}", hint.key);
                for (e, o) in en.iter().zip(&theirs) {
                    let first = |s: &str| s.split(' ').next().unwrap_or("").to_owned();
                    if first(e) != "Space" {
                        assert_eq!(first(e), first(o), "{lang:?} {}: {o}", hint.key);
                    }
                }
            }
        }
    }
}
