//! The catalogue of user-facing strings, in Project Fluent: one file per language in
//! `locales/` (`<lang>.ftl`). English is complete and is the fallback.
//!
//! Two ways to ask for text: [`t`] / [`tf`] in the interface's language (the screens, the
//! CLI's messages), and [`Lang::t`] / [`Lang::tf`] in a language given explicitly, for what
//! is written for someone else (minutes, feedback sheets, agendas in the recipient's
//! language). The bundles are the concurrent kind, so exports off the UI thread use them.
//!
//! Dates and numbers are formatted by the caller (chrono), never by Fluent: Fluent has no
//! date function and always writes a decimal point. A whole number passed as an argument is
//! given to Fluent as a number only so that plural selectors (`[one]` / `*[other]`) work.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{LazyLock, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

mod catalogue_check;
mod choice;
pub mod dates;

pub use catalogue_check::{Mismatch, compare};
pub use choice::{choose, locale_language};

/// A language the program can write in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    #[default]
    En,
    Nl,
    Fr,
}

impl Lang {
    /// Every language with a catalogue, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Nl, Lang::Fr];

    /// The code in file names, the config file and `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
            Lang::Fr => "fr",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language after this one in [`Lang::ALL`], round to the first: what the
    /// interface's language key switches to.
    pub fn next(self) -> Lang {
        Lang::ALL[(self.index() + 1) % Lang::ALL.len()]
    }

    /// The language's name in itself (`Nederlands`), for the switch's message.
    pub fn name(self) -> &'static str {
        self.t("language-name")
    }

    /// The codes of [`Lang::ALL`], English first.
    pub fn codes() -> Vec<&'static str> {
        Lang::ALL.iter().map(|l| l.code()).collect()
    }

    /// The interface's language from `--lang`, the config file's `language` and the
    /// process's environment, in that order ([`choose`]).
    pub fn chosen(flag: Option<&str>, config: Option<&str>) -> Lang {
        let env = |name: &str| std::env::var(name).ok();
        let code = choose(flag, config, &env, &Lang::codes());
        Lang::from_code(code).unwrap_or_default()
    }

    /// The catalogue's source text.
    pub fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../locales/en.ftl"),
            Lang::Nl => include_str!("../locales/nl.ftl"),
            Lang::Fr => include_str!("../locales/fr.ftl"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// A date written out in this language (`29 novembre 2026`), by chrono's locales.
    pub fn long_date(self, date: chrono::NaiveDate) -> String {
        dates::long_date(date, self.code())
    }

    /// A number with `places` decimals and this language's decimal separator.
    pub fn decimal(self, value: f64, places: usize) -> String {
        dates::decimal(value, places, self.code())
    }

    /// The text of `id` in this language.
    pub fn t(self, id: &str) -> &'static str {
        text(self, id)
    }

    /// The text of `id` in this language with its variables filled.
    pub fn tf(self, id: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        format(self, id, args)
    }
}

type Bundle = FluentBundle<FluentResource>;

/// Each language's catalogue, parsed the first time it is asked for: a start in one
/// language parses that language's catalogue only (English too only if a message is
/// missing from it), not all three (~230 KB of Fluent, most of a start's time).
static BUNDLES: [LazyLock<Bundle>; 3] = [
    LazyLock::new(|| bundle(Lang::ALL[0])),
    LazyLock::new(|| bundle(Lang::ALL[1])),
    LazyLock::new(|| bundle(Lang::ALL[2])),
];

/// The interface's language, as [`Lang`]'s index.
static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Texts computed once for [`t`] (a message with a selector formats to a new string).
static COMPUTED: LazyLock<Mutex<HashMap<(Lang, String), &'static str>>> =
    LazyLock::new(Default::default);

fn bundle(lang: Lang) -> Bundle {
    let id = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // The sanitiser would show Fluent's bidi isolation marks as replacement characters.
    b.set_use_isolating(false);
    // A message Fluent cannot read is left out (and shows as its id); a test keeps every
    // catalogue free of such errors.
    let res = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = b.add_resource(res);
    b
}

std::thread_local! {
    /// The language of the document this thread is writing, while [`writing_in`] runs.
    static WRITING: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// The interface's language, or, inside [`writing_in`] on this thread, the document's.
pub fn lang() -> Lang {
    if let Some(l) = WRITING.with(std::cell::Cell::get) {
        return l;
    }
    Lang::ALL[usize::from(CURRENT.load(Ordering::Relaxed)).min(Lang::ALL.len() - 1)]
}

/// Runs `write` with [`t`] and [`tf`] answering in `lang` on this thread only: how a
/// document for someone else (an export, in the recipient's language) is written, on any
/// thread, without touching the interface's language. Nested calls take the innermost
/// language; the previous one is back when `write` returns or panics.
pub fn writing_in<R>(lang: Lang, write: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            WRITING.with(|w| w.set(self.0));
        }
    }
    let _restore = Restore(WRITING.with(|w| w.replace(Some(lang))));
    write()
}

