//! The footer at 80×24: keys in order of importance, a cut footer ending in "? more",
//! and every key of the keymap one press away.

use roundtable::app::model::keymap::acts;
use roundtable::app::{Action, App, Binding, Scope, Tab, bindings_for};
use roundtable::i18n::t;

mod support;
use support::app::{apply, demo_app, screen};

/// Every place the footer changes, by name: each tab and view, each layer.
fn states() -> Vec<(&'static str, Vec<Action>)> {
    let meeting = vec![
        Action::GoTab(Tab::Sessions),
        Action::Top,
        Action::OpenMeeting,
    ];
    let with = |mut base: Vec<Action>, more: &[Action]| {
        base.extend_from_slice(more);
        base
    };
    vec![
        ("overview", vec![Action::GoTab(Tab::Overview)]),
        ("stakeholders", vec![]),
        ("stakeholder_detail", vec![Action::Open]),
        ("filter", vec![Action::StartFilter]),
        ("form", vec![Action::New]),
        (
            "one_field_form",
            vec![
                Action::GoTab(Tab::Sessions),
                Action::ToggleActions,
                Action::ActionDueSelected,
            ],
        ),
        (
            "picker",
            vec![
                Action::New,
                Action::NextField,
                Action::NextField,
                Action::NextField,
                Action::OpenPicker,
            ],
        ),
        ("quick_filters", vec![Action::PickQuickFilters]),
        ("help", vec![Action::ToggleHelp]),
        ("messages", vec![Action::ShowMessages]),
        ("networks", vec![Action::GoTab(Tab::Networks)]),
        (
            "trainings",
            vec![Action::GoTab(Tab::Networks), Action::ToggleTrainings],
        ),
        ("sessions", vec![Action::GoTab(Tab::Sessions)]),
        (
            "cases",
            vec![Action::GoTab(Tab::Sessions), Action::ToggleCases],
        ),
        (
            "actions",
            vec![Action::GoTab(Tab::Sessions), Action::ToggleActions],
        ),
        ("sharing", vec![Action::GoTab(Tab::Sharing)]),
        (
            "audit",
            vec![Action::GoTab(Tab::Sharing), Action::ToggleAudit],
        ),
        (
            "export_preview",
            vec![
                Action::GoTab(Tab::Sessions),
                Action::Down,
                Action::ExportMinutes,
                Action::Accept,
            ],
        ),
        ("meeting_editor", meeting.clone()),
        ("meeting_side", with(meeting.clone(), &[Action::FocusSide])),
        (
            "meeting_notes",
            with(meeting.clone(), &[Action::FocusSide, Action::FocusNotes]),
        ),
        (
            "note_search",
            with(
                meeting.clone(),
                &[
                    Action::FocusSide,
                    Action::FocusNotes,
                    Action::StartNoteSearch,
                ],
            ),
        ),
        ("search", vec![Action::StartSearch]),
        ("search_back", search_jump(&[])),
        (
            "meeting_search",
            with(meeting.clone(), &[Action::StartSearch]),
        ),
        ("label_chooser", with(meeting.clone(), &[Action::ChooseTlp])),
        ("pap_chooser", with(meeting.clone(), &[Action::ChoosePap])),
        (
            "confirm",
            with(meeting.clone(), &[Action::FocusSide, Action::CloseSession]),
        ),
        (
            "summary",
            with(
                meeting.clone(),
                &[Action::FocusSide, Action::CloseSession, Action::Yes],
            ),
        ),
    ]
}

fn app_in(actions: &[Action]) -> App {
    let mut app = demo_app();
    apply(&mut app, actions.to_vec());
    app
}

fn footer(app: &App) -> String {
    let s = screen(app, 80, 24);
    let last = s.lines().last().unwrap_or_default();
    last.trim_matches('"').trim_end().to_owned()
}

/// Everything the help screen opened from the state `actions` leads to shows, scrolled
/// from top to bottom.
fn help_screen(actions: &[Action]) -> String {
    let mut app = app_in(actions);
    apply(&mut app, [Action::ToggleHelp]);
    assert!(app.overlay.is_some(), "help opens");
    let mut text = String::new();
    for _ in 0..40 {
        text.push_str(&screen(&app, 80, 24));
        apply(&mut app, [Action::Down]);
    }
    text
}

