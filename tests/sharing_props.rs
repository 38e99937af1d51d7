//! Property test of the sharing rules: over random sessions, attendances, labels, cases,
//! protected sources, actions and decisions taken from notes, `@mentions` and recipients,
//! every preview and export matches an oracle written here, independently of
//! `domain::disclosure`: each label's distribution rule, the need-to-know rule, feedback
//! sheets, and protected sources (whatever a protected-source note spawned names nobody;
//! moving the source to another person who was present changes no byte of any export),
//! and one person's own export (`export person`) shows of the items that concern them
//! exactly what minutes for them would. The same worlds hold the other kinds (routed
//! concerns about partners and cases, trainings, exchange meetings, the contact log,
//! step-1 moves, who introduced whom, consent), each checked against the rule of where it
//! may go (`check_other_kinds`).
//!
//! 10,000 worlds by default; `ROUNDTABLE_LONG=1 cargo test --test sharing_props` runs
//! 200,000.

use chrono::{DateTime, NaiveDate, Utc};
use proptest::prelude::*;
use roundtable::domain::Meta;
use roundtable::domain::case::{Case, CaseRef, CaseStatus};
use roundtable::domain::dataset::Dataset;
use roundtable::domain::disclosure::{Item, Withheld};
use roundtable::domain::network::{Member, MiniNetwork, NetworkKind};
use roundtable::domain::note::{
    ActionItem, ActionStatus, Anchor, Decision, Note, NoteRevision, Retraction,
};
use roundtable::domain::pipeline::Consent;
use roundtable::domain::session::{
    AgendaItem, AgendaSubject, Attendance, Presence, Session, SessionStatus,
};
use roundtable::domain::sharing::{Pap, RuleKind, SharingAgreement, SharingRule, Tlp};
use roundtable::domain::stakeholder::{Stakeholder, Tier};
use roundtable::export::{Format, agenda, minutes, person};

/// A tiny deterministic generator, so that a failing seed rebuilds the same world.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

fn meta() -> Meta {
    let mut m = Meta::new("p", DateTime::<Utc>::UNIX_EPOCH);
    m.touch("p", DateTime::<Utc>::UNIX_EPOCH);
    m
}

/// Every other name ends in a letter of two bytes, as "Zoë" does.
fn name(i: u64) -> String {
    let last = if i.is_multiple_of(2) { 'Ë' } else { 'X' };
    format!("PERS{i:02}{last}")
}
fn org(i: u64) -> String {
    format!("ORGA{i:02}Z")
}

const PEOPLE: u64 = 8;

/// `token`, sometimes followed by an `@mention` of someone.
fn with_mention(r: &mut Rng, token: String) -> String {
    if r.chance(30) {
        format!("{token} with @{}", name(1 + r.below(PEOPLE)))
    } else {
        token
    }
}

fn world(seed: u64) -> (Dataset, u64) {
    let mut r = Rng(seed | 1);
    let mut d = Dataset::default();
    for i in 1..=PEOPLE {
        d.stakeholders.push(Stakeholder {
            id: i,
            meta: meta(),
            name: name(i),
            organisation: org(i),
            ..Stakeholder::blank()
        });
    }
    let members = (1..=PEOPLE).filter(|_| r.chance(50)).map(|s| Member {
        stakeholder: s,
        role: String::new(),
        brings: String::new(),
        gains: String::new(),
    });
    d.networks.push(MiniNetwork {
        id: 1,
        meta: meta(),
        name: "net".into(),
        kind: NetworkKind::Sector,
        tier: Tier::Practitioner,
        shared_goal: String::new(),
        vision: String::new(),
        selection_criteria: String::new(),
        lead: None,
        contact_point: None,
        members: members.collect(),
        wanted_sectors: vec![],
        sub_networks: vec![],
        archived: false,
    });
    let cases = r.below(3);
    for c in 1..=cases {
        d.cases.push(Case {
            id: c,
            meta: meta(),
            reference: CaseRef {
                year: 2026,
                number: c as u16,
            },
            status: CaseStatus::InDiscussion,
            referred_by: r.chance(70).then(|| 1 + r.below(PEOPLE)),
            lead: r.chance(70).then(|| 1 + r.below(PEOPLE)),
            review_date: None,
            summary: String::new(),
            closure: None,
            history: vec![],
        });
    }
    let sessions = 1 + r.below(2);
    for s in 1..=sessions {
        let invitees: Vec<u64> = (1..=PEOPLE).filter(|_| r.chance(60)).collect();
        let attendance = (1..=PEOPLE)
            .filter_map(|p| {
                let presence = match r.below(4) {
                    0 => return None,
                    1 => Presence::Present,
                    2 => Presence::Excused,
                    _ => Presence::Absent,
                };
                Some(Attendance {
                    stakeholder: p,
                    presence,
                })
            })
            .collect();
        let mut agenda = vec![AgendaItem {
            item: 1,
            subject: AgendaSubject::Topic(format!("TOPIC{s:03}X")),
            elapsed_secs: 0,
        }];
        for c in 1..=cases {
            agenda.push(AgendaItem {
                item: 1 + c as u32,
                subject: AgendaSubject::Case(c),
                elapsed_secs: 0,
            });
        }
        d.sessions.push(Session {
            id: s,
            meta: meta(),
            date: NaiveDate::from_ymd_opt(2026, 11, s as u32).unwrap(),
            time: None,
            title: format!("session {s}"),
            chair: None,
            invitees,
            attendance,
            agenda,
            // Planned ones too: their agenda goes out before the meeting.
            status: if r.chance(70) {
                SessionStatus::Closed
            } else {
                SessionStatus::Planned
            },
            feedback_consensus: r.chance(60),
            place: None,
        });
    }
    let tlp = |r: &mut Rng| Tlp::ALL[r.below(5) as usize];
    if r.chance(80) {
        // The agreement's default label is the agenda's label.
        d.agreements.push(SharingAgreement {
            id: 1,
            meta: meta(),
            purpose: String::new(),
            legal_basis: String::new(),
            default_tlp: tlp(&mut r),
            default_pap: Pap::ALL[0],
            retention: roundtable::domain::sharing::Retention::DEFAULT,
        });
    }
    let anchor = |r: &mut Rng| {
        let s = 1 + r.below(sessions);
        let item = 1 + r.below(cases + 1) as u32;
        Anchor {
            session: Some(s),
            item: Some(item),
            case: (item > 1).then_some(item as u64 - 1),
        }
    };
    for n in 1..=(1 + r.below(10)) {
        let a = anchor(&mut r);
        let source = r.chance(80).then(|| 1 + r.below(PEOPLE));
        d.notes.push(Note {
            id: n,
            meta: meta(),
            at: DateTime::<Utc>::UNIX_EPOCH,
            author: "p".into(),
            anchor: a,
            text: with_mention(&mut r, format!("NOTE{n:03}Y")),
            source,
            tlp: tlp(&mut r),
            pap: Pap::ALL[r.below(4) as usize],
            protected_source: r.chance(40),
            // An earlier version (a correction) never goes out, nor a retracted note.
            revisions: if r.chance(20) {
                vec![NoteRevision {
                    replaced_at: DateTime::<Utc>::UNIX_EPOCH,
                    replaced_by: "p".into(),
                    text: format!("OLDVERSION{n:03} @{}", name(1)),
                    source,
                    tlp: Tlp::Clear,
                    pap: Pap::ALL[0],
                    protected_source: false,
                }]
            } else {
                Vec::new()
            },
            retraction: r.chance(15).then(|| Retraction {
                at: DateTime::<Utc>::UNIX_EPOCH,
                by: "p".into(),
                reason: format!("RETRACTREASON{n:03}"),
            }),
            who_acts: if r.chance(50) {
                source
            } else {
                r.chance(50).then(|| 1 + r.below(PEOPLE))
            },
        });
    }
    // Decisions and actions: most taken from a note (its anchor; its id recorded, or
    // unknown as in older files), some anywhere; owners often the note's source.
    let origin = |r: &mut Rng, d: &Dataset| {
        let note = (!d.notes.is_empty() && r.chance(80))
            .then(|| d.notes[r.below(d.notes.len() as u64) as usize].clone());
        match note {
            Some(n) => (n.anchor, r.chance(75).then_some(n.id), n.source),
            None => (anchor(r), None, None),
        }
    };
    for n in 1..=r.below(4) {
        let (a, from_note, _) = origin(&mut r, &d);
        d.decisions.push(Decision {
            id: n,
            meta: meta(),
            at: DateTime::<Utc>::UNIX_EPOCH,
            anchor: a,
            text: with_mention(&mut r, format!("DECI{n:03}Y")),
            tlp: tlp(&mut r),
            from_note,
        });
    }
    for n in 1..=r.below(5) {
        let (a, from_note, source) = origin(&mut r, &d);
        let owner = match source {
            Some(s) if r.chance(50) => s,
            _ => 1 + r.below(PEOPLE),
        };
        d.actions.push(ActionItem {
            id: n,
            meta: meta(),
            anchor: a,
            text: with_mention(&mut r, format!("ACTN{n:03}Y")),
            owner: Some(owner),
            due: None,
            status: ActionStatus::Open,
            tlp: tlp(&mut r),
            from_note,
            history: Vec::new(),
        });
        // Some are closed on the day of a session: at that table.
        if r.chance(40) {
            close_at_session(&mut r, d.actions.last_mut().unwrap(), sessions);
        }
    }
    if r.chance(20) {
        d.sharing_rules.push(SharingRule {
            id: 1,
            meta: meta(),
            kind: RuleKind::CaseNeedToKnow,
            text: String::new(),
            active: false,
        });
    }
    let recipient = 1 + r.below(PEOPLE);
    other_kinds(&mut Rng(seed.rotate_left(29) | 1), &mut d, recipient);
    (d, recipient)
}

