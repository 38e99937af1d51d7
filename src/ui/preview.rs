//! The export preview: what goes out, what is withheld and why, then the document.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::theme;
use crate::app::App;
use crate::app::sharing::ExportPreview;
use crate::domain::sanitize::{line as clean, text as clean_text};
use crate::i18n::{t, tf};

pub fn render(frame: &mut Frame, area: Rect, app: &App, p: &ExportPreview) {
    let who = app
        .stakeholder_name(Some(p.recipient))
        .map(|n| clean(n).into_owned())
        .unwrap_or_default();
    let mut lines = vec![Line::from(Span::styled(
        tf("preview.goes_out", &[("n", &p.included.len())]),
        theme::ok(),
    ))];
    lines.extend(p.included.iter().map(|i| Line::from(format!("  {i}"))));
    lines.push(Line::from(Span::styled(
        tf("preview.withheld", &[("n", &p.withheld.len())]),
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
            "preview.file",
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
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((p.scroll, 0))
            .block(
                theme::block(&tf("preview.title", &[("who", &who)]))
                    .title_bottom(Line::from(t("preview.hint")).centered()),
            ),
        area,
    );
}
