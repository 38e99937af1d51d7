//! Everything held about one stakeholder, for a subject access request
//! (`roundtable export person NAME`): their record (with their step-1 moves and their
//! consent to be listed), contact log, networks, trainings, round tables, cases (by
//! reference), the exports sent to them, and the notes, decisions and actions that concern
//! them.
//!
//! Those items go through the disclosure function exactly as minutes for this person
//! would: an item they may not receive is listed by number and date with the reason, its
//! text left out; an item from a protected source names nobody. A protected source's own
//! notes show that they concern the person as the source, and nothing of whom else they
//! name (docs/security.md, "Retention, erasure and subject rights").

use chrono::{DateTime, Utc};

use super::Format;
use super::minutes::{esc, item_lines, person as named};
use crate::domain::Id;
use crate::domain::dataset::Dataset;
use crate::domain::disclosure::{Context, Item};
use crate::domain::session::Presence;
use crate::domain::stakeholder::{Channel, ContactPurpose, Stakeholder};
use crate::i18n::{label_value, t, tf};

/// The document, and what it included and withheld (keys, for the audit trail).
pub struct PersonExport {
    pub text: String,
    pub included: Vec<String>,
    pub withheld: Vec<String>,
}

/// How an item concerns the person: source, who acts, owner.
fn roles(item: &Item, who: Id) -> Vec<&'static str> {
    let mut r = Vec::new();
    match item {
        Item::Note(n) => {
            if n.source == Some(who) {
                r.push("person_export-as_source");
            } else if n.revisions.iter().any(|v| v.source == Some(who)) {
                // A correction named someone else; the earlier version is still held.
                r.push("person_export-as_earlier_source");
            }
            if n.who_acts == Some(who) {
                r.push("person_export-as_who_acts");
            }
        }
        Item::Action(a) if a.owner == Some(who) => r.push("person_export-as_owner"),
        // Reassigned to someone else; the history still names them as an owner.
        Item::Action(a) if a.history.iter().any(|e| owned_before(&e.change, who)) => {
            r.push("person_export-as_earlier_owner")
        }
        _ => {}
    }
    r
}

/// Whether `change` took the action from `who`.
fn owned_before(change: &crate::domain::action::ActionChange, who: Id) -> bool {
    use crate::domain::action::ActionChange::Reassigned;
    matches!(change, Reassigned { from, .. } if *from == Some(who))
}

/// Every note, decision and action that names `who` in a field (not in prose).
fn items_of(data: &Dataset, who: Id) -> Vec<Item<'_>> {
    let mut items: Vec<Item> = data.notes.iter().map(Item::Note).collect();
    items.extend(data.actions.iter().map(Item::Action));
    items.retain(|i| !roles(i, who).is_empty());
    items
}

fn record_lines(data: &Dataset, s: &Stakeholder, fmt: Format) -> Vec<String> {
    let field = |k: &str, v: &str| format!("- {}", label_value(t(k), &esc(fmt, v)));
    let mut out = vec![
        field("field-name", &s.name),
        field("field-organisation", &s.organisation),
        field("field-role", &s.role),
        field("field-sector", t(s.sector.key())),
        field("field-communities", &s.communities.join(", ")),
        field("field-phone", &s.contact.phone),
        field("field-email", &s.contact.email),
        field("person_export-address", &s.contact.address),
        field(
            "person_export-referred_by",
            &named(data, s.referred_by, fmt),
        ),
        field(
            "person_export-key_figure",
            t(if s.key_figure {
                "person_export-yes"
            } else {
                "person_export-no"
            }),
        ),
    ];
    if let Some(days) = s.cadence_days {
        out.push(field("person_export-cadence", &days.to_string()));
    }
    for line in s.notes.lines() {
        out.push(field("field-notes", line));
    }
    out.extend(step_1_lines(s));
    out
}

/// Their step-1 moves, each with its day, and their consent to be listed: data about
/// them as much as their phone number is.
fn step_1_lines(s: &Stakeholder) -> Vec<String> {
    let mut out: Vec<String> = (s.pipeline.iter())
        .map(|m| {
            format!(
                "- {}",
                label_value(t("field-stage"), &format!("{} {}", t(m.stage.key()), m.on))
            )
        })
        .collect();
    if let Some(c) = s.consent {
        let value = match c.withdrawn {
            None => tf("person_export-consent_given", &[("given", &c.given)]),
            Some(w) => tf(
                "person_export-consent_withdrawn",
                &[("given", &c.given), ("withdrawn", &w)],
            ),
        };
        out.push(format!("- {}", label_value(t("field-consent"), &value)));
    }
    out
}

