//! Exports from the TUI (minutes, feedback sheets): the recipient, the preview, and the
//! write, which reads the data again first and writes only what it still says.

use crate::domain::Id;
use crate::domain::audit::AuditKind;
use crate::export::{Format, Shared, minutes};
use crate::i18n::{t, tf};

use crate::app::model::export_preview::{ExportPreview, Exporting};
use crate::app::model::namesakes::people_items;
use crate::app::model::picker::{PickTarget, Picker};
use crate::app::model::record::Change;
use crate::app::model::state::{Status, StatusKind};
use crate::app::model::{Action, App, Effect};

/// Why a recipient receives nothing: when every item was withheld because the recipient
/// was absent (everything kept the AMBER+STRICT label), say so with the rule.
fn why_nothing(app: &App, p: &minutes::Preview, recipient: Id) -> Option<String> {
    use crate::domain::disclosure::Withheld;
    use crate::domain::sharing::Tlp;
    if !p.included.is_empty() || p.withheld.is_empty() {
        return None;
    }
    let who = app
        .stakeholder_name(Some(recipient))
        .map(|n| crate::domain::sanitize::line(n).into_owned())
        .unwrap_or_default();
    if p.withheld.iter().all(|(_, w)| *w == Withheld::NotPresent) {
        let l = Tlp::AmberStrict;
        let default = if crate::app::model::meeting::defaults(app).0 == l {
            format!(" ({})", t("meeting-default_label"))
        } else {
            String::new()
        };
        return Some(tf(
            "preview-nothing_not_present",
            &[
                ("n", &p.withheld.len()),
                ("label", &format!("{l}{default}")),
                ("rule", &crate::labels::tlp_rule(l)),
                ("who", &who),
            ],
        ));
    }
    Some(tf("preview-nothing", &[("who", &who)]))
}

/// Why an item is withheld; for a reason that comes from its label, with that label's
/// rule, printed from the rule data the disclosure function enforces.
fn reason(
    item: &crate::domain::disclosure::Item,
    why: crate::domain::disclosure::Withheld,
) -> String {
    use crate::domain::disclosure::Withheld;
    match why {
        Withheld::NotPresent | Withheld::NotInvited | Withheld::NotMember => tf(
            "preview-withheld_rule",
            &[
                ("why", &t(why.key())),
                ("rule", &crate::labels::tlp_rule(item.tlp())),
            ],
        ),
        _ => t(why.key()).to_owned(),
    }
}

pub fn start(app: &mut App, what: Exporting) {
    let first: Vec<Id> = match what {
        Exporting::Minutes(s) | Exporting::Agenda(s) => app
            .data
            .sessions
            .iter()
            .find(|x| x.id == s)
            .map(|s| s.invitees.clone())
            .unwrap_or_default(),
        Exporting::Feedback(c) => app
            .data
            .cases
            .iter()
            .find(|x| x.id == c)
            .and_then(|c| c.referred_by)
            .into_iter()
            .collect(),
    };
    let target = match what {
        Exporting::Minutes(s) => PickTarget::MinutesFor(s),
        Exporting::Feedback(c) => PickTarget::FeedbackFor(c),
        Exporting::Agenda(s) => PickTarget::AgendaFor(s),
    };
    app.picker = Some(Picker::new(
        t("picker-recipient").to_owned(),
        people_items(app, &first),
        target,
    ));
}

/// The recipient is chosen: build the preview.
pub fn preview(app: &mut App, what: Exporting, recipient: Id) {
    if let Some(text) = refusal(app, what, recipient) {
        app.status = Some(crate::app::model::Status {
            kind: crate::app::model::StatusKind::Error,
            text,
        });
        return;
    }
    app.export = build(app, what, recipient, app.now);
}

/// Why `what` may not go to `recipient` at all, as the command line refuses it.
fn refusal(app: &App, what: Exporting, recipient: Id) -> Option<String> {
    let d = &app.data;
    match what {
        Exporting::Agenda(s) => {
            let session = crate::domain::dataset::by_id(&d.sessions, s)?;
            let refused = crate::export::agenda::preview(d, session, recipient).is_err();
            refused.then(|| crate::export::agenda::refusal(d, recipient))
        }
        Exporting::Minutes(s) => {
            let session = crate::domain::dataset::by_id(&d.sessions, s)?;
            let p = minutes::preview(d, session, recipient);
            minutes::refusal(d, session, recipient, &p)
        }
        Exporting::Feedback(c) => {
            let case = crate::domain::dataset::by_id(&d.cases, c)?;
            minutes::feedback_refusal(d, case, recipient)
        }
    }
}

/// The preview of `what` for `recipient` from the data as it is now, dated `at`.
fn build(
    app: &App,
    what: Exporting,
    recipient: Id,
    at: chrono::DateTime<chrono::Utc>,
) -> Option<ExportPreview> {
    let d = &app.data;
    let who_slug = recipient;
    let lang = crate::export::language::for_recipient(d, Some(recipient), None);
    let (p, document, path) = match what {
        Exporting::Agenda(s) => return build_agenda(app, s, recipient, at),
        Exporting::Minutes(s) => {
            let session = crate::domain::dataset::by_id(&d.sessions, s)?;
            let p = minutes::preview(d, session, recipient);
            let doc =
                minutes::render_in(lang, d, session, recipient, &p, Format::Md, at, &app.user);
            let path = app.export_dir.join(format!(
                "minutes-{}-session{}-for{}.md",
                session.date, s, who_slug
            ));
            (p, doc, path)
        }
        Exporting::Feedback(c) => {
            let case = crate::domain::dataset::by_id(&d.cases, c)?;
            let p = minutes::feedback_preview(d, case, recipient);
            let doc = minutes::render_feedback_in(
                lang,
                d,
                case,
                recipient,
                &p,
                Format::Md,
                at,
                &app.user,
            );
            let path = app.export_dir.join(format!(
                "feedback-{}-for{}-{}.md",
                case.reference, who_slug, app.today
            ));
            (p, doc, path)
        }
    };
    let explain = why_nothing(app, &p, recipient);
    let preview = ExportPreview {
        explain,
        what,
        recipient,
        included: p.included.iter().map(|i| minutes::describe(d, i)).collect(),
        withheld: p
            .withheld
            .iter()
            .map(|(i, w)| format!("{} — {}", minutes::describe(d, i), reason(i, *w)))
            .collect(),
        document,
        path,
        shared_included: p.included_keys(),
        shared_withheld: p.withheld_keys(),
        scroll: 0,
        at,
        writing: false,
    };
    Some(preview)
}