/// `n` random people of the world, each at most once.
fn some_people(r: &mut Rng, percent: u64) -> Vec<u64> {
    (1..=PEOPLE).filter(|_| r.chance(percent)).collect()
}

/// The kinds besides what is said at a session, each text a token to look for: concerns
/// routed about partners and cases to partners and services (some answered), trainings
/// and exchange meetings (planned, held or cancelled, with invitees, attendees and a
/// host), the contact log, and each partner's step-1 moves and who introduced them.
/// Drawn from their own generator, so the worlds of the other kinds stay as they were;
/// the recipient is the subject or the addressee of a concern more often than chance.
fn other_kinds(r: &mut Rng, d: &mut Dataset, recipient: u64) {
    use roundtable::domain::network::ExchangeMeeting;
    use roundtable::domain::pipeline::{Move, Stage};
    use roundtable::domain::routing::{ConcernAbout, PickedUp, RoutedConcern, RoutedTo};
    use roundtable::domain::stakeholder::{Channel, ContactEntry, ContactPurpose};
    use roundtable::domain::training::Training;
    let cases = d.cases.len() as u64;
    let day = |r: &mut Rng| NaiveDate::from_ymd_opt(2026, 10, 1 + r.below(28) as u32).unwrap();
    let someone = |r: &mut Rng| {
        if r.chance(25) {
            recipient
        } else {
            1 + r.below(PEOPLE)
        }
    };
    for n in 1..=1 + r.below(6) {
        let on = day(r);
        let answer = [PickedUp::Unknown, PickedUp::Yes, PickedUp::No][r.below(3) as usize];
        d.routed_concerns.push(RoutedConcern {
            id: n,
            meta: meta(),
            what: format!("CONC{n:03}Y"),
            to: if r.chance(70) {
                RoutedTo::Stakeholder(someone(r))
            } else {
                RoutedTo::Service(format!("SERVICE{n:02}Q"))
            },
            on,
            picked_up: answer,
            about: if cases > 0 && r.chance(50) {
                ConcernAbout::Case(1 + r.below(cases))
            } else {
                ConcernAbout::Stakeholder(someone(r))
            },
            picked_up_on: (answer != PickedUp::Unknown).then_some(on),
        });
    }
    for n in 1..=r.below(3) {
        let held = r.chance(50);
        d.trainings.push(Training {
            id: n,
            meta: meta(),
            invited: some_people(r, 40),
            // Attendees of one that was not held are never read as "attended".
            attendees: some_people(r, 40),
            held,
            cancelled: !held && r.chance(40),
            network: r.chance(50).then_some(1),
            ..Training::planned(format!("TRAIN{n:03}Y"), day(r), format!("TRAINER{n}Q"))
        });
    }
    for n in 1..=r.below(3) {
        let held = r.chance(50);
        d.exchanges.push(ExchangeMeeting {
            id: 100 + n,
            meta: meta(),
            network: 1,
            date: day(r),
            topic: format!("EXCH{n:03}Y"),
            notes: format!("EXNOTES{n:02}Q"),
            attendees: some_people(r, 40),
            place: format!("EXPLACE{n:02}Q"),
            host: r.chance(60).then(|| 1 + r.below(PEOPLE)),
            invited: some_people(r, 40),
            held,
            lessons: format!("EXLESSONS{n:02}Q"),
            cancelled: !held && r.chance(40),
        });
    }
    for n in 1..=r.below(6) {
        d.contacts.push(ContactEntry {
            id: n,
            meta: meta(),
            stakeholder: 1 + r.below(PEOPLE),
            date: day(r),
            channel: Channel::Phone,
            purpose: ContactPurpose::Maintenance,
            summary: format!("CONTACT{n:03}Y"),
        });
    }
    for s in &mut d.stakeholders {
        s.referred_by = r
            .chance(50)
            .then(|| 1 + r.below(PEOPLE))
            .filter(|p| *p != s.id);
        s.pipeline = Stage::ALL[..r.below(4) as usize]
            .iter()
            .map(|stage| Move {
                stage: *stage,
                on: NaiveDate::from_ymd_opt(2026, 1 + *stage as u32, 1).unwrap(),
            })
            .collect();
        s.consent = r.chance(50).then(|| Consent {
            given: NaiveDate::from_ymd_opt(2026, 5, 2).unwrap(),
            withdrawn: r
                .chance(40)
                .then(|| NaiveDate::from_ymd_opt(2026, 6, 3).unwrap()),
        });
    }
}