fn contact_lines(data: &Dataset, who: Id, fmt: Format) -> Vec<String> {
    data.contacts
        .iter()
        .filter(|c| c.stakeholder == who)
        .map(|c| {
            let channel = match c.channel {
                Channel::Meeting => "channel-meeting",
                Channel::Phone => "channel-phone",
                Channel::Email => "channel-email",
                Channel::Visit => "channel-visit",
                Channel::Event => "channel-event",
                Channel::Other => "channel-other",
            };
            let purpose = match c.purpose {
                ContactPurpose::Maintenance => "purpose-maintenance",
                ContactPurpose::Problem => "purpose-problem",
            };
            let when = format!("{} {} ({})", c.date, t(channel), t(purpose));
            format!("- {}", label_value(&when, &esc(fmt, &c.summary)))
        })
        .collect()
}

fn network_lines(data: &Dataset, who: Id, fmt: Format) -> Vec<String> {
    let mut out = Vec::new();
    for n in &data.networks {
        let mut parts = Vec::new();
        if n.lead == Some(who) {
            parts.push(t("person_export-network_lead").to_owned());
        }
        if n.contact_point == Some(who) {
            parts.push(t("person_export-network_contact").to_owned());
        }
        for m in n.members.iter().filter(|m| m.stakeholder == who) {
            parts.push(tf(
                "person_export-member",
                &[
                    ("role", &esc(fmt, &m.role)),
                    ("brings", &esc(fmt, &m.brings)),
                    ("gains", &esc(fmt, &m.gains)),
                ],
            ));
        }
        if !parts.is_empty() {
            out.push(format!(
                "- {}",
                label_value(&esc(fmt, &n.name), &parts.join("; "))
            ));
        }
    }
    out.extend(work_lines(data, who, fmt));
    out
}

/// The exchange meetings and trainings `who` took part in: hosted, came to, attended or
/// was invited to, each with its state (a planned training never reads as attended).
fn work_lines(data: &Dataset, who: Id, fmt: Format) -> Vec<String> {
    let roles = |state: crate::domain::network::WorkState, parts: &[(bool, &str)]| {
        let mut all = vec![t(state.key())];
        all.extend(parts.iter().filter(|(on, _)| *on).map(|(_, key)| t(key)));
        (all.len() > 1).then(|| all.join("; "))
    };
    let mut out = Vec::new();
    for e in &data.exchanges {
        let parts = [
            (e.host == Some(who), "person_export-host"),
            (e.came().contains(&who), "person_export-came"),
            (e.invited.contains(&who), "person_export-invited"),
        ];
        let Some(roles) = roles(e.state(), &parts) else {
            continue;
        };
        let network = crate::domain::dataset::by_id(&data.networks, e.network);
        let network = network.map_or_else(|| "—".to_owned(), |n| esc(fmt, &n.name));
        let what = tf(
            "person_export-exchange_as",
            &[
                ("network", &network),
                ("topic", &esc(fmt, &e.topic)),
                ("roles", &roles),
            ],
        );
        out.push(format!("- {} {what}", e.date));
    }
    for tr in &data.trainings {
        let parts = [
            (tr.attended_by(who), "person_export-attended"),
            (tr.invited.contains(&who), "person_export-invited"),
        ];
        let Some(roles) = roles(tr.state(), &parts) else {
            continue;
        };
        let what = tf(
            "person_export-training_as",
            &[("title", &esc(fmt, &tr.title)), ("roles", &roles)],
        );
        out.push(format!("- {} {what}", tr.date));
    }
    out
}

fn session_lines(data: &Dataset, who: Id, fmt: Format) -> Vec<String> {
    let mut out = Vec::new();
    for s in &data.sessions {
        let mut parts = Vec::new();
        if s.chair == Some(who) {
            parts.push("person_export-chair");
        }
        if s.invitees.contains(&who) {
            parts.push("person_export-invited");
        }
        parts.push(match s.presence_of(who) {
            Some(Presence::Present) => "person_export-present",
            Some(Presence::Excused) => "person_export-excused",
            Some(Presence::Absent) => "person_export-absent",
            None => continue,
        });
        let parts: Vec<&str> = parts.into_iter().map(t).collect();
        let session = format!("{} {}", s.date, esc(fmt, &s.title));
        out.push(format!("- {}", label_value(&session, &parts.join(", "))));
    }
    for c in &data.cases {
        let mut parts = Vec::new();
        if c.lead == Some(who) {
            parts.push(t("person_export-case_lead"));
        }
        if c.referred_by == Some(who) {
            parts.push(t("person_export-case_referrer"));
        }
        if !parts.is_empty() {
            out.push(format!(
                "- {}",
                label_value(&c.reference.to_string(), &parts.join(", "))
            ));
        }
    }
    out
}

