//! The config file: `$XDG_CONFIG_HOME/roundtable/config.toml` (else
//! `~/.config/roundtable/config.toml`), or the file given with `--config`.
//!
//! Every setting is optional. A file that cannot be read as it stands (a syntax error, an
//! unknown setting, a wrong type, a value that means nothing) stops the program with one
//! line naming the file and the line: a setting silently ignored would be a surprise
//! later (a wrong export folder, another database).

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::i18n::tf;
use crate::ui::theme::Theme;

/// The languages the catalogue has.
fn languages() -> String {
    crate::i18n::Lang::codes().join(", ")
}

/// The settings in force: the file's, or the defaults.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub theme: Theme,
    /// The interface's language; `None`: the environment's locale, else English.
    pub language: Option<String>,
    /// Where exports from the TUI are written; `None`: the default folder.
    pub export_dir: Option<PathBuf>,
    /// The database when neither `--db` nor `$ROUNDTABLE_DB` names one.
    pub database: Option<PathBuf>,
    pub time_zone: chrono_tz::Tz,
    /// Key overrides, checked against the keymap (`[keys]`).
    pub keys: Vec<crate::app::model::keymap::KeyOverride>,
    /// Draw the network picture in Braille dots; `false`: half blocks, for fonts without
    /// Braille (PuTTY's default).
    pub braille: bool,
    /// Lock the screen after this long without a key; `None`: never.
    pub idle_lock: Option<std::time::Duration>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            theme: Theme::Default,
            language: None,
            export_dir: None,
            database: None,
            time_zone: crate::domain::time::DEFAULT_ZONE,
            keys: Vec::new(),
            braille: true,
            idle_lock: Some(std::time::Duration::from_secs(DEFAULT_IDLE_LOCK_SECONDS)),
        }
    }
}

/// The file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    theme: Option<Spanned<String>>,
    language: Option<Spanned<String>>,
    export_dir: Option<PathBuf>,
    database: Option<PathBuf>,
    time_zone: Option<Spanned<String>>,
    keys: Option<std::collections::BTreeMap<String, Spanned<Keys>>>,
    braille: Option<bool>,
    idle_lock_seconds: Option<u64>,
}

/// A quarter of an hour: a screen left open in a meeting room or a tmux window locks
/// before the next person sits down.
pub const DEFAULT_IDLE_LOCK_SECONDS: u64 = 900;

/// One key or several for a binding.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Keys {
    One(String),
    Many(Vec<String>),
}

/// The config file's usual place, when there is a home folder.
pub fn default_path() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|d| d.config_dir().join("roundtable").join("config.toml"))
}

/// Reads the settings: from `given` (which must exist), else from the usual place (which
/// may not). `Err` is one line naming the file and, where it applies, the line.
pub fn load(given: Option<&Path>) -> Result<Settings, String> {
    let path = match given {
        Some(p) => p.to_owned(),
        None => match default_path() {
            Some(p) if p.exists() => p,
            _ => return Ok(Settings::default()),
        },
    };
    let shown = crate::domain::sanitize::path(&path);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{shown}: {e}"))?;
    parse(&text).map_err(|(line, why)| match line {
        Some(line) => tf(
            "settings-error_line",
            &[("path", &shown), ("line", &line), ("why", &why)],
        ),
        None => tf("settings-error", &[("path", &shown), ("why", &why)]),
    })
}

/// The line (from 1) where byte `at` of `text` is.
fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

/// The settings in `text`; `Err((line, why))`.
pub fn parse(text: &str) -> Result<Settings, (Option<usize>, String)> {
    let file: File = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start));
        (line, e.message().trim().replace('\n', " "))
    })?;
    let bad = |s: &Spanned<String>, key: &str, choices: &str| {
        let why = tf(key, &[("value", s.get_ref()), ("choices", &choices)]);
        (Some(line_of(text, s.span().start)), why)
    };
    let mut out = Settings::default();
    if let Some(t) = &file.theme {
        let names: Vec<_> = Theme::ALL.iter().map(|t| t.name()).collect();
        out.theme = Theme::from_name(t.get_ref())
            .ok_or_else(|| bad(t, "settings-bad_theme", &names.join(", ")))?;
    }
    if let Some(l) = &file.language {
        if crate::i18n::Lang::from_code(l.get_ref()).is_none() {
            return Err(bad(l, "settings-bad_language", &languages()));
        }
        out.language = Some(l.get_ref().clone());
    }
    if let Some(z) = &file.time_zone {
        out.time_zone = crate::domain::time::zone(z.get_ref())
            .ok_or_else(|| bad(z, "settings-bad_zone", "Europe/Brussels"))?;
    }
    let keys: Vec<_> = file.keys.into_iter().flatten().collect();
    let lines: Vec<_> = keys
        .iter()
        .map(|(_, k)| line_of(text, k.span().start))
        .collect();
    out.keys = keys
        .into_iter()
        .map(|(name, k)| crate::app::model::keymap::KeyOverride {
            name,
            keys: match k.into_inner() {
                Keys::One(k) => vec![k],
                Keys::Many(ks) => ks,
            },
        })
        .collect();
    crate::app::model::keymap::with_overrides(&out.keys)
        .map_err(|(i, why)| (Some(lines[i]), why))?;
    out.export_dir = file.export_dir;
    out.database = file.database;
    out.braille = file.braille.unwrap_or(true);
    out.idle_lock = match file.idle_lock_seconds {
        Some(0) => None,
        Some(s) => Some(std::time::Duration::from_secs(s)),
        None => out.idle_lock,
    };
    Ok(out)
}