/// The language the exports of world `seed` are written in: every language gets its
/// share of worlds, and the disclosure must not depend on it.
fn lang_of(seed: u64) -> roundtable::i18n::Lang {
    use roundtable::i18n::Lang;
    Lang::ALL[(seed % Lang::ALL.len() as u64) as usize]
}

/// Done or cancelled at noon on the day of one of the sessions.
fn close_at_session(r: &mut Rng, a: &mut ActionItem, sessions: u64) {
    use roundtable::domain::action::{ActionChange, ActionEvent};
    let day = NaiveDate::from_ymd_opt(2026, 11, 1 + r.below(sessions) as u32).unwrap();
    let (status, change) = if r.chance(50) {
        (ActionStatus::Done, ActionChange::Done { result: None })
    } else {
        let reason = "REASON".to_owned();
        (ActionStatus::Cancelled, ActionChange::Cancelled { reason })
    };
    a.status = status;
    a.history.push(ActionEvent {
        by: "p".into(),
        at: day.and_hms_opt(12, 0, 0).unwrap().and_utc(),
        change,
    });
}

/// The lines that belong to the item whose first line contains `token`.
fn item_block<'a>(out: &'a str, token: &str) -> Vec<&'a str> {
    let lines: Vec<&str> = out.lines().collect();
    let Some(start) = lines.iter().position(|l| l.contains(token)) else {
        return vec![];
    };
    let mut block = vec![lines[start]];
    for l in &lines[start + 1..] {
        if l.starts_with("  ") {
            block.push(l);
        } else {
            break;
        }
    }
    block
}

// ---- The oracle: the rules as the practice states them, written without the code ----

/// Something said or agreed at a session, as the oracle sees it.
#[derive(Clone, Copy)]
struct Said<'a> {
    key: (&'static str, u64),
    token: &'a str,
    text: &'a str,
    tlp: Tlp,
    anchor: Anchor,
    /// Whom the item names, besides mentions in its text.
    names: Option<u64>,
    /// Its note has a protected source (or, origin unknown, a note at its agenda item has).
    masked: bool,
    /// A retracted note: no output carries it.
    retracted: bool,
}

fn said(d: &Dataset) -> Vec<Said<'_>> {
    let masked =
        |anchor: Anchor, from: Option<u64>| match d.notes.iter().find(|n| Some(n.id) == from) {
            Some(n) => n.protected_source,
            None => d
                .notes
                .iter()
                .any(|n| n.anchor == anchor && n.protected_source),
        };
    let mut out = Vec::new();
    for n in &d.notes {
        out.push(Said {
            key: ("note", n.id),
            token: &n.text[..8],
            text: &n.text,
            tlp: n.tlp,
            anchor: n.anchor,
            names: if n.protected_source { None } else { n.source },
            masked: n.protected_source,
            retracted: n.retraction.is_some(),
        });
    }
    for x in &d.decisions {
        out.push(Said {
            key: ("decision", x.id),
            token: &x.text[..8],
            text: &x.text,
            tlp: x.tlp,
            anchor: x.anchor,
            names: None,
            masked: masked(x.anchor, x.from_note),
            retracted: false,
        });
    }
    for a in &d.actions {
        out.push(Said {
            key: ("action", a.id),
            token: &a.text[..8],
            text: &a.text,
            tlp: a.tlp,
            anchor: a.anchor,
            names: a.owner,
            masked: masked(a.anchor, a.from_note),
            retracted: false,
        });
    }
    out
}

fn present(s: &Session, who: u64) -> bool {
    s.attendance
        .iter()
        .any(|a| a.stakeholder == who && a.presence == Presence::Present)
}

/// Lead or referrer of the case, owner of one of ITS actions, or present at a session
/// that had IT on the agenda.
fn involved(d: &Dataset, case: u64, who: u64) -> bool {
    let c = d.cases.iter().find(|c| c.id == case).unwrap();
    c.lead == Some(who)
        || c.referred_by == Some(who)
        || d.actions
            .iter()
            .any(|a| a.anchor.case == Some(case) && a.owner == Some(who))
        || d.sessions.iter().any(|s| {
            present(s, who)
                && s.agenda
                    .iter()
                    .any(|i| matches!(i.subject, AgendaSubject::Case(c) if c == case))
        })
}

/// May `item`, said at `s`, go to `who`? Labels first, then need-to-know.
fn expected(d: &Dataset, s: &Session, item: &Said, who: u64) -> Result<(), Withheld> {
    let member = d
        .networks
        .iter()
        .any(|n| !n.archived && n.members.iter().any(|m| m.stakeholder == who))
        || d.sessions.iter().any(|s| s.invitees.contains(&who));
    match item.tlp {
        Tlp::Red => return Err(Withheld::Red),
        Tlp::AmberStrict if !present(s, who) => return Err(Withheld::NotPresent),
        Tlp::Amber if !present(s, who) && !s.invitees.contains(&who) => {
            return Err(Withheld::NotInvited);
        }
        Tlp::Green if !member => return Err(Withheld::NotMember),
        _ => {}
    }
    let rule_off = d
        .sharing_rules
        .iter()
        .any(|r| r.kind == RuleKind::CaseNeedToKnow && !r.active);
    match item.anchor.case {
        Some(case) if !rule_off && !involved(d, case, who) => Err(Withheld::NotInvolved),
        _ => Ok(()),
    }
}

fn key_of(i: &Item) -> (&'static str, u64) {
    match i {
        Item::Note(n) => ("note", n.id),
        Item::Decision(x) => ("decision", x.id),
        Item::Action(a) => ("action", a.id),
    }
}