/// The items that concern `who`, as minutes for them would show them, or withheld.
fn item_section(data: &Dataset, who: Id, fmt: Format, out: &mut PersonExport) -> Vec<String> {
    let ctx = Context::new(data);
    let mut lines = Vec::new();
    for item in items_of(data, who) {
        let roles: Vec<&str> = roles(&item, who).into_iter().map(t).collect();
        let concerns = format!(
            "  {}",
            tf("person_export-concerns", &[("roles", &roles.join(", "))])
        );
        match ctx.may_share_item(item, who) {
            Ok(()) => {
                out.included.push(item.key());
                lines.extend(item_lines(data, &item, fmt));
                lines.push(concerns);
            }
            Err(why) => {
                out.withheld.push(format!("{} ({})", item.key(), why.key()));
                lines.push(format!(
                    "- {}",
                    tf(
                        "person_export-withheld",
                        &[("item", &item.key()), ("why", &t(why.key()))]
                    )
                ));
                lines.push(concerns);
            }
        }
    }
    lines
}

/// The concerns routed about them or to them, as [`crate::domain::disclosure::concern_shown`]
/// says; the key of each goes into the audit entry.
fn concern_lines(data: &Dataset, who: Id, fmt: Format, out: &mut PersonExport) -> Vec<String> {
    use crate::domain::disclosure::{ConcernShown, concern_shown};
    use crate::domain::routing::RoutedTo;
    let mut lines = Vec::new();
    for c in &data.routed_concerns {
        let Some(shown) = concern_shown(c, who) else {
            continue;
        };
        out.included.push(format!("concern:{}", c.id));
        let mut state = t(c.picked_up.key()).to_owned();
        if let Some(day) = c.picked_up_on {
            state = format!("{state} {day}");
        }
        let to = match (shown, &c.to) {
            (ConcernShown::RoutedToThem, _) => t("person_export-concern_to_you").to_owned(),
            (_, RoutedTo::Service(name)) => esc(fmt, name),
            (_, RoutedTo::Stakeholder(id)) => named(data, Some(*id), fmt),
        };
        lines.push(tf(
            "person_export-concern",
            &[
                ("on", &c.on),
                ("to", &to),
                ("state", &state),
                ("what", &esc(fmt, &c.what)),
            ],
        ));
    }
    lines
}

fn sent_lines(data: &Dataset, who: Id) -> Vec<String> {
    data.audit
        .iter()
        .filter(|e| e.recipient == Some(who))
        .map(|e| {
            format!(
                "- {} {} {}",
                e.at.format("%Y-%m-%d"),
                e.kind.key(),
                crate::domain::sanitize::line(&e.subject)
            )
        })
        .collect()
}

/// [`render`] written in `lang`.
pub fn render_in(
    lang: crate::i18n::Lang,
    data: &Dataset,
    who: Id,
    fmt: Format,
    at: DateTime<Utc>,
    by: &str,
) -> Option<PersonExport> {
    crate::i18n::writing_in(lang, || render(data, who, fmt, at, by))
}

/// Everything held about stakeholder `who`, in the interface's language (inside
/// [`crate::i18n::writing_in`], the document's). `None`: no such person.
pub fn render(
    data: &Dataset,
    who: Id,
    fmt: Format,
    at: DateTime<Utc>,
    by: &str,
) -> Option<PersonExport> {
    let s = crate::domain::dataset::by_id(&data.stakeholders, who)?;
    let mut out = PersonExport {
        text: String::new(),
        included: Vec::new(),
        withheld: Vec::new(),
    };
    let items = item_section(data, who, fmt, &mut out);
    let concerns = concern_lines(data, who, fmt, &mut out);
    let mut doc = vec![
        super::minutes::heading(
            fmt,
            1,
            &tf(
                "person_export-title",
                &[("who", &named(data, Some(who), fmt))],
            ),
        ),
        String::new(),
        tf(
            "minutes-prepared",
            &[
                ("at", &at.format("%Y-%m-%d %H:%M UTC")),
                ("by", &esc(fmt, by)),
            ],
        ),
        super::language_line(crate::i18n::lang()),
        t("person_export-rule").to_owned(),
    ];
    let sections = [
        ("person_export-record", record_lines(data, s, fmt)),
        ("person_export-contacts", contact_lines(data, who, fmt)),
        ("person_export-networks", network_lines(data, who, fmt)),
        ("person_export-sessions", session_lines(data, who, fmt)),
        ("person_export-items", items),
        ("person_export-concerns_routed", concerns),
        ("person_export-sent", sent_lines(data, who)),
    ];
    for (title, lines) in sections {
        doc.push(String::new());
        doc.push(super::minutes::heading(fmt, 2, t(title)));
        if lines.is_empty() {
            doc.push(t("person_export-nothing").to_owned());
        }
        doc.extend(lines);
    }
    out.text = doc.join("\n") + "\n";
    Some(out)
}
