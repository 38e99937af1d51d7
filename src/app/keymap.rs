//! Keys as data. The same table drives the handler, the footer and the help screen, so
//! that what is shown is what works.

use std::sync::LazyLock;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Action, Tab};

/// Where a binding applies. The topmost scope gets a key first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Anywhere no overlay is open.
    Global,
    /// In any list.
    List,
    /// The help overlay.
    Help,
    /// A yes/no question.
    Confirm,
}

#[derive(Debug, Clone)]
pub struct Binding {
    pub scope: Scope,
    pub keys: Vec<(KeyCode, KeyModifiers)>,
    /// How the keys are written in the footer and help ("↑/k").
    pub label: &'static str,
    /// Catalogue key of what the binding does.
    pub help: &'static str,
    pub action: Action,
    /// Shown in the footer (the help screen shows every binding).
    pub footer: bool,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

fn b(
    scope: Scope,
    keys: &[(KeyCode, KeyModifiers)],
    label: &'static str,
    help: &'static str,
    action: Action,
    footer: bool,
) -> Binding {
    Binding {
        scope,
        keys: keys.to_vec(),
        label,
        help,
        action,
        footer,
    }
}

static BINDINGS: LazyLock<Vec<Binding>> = LazyLock::new(|| {
    use KeyCode::*;
    use Scope::*;
    vec![
        b(
            Confirm,
            &[(Char('y'), NONE), (Enter, NONE)],
            "y",
            "key.confirm_yes",
            Action::ConfirmQuit,
            true,
        ),
        b(
            Confirm,
            &[(Char('n'), NONE), (Esc, NONE)],
            "n/Esc",
            "key.confirm_no",
            Action::Back,
            true,
        ),
        b(
            Help,
            &[(Esc, NONE), (Char('?'), NONE), (Char('q'), NONE)],
            "Esc",
            "key.close_help",
            Action::Back,
            true,
        ),
        b(
            Help,
            &[(Up, NONE), (Char('k'), NONE)],
            "↑/k",
            "key.scroll_up",
            Action::Up,
            true,
        ),
        b(
            Help,
            &[(Down, NONE), (Char('j'), NONE)],
            "↓/j",
            "key.scroll_down",
            Action::Down,
            true,
        ),
        b(
            List,
            &[(Up, NONE), (Char('k'), NONE)],
            "↑/k",
            "key.up",
            Action::Up,
            true,
        ),
        b(
            List,
            &[(Down, NONE), (Char('j'), NONE)],
            "↓/j",
            "key.down",
            Action::Down,
            true,
        ),
        b(
            List,
            &[(PageUp, NONE)],
            "PgUp",
            "key.page_up",
            Action::PageUp,
            false,
        ),
        b(
            List,
            &[(PageDown, NONE)],
            "PgDn",
            "key.page_down",
            Action::PageDown,
            false,
        ),
        b(
            List,
            &[(Home, NONE), (Char('g'), NONE)],
            "Home/g",
            "key.top",
            Action::Top,
            false,
        ),
        b(
            List,
            &[(End, NONE), (Char('G'), SHIFT), (Char('G'), NONE)],
            "End/G",
            "key.bottom",
            Action::Bottom,
            false,
        ),
        b(
            Global,
            &[(Tab, NONE)],
            "Tab",
            "key.next_tab",
            Action::NextTab,
            true,
        ),
        b(
            Global,
            &[(BackTab, SHIFT), (BackTab, NONE)],
            "S-Tab",
            "key.prev_tab",
            Action::PrevTab,
            false,
        ),
        b(
            Global,
            &[(Char('1'), NONE)],
            "1",
            "key.tab_stakeholders",
            Action::GoTab(super::Tab::Stakeholders),
            false,
        ),
        b(
            Global,
            &[(Char('2'), NONE)],
            "2",
            "key.tab_networks",
            Action::GoTab(super::Tab::Networks),
            false,
        ),
        b(
            Global,
            &[(Char('3'), NONE)],
            "3",
            "key.tab_sessions",
            Action::GoTab(super::Tab::Sessions),
            false,
        ),
        b(
            Global,
            &[(Char('4'), NONE)],
            "4",
            "key.tab_sharing",
            Action::GoTab(super::Tab::Sharing),
            false,
        ),
        b(
            Global,
            &[(Char('r'), KeyModifiers::CONTROL)],
            "C-r",
            "key.reload",
            Action::Reload,
            false,
        ),
        b(
            Global,
            &[(Char('?'), NONE)],
            "?",
            "key.help",
            Action::ToggleHelp,
            true,
        ),
        b(
            Global,
            &[(Esc, NONE)],
            "Esc",
            "key.back",
            Action::Back,
            false,
        ),
        b(
            Global,
            &[(Char('q'), NONE), (Char('c'), KeyModifiers::CONTROL)],
            "q",
            "key.quit",
            Action::Quit,
            true,
        ),
    ]
});

/// Every binding active in `scopes`, topmost scope first.
pub fn bindings_for(scopes: &[Scope]) -> impl Iterator<Item = &'static Binding> + '_ {
    scopes
        .iter()
        .flat_map(|s| BINDINGS.iter().filter(move |b| b.scope == *s))
}

/// The action bound to `key` in the first of `scopes` that binds it.
pub fn lookup(scopes: &[Scope], key: KeyEvent) -> Option<Action> {
    // Terminals disagree on whether Shift accompanies an upper-case letter: compare
    // characters without it.
    let mods = match key.code {
        KeyCode::Char(_) => key.modifiers - KeyModifiers::SHIFT,
        _ => key.modifiers,
    };
    bindings_for(scopes)
        .find(|b| {
            b.keys.iter().any(|&(code, m)| {
                let m = match code {
                    KeyCode::Char(_) => m - KeyModifiers::SHIFT,
                    _ => m,
                };
                code == key.code && m == mods
            })
        })
        .map(|b| b.action.clone())
}

/// Helper for tabs, used by the tab bar to show the digit of each tab.
pub fn tab_digit(tab: Tab) -> char {
    match tab {
        Tab::Stakeholders => '1',
        Tab::Networks => '2',
        Tab::Sessions => '3',
        Tab::Sharing => '4',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn topmost_scope_wins() {
        // Esc closes help rather than meaning "back" globally; q in help closes it too.
        let help = [Scope::Help, Scope::Global];
        assert_eq!(lookup(&help, key(KeyCode::Char('q'))), Some(Action::Back));
        let main = [Scope::List, Scope::Global];
        assert_eq!(lookup(&main, key(KeyCode::Char('q'))), Some(Action::Quit));
        assert_eq!(
            lookup(&main, key(KeyCode::Char('3'))),
            Some(Action::GoTab(Tab::Sessions))
        );
    }

    #[test]
    fn shift_is_ignored_for_letters() {
        let main = [Scope::List, Scope::Global];
        let g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(lookup(&main, g), Some(Action::Bottom));
    }

    #[test]
    fn no_key_is_bound_twice_in_one_scope() {
        for a in BINDINGS.iter() {
            for b in BINDINGS.iter() {
                if std::ptr::eq(a, b) || a.scope != b.scope {
                    continue;
                }
                for k in &a.keys {
                    assert!(!b.keys.contains(k), "{k:?} bound twice in {:?}", a.scope);
                }
            }
        }
    }
}