fn shows(footer: &str, b: &Binding) -> bool {
    footer.contains(&format!("{} {}", b.label, t(b.help)))
}

#[test]
fn every_footer_at_80x24() {
    let mut all = String::new();
    for (name, actions) in states() {
        let app = app_in(&actions);
        all.push_str(&format!("{name:>18}: {}\n", footer(&app)));
    }
    insta::assert_snapshot!("footers_80x24", all);
}

/// A footer that leaves any key of the layer out ends with the help key saying "more",
/// and help, opened with it, lists that key. A layer without a help key shows all of its
/// keys itself.
#[test]
fn every_key_is_in_the_footer_or_behind_more() {
    every_key_shown_or_behind_more();
}

/// The same in Dutch and French, whose words are longer: a key cut from a footer at 80
/// columns is behind "more" there too.
#[test]
fn every_key_is_in_the_footer_or_behind_more_in_dutch_and_french() {
    use roundtable::i18n::{Lang, writing_in};
    for lang in [Lang::Nl, Lang::Fr] {
        writing_in(lang, every_key_shown_or_behind_more);
    }
}

fn every_key_shown_or_behind_more() {
    let lang = roundtable::i18n::lang();
    for (name, actions) in states() {
        let name = format!("{lang:?} {name}");
        let app = app_in(&actions);
        let foot = footer(&app);
        let scopes = app.scopes();
        let help_key = bindings_for(&scopes).find(|b| b.action == Action::ToggleHelp);
        let mut help = None;
        // A key a scope above takes (Esc in the meeting's side) does not act here.
        for b in bindings_for(&scopes).filter(|b| acts(&scopes, b)) {
            if shows(&foot, b) || b.action == Action::ToggleHelp {
                continue;
            }
            if let Some(h) = help_key {
                assert!(
                    foot.ends_with(&format!("{} {}", h.label, t("key-more")))
                        || foot.contains(&format!("{} {}  q", h.label, t("key-more"))),
                    "{name}: {} hidden, footer has no \"{} more\": {foot}",
                    b.label,
                    h.label
                );
                let text = help.get_or_insert_with(|| help_screen(&actions));
                // Up to a slash: a long word breaks after one (labels::wrap).
                let first_word = (t(b.help).split([' ', '/'])).next().unwrap_or_default();
                assert!(
                    text.contains(&format!("{:>7}  {first_word}", b.label)),
                    "{name}: {} ({}) is neither in the footer nor in help\n{}",
                    b.label,
                    b.help,
                    text.lines().take(24).collect::<Vec<_>>().join("\n")
                );
            } else if b.scope == Scope::Help {
                // Help lists its own keys, last ("more" there would lead nowhere).
                let mut app = app_in(&actions);
                let mut text = String::new();
                for _ in 0..40 {
                    text.push_str(&screen(&app, 80, 24));
                    apply(&mut app, [Action::Down]);
                }
                let first_word = (t(b.help).split([' ', '/'])).next().unwrap_or_default();
                assert!(
                    text.contains(&format!("{:>7}  {first_word}", b.label)),
                    "{name}: help does not list its own {}:\n{text}",
                    b.label
                );
            } else {
                // Only the choosers draw their own keys beside what each one picks, and
                // a picker its paging keys, with what they do, on its count line when
                // its matches do not all fit.
                let s = screen(&app, 80, 24);
                let drawn = match b.scope {
                    Scope::LabelChooser | Scope::PapChooser => Some(format!("{}  ", b.label)),
                    Scope::Picker => Some(format!("{} {}", b.label, t(b.help))),
                    _ => None,
                };
                let p = app.picker.as_ref();
                let all_fit = p.is_some_and(|p| p.matches.len() <= p.page.get());
                let paging = matches!(b.action, Action::PageUp | Action::PageDown);
                assert!(
                    drawn.is_some_and(|d| s.contains(&d)) || (paging && all_fit),
                    "{name}: {} ({}) not in the footer, and no help key: {foot}",
                    b.label,
                    b.help
                );
            }
        }
    }
}

