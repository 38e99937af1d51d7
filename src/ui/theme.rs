//! Colours and styles in one place. Sixteen-colour ANSI only: municipal SSH clients vary.
//!
//! Three themes: the default colours, a high-contrast one, and a monochrome one that
//! draws with modifiers only (reverse video, bold, underline). `NO_COLOR` chooses the
//! monochrome theme: crossterm answers `NO_COLOR` by sending a reset where a colour
//! would go, which also wipes reverse video and bold, so colours are never sent then.

use std::cell::Cell;

use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Block, BorderType, Borders};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Default,
    HighContrast,
    Monochrome,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Default, Theme::HighContrast, Theme::Monochrome];

    /// The name in the config file.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Default => "default",
            Theme::HighContrast => "high-contrast",
            Theme::Monochrome => "monochrome",
        }
    }

    pub fn from_name(name: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The theme to draw with: monochrome when `NO_COLOR` is set to anything non-empty
    /// (<https://no-color.org>), else the configured one.
    pub fn choose(configured: Theme, no_color: Option<&std::ffi::OsStr>) -> Theme {
        match no_color {
            Some(v) if !v.is_empty() => Theme::Monochrome,
            _ => configured,
        }
    }
}

thread_local! {
    /// Per thread, so that tests drawing in parallel each keep their own.
    static CURRENT: Cell<Theme> = const { Cell::new(Theme::Default) };
}

/// Draws with `theme` from now on (on this thread, the one that draws).
pub fn set(theme: Theme) {
    CURRENT.with(|c| c.set(theme));
}

pub fn current() -> Theme {
    CURRENT.with(Cell::get)
}

/// `colour` in the default theme, `high` in the high-contrast one, `mono` (modifiers
/// only) in the monochrome one.
fn pick(colour: Style, high: Style, mono: Style) -> Style {
    match current() {
        Theme::Default => colour,
        Theme::HighContrast => high,
        Theme::Monochrome => mono,
    }
}

const BOLD: Modifier = Modifier::BOLD;

pub fn title() -> Style {
    Style::new().add_modifier(BOLD)
}
pub fn dim() -> Style {
    pick(
        Style::new().fg(Color::DarkGray),
        Style::new().fg(Color::Gray),
        Style::new(),
    )
}
pub fn header() -> Style {
    pick(
        Style::new().fg(Color::Cyan).add_modifier(BOLD),
        Style::new()
            .fg(Color::White)
            .add_modifier(BOLD | Modifier::UNDERLINED),
        Style::new().add_modifier(BOLD | Modifier::UNDERLINED),
    )
}
pub fn selected() -> Style {
    pick(
        Style::new()
            .bg(Color::Blue)
            .fg(Color::White)
            .add_modifier(BOLD),
        Style::new()
            .bg(Color::Yellow)
            .fg(Color::Black)
            .add_modifier(BOLD),
        Style::new().add_modifier(Modifier::REVERSED | BOLD),
    )
}
pub fn tab_active() -> Style {
    pick(
        Style::new()
            .fg(Color::Black)
            .bg(Color::Cyan)
            .add_modifier(BOLD),
        Style::new()
            .fg(Color::Black)
            .bg(Color::White)
            .add_modifier(BOLD),
        Style::new().add_modifier(Modifier::REVERSED | BOLD),
    )
}
/// Keys in the footer and help, and the border of the focused pane.
pub fn key() -> Style {
    pick(
        Style::new().fg(Color::Yellow).add_modifier(BOLD),
        Style::new().fg(Color::LightYellow).add_modifier(BOLD),
        Style::new().add_modifier(BOLD),
    )
}
pub fn ok() -> Style {
    pick(
        Style::new().fg(Color::Green),
        Style::new().fg(Color::LightGreen),
        Style::new(),
    )
}
pub fn warning() -> Style {
    pick(
        Style::new().fg(Color::Yellow),
        Style::new().fg(Color::LightYellow).add_modifier(BOLD),
        Style::new().add_modifier(BOLD),
    )
}
pub fn error() -> Style {
    pick(
        Style::new().fg(Color::Red).add_modifier(BOLD),
        Style::new().fg(Color::LightRed).add_modifier(BOLD),
        Style::new().add_modifier(BOLD | Modifier::UNDERLINED),
    )
}

/// A label's style: its colour where there is colour, bold in any case (the label's
/// text says which it is).
fn label(colour: Color) -> Style {
    let s = Style::new().add_modifier(BOLD);
    match current() {
        Theme::Monochrome => s,
        _ => s.fg(colour),
    }
}

/// Colour of a TLP label, as the standard prints them.
pub fn tlp(t: crate::domain::sharing::Tlp) -> Style {
    use crate::domain::sharing::Tlp::*;
    match t {
        Red => label(Color::Red),
        AmberStrict | Amber => label(Color::Yellow),
        Green => label(Color::Green),
        Clear => label(Color::White),
    }
}

pub fn pap(p: crate::domain::sharing::Pap) -> Style {
    use crate::domain::sharing::Pap::*;
    match p {
        Red => label(Color::Red),
        Amber => label(Color::Yellow),
        Green => label(Color::Green),
        Clear => label(Color::White),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every style of the monochrome theme uses modifiers only, and the selection is
    /// reverse video.
    #[test]
    fn monochrome_has_no_colour() {
        set(Theme::Monochrome);
        use crate::domain::sharing::{Pap, Tlp};
        let styles = [
            title(),
            dim(),
            header(),
            selected(),
            tab_active(),
            key(),
            ok(),
            warning(),
            error(),
            tlp(Tlp::Red),
            tlp(Tlp::Green),
            pap(Pap::Amber),
        ];
        for s in styles {
            assert_eq!((s.fg, s.bg), (None, None), "{s:?}");
        }
        assert!(selected().add_modifier.contains(Modifier::REVERSED));
        set(Theme::Default);
    }

    #[test]
    fn no_color_chooses_monochrome_when_not_empty() {
        use std::ffi::OsStr;
        let hc = Theme::HighContrast;
        assert_eq!(Theme::choose(hc, Some(OsStr::new("1"))), Theme::Monochrome);
        assert_eq!(Theme::choose(hc, Some(OsStr::new(""))), hc);
        assert_eq!(Theme::choose(hc, None), hc);
        for t in Theme::ALL {
            assert_eq!(Theme::from_name(t.name()), Some(t));
        }
    }
}
