//! The invitation and agenda of a session, for one recipient, before the meeting: when
//! and where, who chairs, and the items they may see, each under its label. A case
//! appears by its reference only, and only to partners involved in it
//! (`disclosure::Context::may_list`).

use chrono::{DateTime, Utc};

use crate::domain::Id;
use crate::domain::dataset::Dataset;
use crate::domain::disclosure::{Context, Withheld};
use crate::domain::session::{AgendaItem, AgendaSubject, Session};
use crate::i18n::{t, tf};

use super::Format;
use super::minutes::{esc, heading, person, preamble};

/// The agenda items `recipient` may see, and those withheld with the reason.
pub struct AgendaPreview<'a> {
    pub included: Vec<&'a AgendaItem>,
    pub withheld: Vec<(&'a AgendaItem, Withheld)>,
}

/// How the audit trail names an agenda item: its number within the session.
fn key(item: &AgendaItem) -> String {
    format!("agenda_item:{}", item.item)
}

impl AgendaPreview<'_> {
    pub fn included_keys(&self) -> Vec<String> {
        self.included.iter().map(|i| key(i)).collect()
    }

    pub fn withheld_keys(&self) -> Vec<String> {
        self.withheld
            .iter()
            .map(|(i, w)| format!("{} ({})", key(i), w.key()))
            .collect()
    }
}

/// What `recipient` may see of the agenda of `session`; `Err` when the agenda may not go
/// to them at all (`Context::may_receive_agenda`): [`refusal`] says why.
pub fn preview<'a>(
    data: &Dataset,
    session: &'a Session,
    recipient: Id,
) -> Result<AgendaPreview<'a>, Withheld> {
    let ctx = Context::new(data);
    ctx.may_receive_agenda(session, recipient)?;
    let mut p = AgendaPreview {
        included: Vec::new(),
        withheld: Vec::new(),
    };
    for item in &session.agenda {
        match ctx.may_list(session, &item.subject, recipient) {
            Ok(()) => p.included.push(item),
            Err(why) => p.withheld.push((item, why)),
        }
    }
    Ok(p)
}

/// Why no agenda of `session` goes to `recipient`, and how to send one.
pub fn refusal(data: &Dataset, recipient: Id) -> String {
    let who = (data.stakeholders.iter())
        .find(|s| s.id == recipient)
        .map(|s| crate::domain::sanitize::line(&s.name).into_owned())
        .unwrap_or_default();
    tf("agenda-not_at_the_table", &[("who", &who)])
}

/// What an item says on the agenda: a case by its reference only.
fn subject(data: &Dataset, s: &AgendaSubject, fmt: Format) -> String {
    match s {
        AgendaSubject::Case(id) => data
            .cases
            .iter()
            .find(|c| c.id == *id)
            .map(|c| tf("agenda-case", &[("case", &c.reference)]))
            .unwrap_or_default(),
        AgendaSubject::Topic(topic) => esc(fmt, topic),
        AgendaSubject::OpenActions(s) => esc(fmt, &crate::labels::open_actions(data, *s)),
    }
}

/// One line about an agenda item for preview lists: its label and what it is about, as
/// the document says it (a case by its reference only).
pub fn describe(data: &Dataset, item: &AgendaItem) -> String {
    let label = Context::new(data).agenda_label();
    let text = subject(data, &item.subject, Format::Txt);
    format!(
        "{}. [{label}] {}",
        item.item,
        crate::domain::sanitize::line(&text)
    )
}

/// [`render`] written in `lang`.
#[allow(clippy::too_many_arguments)]
pub fn render_in(
    lang: crate::i18n::Lang,
    data: &Dataset,
    session: &Session,
    recipient: Id,
    p: &AgendaPreview,
    fmt: Format,
    at: DateTime<Utc>,
    by: &str,
) -> String {
    crate::i18n::writing_in(lang, || render(data, session, recipient, p, fmt, at, by))
}

/// The invitation and agenda of `session` for `recipient`, in the interface's language
/// (inside [`crate::i18n::writing_in`], the document's).
pub fn render(
    data: &Dataset,
    session: &Session,
    recipient: Id,
    p: &AgendaPreview,
    fmt: Format,
    at: DateTime<Utc>,
    by: &str,
) -> String {
    let title = tf(
        "agenda-title",
        &[
            ("title", &esc(fmt, &session.title)),
            ("date", &session.date),
        ],
    );
    let mut out = preamble(data, title, recipient, "agenda-rule", at, by, fmt);
    let when = match session.time {
        Some(time) => format!("{} {}", session.date, time.format("%H:%M")),
        None => session.date.to_string(),
    };
    out.push(tf("agenda-when", &[("when", &when)]));
    if let Some(place) = &session.place {
        out.push(tf("agenda-place", &[("place", &esc(fmt, place))]));
    }
    if session.chair.is_some() {
        out.push(tf(
            "agenda-chair",
            &[("who", &person(data, session.chair, fmt))],
        ));
    }
    // Who is invited is for those invited, as who sat at the table is in the minutes.
    if session.invitees.contains(&recipient) {
        let invited: Vec<String> = session
            .invitees
            .iter()
            .map(|i| person(data, Some(*i), fmt))
            .collect();
        out.push(tf("agenda-invited", &[("who", &invited.join(", "))]));
    }
    out.push(String::new());
    out.push(heading(fmt, 2, t("agenda-items")));
    out.push(String::new());
    let label = Context::new(data).agenda_label();
    for (n, item) in p.included.iter().enumerate() {
        out.push(format!(
            "{}. [{label}] {}",
            n + 1,
            subject(data, &item.subject, fmt)
        ));
    }
    if p.included.is_empty() {
        out.push(t("agenda-nothing").to_owned());
    }
    out.push(String::new());
    out.push(if p.withheld.is_empty() {
        t("minutes-none_withheld").to_owned()
    } else {
        let key = "agenda-withheld";
        tf(key, &[("count", &p.withheld.len())])
    });
    out.push(String::new());
    out.join("\n")
}