/// Help opened over each state where it opens, by the state's name.
fn helps() -> Vec<(&'static str, App)> {
    let mut out = Vec::new();
    for (name, actions) in states() {
        let mut app = app_in(&actions);
        apply(&mut app, [Action::ToggleHelp]);
        if app.scopes() == vec![Scope::Help] {
            out.push((name, app));
        }
    }
    out
}

/// Help names each binding by the key its label writes (`Esc`): that key, pressed where
/// help was opened, does what help says, not what another scope's binding of the same
/// key does (from the meeting's side, Esc leaves the meeting; it does not go "back to
/// attendance", the notes pane's Esc).
#[test]
fn every_key_help_names_does_what_help_says() {
    use crossterm::event::KeyEvent;
    use roundtable::app::model::keymap::binding_for;
    for (name, app) in helps() {
        let scopes = app.help_scopes();
        for b in roundtable::ui::widgets::help::listed(&app) {
            let (code, mods) = b.keys[0];
            let reached = binding_for(&scopes, KeyEvent::new(code, mods));
            assert!(
                reached.is_some_and(|r| std::ptr::eq(r, b)),
                "{name}: help says {} {}, but {} does {:?}",
                b.label,
                t(b.help),
                b.label,
                reached.map(|r| t(r.help))
            );
        }
    }
}

/// The other way round: every key that does something where help was opened does what
/// a line of help says (an alias such as C-PageDown for `n` does what `n` does). A
/// binding whose first key a scope above takes (Esc in the meeting's side) must not act
/// through its other keys (← and h) unnamed.
#[test]
fn every_key_that_acts_is_one_help_names() {
    use crossterm::event::KeyEvent;
    use roundtable::app::model::keymap::binding_for;
    for (name, app) in helps() {
        let scopes = app.help_scopes();
        let listed = roundtable::ui::widgets::help::listed(&app);
        for b in bindings_for(&scopes) {
            for &(code, mods) in &b.keys {
                let Some(r) = binding_for(&scopes, KeyEvent::new(code, mods)) else {
                    continue;
                };
                assert!(
                    listed
                        .iter()
                        .any(|l| l.help == r.help && l.action == r.action),
                    "{name}: {mods:?} {code:?} does {:?} ({}), which help does not list",
                    r.action,
                    t(r.help)
                );
            }
        }
    }
}

/// Every binding of the keymap is in one of the states above: the test above then holds
/// it to the footer or to help.
#[test]
fn the_states_cover_every_scope_of_the_keymap() {
    let mut seen = std::collections::BTreeSet::new();
    for (_, actions) in states() {
        seen.extend(app_in(&actions).scopes());
    }
    seen.extend(locked().scopes());
    let all: std::collections::BTreeSet<Scope> =
        roundtable::app::model::keymap::all_scopes().collect();
    let missing: Vec<_> = all.difference(&seen).collect();
    assert!(missing.is_empty(), "no state reaches {missing:?}");
}

/// The hint under a form names what Enter does in the field in focus: the next field in
/// a plain field, saving in a one-field form; "choose" only where there is a list.
#[test]
fn a_plain_fields_hint_says_what_enter_does() {
    let hint = |actions: &[Action]| {
        let s = screen(&app_in(actions), 80, 24);
        s.lines()
            .find(|l| l.contains("Esc cancel"))
            .unwrap_or_default()
            .to_owned()
    };
    let name_field = hint(&[Action::New]);
    assert!(name_field.contains("Enter next field"), "{name_field}");
    let one_field = hint(&[
        Action::GoTab(Tab::Sessions),
        Action::ToggleActions,
        Action::ActionDueSelected,
    ]);
    assert!(one_field.contains("Enter save"), "{one_field}");
    assert!(!one_field.contains("choose"), "{one_field}");
}

/// The lock screen after the idle time.
fn locked() -> App {
    let mut app = app_in(&[]);
    app.idle_lock = Some(chrono::Duration::seconds(1));
    apply(&mut app, [Action::Tick]);
    app.now += chrono::Duration::seconds(2);
    apply(&mut app, [Action::Tick]);
    app
}