type Verdicts = Vec<((&'static str, u64), Result<(), Withheld>)>;

fn verdicts(p: &minutes::Preview) -> Verdicts {
    let mut v: Verdicts = p.included.iter().map(|i| (key_of(i), Ok(()))).collect();
    v.extend(p.withheld.iter().map(|(i, w)| (key_of(i), Err(*w))));
    v.sort();
    v
}

/// Every export for `who`: minutes of each session (both formats), feedback sheets.
fn exports(d: &Dataset, who: u64) -> Vec<String> {
    let at = DateTime::<Utc>::UNIX_EPOCH;
    let mut out = Vec::new();
    for s in &d.sessions {
        let p = minutes::preview(d, s, who);
        for fmt in [Format::Md, Format::Txt] {
            out.push(minutes::render(d, s, who, &p, fmt, at, "p"));
        }
    }
    for c in &d.cases {
        let p = minutes::feedback_preview(d, c, who);
        for fmt in [Format::Md, Format::Txt] {
            out.push(minutes::render_feedback(d, c, who, &p, fmt, at, "p"));
        }
    }
    out
}

/// The item's lines in `out` are there exactly when allowed; a masked item names nobody,
/// an open one names whom it names.
fn check_item(seed: u64, out: &str, item: &Said, allowed: bool) -> Result<(), TestCaseError> {
    let block = item_block(out, item.token);
    prop_assert_eq!(
        !block.is_empty(),
        allowed,
        "seed {}: {:?} allowed {}:\n{}",
        seed,
        item.key,
        allowed,
        out
    );
    if let Some(first) = block.first() {
        // The text as written, every mention of a masked item read as "a partner".
        let mut text = item.text.to_owned();
        for p in (1..=PEOPLE).filter(|_| item.masked) {
            text = text.replace(
                &format!("@{}", name(p)),
                lang_of(seed).t("minutes-a_partner"),
            );
        }
        prop_assert!(
            first.ends_with(&text),
            "seed {seed}: {:?} should read {text}:\n{out}",
            item.key
        );
    }
    if item.masked {
        for l in &block {
            prop_assert!(
                !l.contains("PERS") && !l.contains("ORGA"),
                "seed {seed}: {:?} comes from a protected source and names someone:\n{out}",
                item.key
            );
        }
    } else if let (Some(who), false) = (item.names, block.is_empty()) {
        prop_assert!(
            block.iter().any(|l| l.contains(&name(who))),
            "seed {seed}: {:?} should name {who}:\n{out}",
            item.key
        );
    }
    Ok(())
}

/// The actions agreed at another session about a case on `s`'s agenda and closed on
/// its day, with the session where each was agreed: the minutes of `s` list them.
fn closed_at<'a>(d: &'a Dataset, s: &Session, items: &[Said<'a>]) -> Vec<(Said<'a>, &'a Session)> {
    let on_agenda = |case| {
        s.agenda
            .iter()
            .any(|i| matches!(i.subject, AgendaSubject::Case(c) if c == case))
    };
    let closed_on_day = |a: &ActionItem| {
        a.status != ActionStatus::Open && a.history.iter().any(|e| e.at.date_naive() == s.date)
    };
    d.actions
        .iter()
        .filter(|a| a.anchor.session.is_some_and(|x| x != s.id))
        .filter(|a| a.anchor.case.is_some_and(on_agenda) && closed_on_day(a))
        .map(|a| {
            let said = *items.iter().find(|i| i.key == ("action", a.id)).unwrap();
            let origin = d.sessions.iter().find(|x| Some(x.id) == a.anchor.session);
            (said, origin.unwrap())
        })
        .collect()
}

fn check(seed: u64) -> Result<(), TestCaseError> {
    let (d, who) = world(seed);
    let items = said(&d);
    let at = DateTime::<Utc>::UNIX_EPOCH;
    for s in &d.sessions {
        let here: Vec<&Said> = items
            .iter()
            .filter(|i| i.anchor.session == Some(s.id))
            .collect();
        let mut want: Verdicts = here
            .iter()
            .filter(|i| !i.retracted)
            .map(|i| (i.key, expected(&d, s, i, who)))
            .collect();
        want.sort();
        let closed_here = closed_at(&d, s, &items);
        for (i, origin) in &closed_here {
            let v = expected(&d, origin, i, who).and_then(|()| expected(&d, s, i, who));
            want.push((i.key, v));
        }
        want.sort();
        let p = minutes::preview(&d, s, who);
        prop_assert_eq!(verdicts(&p), want, "seed {}: minutes of {}", seed, s.id);
        for fmt in [Format::Md, Format::Txt] {
            let out = minutes::render_in(lang_of(seed), &d, s, who, &p, fmt, at, "p");
            for i in &here {
                let allowed = !i.retracted && expected(&d, s, i, who).is_ok();
                check_item(seed, &out, i, allowed)?;
            }
            for (i, origin) in &closed_here {
                let allowed =
                    expected(&d, origin, i, who).is_ok() && expected(&d, s, i, who).is_ok();
                check_item(seed, &out, i, allowed)?;
            }
        }
    }
    for c in &d.cases {
        let mut want: Verdicts = Vec::new();
        for s in d.sessions.iter().filter(|s| s.feedback_consensus) {
            for i in items.iter().filter(|i| {
                i.anchor.session == Some(s.id) && i.anchor.case == Some(c.id) && !i.retracted
            }) {
                let v = match i.key.0 {
                    "note" => Err(Withheld::NotForFeedback),
                    _ => expected(&d, s, i, who),
                };
                want.push((i.key, v));
            }
        }
        want.sort();
        let p = minutes::feedback_preview(&d, c, who);
        prop_assert_eq!(
            verdicts(&p),
            want.clone(),
            "seed {}: feedback {}",
            seed,
            c.id
        );
        let lang = lang_of(seed);
        let out = minutes::render_feedback_in(lang, &d, c, who, &p, Format::Md, at, "p");
        for i in items.iter().filter(|i| i.anchor.case == Some(c.id)) {
            let allowed = want.iter().any(|(k, v)| *k == i.key && v.is_ok());
            check_item(seed, &out, i, allowed)?;
        }
    }
    check_person_export(seed, &d, &items, who)?;
    check_agenda(seed, &d, who)?;
    check_refusals(seed, &d, who)?;
    for out in exports(&d, who) {
        prop_assert!(
            !out.contains("OLDVERSION") && !out.contains("RETRACTREASON"),
            "seed {seed}: an earlier version or a retraction went out:\n{out}"
        );
    }
    check_moved_source(seed, &d, who)
}

/// Whether the item names `who` in a field: the source or who acts of a note, the owner
/// of an action (decisions name nobody).
fn concerns(d: &Dataset, item: &Said, who: u64) -> bool {
    match item.key {
        ("note", id) => d
            .notes
            .iter()
            .any(|n| n.id == id && (n.source == Some(who) || n.who_acts == Some(who))),
        ("action", id) => d.actions.iter().any(|a| a.id == id && a.owner == Some(who)),
        _ => false,
    }
}

/// `export person` for the recipient: an item that concerns them is there exactly when
/// minutes of its session would give it to them, masked as there; nothing else is.
fn check_person_export(
    seed: u64,
    d: &Dataset,
    items: &[Said],
    who: u64,
) -> Result<(), TestCaseError> {
    let at = DateTime::<Utc>::UNIX_EPOCH;
    for fmt in [Format::Md, Format::Txt] {
        let out = person::render_in(lang_of(seed), d, who, fmt, at, "p")
            .unwrap()
            .text;
        for i in items {
            let s = d
                .sessions
                .iter()
                .find(|s| Some(s.id) == i.anchor.session)
                .unwrap();
            let allowed = concerns(d, i, who) && expected(d, s, i, who).is_ok();
            check_item(seed, &out, i, allowed)?;
        }
    }
    Ok(())
}

// ---- The other kinds, and where each may go ----

/// Routed concerns, trainings, exchange meetings, the contact log and step 1 reach
/// `who`'s own export as the practice says, and no other output holds any of them:
/// - a concern is in the export of the partner it is about (with whom it went to) and of
///   the partner it was routed to (without whom or which case it is about); a concern
///   about a case is in no one's export unless routed to them;
/// - a training or an exchange meeting is in the export of those invited, its host, and
///   those who came to it if it was held ("attended" only then); what was said at an
///   exchange is the network's (its lessons handout only);
/// - a contact is in the export of the partner it was with;
/// - the partner's record names who introduced them, lists their step-1 moves and their
///   consent to be listed (given, withdrawn);
/// - minutes, feedback sheets, agendas, handouts and the report hold none of it.
fn check_other_kinds(seed: u64) -> Result<(), TestCaseError> {
    let (d, who) = world(seed);
    let d = &d;
    use roundtable::domain::routing::{ConcernAbout, RoutedTo};
    let lang = lang_of(seed);
    let line_of = |out: &'_ str, token: &str| -> Option<String> {
        out.lines().find(|l| l.contains(token)).map(str::to_owned)
    };
    for fmt in [Format::Md, Format::Txt] {
        let out = person::render_in(lang, d, who, fmt, DateTime::<Utc>::UNIX_EPOCH, "p")
            .unwrap()
            .text;
        for c in &d.routed_concerns {
            let about_them = c.about == ConcernAbout::Stakeholder(who);
            let to_them = c.to == RoutedTo::Stakeholder(who);
            let line = line_of(&out, &c.what);
            prop_assert_eq!(
                line.is_some(),
                about_them || to_them,
                "seed {}: concern {} for {}:\n{}",
                seed,
                c.id,
                who,
                out
            );
            let Some(line) = line else { continue };
            if about_them {
                let to = match &c.to {
                    RoutedTo::Service(s) => s.clone(),
                    RoutedTo::Stakeholder(p) => name(*p),
                };
                prop_assert!(line.contains(&to), "seed {seed}: to whom: {line}");
            } else {
                for p in (1..=PEOPLE).filter(|p| *p != who) {
                    prop_assert!(
                        !line.contains(&name(p)),
                        "seed {seed}: whom it is about: {line}"
                    );
                }
                prop_assert!(
                    !line.contains("RT-") && !line.contains("SERVICE"),
                    "seed {seed}: {line}"
                );
            }
        }
        for t in &d.trainings {
            let attended = t.held && t.attendees.contains(&who);
            let line = line_of(&out, &t.title);
            prop_assert_eq!(
                line.is_some(),
                attended || t.invited.contains(&who),
                "seed {}: training {}:\n{}",
                seed,
                t.id,
                out
            );
            let says_attended = line.is_some_and(|l| l.contains(lang.t("person_export-attended")));
            prop_assert_eq!(
                says_attended,
                attended,
                "seed {}: training {}:\n{}",
                seed,
                t.id,
                out
            );
        }
        for e in d.exchanges.iter() {
            let took_part = e.host == Some(who)
                || e.invited.contains(&who)
                || (e.held && e.attendees.contains(&who));
            prop_assert_eq!(
                out.contains(&e.topic),
                took_part,
                "seed {}: exchange {}:\n{}",
                seed,
                e.id,
                out
            );
        }
        for c in &d.contacts {
            prop_assert_eq!(
                out.contains(&c.summary),
                c.stakeholder == who,
                "seed {}: contact {}:\n{}",
                seed,
                c.id,
                out
            );
        }
        let me = d.stakeholders.iter().find(|s| s.id == who).unwrap();
        let introduced = line_of(&out, lang.t("person_export-referred_by")).unwrap_or_default();
        for p in 1..=PEOPLE {
            prop_assert_eq!(
                introduced.contains(&name(p)),
                me.referred_by == Some(p),
                "seed {}: {}",
                seed,
                introduced
            );
        }
        for m in &me.pipeline {
            let (stage, on) = (lang.t(m.stage.key()), m.on.to_string());
            prop_assert!(
                out.lines().any(|l| l.contains(stage) && l.contains(&on)),
                "seed {seed}: the move to {stage} on {on} is missing:\n{out}"
            );
        }
        let consent = line_of(&out, lang.t("field-consent"));
        prop_assert_eq!(
            consent.is_some(),
            me.consent.is_some(),
            "seed {}:\n{}",
            seed,
            out
        );
        if let (Some(line), Some(c)) = (consent, me.consent) {
            let withdrawn = c.withdrawn.map(|w| w.to_string());
            prop_assert!(line.contains(&c.given.to_string()), "seed {seed}: {line}");
            prop_assert_eq!(
                withdrawn.is_some_and(|w| line.contains(&w)),
                c.withdrawn.is_some(),
                "seed {}: {}",
                seed,
                line
            );
        }
    }
    let mut others = exports(d, who);
    for s in &d.sessions {
        if let Ok(p) = agenda::preview(d, s, who) {
            let at = DateTime::<Utc>::UNIX_EPOCH;
            others.push(agenda::render_in(lang, d, s, who, &p, Format::Md, at, "p"));
        }
    }
    let at = DateTime::<Utc>::UNIX_EPOCH;
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    others.push(roundtable::export::report::render_in(lang, d, 2026, today, at, "p").unwrap());
    use roundtable::export::handout;
    others.push(handout::directory_of(d, &d.networks[0], at, "p").text);
    others.push(handout::agreement(d, at, "p").text);
    let lessons = handout::lessons_of(d, &d.networks[0], at, "p").text;
    for (i, out) in others.iter().chain([&lessons]).enumerate() {
        let mut never = vec!["CONC", "SERVICE", "CONTACT", "TRAIN"];
        if i < others.len() {
            never.extend(["EXCH", "EXNOTES", "EXLESSONS", "EXPLACE"]);
        }
        for token in never {
            prop_assert!(!out.contains(token), "seed {seed}: {token} in\n{out}");
        }
    }
    Ok(())
}

/// Invited, present, or involved in one of the cases on its agenda.
fn at_table(d: &Dataset, s: &Session, who: u64) -> bool {
    s.invitees.contains(&who)
        || present(s, who)
        || (s.agenda.iter())
            .any(|i| matches!(i.subject, AgendaSubject::Case(c) if involved(d, c, who)))
}

/// Whether minutes and feedback sheets go out at all, and what they say of what is kept:
/// - the minutes go to those at the table, and to anyone else only when something of
///   the session may go to them; only those at the table are told how much is withheld
///   and how many agenda items they do not see;
/// - a feedback sheet names the case and its status in its heading: only to those
///   involved in the case, unless the need-to-know rule is off.
fn check_refusals(seed: u64, d: &Dataset, who: u64) -> Result<(), TestCaseError> {
    use roundtable::i18n::Lang;
    let at = DateTime::<Utc>::UNIX_EPOCH;
    for s in &d.sessions {
        let p = minutes::preview(d, s, who);
        let (table, anything) = (at_table(d, s, who), !p.included.is_empty());
        let refused = minutes::refusal(d, s, who, &p).is_some();
        prop_assert_eq!(
            refused,
            !table && !anything,
            "seed {}: minutes of {}",
            seed,
            s.id
        );
        let out = minutes::render_in(Lang::En, d, s, who, &p, Format::Md, at, "p");
        let counts = out.contains("withheld") || out.contains("not shown");
        prop_assert_eq!(
            counts,
            table,
            "seed {}: minutes of {}:\n{}",
            seed,
            s.id,
            out
        );
    }
    let rule_off = d
        .sharing_rules
        .iter()
        .any(|r| r.kind == RuleKind::CaseNeedToKnow && !r.active);
    for c in &d.cases {
        let refused = minutes::feedback_refusal(d, c, who).is_some();
        let allowed = rule_off || involved(d, c.id, who);
        prop_assert_eq!(refused, !allowed, "seed {}: feedback of {}", seed, c.id);
    }
    Ok(())
}

/// The agenda: an item under the agreement's label (AMBER+STRICT reaching the invitees
/// before the meeting, when nobody is present yet), a case only to those involved.
fn check_agenda(seed: u64, d: &Dataset, who: u64) -> Result<(), TestCaseError> {
    let at = DateTime::<Utc>::UNIX_EPOCH;
    let label = d.agreements.first().map_or(Tlp::Amber, |a| a.default_tlp);
    for s in &d.sessions {
        let tlp = match label {
            Tlp::AmberStrict if s.status == SessionStatus::Planned => Tlp::Amber,
            other => other,
        };
        // The agenda goes only to those at the table: invited, present, or involved in
        // one of its cases. To anyone else it would say only when, where and how much
        // is kept from them.
        let at_table = at_table(d, s, who);
        let p = agenda::preview(d, s, who);
        prop_assert_eq!(
            p.is_ok(),
            at_table,
            "seed {}: agenda of session {} for {}",
            seed,
            s.id,
            who
        );
        let Ok(p) = p else {
            continue;
        };
        for fmt in [Format::Md, Format::Txt] {
            let out = agenda::render_in(lang_of(seed), d, s, who, &p, fmt, at, "p");
            for item in &s.agenda {
                let (case, shown) = match &item.subject {
                    AgendaSubject::Case(c) => {
                        let r = d.cases.iter().find(|x| x.id == *c).unwrap().reference;
                        (Some(*c), lang_of(seed).tf("agenda-case", &[("case", &r)]))
                    }
                    AgendaSubject::Topic(t) => (None, t.clone()),
                    AgendaSubject::OpenActions(_) => continue,
                };
                let said = Said {
                    key: ("agenda", u64::from(item.item)),
                    token: "",
                    text: "",
                    tlp,
                    anchor: Anchor {
                        session: Some(s.id),
                        item: Some(item.item),
                        case,
                    },
                    names: None,
                    masked: false,
                    retracted: false,
                };
                let allowed = expected(d, s, &said, who).is_ok();
                prop_assert_eq!(
                    out.contains(&format!("[{label}] {shown}")),
                    allowed,
                    "seed {}: agenda item {} of session {} for {}:\n{}",
                    seed,
                    item.item,
                    s.id,
                    who,
                    out
                );
            }
        }
    }
    Ok(())
}

/// Moving a protected source to another person who was present changes no byte.
fn check_moved_source(seed: u64, d: &Dataset, who: u64) -> Result<(), TestCaseError> {
    let mut r = Rng(seed ^ 0x5EED);
    let protected: Vec<&Note> = d
        .notes
        .iter()
        .filter(|n| n.protected_source && n.source.is_some())
        .collect();
    if protected.is_empty() {
        return Ok(());
    }
    let n = protected[r.below(protected.len() as u64) as usize];
    let s = d
        .sessions
        .iter()
        .find(|s| Some(s.id) == n.anchor.session)
        .unwrap();
    let others: Vec<u64> = (1..=PEOPLE)
        .filter(|p| present(s, *p) && Some(*p) != n.source)
        .collect();
    if others.is_empty() {
        return Ok(());
    }
    let mut moved = d.clone();
    let to = others[r.below(others.len() as u64) as usize];
    moved
        .notes
        .iter_mut()
        .find(|m| m.id == n.id)
        .unwrap()
        .source = Some(to);
    let (before, after) = (exports(d, who), exports(&moved, who));
    for (b, a) in before.iter().zip(&after) {
        prop_assert_eq!(
            b,
            a,
            "seed {}: moving the source of note {} from {:?} to {} shows",
            seed,
            n.id,
            n.source,
            to
        );
    }
    Ok(())
}

fn cases() -> u32 {
    if std::env::var_os("ROUNDTABLE_LONG").is_some() {
        200_000
    } else {
        10_000
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn no_export_leaks_past_its_label(seed in any::<u64>()) {
        check(seed)?;
    }
}

/// The generator really produces what the properties are about.
#[test]
fn worlds_cover_every_situation() {
    let mut seen = std::collections::BTreeMap::<&str, usize>::new();
    for seed in 0..500u64 {
        let (d, who) = world(seed.wrapping_mul(0x9E3779B97F4A7C15));
        let items = said(&d);
        let mut count = |what, n: usize| *seen.entry(what).or_default() += n;
        count("red", d.notes.iter().filter(|n| n.tlp == Tlp::Red).count());
        count(
            "strict",
            d.notes.iter().filter(|n| n.tlp == Tlp::AmberStrict).count(),
        );
        count(
            "protected",
            d.notes.iter().filter(|n| n.protected_source).count(),
        );
        count("masked", items.iter().filter(|i| i.masked).count());
        count(
            "mentions",
            d.notes.iter().filter(|n| n.text.contains('@')).count(),
        );
        let source = |from: Option<u64>| d.notes.iter().find(|n| Some(n.id) == from);
        count(
            "source owns",
            d.actions
                .iter()
                .filter(|a| {
                    source(a.from_note).is_some_and(|n| n.protected_source && n.source == a.owner)
                })
                .count(),
        );
        count(
            "unknown origin",
            d.actions.iter().filter(|a| a.from_note.is_none()).count(),
        );
        use roundtable::domain::routing::{ConcernAbout, PickedUp, RoutedTo};
        let concerns = &d.routed_concerns;
        let to_who =
            |c: &&roundtable::domain::routing::RoutedConcern| c.to == RoutedTo::Stakeholder(who);
        count(
            "case concern to them",
            concerns
                .iter()
                .filter(to_who)
                .filter(|c| matches!(c.about, ConcernAbout::Case(_)))
                .count(),
        );
        count(
            "concern about them",
            concerns
                .iter()
                .filter(|c| c.about == ConcernAbout::Stakeholder(who))
                .count(),
        );
        count(
            "answered",
            concerns
                .iter()
                .filter(|c| c.picked_up != PickedUp::Unknown)
                .count(),
        );
        count(
            "came to a meeting not held",
            (d.trainings
                .iter()
                .filter(|t| !t.held && t.attendees.contains(&who))
                .count())
                + (d.exchanges
                    .iter()
                    .filter(|e| !e.held && e.attendees.contains(&who))
                    .count()),
        );
        count(
            "contacts",
            d.contacts.iter().filter(|c| c.stakeholder == who).count(),
        );
        count(
            "steps",
            d.stakeholders
                .iter()
                .filter(|s| s.id == who && s.referred_by.is_some())
                .map(|s| s.pipeline.len())
                .sum(),
        );
        for s in &d.sessions {
            let agenda = agenda::preview(&d, s, who).is_ok();
            count("agenda sent", agenda as usize);
            count("agenda refused", !agenda as usize);
            for i in items.iter().filter(|i| i.anchor.session == Some(s.id)) {
                let v = expected(&d, s, i, who);
                count("included", v.is_ok() as usize);
                count("masked and included", (v.is_ok() && i.masked) as usize);
                for w in [
                    Withheld::NotPresent,
                    Withheld::NotInvited,
                    Withheld::NotMember,
                    Withheld::NotInvolved,
                ] {
                    count(w.key(), (v == Err(w)) as usize);
                }
            }
        }
    }
    assert!(
        seen.values().all(|n| *n > 60) && seen.len() == 21,
        "{seen:?}"
    );
}

/// Person 1 is the recipient: invited to both sessions, present at the first only. Case 1
/// is discussed at session 1, case 2 at session 2, where an AMBER note about case 2 is
/// taken (note 1).
fn two_cases() -> Dataset {
    let (mut d, _) = world(1);
    d.cases.truncate(0);
    d.actions.clear();
    d.decisions.clear();
    d.sharing_rules.clear();
    for c in 1..=2 {
        d.cases.push(Case {
            id: c,
            meta: meta(),
            reference: CaseRef {
                year: 2026,
                number: c as u16,
            },
            status: CaseStatus::InDiscussion,
            referred_by: Some(2),
            lead: Some(2),
            review_date: None,
            summary: String::new(),
            closure: None,
            history: vec![],
        });
    }
    d.sessions.truncate(1);
    for s in 1..=2u64 {
        let mut session = d.sessions[0].clone();
        session.id = s;
        session.invitees = vec![1, 2];
        session.attendance = vec![Attendance {
            stakeholder: 1,
            presence: if s == 1 {
                Presence::Present
            } else {
                Presence::Absent
            },
        }];
        session.agenda = vec![AgendaItem {
            item: 1,
            subject: AgendaSubject::Case(s),
            elapsed_secs: 0,
        }];
        d.sessions.push(session);
    }
    d.sessions.remove(0);
    let at = |s: u64| Anchor {
        session: Some(s),
        item: Some(1),
        case: Some(s),
    };
    d.notes = vec![Note {
        id: 1,
        anchor: at(2),
        tlp: Tlp::Amber,
        protected_source: false,
        revisions: Vec::new(),
        retraction: None,
        ..d.notes[0].clone()
    }];
    d
}

fn verdict_on_note_1(d: &Dataset) -> Vec<(&'static str, u64)> {
    let p = minutes::preview(d, &d.sessions[1], 1);
    p.included.iter().map(key_of).collect()
}

/// Need-to-know: owning an action in ANOTHER case does not make one involved.
#[test]
fn an_action_in_another_case_does_not_make_its_owner_involved() {
    let mut d = two_cases();
    assert_eq!(verdict_on_note_1(&d), [], "not involved in case 2");
    d.actions.push(ActionItem {
        id: 1,
        meta: meta(),
        anchor: Anchor {
            session: Some(1),
            item: Some(1),
            case: Some(1),
        },
        text: "ACTN001Y".into(),
        owner: Some(1),
        due: None,
        status: ActionStatus::Open,
        tlp: Tlp::Amber,
        from_note: None,
        history: Vec::new(),
    });
    assert_eq!(
        verdict_on_note_1(&d),
        [],
        "an action in case 1 changes nothing"
    );
    d.actions[0].anchor.case = Some(2);
    assert_eq!(
        verdict_on_note_1(&d),
        [("note", 1)],
        "an action in case 2 does"
    );
}

/// Need-to-know: being present when ANOTHER case was discussed does not make one involved.
#[test]
fn presence_when_another_case_was_discussed_does_not_make_one_involved() {
    let mut d = two_cases();
    assert!(present(&d.sessions[0], 1));
    assert_eq!(verdict_on_note_1(&d), [], "present for case 1 only");
    d.sessions[0].agenda.push(AgendaItem {
        item: 2,
        subject: AgendaSubject::Case(2),
        elapsed_secs: 0,
    });
    assert_eq!(
        verdict_on_note_1(&d),
        [("note", 1)],
        "present when case 2 was discussed"
    );
}

/// Handouts over the same random worlds: a network's handout names every active member
/// of it and no former partner, prints the contact details of exactly the active members
/// whose consent holds (never of one who withdrew it), holds only that network's lessons
/// and exchange notes, and never anything said at a session.
fn check_handouts(seed: u64) -> Result<(), TestCaseError> {
    use roundtable::domain::network::{ExchangeMeeting, ProblemEntry, ProblemStatus};
    use roundtable::export::handout;
    let (mut d, who) = world(seed);
    let mut r = Rng(seed.rotate_left(17) | 1);
    let day = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
    for s in &mut d.stakeholders {
        s.contact.phone = format!("PHONE{:02}Q", s.id);
        s.contact.email = format!("MAIL{:02}Q@x", s.id);
        s.consent = r.chance(50).then(|| Consent {
            given: day,
            withdrawn: r.chance(30).then_some(day),
        });
    }
    d.stakeholders[(who - 1) as usize].archived = seed.is_multiple_of(3);
    let mut other = d.networks[0].clone();
    other.id = 2;
    other.name = "other".into();
    d.networks.push(other);
    for (id, net) in [(1, 1), (2, 2)] {
        d.problems.push(ProblemEntry {
            id,
            meta: meta(),
            network: net,
            problem: format!("PROBLEM-OF-{net}"),
            solution: String::new(),
            owner: None,
            status: ProblemStatus::Done,
            lesson: format!("LESSON-OF-{net}"),
            opened: NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
            agreed: None,
            closed: None,
        });
        d.exchanges.push(ExchangeMeeting {
            id,
            meta: meta(),
            network: net,
            date: NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(),
            topic: format!("TOPIC-OF-{net}"),
            notes: format!("EXCHANGE-OF-{net}"),
            attendees: vec![],
            place: format!("PLACE-OF-{net}"),
            host: None,
            invited: vec![],
            held: true,
            lessons: format!("LESSONS-OF-{net}"),
            cancelled: false,
        });
    }
    // A meeting of the same network that was not held (still planned, or cancelled):
    // nothing of it is handed out.
    let mut not_held = d.exchanges[0].clone();
    (not_held.id, not_held.held, not_held.cancelled) = (3, false, r.chance(50));
    not_held.notes = "NOT-HELD-NOTES".into();
    not_held.lessons = "NOT-HELD-LESSONS".into();
    d.exchanges.push(not_held);
    let at = DateTime::<Utc>::UNIX_EPOCH;
    let net = d.networks[0].clone();
    let texts = [
        handout::directory_of(&d, &net, at, "p").text,
        handout::lessons_of(&d, &net, at, "p").text,
        handout::agreement(&d, at, "p").text,
    ];
    let said: Vec<String> = said(&d).iter().map(|s| s.token.to_owned()).collect();
    for text in &texts {
        for token in said.iter().chain([&"-OF-2".into(), &"NOT-HELD".into()]) {
            prop_assert!(
                !text.contains(token.as_str()),
                "seed {seed}: {token} in\n{text}"
            );
        }
    }
    for s in &d.stakeholders {
        let member = net.members.iter().any(|m| m.stakeholder == s.id);
        prop_assert_eq!(
            texts[0].contains(&s.name),
            member && !s.archived,
            "seed {}",
            seed
        );
        let listed = member && !s.archived && s.consent.is_some_and(|c| c.withdrawn.is_none());
        for (i, text) in texts.iter().enumerate() {
            let shown = text.contains(&s.contact.phone) || text.contains(&s.contact.email);
            prop_assert_eq!(shown, listed && i == 0, "seed {}: person {}", seed, s.id);
        }
    }
    prop_assert!(texts[1].contains("LESSON-OF-1") && texts[1].contains("EXCHANGE-OF-1"));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases() / 5, failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn concerns_trainings_exchanges_contacts_and_step_1_reach_only_their_person(seed in any::<u64>()) {
        check_other_kinds(seed)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases() / 5, failure_persistence: None, ..ProptestConfig::default() })]
    #[test]
    fn no_handout_leaks_contact_details_session_items_or_other_networks(seed in any::<u64>()) {
        check_handouts(seed)?;
    }
}

