use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use crate::app::{App, bindings_for};
use crate::i18n::t;
use crate::ui::theme;

/// Every key of the view under the help overlay, generated from the keymap; in two
/// columns when one does not fit.
pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let scopes = app.view_scopes();
    let mut lines: Vec<Line> = bindings_for(&scopes)
        .map(|b| {
            Line::from(vec![
                Span::styled(format!("{:>7}  ", b.label), theme::key()),
                Span::raw(t(b.help)),
            ])
        })
        .collect();
    // Where labels are chosen or set, help says what each one means, both ways.
    let with_labels = app.meeting.is_some() || app.tab == crate::app::Tab::Sharing;
    let label_count = if with_labels {
        super::labels::help_lines(40).len()
    } else {
        0
    };
    let room = body.height.saturating_sub(3) as usize;
    let columns = if lines.len() + label_count > room && body.width >= 72 {
        2
    } else {
        1
    };
    if with_labels {
        let w = if columns == 2 { body.width.min(84) } else { 46 };
        lines.extend(super::labels::help_lines(
            w.saturating_sub(2) / columns as u16,
        ));
    }
    let per_column = lines.len().div_ceil(columns);
    let w = if columns == 2 { body.width.min(84) } else { 46 };
    let h = (per_column.min(room) + 3) as u16;
    let area = super::centered(body, w, h);
    frame.render_widget(Clear, area);
    let block = theme::block(t("help-title"));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [heading, rest] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    let title = if app.meeting.is_some() {
        t("help-meeting")
    } else {
        t(app.tab.title_key())
    };
    frame.render_widget(
        Paragraph::new(Span::styled(title, theme::header())),
        heading,
    );
    let cols = Layout::horizontal(vec![Constraint::Fill(1); columns]).split(rest);
    for (c, chunk) in lines.chunks(per_column.max(1)).enumerate() {
        frame.render_widget(
            Paragraph::new(chunk.to_vec()).scroll((app.help_scroll, 0)),
            cols[c],
        );
    }
}
