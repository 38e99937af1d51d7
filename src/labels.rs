//! Display names of domain values, from the catalogue. Shared by the views and by the
//! app's search haystacks.

use crate::domain::case::CaseStatus;
use crate::domain::network::NetworkKind;
use crate::domain::sanitize;
use crate::domain::session::SessionStatus;
use crate::domain::stakeholder::{Formality, Sector, Tier};
use crate::i18n::{Lang, t};

pub fn sector(s: &Sector) -> String {
    match s {
        Sector::Other(text) if !text.is_empty() => sanitize::line(text).into_owned(),
        other => t(other.key()).to_owned(),
    }
}

pub fn formality(f: Formality) -> &'static str {
    match f {
        Formality::Formal => t("formality-formal"),
        Formality::Informal => t("formality-informal"),
    }
}

pub fn tier(tier: Tier) -> &'static str {
    match tier {
        Tier::Practitioner => t("tier-practitioner"),
        Tier::Policy => t("tier-policy"),
    }
}

pub fn network_kind(k: &NetworkKind) -> &'static str {
    match k {
        NetworkKind::Sector => t("network_kind-sector"),
        NetworkKind::Area => t("network_kind-area"),
        NetworkKind::Theme => t("network_kind-theme"),
        NetworkKind::Community => t("network_kind-community"),
        NetworkKind::RoundTable => t("network_kind-round_table"),
    }
}

pub fn session_status(s: SessionStatus) -> &'static str {
    match s {
        SessionStatus::Planned => t("session_status-planned"),
        SessionStatus::InProgress => t("session_status-in_progress"),
        SessionStatus::Closed => t("session_status-closed"),
    }
}

pub fn case_status(s: CaseStatus) -> &'static str {
    t(s.key())
}

/// A case status in `lang`, for what is written for someone else.
pub fn case_status_in(s: CaseStatus, lang: Lang) -> &'static str {
    lang.t(s.key())
}

/// The standard's meaning of a label, in FIRST's wording: what a recipient may do.
pub fn tlp_standard(l: crate::domain::sharing::Tlp) -> &'static str {
    t(l.meaning_key())
}

/// This network's distribution rule for a label: who receives the item. Generated from
/// the rule data the disclosure function enforces ([`Tlp::distribution`]).
///
/// [`Tlp::distribution`]: crate::domain::sharing::Tlp::distribution
pub fn tlp_rule(l: crate::domain::sharing::Tlp) -> &'static str {
    t(l.distribution().key())
}

/// The rules as printed at the head of what is written down, in the interface's language.
pub fn written_rules(rules: &[crate::domain::sharing::SharingRule]) -> Vec<String> {
    written_rules_in(rules, crate::i18n::lang())
}

/// The rules as printed at the head of what is written down, in `lang`: one line per
/// label that is ever written (a label that never is is not named in a file at all), then
/// need-to-know when it is in force.
pub fn written_rules_in(rules: &[crate::domain::sharing::SharingRule], lang: Lang) -> Vec<String> {
    use crate::domain::sharing::{self, Tlp};
    let mut out: Vec<String> = Tlp::ALL
        .iter()
        .filter(|l| l.distribution().written())
        .map(|&l| {
            lang.tf(
                "minutes-label_line",
                &[
                    ("label", &l.as_str()),
                    ("standard", &lang.t(l.meaning_key())),
                    ("rule", &lang.t(l.distribution().key())),
                ],
            )
        })
        .collect();
    if sharing::case_need_to_know(rules) {
        out.push(lang.t(sharing::NEED_TO_KNOW_KEY).to_owned());
    }
    out
}

/// `text` broken into lines of at most `width` columns (a wide character takes two), at
/// spaces where possible; never at a no-break space (French `Statut\u{a0}: suivi`), which
/// is kept. A word longer than the line breaks after its last slash or hyphen that fits,
/// else at the line's end.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let breaks = |c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}');
    for word in text.split(breaks).filter(|w| !w.is_empty()) {
        let mut word = word.to_owned();
        while word.width() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let chars: Vec<char> = word.chars().collect();
            let fit = fitting(&chars, width);
            let at = (chars[..fit].iter())
                .rposition(|c| matches!(c, '/' | '-'))
                .map_or(fit, |i| i + 1);
            lines.push(chars[..at].iter().collect());
            word = chars[at..].iter().collect();
        }
        let needed = line.width() + usize::from(!line.is_empty()) + word.width();
        if needed > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The beginning of `text` that fits `width` columns.
pub fn fit(text: &str, width: usize) -> String {
    text.chars().take(fit_count(text.chars(), width)).collect()
}

/// How many of `chars`, from the first, fit `width` columns.
fn fit_count(chars: impl Iterator<Item = char>, width: usize) -> usize {
    let mut used = 0;
    (chars)
        .take_while(|&c| {
            used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            used <= width
        })
        .count()
}

/// How many of `chars` fit `width` columns; one at least, so that a line always moves on.
fn fitting(chars: &[char], width: usize) -> usize {
    fit_count(chars.iter().copied(), width).max(1)
}

/// The agenda topic "open actions of <session>", in the reader's language: the session's
/// title (cleaned for the terminal) and date, or its id when it is gone.
pub fn open_actions(data: &crate::domain::dataset::Dataset, session: crate::domain::Id) -> String {
    match crate::domain::dataset::by_id(&data.sessions, session) {
        Some(s) => crate::i18n::tf(
            "agenda-open_actions",
            &[("title", &sanitize::line(&s.title)), ("date", &s.date)],
        ),
        None => crate::i18n::tf("agenda-open_actions_gone", &[("id", &session)]),
    }
}

#[cfg(test)]
mod tests {
    /// A word longer than the line breaks after a slash or a hyphen where it has one
    /// (`aanwezig/verontschuldigd/afwezig` in help), not in the middle of a word.
    #[test]
    fn a_long_word_breaks_after_a_slash_or_hyphen() {
        assert_eq!(
            super::wrap("aanwezig/verontschuldigd/afwezig", 29),
            ["aanwezig/verontschuldigd/", "afwezig"]
        );
        assert_eq!(
            super::wrap("Space présent/excusé-absent", 16),
            ["Space", "présent/excusé-", "absent"]
        );
        assert_eq!(super::wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    /// A no-break space (French `Statut\u{a0}: suivi`) is kept, and never breaks a line:
    /// the colon stays with its label.
    #[test]
    fn wrap_measures_columns_not_characters() {
        use unicode_width::UnicodeWidthStr;
        let text = "会議の記録と地域の連絡 と 学校の先生";
        for width in 1..12 {
            let rows = super::wrap(text, width);
            for row in &rows {
                assert!(row.width() <= width.max(2), "{row:?} is wider than {width}");
            }
            assert_eq!(rows.concat().replace(' ', ""), text.replace(' ', ""));
        }
    }

    #[test]
    fn wrap_keeps_a_no_break_space_and_breaks_elsewhere() {
        let rows = super::wrap("Cette réunion est clôturée\u{a0}: lecture seule", 27);
        assert_eq!(rows, ["Cette réunion est", "clôturée\u{a0}: lecture seule"]);
        let rows = super::wrap("Statut\u{a0}: suivi", 8);
        assert_eq!(rows, ["Statut\u{a0}:", "suivi"]);
    }
}
