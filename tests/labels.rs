//! What the screen says about a label is what the exports enforce: both meanings shown
//! side by side, the distribution rule printed from the data the disclosure function
//! uses, a direct choice of label in the editor, and `TLP:RED` in no file.

use chrono::{DateTime, Utc};
use roundtable::app::{Action, App, Tab};
use roundtable::domain::sharing::Tlp;
use roundtable::export::{Format, minutes};
use roundtable::i18n::t;

mod support;
use support::app::{apply, demo_app, render, screen};

fn at() -> DateTime<Utc> {
    "2026-11-29T10:00:00Z".parse().unwrap()
}

/// Every minutes and feedback sheet of the demo town, for every stakeholder, in both
/// formats: none names `TLP:RED`, not even as a reason something was withheld.
#[test]
fn no_export_of_the_demo_names_tlp_red() {
    let d = roundtable::demo::build(support::today());
    let mut checked = 0;
    for who in &d.stakeholders {
        for fmt in [Format::Md, Format::Txt] {
            for s in &d.sessions {
                let p = minutes::preview(&d, s, who.id);
                let doc = minutes::render(&d, s, who.id, &p, fmt, at(), "anke");
                assert!(
                    !doc.contains("TLP:RED"),
                    "session {} for {}:\n{doc}",
                    s.id,
                    who.id
                );
                checked += 1;
            }
            for c in &d.cases {
                let p = minutes::feedback_preview(&d, c, who.id);
                let doc = minutes::render_feedback(&d, c, who.id, &p, fmt, at(), "anke");
                assert!(
                    !doc.contains("TLP:RED"),
                    "case {} for {}:\n{doc}",
                    c.id,
                    who.id
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "{checked}");
}

/// A RED item withheld from someone who was present is not withheld "because not
/// present": the reason is the RED rule itself.
#[test]
fn red_withheld_from_someone_present_says_why_truly() {
    let d = roundtable::demo::build(support::today());
    let s = d.sessions.iter().find(|s| s.id == 2).unwrap();
    // Samira (12) was present at session 2.
    assert_eq!(
        s.presence_of(12),
        Some(roundtable::domain::session::Presence::Present)
    );
    let p = minutes::preview(&d, s, 12);
    let (_, why) = p
        .withheld
        .iter()
        .find(|(i, _)| i.tlp() == Tlp::Red)
        .expect("a RED item");
    let reason = t(why.key());
    assert!(!reason.contains("present"), "{reason}");
    assert!(!reason.contains("TLP:RED"), "{reason}");
}

/// The minutes' header prints each written label's distribution rule from the same rule
/// data the disclosure function enforces, and need-to-know while that rule is on.
#[test]
fn the_minutes_header_prints_the_enforced_rules() {
    let mut d = roundtable::demo::build(support::today());
    let s = d.sessions.iter().find(|s| s.id == 2).unwrap().clone();
    let p = minutes::preview(&d, &s, 12);
    let doc = minutes::render(&d, &s, 12, &p, Format::Md, at(), "anke");
    let header: String = doc.lines().take(20).collect::<Vec<_>>().join("\n");
    for l in Tlp::ALL.iter().filter(|l| l.distribution().written()) {
        assert!(header.contains(l.as_str()), "{header}");
        assert!(header.contains(t(l.distribution().key())), "{l}: {header}");
        assert!(header.contains(t(l.meaning_key())), "{l}: {header}");
    }
    assert!(header.contains(t("distribution-need_to_know")), "{header}");
    for r in d.sharing_rules.iter_mut() {
        r.active = false;
    }
    let p = minutes::preview(&d, &s, 12);
    let doc = minutes::render(&d, &s, 12, &p, Format::Md, at(), "anke");
    assert!(!doc.contains(t("distribution-need_to_know")), "{doc}");
}

fn sharing_tab() -> App {
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Sharing)]);
    app
}

/// The Sharing tab names both meanings and shows each label's rule beside its standard
/// meaning.
#[test]
fn the_sharing_tab_shows_both_meanings_side_by_side() {
    let app = sharing_tab();
    for (w, h) in [(80, 24), (160, 48)] {
        let s = screen(&app, w, h);
        assert!(s.contains("Standard meaning (FIRST)"), "{s}");
        assert!(s.contains("This network's rule"), "{s}");
        for l in Tlp::ALL {
            let row = s
                .lines()
                .find(|r| r.contains(&format!("{} ", l.as_str())))
                .unwrap_or_else(|| panic!("{l} at {w}x{h}:\n{s}"));
            let rule_start: String = t(l.distribution().key()).chars().take(12).collect();
            assert!(row.contains(&rule_start), "{l} at {w}x{h}: {row}");
        }
    }
    insta::assert_snapshot!("sharing_80x24", render(&app, 80, 24).backend());
    insta::assert_snapshot!("sharing_160x48", render(&app, 160, 48).backend());
}

