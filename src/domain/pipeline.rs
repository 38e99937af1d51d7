//! Step 1 of the practice: finding the people. Each would-be partner moves through
//! identified → approached → met → engaged (or declined), and the date of each move is kept,
//! so that the overview can count the pipeline and the coordinator sees who has waited
//! long. Who introduced whom is the stakeholder's `referred_by`. A partner may also agree to
//! be listed with their contact details in a handout ("who can do what"); that consent has a
//! date and can be withdrawn.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where a would-be partner stands in step 1. The order is the pipeline's; `Declined` ends
/// it from any stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Identified,
    Approached,
    Met,
    Engaged,
    Declined,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 5] = [
        Stage::Identified,
        Stage::Approached,
        Stage::Met,
        Stage::Engaged,
        Stage::Declined,
    ];

    /// Catalogue key of the stage's name.
    pub fn key(self) -> &'static str {
        match self {
            Stage::Identified => "stage-identified",
            Stage::Approached => "stage-approached",
            Stage::Met => "stage-met",
            Stage::Engaged => "stage-engaged",
            Stage::Declined => "stage-declined",
        }
    }

    /// The name in dumps and on the command line (`identified`).
    pub fn code(self) -> &'static str {
        match self {
            Stage::Identified => "identified",
            Stage::Approached => "approached",
            Stage::Met => "met",
            Stage::Engaged => "engaged",
            Stage::Declined => "declined",
        }
    }

    pub fn from_code(code: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// One move in the pipeline: the stage reached, and when.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Move {
    pub stage: Stage,
    #[serde(with = "crate::domain::time::date")]
    pub on: NaiveDate,
}

/// Agreement to be listed with contact details in what is handed out to partners.
/// Withdrawing keeps the date it was given, for the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    #[serde(with = "crate::domain::time::date")]
    pub given: NaiveDate,
    #[serde(with = "crate::domain::time::opt_date")]
    pub withdrawn: Option<NaiveDate>,
}

/// Why a move was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoveRefused {
    /// Not the next stage (a stage is not skipped nor gone back to, except as below).
    NotNext { from: Stage, to: Stage },
    /// Dated before the last move.
    BeforeLast { last: NaiveDate },
    /// Dated after today.
    InFuture,
}

/// The stage reached last; `None`: not followed.
pub fn current(moves: &[Move]) -> Option<Stage> {
    moves.last().map(|m| m.stage)
}

/// Whether `to` may follow `from`. Forward one stage at a time; anyone may decline; after a
/// refusal a person may be identified again (a second try, later). A person not followed
/// yet enters at any stage but `Declined`: partners known before the pipeline was kept come
/// in as met or engaged.
pub fn allowed(from: Option<Stage>, to: Stage) -> bool {
    use Stage::*;
    match (from, to) {
        (None, Declined) => false,
        (None, _) => true,
        (Some(Declined), Identified) => true,
        (Some(Declined), _) => false,
        (Some(_), Declined) => true,
        (Some(from), to) => {
            Stage::ALL.iter().position(|s| *s == from).map(|i| i + 1)
                == Stage::ALL.iter().position(|s| *s == to)
        }
    }
}

/// The stages a person at `from` may move to, in pipeline order: what a form offers.
pub fn next_stages(from: Option<Stage>) -> Vec<Stage> {
    Stage::ALL
        .into_iter()
        .filter(|s| allowed(from, *s))
        .collect()
}

