//! The export preview: what goes out, what is withheld and why, then the document.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::theme;
use crate::app::App;
use crate::app::model::export_preview::ExportPreview;
use crate::domain::sanitize::{line as clean, text as clean_text};
use crate::i18n::{t, tf};

/// "What would go to …": the preview's title, its recipient named.
pub fn title(app: &App, p: &ExportPreview) -> String {
    let who = app
        .stakeholder_name(Some(p.recipient))
        .map(|n| clean(n).into_owned())
        .unwrap_or_default();
    tf("preview-title", &[("who", &who)])
}

pub fn render(frame: &mut Frame, area: Rect, app: &App, p: &ExportPreview) {
    let mut lines = Vec::new();
    if let Some(why) = &p.explain {
        lines.push(Line::from(Span::styled(
            clean(why).into_owned(),
            theme::warning(),
        )));
    }
    lines.push(Line::from(Span::styled(
        tf("preview-goes_out", &[("n", &p.included.len())]),
        theme::ok(),
    )));
    lines.extend(p.included.iter().map(|i| Line::from(format!("  {i}"))));
    lines.push(Line::from(Span::styled(
        tf("preview-withheld", &[("n", &p.withheld.len())]),
        theme::warning(),
    )));
    lines.extend(
        p.withheld
            .iter()
            .map(|i| Line::from(Span::styled(format!("  {i}"), theme::dim()))),
    );
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        tf(
            "preview-file",
            &[("path", &clean(&p.path.display().to_string()))],
        ),
        theme::dim(),
    )));
    lines.push(Line::from(Span::styled(
        "─".repeat(area.width.saturating_sub(2) as usize),
        theme::dim(),
    )));
    lines.extend(
        clean_text(&p.document)
            .lines()
            .map(|l| Line::from(l.to_owned())),
    );
    frame.render_widget(Clear, area);
    super::widgets::scroll::pane(
        frame,
        area,
        Paragraph::new(lines).wrap(Wrap { trim: false }),
        theme::block(&title(app, p)).title_bottom(Line::from(t("preview-hint")).centered()),
        p.scroll,
    );
}

/// What an import would do: counts, the mapping, every problem, the duplicates.
pub fn render_import(frame: &mut Frame, area: Rect, p: &crate::app::ImportPreview) {
    let plan = &p.plan;
    let sep = match plan.separator {
        // A vCard file has no separator: say what it is instead.
        _ if plan.format == crate::import::table::Format::VCard => t(plan.format.key()).to_owned(),
        b'\t' => "tab".to_owned(),
        c => format!("'{}'", c as char),
    };
    let mut lines = vec![
        Line::from(format!(
            "{} · {}",
            t(plan.format.key()),
            tf(
                "import-read_as",
                &[("encoding", &plan.encoding), ("sep", &sep)]
            )
        )),
        Line::from(Span::styled(
            tf(
                "import-counts",
                &[
                    ("valid", &plan.rows.len()),
                    ("invalid", &plan.invalid_lines()),
                    ("dups", &plan.duplicates()),
                ],
            ),
            theme::title(),
        )),
    ];
    for (h, f) in &plan.mapping {
        let target = f.map_or(t("import-kept_in_notes").to_owned(), |f| {
            f.as_str().to_owned()
        });
        lines.push(Line::from(vec![
            Span::styled(format!("  {} → ", clean(h)), theme::dim()),
            Span::raw(target),
        ]));
    }
    if !plan.problems.is_empty() {
        lines.push(Line::from(Span::styled(
            t("import-problems"),
            theme::error(),
        )));
        lines.extend(
            plan.problems
                .iter()
                .map(|pr| Line::from(format!("  {}", clean(&pr.to_string())))),
        );
    }
    if !p.namesakes.is_empty() {
        lines.push(Line::from(Span::styled(
            t("import-namesakes"),
            theme::warning(),
        )));
        lines.extend(
            p.namesakes
                .iter()
                .map(|n| Line::from(format!("  {}", clean(n)))),
        );
    }
    lines.extend(import_findings(plan));
    let dups: Vec<&crate::import::Row> =
        plan.rows.iter().filter(|r| r.duplicate.is_some()).collect();
    if !dups.is_empty() {
        lines.push(Line::from(Span::styled(
            t("import-duplicates"),
            theme::warning(),
        )));
        lines.extend(dups.iter().map(|r| {
            Line::from(format!(
                "  {}",
                crate::i18n::label_value(
                    &format!("{} {}", t("import-line"), r.line),
                    &clean(&r.stakeholder.name)
                )
            ))
        }));
    }
    let hint = if !plan.problems.is_empty() && !p.skip_invalid {
        t("import-hint_blocked")
    } else {
        t("import-hint")
    };
    frame.render_widget(Clear, area);
    super::widgets::scroll::pane(
        frame,
        area,
        Paragraph::new(lines).wrap(Wrap { trim: false }),
        theme::block(t("import-title")).title_bottom(Line::from(hint).centered()),
        p.scroll,
    );
}

/// What the plan found beyond problems: warnings, sectors guessed, and, with a category
/// filter, what comes in and what stays out.
fn import_findings(plan: &crate::import::Plan) -> Vec<Line<'static>> {
    use crate::domain::stakeholder::Sector;
    let mut lines = Vec::new();
    let mut section = |title: &str, items: Vec<String>, style| {
        if !items.is_empty() {
            lines.push(Line::from(Span::styled(title.to_owned(), style)));
            lines.extend(
                items
                    .into_iter()
                    .map(|i| Line::from(format!("  {}", clean(&i)))),
            );
        }
    };
    section(
        t("import-warnings"),
        plan.warnings.iter().map(|w| w.to_string()).collect(),
        theme::warning(),
    );
    section(
        t("import-sectors"),
        plan.sectors
            .iter()
            .map(|(text, s)| {
                let to = match s {
                    Sector::Other(_) => t("import-sector_kept"),
                    s => t(s.key()),
                };
                format!("{text} → {to}")
            })
            .collect(),
        theme::dim(),
    );
    section(
        t("import-joins"),
        plan.joins
            .iter()
            .map(|(_, name, n)| tf("import-join", &[("network", name), ("n", n)]))
            .collect(),
        theme::dim(),
    );
    if !plan.left_out.is_empty() {
        let line = |l: u64, name: &str| {
            crate::i18n::label_value(&format!("{} {l}", t("import-line")), name)
        };
        section(
            &tf("import-comes_in", &[("n", &plan.rows.len())]),
            plan.rows
                .iter()
                .map(|r| line(r.line, &r.stakeholder.name))
                .collect(),
            theme::title(),
        );
        section(
            &tf("import-stays_out", &[("n", &plan.left_out.len())]),
            plan.left_out
                .iter()
                .map(|l| format!("{} ({})", line(l.line, &l.name), l.categories.join(", ")))
                .collect(),
            theme::dim(),
        );
    }
    lines
}