/// The preview of a session's invitation and agenda for `recipient`: the same
/// disclosure (`Context::may_list`) and document as `roundtable export agenda`.
fn build_agenda(
    app: &App,
    session: Id,
    recipient: Id,
    at: chrono::DateTime<chrono::Utc>,
) -> Option<ExportPreview> {
    use crate::export::agenda;
    let d = &app.data;
    let s = crate::domain::dataset::by_id(&d.sessions, session)?;
    let p = agenda::preview(d, s, recipient).ok()?;
    // Written in the recipient's language, as `roundtable export agenda` writes it.
    let lang = crate::export::language::for_recipient(d, Some(recipient), None);
    let document = agenda::render_in(lang, d, s, recipient, &p, Format::Md, at, &app.user);
    let path = app.export_dir.join(format!(
        "agenda-{}-session{}-for{}.md",
        s.date, session, recipient
    ));
    Some(ExportPreview {
        explain: None,
        what: Exporting::Agenda(session),
        recipient,
        included: p.included.iter().map(|i| agenda::describe(d, i)).collect(),
        withheld: p
            .withheld
            .iter()
            .map(|(i, w)| format!("{} — {}", agenda::describe(d, i), t(w.key())))
            .collect(),
        document,
        path,
        shared_included: p.included_keys(),
        shared_withheld: p.withheld_keys(),
        scroll: 0,
        at,
        writing: false,
    })
}

/// Fresh data arrived. When a write is waiting for it, the export is computed again: the
/// same result is written; a different one (a colleague changed attendance or a label
/// meanwhile) is shown instead, and nothing is written or recorded as sent.
pub fn loaded(app: &mut App) {
    let Some(p) = app.export.as_ref().filter(|p| p.writing) else {
        return;
    };
    let again = build(app, p.what, p.recipient, p.at);
    match again {
        Some(mut fresh) if fresh.same_as(p) => {
            fresh.writing = false;
            app.export = None;
            write(app, fresh);
        }
        _ => {
            let (what, recipient) = (p.what, p.recipient);
            app.export = build(app, what, recipient, app.now);
            app.status = Some(Status {
                kind: StatusKind::Error,
                text: t("status-export_changed").to_owned(),
            });
        }
    }
}

/// Writes a checked export and records it as sent.
fn write(app: &mut App, p: ExportPreview) {
    let shared = Shared {
        kind: kind(p.what),
        subject: subject(app, p.what),
        recipient: Some(p.recipient),
        included: p.shared_included,
        withheld: p.shared_withheld,
        seal: crate::export::Seal::Footer,
    };
    let msg = tf("status-exported", &[("path", &p.path.display())]);
    let ticket = app.quick(msg);
    app.saving.push(ticket.clone());
    app.effects.push(Effect::Export {
        path: p.path,
        content: p.document,
        shared,
        ticket,
    });
}

fn subject(app: &App, what: Exporting) -> String {
    match what {
        Exporting::Minutes(s) => format!("session:{s}"),
        Exporting::Agenda(s) => format!("agenda:session:{s}"),
        Exporting::Feedback(c) => app
            .data
            .cases
            .iter()
            .find(|x| x.id == c)
            .map(|c| format!("case:{}", c.reference))
            .unwrap_or_default(),
    }
}

fn kind(what: Exporting) -> AuditKind {
    match what {
        Exporting::Minutes(_) | Exporting::Agenda(_) => AuditKind::Export,
        Exporting::Feedback(_) => AuditKind::FeedbackSheet,
    }
}

/// Actions while the preview is open.
pub fn update_preview(app: &mut App, action: &Action) -> Option<Action> {
    let p = app.export.as_mut()?;
    match action {
        Action::Up => p.scroll = p.scroll.saturating_sub(1),
        Action::Down => p.scroll = p.scroll.saturating_add(1),
        Action::PageUp => p.scroll = p.scroll.saturating_sub(10),
        Action::PageDown => p.scroll = p.scroll.saturating_add(10),
        Action::WriteExport => {
            // Read the data again first: what is written is what the data says now.
            p.writing = true;
            app.status = Some(Status {
                kind: StatusKind::Info,
                text: t("status-export_checking").to_owned(),
            });
            app.effects.push(Effect::Load);
        }
        Action::Back => {
            // A decision not to share is recorded too.
            let p = app.export.take()?;
            let mut event = crate::domain::audit::AuditEvent::new(
                AuditKind::ExportCancelled,
                subject(app, p.what),
                "preview cancelled",
            );
            event.recipient = Some(p.recipient);
            event.withheld = p
                .shared_included
                .into_iter()
                .chain(p.shared_withheld)
                .collect();
            let msg = t("status-export_cancelled").to_owned();
            let ticket = app.quick(msg);
            app.saving.push(ticket.clone());
            app.effects
                .push(Effect::Apply(vec![Change::Audit(event)], ticket));
        }
        _ => {}
    }
    None
}
