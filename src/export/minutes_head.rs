//! The head of the minutes, before the items: who chaired and who was present, excused
//! or absent (for those invited), the agenda, and the status changes of the cases
//! discussed, each through the disclosure function as the agenda export is.

use crate::domain::Id;
use crate::domain::dataset::Dataset;
use crate::domain::disclosure::Context;
use crate::domain::session::{AgendaSubject, Presence, Session};
use crate::i18n::{t, tf};

use super::Format;
use super::minutes::{esc, heading, person, subject};

/// The attendance lines: chair, present, excused, absent, walk-ins. Who sat at the table
/// is itself for those who were invited to it (or sat there).
fn attendance(data: &Dataset, s: &Session, recipient: Id, fmt: Format) -> Vec<String> {
    let invited = s.invitees.contains(&recipient) || s.presence_of(recipient).is_some();
    if !invited {
        return Vec::new();
    }
    let names = |ids: &mut dyn Iterator<Item = Id>| -> String {
        ids.map(|id| person(data, Some(id), fmt))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let with = |p: Presence| {
        s.attendance
            .iter()
            .filter(move |a| a.presence == p)
            .map(|a| a.stakeholder)
    };
    let mut out = Vec::new();
    if s.chair.is_some() {
        out.push(tf("minutes-chair", &[("who", &person(data, s.chair, fmt))]));
    }
    for (key, p) in [
        ("minutes-present", Presence::Present),
        ("minutes-excused", Presence::Excused),
        ("minutes-absent", Presence::Absent),
    ] {
        let who = names(&mut with(p));
        if !who.is_empty() {
            out.push(tf(key, &[("who", &who)]));
        }
    }
    let walk_ins = names(&mut s.walk_ins());
    if !walk_ins.is_empty() {
        out.push(tf("minutes-walk_ins", &[("who", &walk_ins)]));
    }
    if !out.is_empty() {
        out.push(String::new());
    }
    out
}

/// The agenda as `recipient` may see it, then the status changes of its cases on the
/// session's day, for those involved in each case.
pub(super) fn head(data: &Dataset, s: &Session, recipient: Id, fmt: Format) -> Vec<String> {
    let at_table = Context::new(data).at_table(s, recipient);
    let mut out = attendance(data, s, recipient, fmt);
    let shown: Vec<&AgendaSubject> = super::minutes::listed_agenda(data, s, recipient)
        .into_iter()
        .map(|i| &i.subject)
        .collect();
    // To someone not at the table an agenda they see nothing of is not mentioned, nor
    // how much of it is kept from them.
    if shown.is_empty() && !at_table {
        return out;
    }
    out.push(heading(fmt, 2, t("minutes-agenda")));
    out.push(String::new());
    for (n, subj) in shown.iter().enumerate() {
        out.push(format!("{}. {}", n + 1, subject(data, subj, fmt)));
    }
    let hidden = s.agenda.len() - shown.len();
    if hidden > 0 && at_table {
        let key = "minutes-not_shown";
        out.push(tf(key, &[("count", &hidden)]));
    }
    out.push(String::new());
    let changes = status_changes(data, s, &shown, fmt);
    if !changes.is_empty() {
        out.push(heading(fmt, 2, t("minutes-status_changes")));
        out.push(String::new());
        out.extend(changes);
        out.push(String::new());
    }
    out
}

fn status_changes(
    data: &Dataset,
    s: &Session,
    shown: &[&AgendaSubject],
    fmt: Format,
) -> Vec<String> {
    let bullet = if fmt == Format::Md { "- " } else { "* " };
    let mut out = Vec::new();
    for subj in shown {
        let AgendaSubject::Case(id) = subj else {
            continue;
        };
        let Some(c) = crate::domain::dataset::by_id(&data.cases, *id) else {
            continue;
        };
        for h in c.history.iter().filter(|h| h.at.date_naive() == s.date) {
            let from = h.from.map(crate::labels::case_status).unwrap_or("—");
            out.push(format!(
                "{bullet}{}",
                esc(
                    fmt,
                    &tf(
                        "minutes-status_change",
                        &[
                            ("case", &c.reference),
                            ("from", &from),
                            ("to", &crate::labels::case_status(h.to)),
                        ],
                    )
                )
            ));
        }
    }
    out
}