/// Switch the interface's language (screens and messages from now on).
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang.index() as u8, Ordering::Relaxed);
}

/// Starts parsing the interface language's catalogue on a thread of its own, while the
/// caller opens the database and the terminal: the first frame needs it, and parsing it
/// is a tenth of a start's time. A text asked for before it is ready waits for it (the
/// catalogue is parsed once, by whichever thread comes first).
pub fn prepare() {
    let lang = lang();
    let _ = std::thread::Builder::new()
        .name("catalogue".into())
        .spawn(move || LazyLock::force(&BUNDLES[lang.index()]));
}

/// An id as Fluent spells it: a key written the old way (`status.saved`) still finds
/// `status-saved`.
fn fluent_id(id: &str) -> Cow<'_, str> {
    if id.contains('.') {
        Cow::Owned(id.replace('.', "-"))
    } else {
        Cow::Borrowed(id)
    }
}

/// The bundle that has `id`: the language's own, else English's.
fn holder(lang: Lang, id: &str) -> Option<&'static Bundle> {
    [lang, Lang::En]
        .into_iter()
        .map(|l| &*BUNDLES[l.index()])
        .find(|b| b.get_message(id).is_some_and(|m| m.value().is_some()))
}

fn text(lang: Lang, id: &str) -> &'static str {
    let id = fluent_id(id);
    let Some(b) = holder(lang, &id) else {
        return leak(lang, &id, || id.to_string());
    };
    match render(b, &id, None) {
        Cow::Borrowed(s) => s,
        Cow::Owned(s) => leak(lang, &id, || s),
    }
}

/// The id itself when it is missing, so that a gap shows instead of crashing (a test
/// keeps the catalogues complete).
fn format(lang: Lang, id: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let id = fluent_id(id);
    let Some(b) = holder(lang, &id) else {
        return id.into_owned();
    };
    let mut fa = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fa.set(*name, value_of(value.to_string()));
    }
    render(b, &id, Some(&fa)).into_owned()
}

fn render(b: &'static Bundle, id: &str, args: Option<&FluentArgs>) -> Cow<'static, str> {
    let mut errors = Vec::new();
    match b.get_message(id).and_then(|m| m.value()) {
        Some(p) => b.format_pattern(p, args, &mut errors),
        None => Cow::Owned(id.to_owned()),
    }
}

/// A whole number becomes a Fluent number (for plural selectors), written back exactly
/// as it came; anything else stays text.
fn value_of(s: String) -> FluentValue<'static> {
    match s.parse::<i64>() {
        Ok(n) if n.to_string() == s && n.unsigned_abs() < (1 << 53) => FluentValue::from(n),
        _ => FluentValue::from(s),
    }
}

fn leak(lang: Lang, id: &str, make: impl FnOnce() -> String) -> &'static str {
    let mut done = COMPUTED.lock().unwrap_or_else(|e| e.into_inner());
    done.entry((lang, id.to_owned()))
        .or_insert_with(|| Box::leak(make().into_boxed_str()))
}

/// The text for `id` in the interface's language; the id itself when missing.
pub fn t(id: &str) -> &'static str {
    text(lang(), id)
}

/// The text for `id` in the interface's language with its variables filled.
pub fn tf(id: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    format(lang(), id, args)
}

/// A label and its value, `Status: open`, as the language writes the pair (`Statut : suivi`
/// in French, with a no-break space): never joined with ": " in the code.
pub fn label_value(label: &str, value: &str) -> String {
    tf("label-value", &[("label", &label), ("value", &value)])
}

/// A label with its colon, before a value written in a span of its own (`Statut :`).
pub fn label_colon(label: &str) -> String {
    tf("label-colon", &[("label", &label)])
}

/// The text for `id` with its one number `name` filled (`12 d`, `⚠ 5 d`): formatted once
/// per language and number on this thread, and kept. A list writes such a count in every
/// row of every frame, and formatting through Fluent was a tenth of a frame.
pub fn count(id: &'static str, name: &'static str, n: i64) -> String {
    type Key = (Lang, &'static str, &'static str, i64);
    thread_local! {
        static KEPT: std::cell::RefCell<HashMap<Key, String>> = Default::default();
    }
    let key = (lang(), id, name, n);
    KEPT.with(|kept| {
        let mut kept = kept.borrow_mut();
        if let Some(text) = kept.get(&key) {
            return text.clone();
        }
        // Counts are few (days, items): a table this large is of no use any more.
        if kept.len() >= 4096 {
            kept.clear();
        }
        let text = format(key.0, id, &[(name, &n)]);
        kept.insert(key, text.clone());
        text
    })
}

/// Whether the English catalogue has `id` (for the completeness test).
pub fn has(id: &str) -> bool {
    BUNDLES[Lang::En.index()]
        .get_message(&fluent_id(id))
        .is_some()
}

#[cfg(test)]
mod tests;
