//! Key overrides from the config file, in the keymap table's own names:
//! `<scope>.<what it does>` (`editor.prev_item`, `stakeholders.new`), the help key of the
//! binding without `key.`. `roundtable config --keys` lists them.

use std::sync::OnceLock;

use crossterm::event::{KeyCode, KeyModifiers};

use super::{Binding, defaults, normal};
use crate::i18n::tf;

/// One override as written: the binding's name and the keys that replace its keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyOverride {
    pub name: String,
    pub keys: Vec<String>,
}

static INSTALLED: OnceLock<Vec<Binding>> = OnceLock::new();

/// The table the keymap uses: the installed one, else the defaults.
pub(super) fn table() -> Vec<Binding> {
    INSTALLED.get().cloned().unwrap_or_else(defaults)
}

/// Makes `overrides` (already checked by [`with_overrides`]) the keymap. Only before the
/// first key is looked up; later calls change nothing.
pub fn install_overrides(overrides: &[KeyOverride]) {
    if let Ok(table) = with_overrides(overrides) {
        let _ = INSTALLED.set(table);
    }
}

fn snake(camel: &str) -> String {
    let mut out = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// A binding's name in the config file.
pub fn name(b: &Binding) -> String {
    let what = b.help.strip_prefix("key.").unwrap_or(b.help);
    format!("{}.{what}", snake(&format!("{:?}", b.scope)))
}

/// Every binding's name, its keys as shown, and what it does (for `config --keys`).
pub fn names() -> Vec<(String, &'static str, &'static str)> {
    defaults()
        .iter()
        .map(|b| (name(b), b.label, crate::i18n::t(b.help)))
        .collect()
}

/// A key as written in the config file: `x`, `C-s`, `M-p` (Alt), `S-Tab`, `Enter`, `F2`.
pub fn parse_key(text: &str) -> Option<(KeyCode, KeyModifiers)> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = text;
    while rest.len() > 2 {
        let m = match &rest[..2] {
            "C-" => KeyModifiers::CONTROL,
            "M-" | "A-" => KeyModifiers::ALT,
            "S-" => KeyModifiers::SHIFT,
            _ => break,
        };
        mods |= m;
        rest = &rest[2..];
    }
    let code = match rest {
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" if mods.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
        "Tab" => KeyCode::Tab,
        "Space" => KeyCode::Char(' '),
        "Backspace" => KeyCode::Backspace,
        "Delete" | "Del" => KeyCode::Delete,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "PgUp" | "PageUp" => KeyCode::PageUp,
        "PgDn" | "PageDown" => KeyCode::PageDown,
        f if f.len() > 1 && f.starts_with('F') => KeyCode::F(f[1..].parse().ok()?),
        c if c.chars().count() == 1 => KeyCode::Char(c.chars().next()?),
        _ => return None,
    };
    Some((code, mods))
}

/// The default table with `overrides` applied; `Err((index of the override, why))` for
/// an unknown name, a key that cannot be read, or a key then bound twice in one scope.
pub fn with_overrides(overrides: &[KeyOverride]) -> Result<Vec<Binding>, (usize, String)> {
    let mut table = defaults();
    let mut overridden = vec![None; table.len()];
    for (i, o) in overrides.iter().enumerate() {
        let at = table
            .iter()
            .position(|b| name(b) == o.name)
            .ok_or_else(|| (i, tf("settings.unknown_action", &[("name", &o.name)])))?;
        let keys = o
            .keys
            .iter()
            .map(|k| parse_key(k).ok_or_else(|| (i, tf("settings.bad_key", &[("key", k)]))))
            .collect::<Result<Vec<_>, _>>()?;
        if keys.is_empty() {
            return Err((i, tf("settings.bad_key", &[("key", &"")])));
        }
        table[at].keys = keys;
        table[at].label = Box::leak(o.keys.join("/").into_boxed_str());
        overridden[at] = Some(i);
    }
    for (a, ba) in table.iter().enumerate() {
        for (b, bb) in table.iter().enumerate().skip(a + 1) {
            if ba.scope != bb.scope {
                continue;
            }
            let same = ba.keys.iter().any(|&(c, m)| {
                bb.keys
                    .iter()
                    .any(|&(c2, m2)| c == c2 && normal(c, m) == normal(c2, m2))
            });
            if let Some(i) = overridden[b].or(overridden[a]).filter(|_| same) {
                let why = tf("settings.key_twice", &[("a", &name(ba)), ("b", &name(bb))]);
                return Err((i, why));
            }
        }
    }
    Ok(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o(name: &str, keys: &[&str]) -> KeyOverride {
        KeyOverride {
            name: name.into(),
            keys: keys.iter().map(|k| k.to_string()).collect(),
        }
    }

    #[test]
    fn every_binding_has_its_own_name() {
        let names = names();
        let mut seen = std::collections::HashSet::new();
        for (n, _, _) in &names {
            assert!(seen.insert(n.clone()), "{n} twice");
        }
        assert!(seen.contains("editor.prev_item") && seen.contains("meeting_side.next_item"));
    }

    #[test]
    fn an_override_replaces_the_keys_and_label() {
        let t = with_overrides(&[o("stakeholders.new", &["N", "C-y"])]).unwrap();
        let b = t.iter().find(|b| name(b) == "stakeholders.new").unwrap();
        assert_eq!(b.label, "N/C-y");
        assert_eq!(
            b.keys,
            [
                (KeyCode::Char('N'), KeyModifiers::NONE),
                (KeyCode::Char('y'), KeyModifiers::CONTROL)
            ]
        );
        assert_eq!(
            parse_key("S-Tab"),
            Some((KeyCode::BackTab, KeyModifiers::SHIFT))
        );
        assert_eq!(parse_key("F12"), Some((KeyCode::F(12), KeyModifiers::NONE)));
    }

    #[test]
    fn unknown_names_bad_keys_and_keys_bound_twice_are_refused() {
        let (i, why) =
            with_overrides(&[o("stakeholders.new", &["N"]), o("editor.fly", &["x"])]).unwrap_err();
        assert_eq!(i, 1);
        assert!(why.contains("editor.fly"), "{why}");
        let (_, why) = with_overrides(&[o("stakeholders.new", &["C-Hyper"])]).unwrap_err();
        assert!(why.contains("C-Hyper"), "{why}");
        // `e` is "edit" in the stakeholders list already.
        let (i, why) = with_overrides(&[o("stakeholders.new", &["e"])]).unwrap_err();
        assert_eq!(i, 0);
        assert!(why.contains("stakeholders.edit"), "{why}");
    }
}