/// Routed concerns in a person's own export (`export person`): those about them, with
/// whom they went to, and those routed to them, without whom or which case they are
/// about; none other. Every pairing of a concern's subject and recipient over the demo
/// town's partners, each concern a token to find.
#[test]
fn a_person_export_holds_the_concerns_about_or_routed_to_them_and_no_other() {
    use roundtable::domain::disclosure::{ConcernShown, concern_shown};
    use roundtable::domain::routing::{ConcernAbout, PickedUp, RoutedConcern, RoutedTo};
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let mut d = roundtable::demo::build(today);
    let people: Vec<u64> = d.stakeholders.iter().map(|s| s.id).take(6).collect();
    let case = d.cases[0].id;
    d.routed_concerns.clear();
    let mut id = 0;
    for &about in &people {
        for &to in &people {
            id += 1;
            let about = if id % 5 == 0 {
                ConcernAbout::Case(case)
            } else {
                ConcernAbout::Stakeholder(about)
            };
            let to = if id % 3 == 0 {
                RoutedTo::Service(format!("service{id}x"))
            } else {
                RoutedTo::Stakeholder(to)
            };
            d.routed_concerns.push(RoutedConcern {
                id,
                meta: Meta::new("t", DateTime::<Utc>::UNIX_EPOCH),
                what: format!("concern{id}token"),
                to,
                on: today,
                picked_up: PickedUp::Unknown,
                about,
                picked_up_on: None,
            });
        }
    }
    let at = DateTime::<Utc>::UNIX_EPOCH;
    for &who in &people {
        let out = person::render(&d, who, Format::Md, at, "p").unwrap();
        for c in &d.routed_concerns {
            let token = format!("concern{}token", c.id);
            let shown = concern_shown(c, who);
            let expected = match (c.about, &c.to) {
                (ConcernAbout::Stakeholder(a), _) if a == who => Some(ConcernShown::AboutThem),
                (_, RoutedTo::Stakeholder(t)) if *t == who => Some(ConcernShown::RoutedToThem),
                _ => None,
            };
            assert_eq!(shown, expected, "concern {} for {who}", c.id);
            assert_eq!(
                out.text.contains(&format!("{token}\n")) || out.text.contains(&format!("{token} ")),
                shown.is_some(),
                "concern {} for {who}:\n{}",
                c.id,
                out.text
            );
            assert_eq!(
                out.included.contains(&format!("concern:{}", c.id)),
                shown.is_some()
            );
            if shown == Some(ConcernShown::RoutedToThem) {
                let line = out.text.lines().find(|l| l.contains(&token)).unwrap();
                if let ConcernAbout::Stakeholder(a) = c.about {
                    let name = &d.stakeholders.iter().find(|s| s.id == a).unwrap().name;
                    assert!(!line.contains(name.as_str()), "whom it is about: {line}");
                }
                let reference = d.cases[0].reference.to_string();
                assert!(!line.contains(&reference), "which case: {line}");
            }
        }
    }
}
