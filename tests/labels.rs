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
    assert!(header.contains(t("distribution.need_to_know")), "{header}");
    for r in d.sharing_rules.iter_mut() {
        r.active = false;
    }
    let p = minutes::preview(&d, &s, 12);
    let doc = minutes::render(&d, &s, 12, &p, Format::Md, at(), "anke");
    assert!(!doc.contains(t("distribution.need_to_know")), "{doc}");
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
    assert!(s.contains(&t("distribution.present")[..20]), "{s}");
}