/// `moves` with a move to `to` on `on` appended, or why not.
pub fn move_to(
    moves: &[Move],
    to: Stage,
    on: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<Move>, MoveRefused> {
    if on > today {
        return Err(MoveRefused::InFuture);
    }
    if let Some(last) = moves.last().filter(|last| on < last.on) {
        return Err(MoveRefused::BeforeLast { last: last.on });
    }
    let from = current(moves);
    if !allowed(from, to) {
        let from = from.unwrap_or(Stage::Identified);
        return Err(MoveRefused::NotNext { from, to });
    }
    let mut out = moves.to_vec();
    out.push(Move { stage: to, on });
    Ok(out)
}

/// The first move that breaks the rules (index), for a restore's validation: a stored
/// pipeline is one that [`move_to`] could have built (dates aside from today).
pub fn first_invalid(moves: &[Move]) -> Option<usize> {
    let mut built: Vec<Move> = Vec::new();
    for (i, m) in moves.iter().enumerate() {
        match move_to(&built, m.stage, m.on, NaiveDate::MAX) {
            Ok(next) => built = next,
            Err(_) => return Some(i),
        }
    }
    None
}

/// A stored pipeline and consent as the rules allow: the field and what is wrong.
pub fn check(moves: &[Move], consent: Option<Consent>) -> Result<(), (String, String)> {
    if let Some(i) = first_invalid(moves) {
        return Err((
            format!("pipeline[{i}]"),
            "not a move the pipeline allows after the one before".into(),
        ));
    }
    match consent {
        Some(Consent {
            given,
            withdrawn: Some(w),
        }) if w < given => Err(("consent".into(), "withdrawn before it was given".into())),
        _ => Ok(()),
    }
}

/// How many people stand at each stage, in pipeline order (every stage, zeros too).
pub fn counts<'a>(pipelines: impl IntoIterator<Item = &'a [Move]>) -> Vec<(Stage, usize)> {
    let mut out: Vec<(Stage, usize)> = Stage::ALL.iter().map(|s| (*s, 0)).collect();
    for moves in pipelines {
        let stage = current(moves);
        if let Some(c) = out.iter_mut().find(|(s, _)| Some(*s) == stage) {
            c.1 += 1;
        }
    }
    out
}

/// How many moves were made on `since` or later.
pub fn moves_since<'a>(pipelines: impl IntoIterator<Item = &'a [Move]>, since: NaiveDate) -> usize {
    pipelines
        .into_iter()
        .map(|moves| moves.iter().filter(|m| m.on >= since).count())
        .sum()
}

impl Consent {
    /// Consent given on `on`.
    pub fn given_on(on: NaiveDate) -> Consent {
        Consent {
            given: on,
            withdrawn: None,
        }
    }

    /// Whether the partner may be listed with contact details now.
    pub fn holds(&self) -> bool {
        self.withdrawn.is_none()
    }

    /// Withdrawn on `on` (never before it was given); `None` if it was withdrawn already.
    pub fn withdraw(self, on: NaiveDate) -> Option<Consent> {
        self.holds().then(|| Consent {
            given: self.given,
            withdrawn: Some(on.max(self.given)),
        })
    }
}

/// Whether someone with `consent` may be listed with their contact details.
pub fn may_list(consent: Option<Consent>) -> bool {
    consent.is_some_and(|c| c.holds())
}

