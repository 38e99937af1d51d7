use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::widgets::rows::{Cell, Row};

use super::theme;
use crate::app::App;
use crate::domain::sanitize::line as clean;
use crate::domain::sharing::RuleKind;
use crate::i18n::{t, tf};

fn rule_kind_label(k: &RuleKind) -> &'static str {
    match k {
        RuleKind::CaseNeedToKnow => t("rule_kind-case_need_to_know"),
        RuleKind::NoCriminalInvestigationUse => t("rule_kind-no_criminal_use"),
        RuleKind::Custom => t("rule_kind-custom"),
    }
}

/// The rules' kind column: as wide as the language's longest kind, at most a third of
/// the panel (`width`), at least its heading.
fn kind_width(width: u16) -> Constraint {
    let kinds = [
        RuleKind::CaseNeedToKnow,
        RuleKind::NoCriminalInvestigationUse,
        RuleKind::Custom,
    ];
    let longest = (kinds.iter().map(|k| Span::raw(rule_kind_label(k)).width()))
        .chain([Span::raw(t("col-kind")).width()])
        .max()
        .unwrap_or(0);
    Constraint::Length(u16::try_from(longest).unwrap_or(u16::MAX).min(width / 3))
}

fn audit_kind(k: &crate::domain::audit::AuditKind) -> &'static str {
    use crate::domain::audit::AuditKind::*;
    match k {
        Export => t("audit_kind-export"),
        ExportCancelled => t("audit_kind-export_cancelled"),
        FeedbackSheet => t("audit_kind-feedback"),
        CaseOpened => t("audit_kind-case_opened"),
        CaseChanged => t("audit_kind-case_changed"),
        NoteChanged => t("audit_kind-note_changed"),
        Restore => t("audit_kind-restore"),
        SessionReopened => t("audit_kind-session_reopened"),
        Dump => t("audit_kind-dump"),
        Backup => t("audit_kind-backup"),
        RuleOff => t("audit_kind-rule_off"),
        ActionDone => t("audit_kind-action_done"),
        ActionCancelled => t("audit_kind-action_cancelled"),
        ActionReassigned => t("audit_kind-action_reassigned"),
        ActionDueMoved => t("audit_kind-action_due_moved"),
        CaseErased => t("audit_kind-case_erased"),
        PersonErased => t("audit_kind-person_erased"),
        PersonExported => t("audit_kind-person_exported"),
        ExportsRemoved => t("audit_kind-exports_removed"),
        NoteCorrected => t("audit_kind-note_corrected"),
        NoteRetracted => t("audit_kind-note_retracted"),
        Encrypted => t("audit_kind-encrypted"),
        TeamAdded => t("audit_kind-team_added"),
        TeamRemoved => t("audit_kind-team_removed"),
        PassphraseChanged => t("audit_kind-passphrase_changed"),
        NetworkWorkChanged => t("audit_kind-network_work_changed"),
        ConcernRouted => t("audit_kind-concern_routed"),
        ConcernAnswered => t("audit_kind-concern_answered"),
    }
}