/// Help on the Sharing tab and in the meeting shows both meanings too.
#[test]
fn help_shows_both_meanings() {
    let mut app = sharing_tab();
    apply(&mut app, [Action::ToggleHelp]);
    let s = screen(&app, 160, 48);
    assert!(s.contains("This network's rule"), "{s}");
    assert!(s.contains(&t("distribution-present")[..20]), "{s}");
}

/// Presses a key the way the runtime does: through the keymap of the layers in force,
/// or as typed text.
fn press(app: &mut App, code: crossterm::event::KeyCode, mods: crossterm::event::KeyModifiers) {
    let key = crossterm::event::KeyEvent::new(code, mods);
    let action = roundtable::app::lookup(&app.scopes(), key)
        .or_else(|| app.takes_text().then_some(Action::Input(key)));
    if let Some(a) = action {
        apply(app, [a]);
    }
}

fn ctrl(app: &mut App, c: char) {
    press(
        app,
        crossterm::event::KeyCode::Char(c),
        crossterm::event::KeyModifiers::CONTROL,
    );
}

fn key(app: &mut App, c: char) {
    press(
        app,
        crossterm::event::KeyCode::Char(c),
        crossterm::event::KeyModifiers::NONE,
    );
}

/// The demo app with next week's meeting (session 3) open, after `change` to the data.
fn meeting_with(change: impl FnOnce(&mut roundtable::domain::dataset::Dataset)) -> App {
    let mut d = support::full_dataset();
    change(&mut d);
    let mut app = App::new(support::today());
    app.effects.clear();
    app.user = "tester".into();
    apply(&mut app, [Action::Loaded(std::sync::Arc::new(d), 1)]);
    apply(
        &mut app,
        [
            Action::GoTab(Tab::Sessions),
            Action::Top,
            Action::OpenMeeting,
        ],
    );
    assert_eq!(app.meeting.as_ref().unwrap().session.id, 3);
    app
}

/// Ctrl-T opens a chooser showing each label's two meanings; one letter picks a label
/// directly, without passing through the others.
#[test]
fn the_chooser_picks_a_label_directly() {
    let mut app = meeting_with(|_| {});
    assert_eq!(app.meeting.as_ref().unwrap().tlp, Tlp::AmberStrict);
    ctrl(&mut app, 't');
    let s = screen(&app, 80, 24);
    for l in Tlp::ALL {
        assert!(s.contains(l.as_str()), "{l}: {s}");
    }
    assert!(s.contains(&t("distribution-nobody")[..20]), "{s}");
    insta::assert_snapshot!("chooser_80x24", render(&app, 80, 24).backend());
    insta::assert_snapshot!("chooser_160x48", render(&app, 160, 48).backend());
    key(&mut app, 'r');
    let m = app.meeting.as_ref().unwrap();
    assert_eq!(m.tlp, Tlp::Red, "one key, straight to RED");
    assert_eq!(app.scopes(), vec![roundtable::app::Scope::Editor], "closed");
    // Typing goes to the editor again, not to the chooser.
    key(&mut app, 'c');
    assert_eq!(app.meeting.as_ref().unwrap().tlp, Tlp::Red);
    assert_eq!(app.meeting.as_ref().unwrap().editor.value(), "c");
    // Arrows and Enter work too; Esc leaves the label as it was.
    ctrl(&mut app, 't');
    press(
        &mut app,
        crossterm::event::KeyCode::Down,
        crossterm::event::KeyModifiers::NONE,
    );
    press(
        &mut app,
        crossterm::event::KeyCode::Enter,
        crossterm::event::KeyModifiers::NONE,
    );
    assert_eq!(app.meeting.as_ref().unwrap().tlp, Tlp::AmberStrict);
    ctrl(&mut app, 't');
    key(&mut app, 'g');
    assert_eq!(app.meeting.as_ref().unwrap().tlp, Tlp::Green);
    ctrl(&mut app, 't');
    press(
        &mut app,
        crossterm::event::KeyCode::Esc,
        crossterm::event::KeyModifiers::NONE,
    );
    assert_eq!(app.meeting.as_ref().unwrap().tlp, Tlp::Green);
}

/// New notes start from the agreement's default label, and the editor says so.
#[test]
fn the_default_label_comes_from_the_agreement_and_the_editor_shows_it() {
    let mut app = meeting_with(|d| d.agreements[0].default_tlp = Tlp::Green);
    assert_eq!(app.meeting.as_ref().unwrap().tlp, Tlp::Green);
    let s = screen(&app, 80, 24);
    let title = s
        .lines()
        .find(|l| l.contains("TLP:GREEN"))
        .unwrap_or_else(|| panic!("{s}"));
    assert!(title.contains(t("meeting-default_label")), "{title}");
    ctrl(&mut app, 't');
    key(&mut app, 'r');
    let s = screen(&app, 80, 24);
    let title = s.lines().find(|l| l.contains("TLP:RED")).unwrap();
    assert!(!title.contains(t("meeting-default_label")), "{title}");
}

