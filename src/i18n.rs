//! The catalogue of user-facing strings. Each language is one file in `locales/`
//! (`key = text`, `{name}` placeholders); English is complete and is the fallback.

use std::collections::HashMap;
use std::sync::LazyLock;

const EN: &str = include_str!("../locales/en.txt");

static CATALOGUE: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| parse(EN));

fn parse(src: &'static str) -> HashMap<&'static str, &'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(" = "))
        .map(|(k, v)| (k.trim(), v))
        .collect()
}

/// The text for `key`; the key itself when missing, so that a gap shows instead of
/// crashing (a test keeps the catalogue complete).
pub fn t(key: &str) -> &'static str {
    match CATALOGUE.get(key) {
        Some(v) => v,
        None => Box::leak(key.to_owned().into_boxed_str()),
    }
}

/// The text for `key` with `{name}` placeholders filled.
pub fn tf(key: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut s = t(key).to_owned();
    for (name, value) in args {
        s = s.replace(&format!("{{{name}}}"), &value.to_string());
    }
    s
}

/// Whether the catalogue has `key` (for the completeness test).
pub fn has(key: &str) -> bool {
    CATALOGUE.contains_key(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled() {
        assert!(has("status.saved"));
        let s = tf("error.newer", &[("found", &3), ("supported", &2)]);
        assert!(
            s.contains('3') && s.contains('2') && !s.contains('{'),
            "{s}"
        );
    }

    /// Every string literal in the sources that looks like a catalogue key (a known
    /// prefix, a dot, lower-case words) exists in the English catalogue: keys passed to
    /// `t`, to the keymap, to form fields and to the domain's `key()` functions alike.
    #[test]
    fn every_key_used_in_the_sources_exists() {
        let prefixes: std::collections::HashSet<&str> = CATALOGUE
            .keys()
            .filter_map(|k| k.split_once('.'))
            .map(|(p, _)| p)
            .collect();
        let is_key = |s: &str| {
            s.split_once('.').is_some_and(|(p, rest)| {
                prefixes.contains(p)
                    && !rest.is_empty()
                    && rest.chars().all(|c| {
                        c.is_ascii_lowercase() || c == '_' || c == '.' || c.is_ascii_digit()
                    })
            })
        };
        let mut missing = Vec::new();
        let mut seen = 0;
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut stack = vec![std::path::PathBuf::from(root)];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let src = std::fs::read_to_string(&path).unwrap();
                for literal in src.split('"').skip(1).step_by(2) {
                    if is_key(literal) {
                        seen += 1;
                        if !has(literal) {
                            missing.push(format!("{}: {literal}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(seen > 100, "the scan found only {seen} keys");
        assert!(
            missing.is_empty(),
            "missing catalogue keys:\n{}",
            missing.join("\n")
        );
    }
}
