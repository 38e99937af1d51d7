//! The stakeholder form's step-1 fields: the pipeline stage (stay, or one of the moves the
//! pipeline allows, dated today), consent to be listed, and the language exports to the
//! person are written in.

use chrono::NaiveDate;

use crate::domain::pipeline::{self, Consent, Move, MoveRefused, Stage};
use crate::domain::stakeholder::{Language, Stakeholder};
use crate::i18n::{Lang, t};

/// The stage now (or "not followed"), then the stages the pipeline allows next.
fn stages(s: Option<&Stakeholder>) -> (Option<Stage>, Vec<Stage>) {
    let now = s.and_then(|s| pipeline::current(&s.pipeline));
    (now, pipeline::next_stages(now))
}

pub(super) fn stage_options(s: Option<&Stakeholder>) -> Vec<String> {
    let (now, next) = stages(s);
    let here = now.map_or("stage-not_followed", Stage::key);
    std::iter::once(here)
        .chain(next.iter().map(|s| s.key()))
        .map(|k| t(k).to_owned())
        .collect()
}

/// The pipeline after the choice `i` of [`stage_options`]: unchanged at 0.
pub(super) fn moved(
    base: &Stakeholder,
    i: usize,
    today: NaiveDate,
) -> Result<Vec<Move>, MoveRefused> {
    let (_, next) = stages(Some(base));
    match i.checked_sub(1).and_then(|i| next.get(i)) {
        Some(stage) => pipeline::move_to(&base.pipeline, *stage, today, today),
        None => Ok(base.pipeline.clone()),
    }
}

/// Consent as the flag says: given today when newly ticked, withdrawn today when cleared.
pub(super) fn consent(was: Option<Consent>, listed: bool, today: NaiveDate) -> Option<Consent> {
    match (was, listed) {
        (Some(c), true) if c.holds() => Some(c),
        (_, true) => Some(Consent::given_on(today)),
        (Some(c), false) => c.withdraw(today).or(Some(c)),
        (None, false) => None,
    }
}

/// "The interface's", then every language by its own name.
pub(super) fn language_options() -> Vec<String> {
    std::iter::once(t("language-interface").to_owned())
        .chain(
            Language::ALL
                .iter()
                .map(|l| Lang::from(*l).name().to_owned()),
        )
        .collect()
}

pub(super) fn language_index(s: Option<&Stakeholder>) -> usize {
    s.and_then(|s| s.language)
        .and_then(|l| Language::ALL.iter().position(|x| *x == l))
        .map_or(0, |i| i + 1)
}

pub(super) fn language(i: usize) -> Option<Language> {
    i.checked_sub(1).and_then(|i| Language::ALL.get(i).copied())
}
