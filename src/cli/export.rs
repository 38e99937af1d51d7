//! `roundtable export …`: minutes, feedback sheets and the stakeholder list.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{ExportCommand, Failure};
use crate::domain::dataset::Dataset;
use crate::export::language::for_recipient;
use crate::i18n::{Lang, tf};
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

/// Writes an export in `lang` (its witness line too) to `out` or standard output,
/// recorded first.
fn emit(
    store: &Store,
    out: Option<PathBuf>,
    force: bool,
    (lang, content): (Lang, &str),
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
            crate::export::write_audited_in(lang, store, &file, content, shared, placement)?;
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
                let sealed = crate::i18n::writing_in(lang, || crate::export::seal(content, how, w));
                Ok(sealed.into_bytes())
            })?;
            std::io::stdout().write_all(&written.bytes)?;
        }
    }
    Ok(())
}

/// The session `id` and the one stakeholder `recipient` names, or why not.
fn session_for<'a>(
    data: &'a crate::domain::dataset::Dataset,
    id: crate::domain::Id,
    recipient: &str,
) -> Result<(&'a crate::domain::session::Session, crate::domain::Id), Failure> {
    let s = crate::domain::dataset::by_id(&data.sessions, id)
        .ok_or_else(|| Failure::from(tf("cli-no_session", &[("id", &id)])))?;
    let who = find_stakeholder(data, recipient).map_err(Failure::from)?;
    Ok((s, who))
}

/// `roundtable export …`; `explicit` is the `--lang` given on the command line, which
/// writes the document in that language whoever receives it.
pub(super) fn export(
    path: &Path,
    what: ExportCommand,
    explicit: Option<Lang>,
) -> Result<(), Failure> {
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
            let (s, who) = session_for(&data, session, &recipient)?;
            let p = minutes::preview(&data, s, who);
            if let Some(why) = minutes::refusal(&data, s, who, &p) {
                return Err(Failure::from(why));
            }
            let lang = for_recipient(&data, Some(who), explicit);
            let text = minutes::render_in(lang, &data, s, who, &p, format, now, store.user());
            let shared = Shared {
                kind: AuditKind::Export,
                subject: format!("session:{}", s.id),
                recipient: Some(who),
                included: p.included_keys(),
                withheld: p.withheld_keys(),
                seal: Seal::Footer,
            };
            emit(&store, out, force, (lang, &text), shared)
        }
        ExportCommand::Agenda {
            session,
            recipient,
            format,
            out,
            force,
        } => {
            use crate::export::agenda;
            let (s, who) = session_for(&data, session, &recipient)?;
            let p = agenda::preview(&data, s, who)
                .map_err(|_| Failure::from(agenda::refusal(&data, who)))?;
            let lang = for_recipient(&data, Some(who), explicit);
            let text = agenda::render_in(lang, &data, s, who, &p, format, now, store.user());
            let shared = Shared {
                kind: AuditKind::Export,
                subject: format!("agenda:session:{}", s.id),
                recipient: Some(who),
                included: p.included_keys(),
                withheld: p.withheld_keys(),
                seal: Seal::Footer,
            };
            emit(&store, out, force, (lang, &text), shared)
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
            let lang = for_recipient(&data, None, explicit);
            emit(&store, out, force, (lang, &text), shared)
        }
        ExportCommand::Handout {
            what,
            network,
            out,
            force,
        } => {
            let lang = for_recipient(&data, None, explicit);
            let (text, shared) = crate::i18n::writing_in(lang, || {
                handout(&data, what, network.as_deref(), now, store.user())
            })?;
            emit(&store, out, force, (lang, &text), shared)
        }
        ExportCommand::Person {
            name,
            format,
            out,
            force,
        } => {
            let who = super::erase::find_whole_person(&data, &name)?;
            let lang = for_recipient(&data, Some(who), explicit);
            let p = crate::export::person::render_in(lang, &data, who, format, now, store.user())
                .ok_or_else(|| Failure::from(tf("cli-no_stakeholder_id", &[("id", &who)])))?;
            let shared = Shared {
                kind: AuditKind::PersonExported,
                subject: format!("person:{who}"),
                recipient: Some(who),
                included: p.included,
                withheld: p.withheld,
                seal: Seal::Footer,
            };
            emit(&store, out, force, (lang, &p.text), shared)
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
            if let Some(why) = minutes::feedback_refusal(&data, c, who) {
                return Err(Failure::from(why));
            }
            let p = minutes::feedback_preview(&data, c, who);
            let lang = for_recipient(&data, Some(who), explicit);
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
            emit(&store, out, force, (lang, &text), shared)
        }
    }
}

/// `roundtable report`: the yearly figures, recorded on the trail like every export.
pub(super) fn report(
    path: &Path,
    year: Option<i32>,
    (out, force): (Option<PathBuf>, bool),
    explicit: Option<Lang>,
) -> Result<(), Failure> {
    use chrono::Datelike;
    let store = Store::open(path, false)?;
    let data = store.load()?;
    let now = crate::domain::time::now();
    let today = super::today();
    let year = year.unwrap_or(today.year());
    let lang = for_recipient(&data, None, explicit);
    let text = crate::export::report::render_in(lang, &data, year, today, now, store.user())
        .ok_or_else(|| Failure::from(tf("cli-bad_year", &[("year", &year)])))?;
    let shared = crate::export::Shared {
        kind: crate::domain::audit::AuditKind::Export,
        subject: format!("report:{year}"),
        recipient: None,
        included: vec!["figures".into()],
        withheld: vec![],
        seal: crate::export::Seal::Footer,
    };
    emit(&store, out, force, (lang, &text), shared)
}

/// A mini-network by id or by its name (case and accents aside).
fn find_network<'a>(
    data: &'a Dataset,
    spec: &str,
) -> Result<&'a crate::domain::network::MiniNetwork, Failure> {
    use crate::domain::lines::fold;
    let live = data.networks.iter().filter(|n| !n.archived);
    let found = match spec.trim().parse::<u64>() {
        Ok(id) => live.clone().find(|n| n.id == id),
        Err(_) => live.clone().find(|n| fold(&n.name) == fold(spec)),
    };
    found.ok_or_else(|| Failure::from(tf("cli-no_network", &[("spec", &spec)])))
}

/// The handout's text and what the trail records of it.
fn handout(
    data: &Dataset,
    what: crate::export::handout::HandoutKind,
    network: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
    by: &str,
) -> Result<(String, crate::export::Shared), Failure> {
    use crate::export::handout::{self, HandoutKind};
    let (h, subject) = match what {
        HandoutKind::Agreement => (
            handout::agreement(data, now, by),
            "handout:agreement".into(),
        ),
        HandoutKind::Directory | HandoutKind::Lessons => {
            let spec =
                network.ok_or_else(|| Failure::from(crate::i18n::t("cli-handout_network")))?;
            let n = find_network(data, spec)?;
            if what == HandoutKind::Directory {
                let h = handout::directory_of(data, n, now, by);
                (h, format!("handout:directory:network:{}", n.id))
            } else {
                let h = handout::lessons_of(data, n, now, by);
                (h, format!("handout:lessons:network:{}", n.id))
            }
        }
    };
    let shared = crate::export::Shared {
        kind: crate::domain::audit::AuditKind::Export,
        subject,
        recipient: None,
        included: h.included,
        withheld: h.withheld,
        seal: crate::export::Seal::Footer,
    };
    Ok((h.text, shared))
}
