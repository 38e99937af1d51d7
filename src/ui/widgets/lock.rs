//! The lock screen: nothing of what is open underneath, only how to resume.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::app::App;
use crate::app::model::lock::Lock;
use crate::i18n::t;
use crate::ui::theme;

pub fn render(frame: &mut Frame, app: &App, lock: &Lock) {
    let area = frame.area();
    frame.render_widget(Clear, area);
    let w = area.width.saturating_sub(4).min(60);
    let boxed = super::centered(area, w, 7);
    let block = theme::block(t("lock-title"));
    let inner = block.inner(boxed);
    frame.render_widget(block, boxed);
    let [text, field, note] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let ask = if app.encrypted {
        t("lock-ask_passphrase")
    } else {
        t("lock-ask_confirm")
    };
    frame.render_widget(Paragraph::new(ask).wrap(Wrap { trim: true }), text);
    if app.encrypted {
        frame.render_widget(lock.passphrase.textarea(), field);
    }
    let note_text = if lock.checking {
        Span::styled(t("lock-checking"), theme::dim())
    } else if lock.refused {
        Span::styled(t("lock-refused"), theme::error())
    } else {
        Span::styled(t("lock-kept"), theme::dim())
    };
    frame.render_widget(Paragraph::new(Line::from(note_text)), note);
}
