//! The labels with both their meanings, side by side and named: the standard's (FIRST's
//! wording, what a recipient may do) and this network's distribution rule (who receives
//! the item), generated from the rule data the disclosure function enforces. The Sharing
//! tab, the label chooser and help all draw from here.

use ratatui::text::{Line, Span};

use crate::domain::sharing::{Pap, Tlp};
use crate::i18n::t;
use crate::labels::{tlp_rule, tlp_standard, wrap};
use crate::ui::theme;

const LABEL_W: usize = 17;

fn fit(text: &str, width: usize) -> String {
    let n = text.chars().count();
    if n <= width {
        format!("{text:<width$}")
    } else {
        let cut: String = text.chars().take(width.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

/// One line per label in three columns (label, standard meaning, rule) with a header
/// naming them; the standard meaning is shortened with `…` when the width is short (help
/// and the chooser show it whole).
pub fn table(width: u16) -> Vec<Line<'static>> {
    let width = width as usize;
    let rule_w = Tlp::ALL
        .iter()
        .map(|&l| tlp_rule(l).chars().count())
        .chain([t("labels.rule_short").chars().count()])
        .max()
        .unwrap_or(0);
    let std_w = Tlp::ALL
        .iter()
        .map(|&l| tlp_standard(l).chars().count())
        .max()
        .unwrap_or(0)
        .min(width.saturating_sub(LABEL_W + rule_w + 2))
        .max(8);
    let mut out = vec![Line::from(vec![
        Span::styled(fit(t("labels.label"), LABEL_W), theme::dim()),
        Span::styled(fit(t("labels.standard_short"), std_w), theme::dim()),
        Span::raw("  "),
        Span::styled(t("labels.rule_short"), theme::dim()),
    ])];
    out.extend(Tlp::ALL.iter().map(|&l| {
        Line::from(vec![
            Span::styled(fit(l.as_str(), LABEL_W), theme::tlp(l)),
            Span::raw(fit(tlp_standard(l), std_w)),
            Span::raw("  "),
            Span::styled(tlp_rule(l), theme::header()),
        ])
    }));
    out
}

/// One label as wrapped lines: its name (after `key` when given), then the standard's
/// meaning and this network's rule, each named.
pub fn entry(l: Tlp, key: Option<&str>, width: u16) -> Vec<Line<'static>> {
    let indent = 4;
    let w = (width as usize).saturating_sub(indent + 7).max(10);
    let mut head = Vec::new();
    if let Some(k) = key {
        head.push(Span::styled(format!("{k:>2}  "), theme::key()));
    }
    head.push(Span::styled(l.as_str(), theme::tlp(l)));
    let mut out = vec![Line::from(head)];
    for (prefix, text, style) in [
        (t("labels.standard_prefix"), tlp_standard(l), theme::dim()),
        (t("labels.rule_prefix"), tlp_rule(l), theme::header()),
    ] {
        for (i, part) in wrap(text, w).into_iter().enumerate() {
            let p = if i == 0 { prefix } else { "" };
            out.push(Line::from(vec![
                Span::styled(format!("{:indent$}{p:<7}", ""), theme::dim()),
                Span::styled(part, style),
            ]));
        }
    }
    out
}

/// The PAP labels with their meanings (PAP says what a recipient may do; it has no
/// distribution rule of its own).
pub fn pap_lines() -> Vec<Line<'static>> {
    Pap::ALL
        .iter()
        .map(|&p| {
            Line::from(vec![
                Span::styled(fit(p.as_str(), LABEL_W), theme::pap(p)),
                Span::raw(t(p.meaning_key())),
            ])
        })
        .collect()
}

/// Both meanings of every label for the help overlay, wrapped to `width`.
pub fn help_lines(width: u16) -> Vec<Line<'static>> {
    let mut out = vec![
        Line::raw(""),
        Line::from(Span::styled(t("sharing.labels"), theme::header())),
    ];
    for l in Tlp::ALL {
        out.extend(entry(l, None, width));
    }
    out.extend(pap_lines());
    out
}