/// A commented file with every setting at its default (what `roundtable config
/// --default` prints).
pub fn default_file() -> String {
    let themes: Vec<_> = Theme::ALL.iter().map(|t| t.name()).collect();
    crate::i18n::tf(
        "settings-default_file",
        &[
            ("themes", &themes.join(", ")),
            ("languages", &languages()),
            ("zone", &crate::domain::time::DEFAULT_ZONE.name()),
        ],
    )
    .replace("\\n", "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_file_parses_to_the_defaults() {
        let text = default_file();
        assert!(text.lines().count() > 5, "{text}");
        assert_eq!(parse(&text), Ok(Settings::default()));
        // With its commented settings switched on, it still parses.
        let on: String = text
            .lines()
            .map(|l| {
                l.strip_prefix("# ")
                    .filter(|l| l.contains(" = ") || l.starts_with('['))
                    .unwrap_or(l)
            })
            .collect::<Vec<_>>()
            .join("\n");
        assert!(parse(&on).is_ok(), "{on}");
    }

    /// `config --default` is the file to start from: every setting the parser knows is
    /// in it, commented out. The parser's own list is the one its unknown-setting error
    /// gives, so a setting added later without a line in the file fails here.
    #[test]
    fn the_default_file_names_every_setting() {
        let (_, why) = parse("no_such_setting = 1\n").unwrap_err();
        let known: Vec<&str> = why.split('`').skip(3).step_by(2).collect();
        assert!(known.len() >= 8, "{why}");
        let text = default_file();
        for name in known {
            let line = if name == "keys" {
                "# [keys]".to_owned()
            } else {
                format!("# {name} = ")
            };
            assert!(text.contains(&line), "{name} is missing:\n{text}");
        }
    }

    #[test]
    fn the_idle_lock_is_read_and_zero_turns_it_off() {
        let default = Some(std::time::Duration::from_secs(DEFAULT_IDLE_LOCK_SECONDS));
        assert_eq!(parse("").unwrap().idle_lock, default);
        let s = parse("idle_lock_seconds = 60\n").unwrap();
        assert_eq!(s.idle_lock, Some(std::time::Duration::from_secs(60)));
        assert_eq!(parse("idle_lock_seconds = 0\n").unwrap().idle_lock, None);
        assert!(parse("idle_lock_seconds = \"soon\"\n").is_err());
    }

    #[test]
    fn settings_are_read() {
        let s = parse(
            "theme = \"monochrome\"\nlanguage = \"en\"\ntime_zone = \"UTC\"\n\
             export_dir = \"/srv/out\"\ndatabase = \"/srv/db.redb\"\n",
        )
        .unwrap();
        assert_eq!(s.theme, Theme::Monochrome);
        assert_eq!(s.language.as_deref(), Some("en"));
        assert_eq!(s.time_zone, chrono_tz::Tz::UTC);
        assert_eq!(s.export_dir, Some(PathBuf::from("/srv/out")));
        assert_eq!(s.database, Some(PathBuf::from("/srv/db.redb")));
        assert!(s.braille);
        assert!(!parse("braille = false\n").unwrap().braille);
    }

    /// A bad file: the line and what is wrong, for a syntax error, an unknown setting, a
    /// wrong type and a value that means nothing.
    #[test]
    fn a_bad_file_names_the_line() {
        let cases = [
            ("theme = \"default\"\ntheme = = 1\n", 2, ""),
            ("\n\ncolour = \"red\"\n", 3, "colour"),
            ("database = \"x\"\nexport_dir = 3\n", 2, ""),
            ("\ntheme = \"pink\"\n", 2, "pink"),
            ("language = \"xx\"\n", 1, "xx"),
            (
                "\n\n\ntime_zone = \"Europe/Bruxelles\"\n",
                4,
                "Europe/Bruxelles",
            ),
        ];
        for (text, line, says) in cases {
            let (l, why) = parse(text).unwrap_err();
            assert_eq!(l, Some(line), "{text:?}: {why}");
            assert!(why.contains(says) && !why.contains('\n'), "{text:?}: {why}");
        }
    }

    /// Key overrides in the keymap's own names; an unknown name or a key bound twice in
    /// one scope is refused with its line.
    #[test]
    fn key_overrides_are_checked_with_their_line() {
        let s = parse(
            "[keys]\n\"stakeholders.new\" = \"N\"\n\"editor.prev_item\" = [\"M-p\", \"C-y\"]\n",
        )
        .unwrap();
        assert_eq!(s.keys.len(), 2);
        let (line, why) =
            parse("theme = \"default\"\n[keys]\n\"stakeholders.fly\" = \"N\"\n").unwrap_err();
        assert_eq!(line, Some(3), "{why}");
        assert!(why.contains("stakeholders.fly"), "{why}");
        let (line, why) = parse("[keys]\n\n\"stakeholders.new\" = \"e\"\n").unwrap_err();
        assert_eq!(line, Some(3), "{why}");
        assert!(why.contains("stakeholders.edit"), "{why}");
    }
}