/// The lock screen has no footer: it names its one key itself.
#[test]
fn the_lock_screen_names_its_key() {
    let app = locked();
    let s = screen(&app, 80, 24);
    for b in bindings_for(&app.scopes()) {
        assert!(
            s.contains(b.label),
            "{} not on the lock screen:\n{s}",
            b.label
        );
    }
}

/// A form's hint at 80 columns in Dutch and French, on a field with many keys (the
/// sector of the new-stakeholder form, a choice): the same keys are left out in both (moving between
/// fields first), by their place in the hint; save and cancel stay.
#[test]
fn a_forms_hint_leaves_out_the_same_keys_in_dutch_and_french_at_80_columns() {
    use roundtable::app::model::form::FieldKind;
    use roundtable::i18n::{Lang, writing_in};
    use roundtable::ui::widgets::form_hint::{hint, keys};
    let mut shown = Vec::new();
    for lang in [Lang::Nl, Lang::Fr] {
        let mut app = support::app::demo_app_in(lang);
        let next = Action::NextField;
        apply(&mut app, [Action::New, next.clone(), next.clone(), next]);
        let form = app.form.as_ref().expect("the form is open");
        let kind = &form.focused().kind;
        assert!(matches!(kind, FieldKind::Choice(_)), "{kind:?}");
        let h = hint(kind, form.fields.len());
        assert_eq!(h.drop.len(), 5, "{}", h.key);
        let screen = writing_in(lang, || screen(&app, 80, 24));
        let line = (screen.lines())
            .find(|l| l.contains(keys(h, lang)[h.drop.len() - 1]))
            .unwrap_or_else(|| panic!("{lang:?}: no hint:\n{screen}"));
        let kept: Vec<usize> = (keys(h, lang).iter().enumerate())
            .filter(|(_, k)| line.contains(*k))
            .map(|(i, _)| i)
            .collect();
        assert!(
            kept.len() < h.drop.len(),
            "{lang:?}: nothing left out: {line}"
        );
        for (i, d) in h.drop.iter().enumerate() {
            assert!(
                *d > 0 || kept.contains(&i),
                "{lang:?}: key {i} left out: {line}"
            );
        }
        shown.push(kept);
    }
    assert_eq!(shown[0], shown[1], "Dutch and French keep other keys");
}

/// C-f, "e" typed and Enter on the first hit, from the state `before` leads to.
fn search_jump(before: &[Action]) -> Vec<Action> {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let e = KeyEvent::new(KeyCode::Char('e'), KeyModifiers::NONE);
    let mut all = before.to_vec();
    all.extend([Action::StartSearch, Action::Input(e), Action::Open]);
    all
}

/// Where a jump of the search led, the footer says what Esc does there: back to the
/// search, and nothing else for Esc (the list's or the meeting's Esc is not shown).
#[test]
fn after_a_jump_the_footer_says_esc_goes_back_to_the_search() {
    let back = format!("Esc {}", t("key-back_to_search"));
    for before in [
        vec![],
        vec![
            Action::GoTab(Tab::Sessions),
            Action::Top,
            Action::OpenMeeting,
        ],
    ] {
        let app = app_in(&search_jump(&before));
        assert!(app.search_back.is_some(), "a jump");
        let foot = footer(&app);
        assert!(foot.starts_with(&back), "{foot}");
        assert_eq!(foot.matches("Esc ").count(), 1, "{foot}");
    }
    // A person's detail, whose own Esc goes back to the list.
    let mut app = app_in(&search_jump(&[]));
    apply(&mut app, [Action::Back]);
    let s = app.search.as_mut().expect("back in the search");
    let kind = roundtable::app::model::search::HitKind::Stakeholder;
    s.selected = (s.hits.iter())
        .position(|h| s.corpus.records[h.record].kind == kind)
        .unwrap();
    apply(&mut app, [Action::Open]);
    assert!(app.zoom && app.tab == Tab::Stakeholders);
    let foot = footer(&app);
    assert!(foot.starts_with(&back), "{foot}");
    assert_eq!(foot.matches("Esc ").count(), 1, "{foot}");
}
