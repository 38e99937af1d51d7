//! Which language the interface speaks: `--lang`, then the config file's `language`,
//! then the locale of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX reads
//! them: the first one set decides), then English.

/// The language code of a POSIX locale name: `nl_BE.UTF-8` → `nl`, `fr_BE@euro` → `fr`;
/// `C` and `POSIX` name no language.
pub fn locale_language(locale: &str) -> Option<String> {
    let lang = locale
        .split(['_', '.', '@', '-'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let is_name = (2..=3).contains(&lang.len()) && lang.chars().all(|c| c.is_ascii_lowercase());
    (is_name && lang != "c").then_some(lang)
}

/// The code of the interface's language among `available` (English first in it): the
/// flag's, else the config file's, else the environment's, else `available[0]`. A flag or
/// setting naming a language without a catalogue is passed over (both are checked
/// earlier, with a message); so is a locale whose language has none.
pub fn choose<'a>(
    flag: Option<&str>,
    config: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
    available: &[&'a str],
) -> &'a str {
    let known = |code: &str| available.iter().copied().find(|a| *a == code);
    let from_env = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|var| env(var).filter(|v| !v.is_empty()))
        .and_then(|locale| locale_language(&locale));
    flag.and_then(known)
        .or_else(|| config.and_then(known))
        .or_else(|| from_env.as_deref().and_then(known))
        .unwrap_or(available[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [&str; 3] = ["en", "nl", "fr"];

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn locale_names_give_their_language() {
        assert_eq!(locale_language("nl_BE.UTF-8").as_deref(), Some("nl"));
        assert_eq!(locale_language("fr_BE@euro").as_deref(), Some("fr"));
        assert_eq!(locale_language("en").as_deref(), Some("en"));
        assert_eq!(locale_language("C.UTF-8"), None);
        assert_eq!(locale_language("POSIX"), None);
        assert_eq!(locale_language(""), None);
    }

    #[test]
    fn the_flag_then_the_config_then_the_environment_then_english() {
        let be = env(&[("LANG", "fr_BE.UTF-8")]);
        assert_eq!(choose(Some("nl"), Some("en"), &be, &ALL), "nl");
        assert_eq!(choose(None, Some("nl"), &be, &ALL), "nl");
        assert_eq!(choose(None, None, &be, &ALL), "fr");
        assert_eq!(choose(None, None, &env(&[]), &ALL), "en");
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang() {
        let all = env(&[
            ("LC_ALL", "nl_BE.UTF-8"),
            ("LC_MESSAGES", "fr_BE.UTF-8"),
            ("LANG", "en_GB.UTF-8"),
        ]);
        assert_eq!(choose(None, None, &all, &ALL), "nl");
        let messages = env(&[("LC_MESSAGES", "fr_BE.UTF-8"), ("LANG", "nl_BE.UTF-8")]);
        assert_eq!(choose(None, None, &messages, &ALL), "fr");
        // An empty variable counts as unset.
        let empty = env(&[("LC_ALL", ""), ("LANG", "nl_BE.UTF-8")]);
        assert_eq!(choose(None, None, &empty, &ALL), "nl");
    }

    #[test]
    fn a_language_without_a_catalogue_falls_back_to_english() {
        // The first variable set decides, as POSIX has it: C means no translation.
        let c = env(&[("LC_ALL", "C"), ("LANG", "nl_BE.UTF-8")]);
        assert_eq!(choose(None, None, &c, &ALL), "en");
        let de = env(&[("LANG", "de_DE.UTF-8")]);
        assert_eq!(choose(None, None, &de, &ALL), "en");
        assert_eq!(
            choose(None, None, &env(&[("LANG", "nl_BE")]), &["en"]),
            "en"
        );
        assert_eq!(choose(Some("xx"), None, &env(&[]), &ALL), "en");
    }
}
