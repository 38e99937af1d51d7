//! `roundtable export …`: minutes, feedback sheets and the stakeholder list.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{ExportCommand, Failure};
use crate::domain::dataset::Dataset;
use crate::i18n::tf;
use crate::store::Store;

/// A stakeholder by id (a number), by name, or by a part of the name that fits one person
/// only. A name or part that fits several people is refused with the candidates (id and
/// organisation), so that the recipient, and with it what they may receive, is never a
/// guess.
pub fn find_stakeholder(data: &Dataset, spec: &str) -> Result<crate::domain::Id, String> {
    use crate::domain::lines::fold;
    if let Ok(id) = spec.trim().parse::<u64>() {
        return data
            .stakeholders
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.id)
            .ok_or_else(|| tf("cli-no_stakeholder_id", &[("id", &id)]));
    }
    let want = fold(spec);
    let exact: Vec<_> = data
        .stakeholders
        .iter()
        .filter(|s| fold(&s.name) == want)
        .collect();
    let hits = if exact.is_empty() {
        data.stakeholders
            .iter()
            .filter(|s| fold(&s.name).contains(&want))
            .collect()
    } else {
        exact
    };
    match hits.as_slice() {
        [one] => Ok(one.id),
        [] => Err(tf("cli-no_stakeholder_match", &[("spec", &spec)])),
        many => Err(tf(
            "cli-ambiguous_stakeholder",
            &[
                ("spec", &spec),
                ("n", &many.len()),
                ("candidates", &candidates(many)),
            ],
        )),
    }
}

/// `#12 Samira El Idrissi (Youth House), #46 …`: enough to choose by id.
fn candidates(people: &[&crate::domain::stakeholder::Stakeholder]) -> String {
    let shown: Vec<String> = people
        .iter()
        .take(10)
        .map(|s| format!("#{} {} ({})", s.id, s.name, s.organisation))
        .collect();
    let more = people.len().saturating_sub(shown.len());
    let mut list = shown.join(", ");
    if more > 0 {
        list.push_str(&tf("cli-and_more", &[("n", &more)]));
    }
    list
}

fn emit(
    store: &Store,
    out: Option<PathBuf>,
    force: bool,
    content: &str,
    shared: crate::export::Shared,
) -> Result<(), Failure> {
    match out {
        Some(file) => {
            use crate::export::Placement;
            let placement = if force {
                Placement::Replace
            } else {
                Placement::New
            };
            crate::export::write_audited(store, &file, content, shared, placement)?;
        }
        None => {
            // Recorded first: what reaches the screen has left the application too.
            let how = shared.seal;
            let mut event = crate::domain::audit::AuditEvent::new(
                shared.kind,
                shared.subject,
                "standard output",
            );
            event.recipient = shared.recipient;
            event.included = shared.included;
            event.withheld = shared.withheld;
            let written = crate::export::record_and_write(store, None, event, |_, w| {
                Ok(crate::export::seal(content, how, w).into_bytes())
            })?;
            std::io::stdout().write_all(&written.bytes)?;
        }
    }
    Ok(())
}

pub(super) fn export(path: &Path, what: ExportCommand) -> Result<(), Failure> {
    use crate::domain::audit::AuditKind;
    use crate::export::{Seal, Shared, minutes};
    let store = Store::open(path, false)?;
    let data = store.load()?;
    let now = crate::domain::time::now();
    match what {
        ExportCommand::Minutes {
            session,
            recipient,
            format,
            out,
            force,
        } => {
            let s = data
                .sessions
                .iter()
                .find(|s| s.id == session)
                .ok_or_else(|| Failure::from(tf("cli-no_session", &[("id", &session)])))?;
            let who = find_stakeholder(&data, &recipient).map_err(Failure::from)?;
            let p = minutes::preview(&data, s, who);
            // The document's language: the interface's for now (each recipient's own next).
            let lang = crate::i18n::lang();
            let text = minutes::render_in(lang, &data, s, who, &p, format, now, store.user());
            let shared = Shared {
                kind: AuditKind::Export,
                subject: format!("session:{}", s.id),
                recipient: Some(who),
                included: p.included_keys(),
                withheld: p.withheld_keys(),
                seal: Seal::Footer,
            };
            emit(&store, out, force, &text, shared)
        }
        ExportCommand::Stakeholders {
            format,
            sep,
            bom,
            out,
            force,
        } => {
            use crate::export::stakeholders::{ListFormat, csv, json};
            let sep = u8::try_from(sep)
                .map_err(|_| Failure::from(crate::i18n::t("cli-bad_separator")))?;
            let (bytes, seal) = match format {
                ListFormat::Csv => (
                    csv(&data, sep, bom).map_err(Failure::from)?,
                    Seal::CsvRow { sep },
                ),
                ListFormat::Json => (json(&data).into_bytes(), Seal::JsonField),
            };
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let shared = Shared {
                kind: AuditKind::Export,
                subject: "stakeholders".into(),
                recipient: None,
                // A key like the items' (`note:3`): the trail holds no sentence.
                included: vec![format!(
                    "stakeholders:{}",
                    crate::export::stakeholders::rows(&data).len()
                )],
                withheld: vec![],
                seal,
            };
            emit(&store, out, force, &text, shared)
        }
        ExportCommand::Feedback {
            case,
            recipient,
            format,
            out,
            force,
        } => {
            let reference: crate::domain::case::CaseRef = case.parse().map_err(Failure::from)?;
            let c = data
                .cases
                .iter()
                .find(|c| c.reference == reference)
                .ok_or_else(|| Failure::from(tf("cli-no_case", &[("case", &reference)])))?;
            let who = find_stakeholder(&data, &recipient).map_err(Failure::from)?;
            let p = minutes::feedback_preview(&data, c, who);
            let lang = crate::i18n::lang();
            let text =
                minutes::render_feedback_in(lang, &data, c, who, &p, format, now, store.user());
            let shared = Shared {
                kind: AuditKind::FeedbackSheet,
                subject: format!("case:{reference}"),
                recipient: Some(who),
                included: p.included_keys(),
                withheld: p.withheld_keys(),
                seal: Seal::Footer,
            };
            emit(&store, out, force, &text, shared)
        }
    }
}
