//! A stakeholder's detail: who they are, how often to be in touch, give and take, where
//! they stand in step 1, their ties, the contacts logged and the concerns routed.

use ratatui::text::{Line, Span};

use super::stakeholders::age;
use super::theme;
use crate::app::App;
use crate::app::model::stakeholder_list::PersonFacts;
use crate::domain::indicators::{Cadence, referral_chain_up};
use crate::domain::sanitize::line as clean;
use crate::domain::stakeholder::{Channel, ContactPurpose, Stakeholder};
use crate::i18n::{t, tf};
use crate::labels;

pub(super) fn field<'a>(label: &str, value: String) -> Line<'a> {
    Line::from(vec![
        Span::styled(
            format!("{} ", crate::i18n::label_colon(label)),
            theme::dim(),
        ),
        Span::raw(value),
    ])
}

fn names(app: &App, ids: &[crate::domain::Id]) -> String {
    ids.iter()
        .filter_map(|&id| app.stakeholder_name(Some(id)))
        .map(|n| clean(n).into_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Everything about one stakeholder, most useful first (the pane may be short).
pub fn detail_lines(app: &App, s: &Stakeholder) -> Vec<Line<'static>> {
    let pos = app.index.stakeholders.get(&s.id).copied();
    let facts = pos
        .and_then(|p| app.facts.get(p))
        .cloned()
        .unwrap_or_default();
    let mut lines = who(s);
    lines.push(cadence_line(app, s, &facts));
    lines.extend(step_one(s));
    lines.extend(give_and_take(s, &facts));
    lines.extend(ties(app, s, &facts));
    lines.extend(super::concern_lines::lines(
        app,
        crate::domain::routing::ConcernAbout::Stakeholder(s.id),
    ));
    lines.extend(contact_log(app, &facts));
    if !s.notes.is_empty() {
        lines.push(Line::from(Span::styled(t("field-notes"), theme::header())));
        for l in s.notes.lines() {
            lines.push(Line::from(clean(l).into_owned()));
        }
    }
    lines
}

/// Organisation and role, sector, and how to reach them.
fn who(s: &Stakeholder) -> Vec<Line<'static>> {
    let mut lines = vec![
        field(
            t("col-organisation"),
            format!("{} — {}", clean(&s.organisation), clean(&s.role)),
        ),
        field(
            t("col-sector"),
            format!(
                "{} · {} · {}",
                labels::sector(&s.sector),
                labels::formality(s.formality),
                labels::tier(s.tier)
            ),
        ),
    ];
    let contact = [&s.contact.phone, &s.contact.email]
        .iter()
        .filter(|v| !v.is_empty())
        .map(|v| clean(v).into_owned())
        .collect::<Vec<_>>()
        .join(" · ");
    if !contact.is_empty() {
        lines.push(field(t("field-contact"), contact));
    }
    lines
}

/// How often to be in touch, the last contact, and whether one is due.
fn cadence_line(app: &App, s: &Stakeholder, facts: &PersonFacts) -> Line<'static> {
    let cadence = match (s.cadence_days, facts.cadence) {
        (Some(days), Some(c)) => {
            let state = match c {
                Cadence::Overdue(d) => tf("cadence-overdue_long", &[("n", &d)]),
                Cadence::Never => t("cadence-never_long").to_owned(),
                Cadence::Due(d) => tf("cadence-due_long", &[("n", &d)]),
                Cadence::None => String::new(),
            };
            format!(
                "{} · {} · {state}",
                tf("field-every_days", &[("n", &days)]),
                age(app, facts.contacts.last)
            )
        }
        _ => t("cadence-none").to_owned(),
    };
    field(t("field-cadence"), cadence)
}

