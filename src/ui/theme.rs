//! Colours and styles in one place. Sixteen-colour ANSI only: municipal SSH clients vary.

use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Block, BorderType, Borders};

pub fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}
pub fn dim() -> Style {
    Style::new().fg(Color::DarkGray)
}
pub fn header() -> Style {
    Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
}
pub fn selected() -> Style {
    Style::new()
        .bg(Color::Blue)
        .fg(Color::White)
        .add_modifier(Modifier::BOLD)
}
pub fn tab_active() -> Style {
    Style::new()
        .fg(Color::Black)
        .bg(Color::Cyan)
        .add_modifier(Modifier::BOLD)
}
pub fn key() -> Style {
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}
pub fn ok() -> Style {
    Style::new().fg(Color::Green)
}
pub fn warning() -> Style {
    Style::new().fg(Color::Yellow)
}
pub fn error() -> Style {
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
}

/// Colour of a TLP label, as the standard prints them.
pub fn tlp(t: crate::domain::sharing::Tlp) -> Style {
    use crate::domain::sharing::Tlp::*;
    let s = Style::new().add_modifier(Modifier::BOLD);
    match t {
        Red => s.fg(Color::Red),
        AmberStrict | Amber => s.fg(Color::Yellow),
        Green => s.fg(Color::Green),
        Clear => s.fg(Color::White),
    }
}

pub fn pap(p: crate::domain::sharing::Pap) -> Style {
    use crate::domain::sharing::Pap::*;
    let s = Style::new().add_modifier(Modifier::BOLD);
    match p {
        Red => s.fg(Color::Red),
        Amber => s.fg(Color::Yellow),
        Green => s.fg(Color::Green),
        Clear => s.fg(Color::White),
    }
}

pub fn block(title: &str) -> Block<'_> {
    Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(dim())
        .title(ratatui::text::Span::styled(
            format!(" {title} "),
            self::title(),
        ))
}
