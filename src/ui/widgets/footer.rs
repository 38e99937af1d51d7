//! The footer: the keys of the layer on top, from the same keymap the handler uses.
//!
//! Keys appear in the keymap's order, which is their order of importance within a scope
//! (the topmost scope first). Help and quit always fit, at the end. When any key of the
//! scopes in force is not shown, the help key reads "more" instead of "help": every key
//! is then one press away, in the help screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{Action, App, Binding, bindings_for};
use crate::i18n::t;
use crate::ui::theme;

/// What the footer shows: the bindings in order, and whether some were left out.
pub struct FooterKeys {
    pub shown: Vec<&'static Binding>,
    /// Keys of the scopes in force that are not in `shown`: help says "more".
    pub cut: bool,
}

fn width(label: &str, text: &str) -> usize {
    label.chars().count() + text.chars().count() + 3
}

/// The text beside a binding: "more" on the help key when something was left out.
pub fn text_of(b: &Binding, cut: bool) -> String {
    if cut && b.action == Action::ToggleHelp {
        t("key-more").to_owned()
    } else {
        t(b.help).to_owned()
    }
}

/// The keys that fit in `room` columns for the scopes in force.
pub fn keys(app: &App, room: usize) -> FooterKeys {
    let scopes = app.scopes();
    let all: Vec<&'static Binding> = bindings_for(&scopes).collect();
    let help = all.iter().copied().find(|b| b.action == Action::ToggleHelp);
    let quit = all
        .iter()
        .copied()
        .find(|b| b.action == Action::Quit && b.footer);
    let tail: Vec<&'static Binding> = help.into_iter().chain(quit).collect();
    let tail_width: usize = tail
        .iter()
        .map(|b| width(b.label, &text_of(b, true)).max(width(b.label, t(b.help))))
        .sum();
    let mut room = room.saturating_sub(tail_width);
    let mut shown = Vec::new();
    for (i, b) in all.iter().copied().enumerate().filter(|(_, b)| b.footer) {
        if shadowed(b, &all[..i]) {
            continue;
        }
        if tail.iter().any(|x| std::ptr::eq(*x, b)) {
            continue;
        }
        let w = width(b.label, t(b.help));
        if w > room {
            break;
        }
        room -= w;
        shown.push(b);
    }
    let cut = all
        .iter()
        .any(|b| !shown.iter().chain(&tail).any(|s| std::ptr::eq(*s, *b)));
    shown.extend(tail);
    FooterKeys { shown, cut }
}

/// Whether the key `b` is shown with (its first) is taken by a binding of a scope above
/// it that the footer shows (`before`): the footer would name two meanings for one key
/// (Esc back to the search over Esc back to the list).
fn shadowed(b: &Binding, before: &[&Binding]) -> bool {
    b.keys.first().is_some_and(|k| {
        (before.iter()).any(|o| o.footer && o.scope != b.scope && o.keys.contains(k))
    })
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let FooterKeys { shown, cut } = keys(app, area.width as usize);
    let mut out = Vec::new();
    for b in shown {
        out.extend([
            Span::styled(b.label, theme::key()),
            Span::raw(" "),
            Span::styled(text_of(b, cut), theme::dim()),
            Span::raw("  "),
        ]);
    }
    frame.render_widget(Paragraph::new(Line::from(out)), area);
}