/// Contacts only about problems, what is given and received, a key figure.
fn give_and_take(s: &Stakeholder, facts: &PersonFacts) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if facts.contacts.only_problems() {
        lines.push(Line::from(Span::styled(
            t("warn-only_problems"),
            theme::warning(),
        )));
    }
    let r = facts.reciprocity;
    let mut rec = vec![
        Span::styled(
            format!("{} ", crate::i18n::label_colon(t("field-reciprocity"))),
            theme::dim(),
        ),
        Span::raw(tf(
            "reciprocity-line",
            &[("given", &r.given), ("received", &r.received)],
        )),
    ];
    if r.takes_only() {
        rec.push(Span::styled(
            format!("  {}", t("warn-takes_only")),
            theme::warning(),
        ));
    }
    lines.push(Line::from(rec));
    if s.key_figure {
        lines.push(Line::from(Span::styled(
            format!("★ {}", t("field-key_figure")),
            theme::warning(),
        )));
    }
    lines
}

/// Communities, who referred them and whom they referred, networks and trainings.
fn ties(app: &App, s: &Stakeholder, facts: &PersonFacts) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if !s.communities.is_empty() {
        let c: Vec<String> = s
            .communities
            .iter()
            .map(|c| clean(c).into_owned())
            .collect();
        lines.push(field(t("field-communities"), c.join(", ")));
    }
    let referrer = |id| {
        app.index
            .stakeholders
            .get(&id)
            .and_then(|&i| app.data.stakeholders[i].referred_by)
    };
    let up = referral_chain_up(referrer, s.id);
    if !up.is_empty() {
        let chain: Vec<String> = up
            .iter()
            .filter_map(|&id| app.stakeholder_name(Some(id)))
            .map(|n| clean(n).into_owned())
            .collect();
        lines.push(field(t("field-referred_by"), chain.join(" ← ")));
    }
    let down = &facts.referred;
    if !down.is_empty() {
        lines.push(field(t("field-referred"), names(app, down)));
    }
    lines.extend(memberships(app, s));
    lines
}

/// The networks they are a member of (with their role) and the trainings attended.
fn memberships(app: &App, s: &Stakeholder) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let nets: Vec<String> = app
        .data
        .networks
        .iter()
        .filter_map(|n| {
            let m = n.members.iter().find(|m| m.stakeholder == s.id)?;
            Some(if m.role.is_empty() {
                clean(&n.name).into_owned()
            } else {
                format!("{} ({})", clean(&n.name), clean(&m.role))
            })
        })
        .collect();
    if !nets.is_empty() {
        lines.push(field(t("field-networks"), nets.join(", ")));
    }
    let trainings: Vec<String> = app
        .data
        .trainings
        .iter()
        .filter(|tr| tr.attended_by(s.id))
        .map(|tr| format!("{} ({})", clean(&tr.title), tr.date))
        .collect();
    if !trainings.is_empty() {
        lines.push(field(t("field-trainings"), trainings.join(", ")));
    }
    lines
}

/// The contacts logged, one line each.
fn contact_log(app: &App, facts: &PersonFacts) -> Vec<Line<'static>> {
    let log: Vec<_> = facts
        .contacts_log
        .iter()
        .map(|&i| &app.data.contacts[i])
        .collect();
    if log.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Line::from(Span::styled(
        t("field-contact_log"),
        theme::header(),
    ))];
    for c in log {
        let purpose = match c.purpose {
            ContactPurpose::Maintenance => Span::styled(t("purpose-maintenance"), theme::ok()),
            ContactPurpose::Problem => Span::styled(t("purpose-problem"), theme::warning()),
        };
        lines.push(Line::from(vec![
            Span::raw(format!("{} ", c.date)),
            Span::styled(format!("{:<8} ", channel(c.channel)), theme::dim()),
            purpose,
            Span::raw(format!("  {}", clean(&c.summary))),
        ]));
    }
    lines
}

pub fn channel(c: Channel) -> &'static str {
    match c {
        Channel::Meeting => t("channel-meeting"),
        Channel::Phone => t("channel-phone"),
        Channel::Email => t("channel-email"),
        Channel::Visit => t("channel-visit"),
        Channel::Event => t("channel-event"),
        Channel::Other => t("channel-other"),
    }
}

/// Where they stand in step 1: the stage now, then every move with its date.
fn step_one(s: &Stakeholder) -> Option<Line<'static>> {
    let moves: Vec<String> = s
        .pipeline
        .iter()
        .map(|m| format!("{} {}", t(m.stage.key()), m.on))
        .collect();
    (!moves.is_empty()).then(|| field(t("field-stage"), moves.join(" → ")))
}