fn render_audit(frame: &mut Frame, area: Rect, app: &App) {
    let trail = &app.data.audit;
    let title = match &app.audit_filter {
        Some(k) => format!("{} · {}", t("sharing-audit"), audit_kind(k)),
        None => t("sharing-audit").to_owned(),
    };
    let (list, detail) = super::split_detail(area);
    super::widgets::table::render(
        frame,
        list,
        app.view(),
        super::widgets::table::ListTable {
            title: &title,
            header: vec![
                t("col-when"),
                t("col-who"),
                t("col-what"),
                t("col-subject"),
                t("col-for"),
            ],
            widths: &[
                Constraint::Length(16),
                Constraint::Length(10),
                Constraint::Length(16),
                Constraint::Fill(1),
                Constraint::Fill(1),
            ],
            empty: if app.audit_filter.is_some() {
                t("empty-audit_kind")
            } else {
                t("empty-audit")
            },
        },
        |i| {
            let e = &trail[i];
            let who = app
                .stakeholder_name(e.recipient)
                .map(|n| clean(n).into_owned())
                .unwrap_or_default();
            Row::new(vec![
                Cell::from(
                    e.at.with_timezone(&app.tz)
                        .format("%Y-%m-%d %H:%M")
                        .to_string(),
                ),
                Cell::from(clean(&e.who).into_owned()),
                Cell::from(audit_kind(&e.kind)),
                Cell::from(clean(&e.subject).into_owned()),
                Cell::from(who),
            ])
        },
    );
    if let (Some(area), Some(i)) = (detail, app.view().selected_row()) {
        let e = &trail[i];
        let mut lines = vec![Line::from(clean(&e.detail).into_owned())];
        if !e.included.is_empty() {
            lines.push(Line::from(Span::styled(
                tf("audit-included", &[("n", &e.included.len())]),
                theme::ok(),
            )));
            lines.push(Line::from(clean(&e.included.join(", ")).into_owned()));
        }
        if !e.withheld.is_empty() {
            lines.push(Line::from(Span::styled(
                tf("audit-withheld", &[("n", &e.withheld.len())]),
                theme::warning(),
            )));
            let shown: Vec<String> = e
                .withheld
                .iter()
                .map(|w| crate::export::withheld_shown(w))
                .collect();
            lines.push(Line::from(clean(&shown.join(", ")).into_owned()));
        }
        lines.push(Line::from(Span::styled(
            tf(
                "audit-link",
                &[("hash", &e.prev_hash.get(..16).unwrap_or(""))],
            ),
            theme::dim(),
        )));
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: true })
                .block(theme::block(&format!("#{}", e.id))),
            area,
        );
    }
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    if app.show_audit {
        render_audit(frame, area, app);
        return;
    }
    // Both meanings of each label side by side; on a short screen the PAP meanings are
    // left to help, so that the rules below keep room.
    let short = area.height < 30;
    let mut label_lines = super::widgets::labels::table(area.width.saturating_sub(2), !short);
    if crate::domain::sharing::case_need_to_know(&app.data.sharing_rules) {
        label_lines.push(Line::from(Span::styled(
            t(crate::domain::sharing::NEED_TO_KNOW_KEY),
            theme::header(),
        )));
    }
    if short {
        label_lines.push(Line::from(Span::styled(t("labels-pap_more"), theme::dim())));
    } else {
        label_lines.extend(super::widgets::labels::pap_lines());
    }
    let labels_h = label_lines.len() as u16 + 2;
    let [labels, lower] =
        Layout::vertical([Constraint::Length(labels_h), Constraint::Min(4)]).areas(area);
    frame.render_widget(
        Paragraph::new(label_lines).block(theme::block(t("sharing-labels"))),
        labels,
    );

    let [agreement, rules] = if lower.width >= 120 {
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(lower)
    } else {
        Layout::vertical([Constraint::Length(6), Constraint::Min(3)]).areas(lower)
    };
    let agreement_lines = match app.data.agreements.first() {
        Some(a) => vec![
            Line::from(vec![
                Span::styled(
                    format!("{} ", crate::i18n::label_colon(t("field-purpose"))),
                    theme::dim(),
                ),
                Span::raw(clean(&a.purpose).into_owned()),
            ]),
            Line::from(vec![
                Span::styled(
                    format!("{} ", crate::i18n::label_colon(t("field-legal_basis"))),
                    theme::dim(),
                ),
                Span::raw(clean(&a.legal_basis).into_owned()),
            ]),
            Line::from(vec![
                Span::styled(
                    format!("{} ", crate::i18n::label_colon(t("field-default_labels"))),
                    theme::dim(),
                ),
                Span::styled(a.default_tlp.as_str(), theme::tlp(a.default_tlp)),
                Span::raw(" "),
                Span::styled(a.default_pap.as_str(), theme::pap(a.default_pap)),
            ]),
            Line::from(Span::styled(
                tf(
                    "field-retention_kept",
                    &[
                        ("months", &a.retention.closed_case_months),
                        ("exports", &a.retention.export_days),
                        ("backups", &a.retention.backup_days),
                    ],
                ),
                theme::dim(),
            )),
        ],
        None => vec![Line::from(Span::styled(t("empty-agreement"), theme::dim()))],
    };
    super::widgets::scroll::pane(
        frame,
        agreement,
        Paragraph::new(agreement_lines).wrap(Wrap { trim: true }),
        theme::block(t("sharing-agreement")),
        0,
    );
    let list = &app.data.sharing_rules;
    let kind = kind_width(rules.width);
    let kind_w = match kind {
        Constraint::Length(n) => usize::from(n),
        _ => 0,
    };
    // The rule column: what the borders, the kind, the mark and the gaps leave.
    let text_w = usize::from(rules.width)
        .saturating_sub(2 + kind_w + 6 + 2)
        .max(1);
    let selected = app.view().selected_row();
    super::widgets::table::render(
        frame,
        rules,
        app.view(),
        super::widgets::table::ListTable {
            title: t("sharing-rules"),
            header: vec![t("col-kind"), t("col-rule"), t("col-active")],
            widths: &[kind, Constraint::Fill(1), Constraint::Length(6)],
            empty: t("empty-rules"),
        },
        |i| {
            let r = &list[i];
            // The selected rule reads whole: its text wraps in its column.
            let text = if Some(i) == selected {
                crate::labels::wrap(&clean(&r.text), text_w).join("\n")
            } else {
                clean(&r.text).into_owned()
            };
            let height = u16::try_from(text.lines().count()).unwrap_or(1);
            Row::new(vec![
                Cell::from(rule_kind_label(&r.kind)),
                Cell::from(text),
                Cell::from(if r.active { "✓" } else { "—" }),
            ])
            .height(height.max(1))
        },
    );
}
