//! `roundtable pipeline`: who is where in step 1 (identified, approached, met, engaged,
//! declined), the longest waiting first within a stage, with who introduced them, and the
//! count of each stage. Former partners stay out, as `disclosure::may_hand_out` rules.

use std::path::Path;

use super::{Failure, say};
use crate::domain::dataset::Dataset;
use crate::domain::disclosure::{HandoutItem, may_hand_out};
use crate::domain::pipeline::{self, Stage};
use crate::domain::stakeholder::Stakeholder;
use crate::i18n::{t, tf};
use crate::store::Store;

/// A stage as `--stage` names it.
pub(super) fn stage_code(code: &str) -> Result<Stage, super::usage_errors::Refused> {
    Stage::from_code(code.trim()).ok_or_else(|| {
        let known: Vec<&str> = Stage::ALL.iter().map(|s| s.code()).collect();
        super::usage_errors::Refused(tf(
            "pipeline-bad_stage",
            &[("stage", &code), ("known", &known.join(", "))],
        ))
    })
}

/// The people followed in step 1, by stage in pipeline order, the oldest move first.
pub(super) fn followed(data: &Dataset, stage: Option<Stage>) -> Vec<&Stakeholder> {
    let mut people: Vec<&Stakeholder> = data
        .stakeholders
        .iter()
        .filter(|s| may_hand_out(&[], HandoutItem::Member(s)).is_ok() && !s.erased)
        .filter(|s| {
            let now = pipeline::current(&s.pipeline);
            now.is_some() && (stage.is_none() || now == stage)
        })
        .collect();
    people.sort_by_key(|s| (s.pipeline.last().map(|m| (m.stage, m.on)), s.id));
    people
}

pub(super) fn list(path: &Path, stage: Option<Stage>) -> Result<(), Failure> {
    let store = Store::open_read_only(path)?;
    let data = store.load()?;
    let people = followed(&data, stage);
    if people.is_empty() {
        say(t("pipeline-none"));
    }
    for s in &people {
        let Some(last) = s.pipeline.last() else {
            continue;
        };
        let by = s
            .referred_by
            .and_then(|id| crate::domain::dataset::by_id(&data.stakeholders, id))
            .map_or_else(|| "-".to_owned(), |p| p.name.clone());
        say(&tf(
            "pipeline-line",
            &[
                ("stage", &t(last.stage.key())),
                ("date", &last.on),
                ("name", &s.name),
                ("organisation", &s.organisation),
                ("by", &by),
            ],
        ));
    }
    let all = followed(&data, None);
    let counts = pipeline::counts(all.iter().map(|s| &s.pipeline[..]));
    let summary: Vec<String> = counts
        .iter()
        .map(|(stage, n)| format!("{} {n}", t(stage.key())))
        .collect();
    say(&tf("pipeline-counts", &[("counts", &summary.join(", "))]));
    Ok(())
}
