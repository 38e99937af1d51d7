use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::{App, Binding, Scope, bindings_for};
use crate::i18n::t;
use crate::ui::theme;

fn width(b: &Binding) -> usize {
    b.label.chars().count() + t(b.help).chars().count() + 3
}

fn spans(b: &'static Binding) -> [Span<'static>; 4] {
    [
        Span::styled(b.label, theme::key()),
        Span::raw(" "),
        Span::styled(t(b.help), theme::dim()),
        Span::raw("  "),
    ]
}

/// The keys of the current view, from the same keymap the handler uses. Help and quit
/// always fit; the view's own keys fill the rest in keymap order.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let scopes = app.scopes();
    let (essential, own): (Vec<&Binding>, Vec<&Binding>) = bindings_for(&scopes)
        .filter(|b| b.footer)
        .partition(|b| b.scope == Scope::Global && b.action != crate::app::Action::NextTab);
    let mut room = (area.width as usize).saturating_sub(essential.iter().map(|b| width(b)).sum());
    let mut out = Vec::new();
    for b in own {
        if width(b) > room {
            break;
        }
        room -= width(b);
        out.extend(spans(b));
    }
    for b in essential {
        out.extend(spans(b));
    }
    frame.render_widget(Paragraph::new(Line::from(out)), area);
}