/// An absent partner whose minutes are empty because everything kept the AMBER+STRICT
/// default sees why in the preview.
#[test]
fn the_preview_says_why_nothing_goes_to_an_absent_partner() {
    let mut d = support::full_dataset();
    for n in d.notes.iter_mut().filter(|n| n.anchor.session == Some(1)) {
        n.tlp = Tlp::AmberStrict;
    }
    for a in d.actions.iter_mut().filter(|a| a.anchor.session == Some(1)) {
        a.tlp = Tlp::AmberStrict;
    }
    for x in d
        .decisions
        .iter_mut()
        .filter(|x| x.anchor.session == Some(1))
    {
        x.tlp = Tlp::AmberStrict;
    }
    let mut app = App::new(support::today());
    app.effects.clear();
    apply(&mut app, [Action::Loaded(std::sync::Arc::new(d), 1)]);
    apply(&mut app, [Action::GoTab(Tab::Sessions)]);
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.sessions[i].id == 1)
        .unwrap();
    app.view_mut().selected = pos;
    apply(&mut app, [Action::ExportMinutes]);
    support::app::type_text(&mut app, "els van");
    apply(&mut app, [Action::Accept]);
    let p = app.export.as_ref().unwrap();
    assert_eq!(p.recipient, 7);
    assert!(p.included.is_empty());
    let s = screen(&app, 160, 48);
    assert!(
        s.contains("TLP:AMBER+STRICT") && s.contains("was not present"),
        "{s}"
    );
    assert!(s.contains(t("distribution-present")), "{s}");
}

/// Help in the meeting lists both meanings under the keys, at the smallest size too.
#[test]
fn meeting_help_lists_both_meanings() {
    let mut app = meeting_with(|_| {});
    apply(&mut app, [Action::FocusSide, Action::ToggleHelp]);
    let s = screen(&app, 80, 24);
    assert!(s.contains("This network:"), "{s}");
    insta::assert_snapshot!("meeting_help_80x24", render(&app, 80, 24).backend());
}

/// Ctrl-P opens the PAP chooser the same way: one letter, straight to the PAP wanted.
#[test]
fn the_pap_chooser_picks_directly() {
    use roundtable::domain::sharing::Pap;
    let mut app = meeting_with(|_| {});
    assert_eq!(app.meeting.as_ref().unwrap().pap, Pap::Amber);
    ctrl(&mut app, 'p');
    let s = screen(&app, 80, 24);
    for p in Pap::ALL {
        assert!(
            s.contains(p.as_str()) && s.contains(t(p.meaning_key())),
            "{p}: {s}"
        );
    }
    insta::assert_snapshot!("pap_chooser_80x24", render(&app, 80, 24).backend());
    key(&mut app, 'r');
    assert_eq!(
        app.meeting.as_ref().unwrap().pap,
        Pap::Red,
        "not through CLEAR"
    );
    assert_eq!(app.scopes(), vec![roundtable::app::Scope::Editor]);
}

/// Whatever the language: no catalogue text that goes into a written file (minutes,
/// feedback sheets, withheld reasons, distribution rules) names `TLP:RED`.
#[test]
fn no_catalogue_text_for_files_names_tlp_red() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        // A message is its `id = ...` line and the indented lines under it.
        let mut for_files = false;
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" = ").filter(|_| !line.starts_with(' ')) {
                for_files = ["minutes", "feedback", "withheld", "distribution"]
                    .iter()
                    .any(|p| id.trim().starts_with(&format!("{p}-")));
                seen += usize::from(for_files);
            } else if !line.starts_with(' ') {
                for_files = false;
            }
            if for_files {
                assert!(!line.contains("TLP:RED"), "{line}");
            }
        }
    }
    assert!(seen > 20, "{seen}");
}

/// The preview's reason for an item withheld by its label states that label's rule, from
/// the same rule data as the enforcement; the reason texts name no label themselves, so
/// a change of the table cannot leave them naming the wrong one.
#[test]
fn preview_reasons_state_the_rule_of_the_items_label() {
    use roundtable::domain::disclosure::Withheld;
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Sessions)]);
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.sessions[i].id == 2)
        .unwrap();
    app.view_mut().selected = pos;
    apply(&mut app, [Action::ExportMinutes]);
    support::app::type_text(&mut app, "leila");
    apply(&mut app, [Action::Accept]);
    let p = app.export.as_ref().unwrap();
    for l in [Tlp::Amber, Tlp::Green] {
        let line = p
            .withheld
            .iter()
            .find(|w| w.starts_with(&format!("[{l}]")))
            .unwrap_or_else(|| panic!("{l}: {:?}", p.withheld));
        assert!(line.contains(t(l.distribution().key())), "{line}");
    }
    for w in [
        Withheld::NotPresent,
        Withheld::NotInvited,
        Withheld::NotMember,
    ] {
        assert!(!t(w.key()).contains("TLP:"), "{}", t(w.key()));
    }
}
