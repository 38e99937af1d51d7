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

/// One row per label in three columns (label, standard meaning, rule) with a header
/// naming them. The standard meaning wraps when `wrap_rows` (a tall screen) and is
/// shortened with `…` otherwise (help and the chooser show it whole).
pub fn table(width: u16, wrap_rows: bool) -> Vec<Line<'static>> {
    let width = width as usize;
    let rule_w = Tlp::ALL
        .iter()
        .map(|&l| tlp_rule(l).chars().count())
        .chain([t("labels-rule_short").chars().count()])
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
        Span::styled(fit(t("labels-label"), LABEL_W), theme::dim()),
        Span::styled(fit(t("labels-standard_short"), std_w), theme::dim()),
        Span::raw("  "),
        Span::styled(t("labels-rule_short"), theme::dim()),
    ])];
    for l in Tlp::ALL {
        let parts = if wrap_rows {
            wrap(tlp_standard(l), std_w)
        } else {
            vec![fit(tlp_standard(l), std_w)]
        };
        for (i, part) in parts.into_iter().enumerate() {
            let (label, rule) = if i == 0 {
                (l.as_str(), tlp_rule(l))
            } else {
                ("", "")
            };
            out.push(Line::from(vec![
                Span::styled(fit(label, LABEL_W), theme::tlp(l)),
                Span::raw(fit(&part, std_w)),
                Span::raw("  "),
                Span::styled(rule, theme::header()),
            ]));
        }
    }
    out
}

/// One label as wrapped lines: its name (after `key` when given), then the standard's
/// meaning and this network's rule, each named.
pub fn entry(l: Tlp, key: Option<&str>, width: u16) -> Vec<Line<'static>> {
    let indent = 4;
    let pw = t("labels-standard_prefix").chars().count() + 1;
    let w = (width as usize).saturating_sub(indent + pw).max(10);
    let mut head = Vec::new();
    if let Some(k) = key {
        head.push(Span::styled(format!("{k:>2}  "), theme::key()));
    }
    head.push(Span::styled(l.as_str(), theme::tlp(l)));
    let mut out = vec![Line::from(head)];
    if width < 60 {
        // Narrow (a help column): the name of each meaning runs into its text.
        for (prefix, text, style) in [
            (t("labels-standard_prefix"), tlp_standard(l), theme::dim()),
            (t("labels-rule_prefix"), tlp_rule(l), theme::header()),
        ] {
            let full = format!("{prefix} {text}");
            for (i, part) in wrap(&full, (width as usize).saturating_sub(4))
                .into_iter()
                .enumerate()
            {
                let pad = if i == 0 { "  " } else { "    " };
                out.push(Line::from(Span::styled(format!("{pad}{part}"), style)));
            }
        }
        return out;
    }
    // Wide: the rule on the label's own line, the standard's meaning under it.
    let head = out.remove(0);
    let mut spans = head.spans;
    if let Some(last) = spans.last_mut() {
        *last = Span::styled(fit(l.as_str(), LABEL_W), theme::tlp(l));
    }
    spans.push(Span::styled(
        format!("{} ", t("labels-rule_prefix")),
        theme::dim(),
    ));
    spans.push(Span::styled(tlp_rule(l), theme::header()));
    out.push(Line::from(spans));
    let prefix = t("labels-standard_prefix");
    for (i, part) in wrap(tlp_standard(l), w).into_iter().enumerate() {
        let p = if i == 0 { prefix } else { "" };
        out.push(Line::from(vec![
            Span::styled(format!("{:indent$}{p:<pw$}", ""), theme::dim()),
            Span::styled(part, theme::dim()),
        ]));
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
        Line::from(Span::styled(t("sharing-labels"), theme::header())),
    ];
    for l in Tlp::ALL {
        out.extend(entry(l, None, width));
    }
    out.extend(pap_lines());
    out
}

/// The label chooser over the editor: each label with its letter and both meanings; the
/// cursor's label highlighted, the agreement's default named.
pub fn render_chooser(
    frame: &mut ratatui::Frame,
    body: ratatui::layout::Rect,
    cursor: usize,
    default: Tlp,
) {
    let w = body.width.saturating_sub(4).min(96);
    let entries = Tlp::ALL
        .iter()
        .map(|&l| entry(l, Some(crate::app::tlp_key(l)), w.saturating_sub(2)))
        .collect();
    let footer = default_line(default.as_str(), theme::tlp(default));
    render_box(frame, body, w, t("chooser-title"), entries, cursor, footer);
}

/// The PAP chooser: each PAP label with its letter and meaning.
pub fn render_pap_chooser(
    frame: &mut ratatui::Frame,
    body: ratatui::layout::Rect,
    cursor: usize,
    default: Pap,
) {
    let w = body.width.saturating_sub(4).min(96);
    let entries = Pap::ALL
        .iter()
        .map(|&p| {
            vec![Line::from(vec![
                Span::styled(format!("{:>2}  ", crate::app::pap_key(p)), theme::key()),
                Span::styled(fit(p.as_str(), 11), theme::pap(p)),
                Span::raw(t(p.meaning_key())),
            ])]
        })
        .collect();
    let footer = default_line(default.as_str(), theme::pap(default));
    render_box(
        frame,
        body,
        w,
        t("chooser-pap_title"),
        entries,
        cursor,
        footer,
    );
}

/// "The agreement's default for new notes: X", under the choices.
fn default_line(label: &'static str, style: ratatui::style::Style) -> Line<'static> {
    Line::from(vec![
        Span::styled(
            format!("    {} ", crate::i18n::label_colon(t("chooser-default"))),
            theme::dim(),
        ),
        Span::styled(label, style),
    ])
}

fn render_box(
    frame: &mut ratatui::Frame,
    body: ratatui::layout::Rect,
    w: u16,
    title: &str,
    entries: Vec<Vec<Line<'static>>>,
    cursor: usize,
    footer: Line<'static>,
) {
    use ratatui::widgets::{Clear, Paragraph};
    let mut lines = Vec::new();
    for (i, entry) in entries.into_iter().enumerate() {
        if i == cursor {
            lines.extend(entry.into_iter().map(|l| l.patch_style(theme::selected())));
        } else {
            lines.extend(entry);
        }
    }
    lines.push(footer);
    let h = (lines.len() as u16 + 2).min(body.height);
    let area = super::centered(body, w, h);
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(lines).block(theme::block(title)), area);
}
