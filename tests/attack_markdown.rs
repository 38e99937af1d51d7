//! Minutes and feedback sheets are read in a mail client or a Markdown viewer. A name, an
//! organisation, a topic or a note written as Markdown must stay text there: no image
//! loaded from elsewhere (a web bug that tells who opens the minutes, when and from
//! where), no disguised link, no inline HTML.

use chrono::{DateTime, Utc};
use roundtable::export::{Format, minutes};

mod support;

fn at() -> DateTime<Utc> {
    "2026-11-29T10:00:00Z".parse().unwrap()
}

const HOSTILE: &str = "Anke ![](https://evil.example/px.png) <img src=\"https://evil.example/i.png\"> [confirm here](https://evil.example/login) **now**";

/// `doc` holds no Markdown image, link, HTML tag or emphasis that a viewer would render:
/// each such sequence is absent, or starts with a backslash-escaped character.
fn assert_inert(doc: &str, what: &str) {
    for live in ["![", "](", "<img", "**now**"] {
        let unescaped = doc
            .match_indices(live)
            .any(|(i, _)| !doc[..i].ends_with('\\'));
        assert!(!unescaped, "{what}: {live} is live in\n{doc}");
    }
}

#[test]
fn markdown_in_names_topics_and_notes_stays_text_in_the_minutes() {
    let mut d = roundtable::demo::build(support::today());
    for s in &mut d.stakeholders {
        s.name = HOSTILE.to_owned();
        s.organisation = HOSTILE.to_owned();
    }
    for n in &mut d.notes {
        n.text = HOSTILE.to_owned();
    }
    for s in &mut d.sessions {
        s.title = HOSTILE.to_owned();
    }
    let mut checked = 0;
    for who in d.stakeholders.iter().take(12) {
        for s in &d.sessions {
            let p = minutes::preview(&d, s, who.id);
            let doc = minutes::render(&d, s, who.id, &p, Format::Md, at(), "anke");
            assert_inert(&doc, &format!("session {} for {}", s.id, who.id));
            checked += usize::from(doc.contains("evil.example"));
        }
        for c in &d.cases {
            let p = minutes::feedback_preview(&d, c, who.id);
            let doc = minutes::render_feedback(&d, c, who.id, &p, Format::Md, at(), "anke");
            assert_inert(&doc, &format!("case {} for {}", c.id, who.id));
        }
    }
    assert!(
        checked > 0,
        "the hostile text reached no document: the test proves nothing"
    );
}

#[test]
fn plain_text_minutes_keep_the_text_as_written() {
    let mut d = roundtable::demo::build(support::today());
    for s in &mut d.stakeholders {
        s.name = HOSTILE.to_owned();
    }
    let s = &d.sessions[1];
    let p = minutes::preview(&d, s, 12);
    let doc = minutes::render(&d, s, 12, &p, Format::Txt, at(), "anke");
    assert!(doc.contains(HOSTILE), "{doc}");
}
