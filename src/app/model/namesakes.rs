//! People who share a name: told apart in pickers by organisation (and id), and a
//! second one is saved only after a question naming the first one's organisation.

use super::App;
use crate::i18n::t;

pub(crate) fn hint_of(
    s: &crate::domain::stakeholder::Stakeholder,
    extra: &str,
    shared: bool,
) -> String {
    let mut parts: Vec<String> = [s.organisation.as_str(), extra]
        .iter()
        .filter(|p| !p.trim().is_empty())
        .map(|p| (*p).to_owned())
        .collect();
    if shared {
        parts.push(format!("#{}", s.id));
    }
    parts.join(" · ")
}

/// What tells a person apart in a picker: the organisation, then `extra` (sector, role),
/// and the id when someone else has the same name.
pub fn person_hint(app: &App, id: crate::domain::Id, extra: &str) -> String {
    let Some(s) = crate::domain::dataset::by_id(&app.data.stakeholders, id) else {
        return extra.to_owned();
    };
    hint_of(s, extra, !namesakes(app, &s.name, Some(id)).is_empty())
}

pub(crate) fn norm_name(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn same_name(a: &str, b: &str) -> bool {
    norm_name(a) == norm_name(b)
}

/// The other stakeholders called `name` (archived ones too: they may come back).
fn namesakes<'a>(
    app: &'a App,
    name: &str,
    except: Option<crate::domain::Id>,
) -> Vec<&'a crate::domain::stakeholder::Stakeholder> {
    app.data
        .stakeholders
        .iter()
        .filter(|s| Some(s.id) != except && same_name(&s.name, name))
        .collect()
}

/// A stakeholder form about to save a name someone else has: the question to ask first,
/// naming each namesake's organisation and id.
pub(crate) fn question(app: &App, form: &super::form::Form) -> Option<String> {
    let super::purpose::NameCheck { name, original } = form.purpose.name_check(form)?;
    if form.namesake_ok {
        return None;
    }
    let except = original.as_ref().map(|s| s.id);
    if original.as_ref().is_some_and(|s| same_name(&s.name, &name)) {
        return None;
    }
    let others = namesakes(app, &name, except);
    if others.is_empty() {
        return None;
    }
    let who: Vec<String> = others
        .iter()
        .map(|s| {
            let org = if s.organisation.trim().is_empty() {
                t("namesake-no_organisation")
            } else {
                s.organisation.as_str()
            };
            format!("{org} (#{})", s.id)
        })
        .collect();
    Some(crate::i18n::tf(
        "confirm-namesake",
        &[("name", &name), ("who", &who.join(", "))],
    ))
}

/// The new rows of an import named like someone already known (rows already marked as
/// duplicates aside): "Name (line N) — also: Organisation (#id)".
pub(crate) fn in_import(app: &App, plan: &crate::import::Plan) -> Vec<String> {
    // One pass over the people known, so that a large import against a large town stays
    // linear.
    let mut by_name: std::collections::HashMap<String, Vec<String>> = Default::default();
    for s in &app.data.stakeholders {
        by_name
            .entry(norm_name(&s.name))
            .or_default()
            .push(format!("{} (#{})", s.organisation, s.id));
    }
    plan.rows
        .iter()
        .filter(|r| r.duplicate.is_none())
        .filter_map(|r| {
            let who = by_name.get(&norm_name(&r.stakeholder.name))?;
            Some(crate::i18n::tf(
                "import-namesake",
                &[
                    ("name", &r.stakeholder.name),
                    ("line", &r.line),
                    ("who", &who.join(", ")),
                ],
            ))
        })
        .collect()
}

/// Stakeholders as picker items: name, with organisation and sector as hint.
pub fn people_items(app: &App, first: &[crate::domain::Id]) -> Vec<super::picker::PickItem> {
    // Names counted once, so that a large town's picker opens in one pass.
    let mut count: std::collections::HashMap<String, usize> = Default::default();
    for s in &app.data.stakeholders {
        *count.entry(norm_name(&s.name)).or_default() += 1;
    }
    app.data
        .stakeholders
        .iter()
        .filter(|s| !s.archived)
        .map(|s| super::picker::PickItem {
            value: s.id,
            label: s.name.clone(),
            hint: hint_of(
                s,
                &crate::labels::sector(&s.sector),
                count.get(&norm_name(&s.name)).is_some_and(|n| *n > 1),
            ),
            group: if first.contains(&s.id) { 0 } else { 1 },
        })
        .collect()
}
