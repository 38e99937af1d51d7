//! The tab bar in every language, at 80 and 160 columns: the active tab's name is whole,
//! and no other tab's name is cut off at the edge (it is whole, or the digit alone).
//! A test binary of its own: it switches the process-wide interface language.

use roundtable::app::{Action, Tab};
use roundtable::i18n::{Lang, set_lang, t};

mod support;
use support::app::{apply, demo_app, screen};

#[test]
fn no_tab_name_is_cut_off_in_any_language() {
    for lang in Lang::ALL {
        set_lang(lang);
        for width in [80, 160] {
            for active in Tab::ALL {
                let mut app = demo_app();
                apply(&mut app, [Action::GoTab(active)]);
                let s = screen(&app, width, 24);
                let bar = s.lines().next().unwrap();
                for tab in Tab::ALL {
                    let digit = roundtable::app::tab_digit(tab);
                    let name = t(tab.title_key());
                    let whole = bar.contains(&format!("{digit} {name}"));
                    if tab == active {
                        assert!(whole, "{lang:?} {width}: active {name} cut:\n{bar}");
                        continue;
                    }
                    let start: String = name.chars().take(1).collect();
                    let cut = !whole && bar.contains(&format!("{digit} {start}"));
                    assert!(!cut, "{lang:?} {width}: {name} cut off:\n{bar}");
                    assert!(
                        bar.contains(&format!(" {digit} ")),
                        "{lang:?}: no {digit}\n{bar}"
                    );
                }
            }
        }
    }
    set_lang(Lang::En);
}