#[cfg(test)]
mod tests {
    use super::Stage::*;
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, day).unwrap()
    }

    fn walk(steps: &[(Stage, u32)]) -> Result<Vec<Move>, MoveRefused> {
        let mut moves = Vec::new();
        for &(stage, day) in steps {
            moves = move_to(&moves, stage, d(day), d(29))?;
        }
        Ok(moves)
    }

    #[test]
    fn the_pipeline_goes_forward_one_stage_at_a_time() {
        let m = walk(&[(Identified, 1), (Approached, 3), (Met, 3), (Engaged, 20)]).unwrap();
        assert_eq!(current(&m), Some(Engaged));
        assert_eq!(m.len(), 4);
        assert_eq!(
            walk(&[(Identified, 1), (Met, 2)]),
            Err(MoveRefused::NotNext {
                from: Identified,
                to: Met
            })
        );
        assert!(walk(&[(Identified, 1), (Approached, 2), (Identified, 3)]).is_err());
        assert!(
            walk(&[(Identified, 1), (Identified, 2)]).is_err(),
            "no standing still"
        );
    }

    #[test]
    fn anyone_may_decline_and_be_tried_again_later() {
        for stage in [Identified, Approached, Met, Engaged] {
            assert!(allowed(Some(stage), Declined), "{stage:?}");
        }
        let m = walk(&[(Identified, 1), (Declined, 5), (Identified, 9)]).unwrap();
        assert_eq!(current(&m), Some(Identified));
        assert!(walk(&[(Identified, 1), (Declined, 5), (Met, 9)]).is_err());
        assert_eq!(next_stages(Some(Declined)), vec![Identified]);
        assert_eq!(next_stages(Some(Met)), vec![Engaged, Declined]);
    }

    #[test]
    fn someone_known_before_enters_at_any_stage_but_declined() {
        assert_eq!(current(&walk(&[(Engaged, 1)]).unwrap()), Some(Engaged));
        assert!(walk(&[(Declined, 1)]).is_err());
        assert_eq!(
            next_stages(None),
            vec![Identified, Approached, Met, Engaged]
        );
    }

    #[test]
    fn dates_never_go_back_nor_into_the_future() {
        assert_eq!(
            walk(&[(Identified, 10), (Approached, 9)]),
            Err(MoveRefused::BeforeLast { last: d(10) })
        );
        assert_eq!(
            move_to(&[], Identified, d(30), d(29)),
            Err(MoveRefused::InFuture)
        );
    }

    #[test]
    fn a_stored_pipeline_is_one_the_rules_could_build() {
        let good = walk(&[(Identified, 1), (Approached, 2)]).unwrap();
        assert_eq!(first_invalid(&good), None);
        let mut bad = good.clone();
        bad.push(Move {
            stage: Engaged,
            on: d(3),
        });
        assert_eq!(first_invalid(&bad), Some(2));
        let mut back = good;
        back[1].on = d(1) - chrono::Days::new(1);
        assert_eq!(first_invalid(&back), Some(1));
    }

    #[test]
    fn a_restore_refuses_a_pipeline_or_consent_the_rules_never_build() {
        let mut data = crate::demo::build(d(29));
        data.validate_records().unwrap();
        let s = data
            .stakeholders
            .iter_mut()
            .find(|s| s.pipeline.len() > 1)
            .unwrap();
        s.pipeline.swap(0, 1);
        let err = data.validate_records().unwrap_err();
        assert!(
            err.path.ends_with(".pipeline[0]") || err.path.ends_with(".pipeline[1]"),
            "{err}"
        );
        let mut data = crate::demo::build(d(29));
        let s = data
            .stakeholders
            .iter_mut()
            .find(|s| s.consent.is_some())
            .unwrap();
        let given = s.consent.unwrap().given;
        s.consent = Some(Consent {
            given,
            withdrawn: given.pred_opt(),
        });
        assert!(
            data.validate_records()
                .unwrap_err()
                .path
                .ends_with(".consent")
        );
    }

    #[test]
    fn counts_hold_every_stage_by_the_last_move() {
        let a = walk(&[(Identified, 1), (Approached, 2)]).unwrap();
        let b = walk(&[(Met, 1)]).unwrap();
        let c = walk(&[(Identified, 1)]).unwrap();
        let none: Vec<Move> = Vec::new();
        let n = counts([&a[..], &b[..], &c[..], &none[..]]);
        assert_eq!(
            n,
            vec![
                (Identified, 1),
                (Approached, 1),
                (Met, 1),
                (Engaged, 0),
                (Declined, 0)
            ]
        );
    }

    #[test]
    fn moves_since_counts_every_move_from_that_day_on() {
        let a = walk(&[(Identified, 1), (Approached, 10), (Met, 20)]).unwrap();
        let b = walk(&[(Engaged, 9)]).unwrap();
        assert_eq!(moves_since([&a[..], &b[..]], d(10)), 2);
        assert_eq!(moves_since([&a[..], &b[..]], d(1)), 4);
        assert_eq!(moves_since([&a[..], &b[..]], d(21)), 0);
    }

    #[test]
    fn only_consent_that_holds_lists_contact_details() {
        assert!(!may_list(None));
        let c = Consent::given_on(d(5));
        assert!(may_list(Some(c)));
        let w = c.withdraw(d(9)).unwrap();
        assert!(!may_list(Some(w)));
        assert_eq!(w.given, d(5), "the date it was given is kept");
        assert_eq!(w.withdraw(d(10)), None, "withdrawn once");
        assert_eq!(c.withdraw(d(1)).unwrap().withdrawn, Some(d(5)));
    }
}
