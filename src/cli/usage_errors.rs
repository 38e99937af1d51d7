//! clap's error messages (an unknown argument, a bad value, a missing command) written in
//! the interface's language: the error's kind and context (what clap found, what it
//! expected) are put into catalogue messages (`cli_error-…`). The exit code stays clap's
//! (2), and `--help` and `--version` are clap's own output (already in the language).

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::Lang;

/// The refusal of one of our value checks (`--lang`, `--stage`), already a catalogue text:
/// it is shown as it is after the "invalid value" line.
#[derive(Debug)]
pub struct Refused(pub String);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

/// What clap has to say about the arguments, in `lang`: help and version as clap wrote
/// them, an error as the catalogue writes it.
pub fn text_in(lang: Lang, e: &clap::Error) -> String {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => e.render().to_string(),
        _ => error_in(lang, e),
    }
}

fn error_in(lang: Lang, e: &clap::Error) -> String {
    let mut out = format!("{} {}", lang.t("cli_error-error"), message(lang, e));
    let tips = tips(lang, e);
    if !tips.is_empty() {
        out.push('\n');
    }
    for tip in tips {
        out.push_str("\n  ");
        out.push_str(&tip);
    }
    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        out.push_str(&format!("\n\n{} {usage}", lang.t("cli_heading-usage")));
    }
    out.push_str("\n\n");
    out.push_str(&lang.tf("cli_error-more", &[("flag", &"--help")]));
    out.push('\n');
    out
}

/// The context value `kind` as one text: a list joined by ", ".
fn one(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The first line of the error: what is wrong, in `lang`.
fn message(lang: Lang, e: &clap::Error) -> String {
    let arg = one(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = one(e, ContextKind::InvalidValue).unwrap_or_default();
    let command = one(e, ContextKind::InvalidSubcommand).unwrap_or_default();
    let with = |id: &str, args: &[(&str, &dyn std::fmt::Display)]| lang.tf(id, args);
    match e.kind() {
        ErrorKind::UnknownArgument => with("cli_error-unknown_argument", &[("arg", &arg)]),
        ErrorKind::InvalidSubcommand => with("cli_error-unknown_command", &[("command", &command)]),
        ErrorKind::InvalidValue if value.is_empty() => {
            with("cli_error-missing_value", &[("arg", &arg)])
        }
        ErrorKind::InvalidValue => {
            let mut m = with("cli_error-bad_value", &[("value", &value), ("arg", &arg)]);
            if let Some(valid) = one(e, ContextKind::ValidValue) {
                let list = lang.tf("cli_help-possible_values", &[("values", &valid)]);
                m.push_str(&format!("\n  {list}"));
            }
            m
        }
        ErrorKind::ValueValidation => {
            let mut m = with("cli_error-bad_value", &[("value", &value), ("arg", &arg)]);
            let ours = std::error::Error::source(e).and_then(|s| s.downcast_ref::<Refused>());
            if let Some(why) = ours {
                m.push_str(&format!("\n  {why}"));
            }
            m
        }
        ErrorKind::MissingRequiredArgument => {
            let mut m = lang.t("cli_error-missing_arguments").to_owned();
            if let Some(ContextValue::Strings(args)) = e.get(ContextKind::InvalidArg) {
                for a in args {
                    m.push_str(&format!("\n  {a}"));
                }
            }
            m
        }
        ErrorKind::MissingSubcommand => {
            let valid = one(e, ContextKind::ValidSubcommand).unwrap_or_default();
            let m = with("cli_error-missing_command", &[("command", &command)]);
            let heading = lang.t("cli_heading-commands");
            let list = lang.tf("label-value", &[("label", &heading), ("value", &valid)]);
            format!("{m}\n  [{list}]")
        }
        ErrorKind::ArgumentConflict => conflict(lang, e, &arg),
        ErrorKind::TooManyValues => with(
            "cli_error-too_many_values",
            &[("value", &value), ("arg", &arg)],
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            with("cli_error-wrong_number_of_values", &[("arg", &arg)])
        }
        ErrorKind::NoEquals => with("cli_error-no_equals", &[("arg", &arg)]),
        ErrorKind::InvalidUtf8 => lang.t("cli_error-invalid_utf8").to_owned(),
        _ => lang.t("cli_error-other").to_owned(),
    }
}

/// Two arguments that exclude each other, or one given twice.
fn conflict(lang: Lang, e: &clap::Error, arg: &str) -> String {
    match one(e, ContextKind::PriorArg) {
        Some(other) if other != arg => {
            lang.tf("cli_error-conflict", &[("arg", &arg), ("other", &other)])
        }
        Some(_) => lang.tf("cli_error-given_twice", &[("arg", &arg)]),
        None => lang.tf("cli_error-conflict_any", &[("arg", &arg)]),
    }
}

/// A similar command, argument or value clap found, and clap's other tips (how to pass a
/// value that looks like an option), each put into the catalogue's words.
fn tips(lang: Lang, e: &clap::Error) -> Vec<String> {
    let similar = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .filter_map(|k| one(e, k))
    .filter(|s| !s.is_empty());
    let mut out: Vec<String> = similar
        .map(|s| s.replace(", ", lang.t("cli_error-similar_or")))
        .map(|s| lang.tf("cli_error-similar", &[("similar", &s)]))
        .collect();
    if let Some(ContextValue::StyledStrs(tips)) = e.get(ContextKind::Suggested) {
        out.extend(tips.iter().filter_map(|t| tip(lang, &t.to_string())));
    }
    out
}

/// One of clap's own tips in `lang`, read from its English; `None` for one unknown here.
fn tip(lang: Lang, text: &str) -> Option<String> {
    let quoted: Vec<&str> = text.split('\'').skip(1).step_by(2).collect();
    if text.starts_with("to pass ") {
        let (arg, usage) = (quoted.first()?, quoted.get(1)?);
        Some(lang.tf("cli_error-as_value", &[("arg", arg), ("use", usage)]))
    } else if text.contains("exists; to use it") {
        Some(lang.tf("cli_error-remove_dashes", &[("command", quoted.first()?)]))
    } else if text.ends_with("' exists") {
        Some(lang.tf("cli_error-similar", &[("similar", quoted.first()?)]))
    } else {
        None
    }
}

#[cfg(test)]
mod tests;
