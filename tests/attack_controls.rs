//! A partner opens the minutes, the agenda or a feedback sheet in a terminal (`cat`,
//! `less -R`) or a Markdown viewer. An escape sequence or a bidirectional control typed
//! into a name, a place, a topic, a session title or a note (first written or corrected)
//! must not reach any of them, in any language or format.

use chrono::{DateTime, Utc};
use roundtable::domain::correction::{Correction, correct};
use roundtable::domain::session::AgendaSubject;
use roundtable::export::{Format, agenda, minutes};
use roundtable::i18n::Lang;

mod support;

fn at() -> DateTime<Utc> {
    "2026-11-29T10:00:00Z".parse().unwrap()
}

/// What a note said before it was corrected: no export holds it any more.
const OLD: &str = "superseded wording";

/// Retitles the window, clears the screen, reverses what follows, hides behind isolates.
const HOSTILE: &str =
    "Anke\u{1b}]0;pwned\u{7}\u{1b}[2J \u{202E}fdp.exe\u{2066}x\u{2069}\u{200F}\u{9b}31m";

/// The first character a terminal would interpret rather than print, if any.
fn hostile_in(doc: &str) -> Option<char> {
    doc.chars().find(|&c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
            || matches!(
                c,
                '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2028}' | '\u{2029}'
            )
    })
}

fn hostile_town() -> roundtable::domain::dataset::Dataset {
    let mut d = roundtable::demo::build(support::today());
    for s in &mut d.stakeholders {
        s.name = format!("{}{HOSTILE}", s.name);
        s.organisation = HOSTILE.to_owned();
    }
    for s in &mut d.sessions {
        s.title = HOSTILE.to_owned();
        s.place = Some(HOSTILE.to_owned());
        for item in &mut s.agenda {
            if let AgendaSubject::Topic(t) = &mut item.subject {
                *t = HOSTILE.to_owned();
            }
        }
    }
    for c in &mut d.cases {
        c.summary = HOSTILE.to_owned();
    }
    for n in &mut d.notes {
        let mut c = Correction::of(n);
        c.text = format!("{HOSTILE} corrected");
        n.text = format!("{OLD} {HOSTILE}");
        if let Ok(corrected) = correct(n, c, "anke", at()) {
            *n = corrected;
        }
    }
    assert!(
        d.notes.iter().any(|n| !n.revisions.is_empty()),
        "no note was corrected: the test proves nothing"
    );
    d
}

#[test]
fn no_control_or_bidi_character_reaches_an_export_in_any_language() {
    let d = hostile_town();
    let mut reached = 0;
    for lang in [Lang::En, Lang::Nl, Lang::Fr] {
        for fmt in [Format::Md, Format::Txt] {
            for who in d.stakeholders.iter().take(12) {
                for s in &d.sessions {
                    let p = minutes::preview(&d, s, who.id);
                    let doc = minutes::render_in(lang, &d, s, who.id, &p, fmt, at(), "anke");
                    let what = format!("minutes {} for {} ({lang:?})", s.id, who.id);
                    assert_eq!(hostile_in(&doc), None, "{what}:\n{doc:?}");
                    assert!(
                        !doc.contains(OLD),
                        "{what} holds a corrected note's old text"
                    );
                    reached += usize::from(doc.contains("pwned"));
                    // No agenda at all for one not at the table (tests/agenda.rs).
                    if let Ok(p) = agenda::preview(&d, s, who.id) {
                        let doc = agenda::render_in(lang, &d, s, who.id, &p, fmt, at(), "anke");
                        let what = format!("agenda {} for {} ({lang:?})", s.id, who.id);
                        assert_eq!(hostile_in(&doc), None, "{what}:\n{doc:?}");
                        assert!(
                            !doc.contains(OLD),
                            "{what} holds a corrected note's old text"
                        );
                    }
                }
                for c in &d.cases {
                    let p = minutes::feedback_preview(&d, c, who.id);
                    let doc =
                        minutes::render_feedback_in(lang, &d, c, who.id, &p, fmt, at(), "anke");
                    let what = format!("feedback {} for {} ({lang:?})", c.id, who.id);
                    assert_eq!(hostile_in(&doc), None, "{what}:\n{doc:?}");
                    assert!(
                        !doc.contains(OLD),
                        "{what} holds a corrected note's old text"
                    );
                }
            }
        }
    }
    assert!(reached > 0, "the hostile text reached no document");
}

/// A note exported GREEN, then corrected to RED: the next minutes, agenda or feedback for
/// the same partner hold its text in neither version, in any language or format.
#[test]
fn a_note_relabelled_red_after_an_export_is_withheld_from_the_next_in_any_language() {
    use roundtable::domain::disclosure::Item;
    use roundtable::domain::sharing::Tlp;
    let mut d = roundtable::demo::build(support::today());
    let (session, who, id) = d
        .sessions
        .iter()
        .flat_map(|s| d.stakeholders.iter().map(move |p| (s, p.id)))
        .find_map(|(s, who)| {
            let p = minutes::preview(&d, s, who);
            p.included.iter().find_map(|i| match i {
                Item::Note(n) if n.tlp == Tlp::Green && n.source != Some(who) => {
                    Some((s.id, who, n.id))
                }
                _ => None,
            })
        })
        .expect("a GREEN note some partner receives");
    let i = d.notes.iter().position(|n| n.id == id).unwrap();
    let before = d.notes[i].text.clone();
    let mut c = Correction::of(&d.notes[i]);
    c.tlp = Tlp::Red;
    c.text = format!("{before} (corrected)");
    d.notes[i] = correct(&d.notes[i], c, "anke", at()).unwrap();
    let s = d.sessions.iter().find(|s| s.id == session).unwrap();
    for lang in [Lang::En, Lang::Nl, Lang::Fr] {
        for fmt in [Format::Md, Format::Txt] {
            let p = minutes::preview(&d, s, who);
            assert!(!p.included_keys().contains(&format!("note:{id}")));
            let doc = minutes::render_in(lang, &d, s, who, &p, fmt, at(), "anke");
            assert!(
                !doc.contains(&before),
                "{lang:?}: the note is still in\n{doc}"
            );
            for c in &d.cases {
                let p = minutes::feedback_preview(&d, c, who);
                let doc = minutes::render_feedback_in(lang, &d, c, who, &p, fmt, at(), "anke");
                assert!(!doc.contains(&before), "{lang:?}: feedback holds it\n{doc}");
            }
        }
    }
}
