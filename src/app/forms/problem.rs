//! The form of a problem → solution → owner entry of a mini-network.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::network::{ProblemEntry, ProblemStatus};
use crate::domain::{Id, validate};
use crate::i18n::t;

use super::{check, err};

fields! {
    /// The fields of the problem form.
    pub enum ProblemField {
        Problem: "problem" => "field-problem",
        Solution: "solution" => "field-solution",
        Owner: "owner" => "field-owner",
        ProblemStatus: "problem_status" => "field-problem_status",
        Lesson: "lesson" => "field-lesson",
    }
}
use ProblemField as F;

/// The kind in the draft's place.
pub const KIND: &str = "problem";

/// Where a problem stands, with the label of each.
const STATUSES: [(ProblemStatus, &str); 4] = [
    (ProblemStatus::Open, "problem_status-open"),
    (
        ProblemStatus::SolutionAgreed,
        "problem_status-solution_agreed",
    ),
    (ProblemStatus::Done, "problem_status-done"),
    (ProblemStatus::Dropped, "problem_status-dropped"),
];

/// A new problem of the network (`original` None) or one edited.
#[derive(Debug, Clone, PartialEq)]
pub struct ProblemForm {
    pub network: Id,
    pub original: Option<Box<ProblemEntry>>,
}

impl Purpose for ProblemForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        problem(
            form,
            self.network,
            self.original.as_deref().cloned(),
            app.today,
        )
        .map(|c| vec![c])
    }

    fn place(&self) -> Option<String> {
        let original = self.original.as_ref().map(|p| p.id);
        Some(super::place(KIND, &[Some(self.network), original]))
    }

    fn rev(&self) -> u64 {
        self.original.as_ref().map_or(0, |p| p.meta.rev)
    }

    fn set_rev(&mut self, rev: u64) {
        if let Some(p) = &mut self.original {
            p.meta.rev = rev;
        }
    }
}

pub fn restore(app: &App, ids: &[Option<Id>]) -> Option<Form> {
    let original =
        super::id_at(ids, 1).and_then(|i| crate::domain::dataset::by_id(&app.data.problems, i));
    Some(form(super::id_at(ids, 0)?, original))
}

pub fn form(network: Id, original: Option<&ProblemEntry>) -> Form {
    let p = original;
    let fields = vec![
        Field::multi(F::Problem, p.map_or("", |p| &p.problem)),
        Field::multi(F::Solution, p.map_or("", |p| &p.solution)),
        Field::person(F::Owner, p.and_then(|p| p.owner)),
        Field::choice_of(
            F::ProblemStatus,
            &STATUSES,
            p.and_then(|p| STATUSES.iter().position(|(s, _)| *s == p.status))
                .unwrap_or(0),
        ),
        Field::multi(F::Lesson, p.map_or("", |p| &p.lesson)),
    ];
    let title = if p.is_some() {
        t("form-edit_problem")
    } else {
        t("form-new_problem")
    };
    Form::new(
        ProblemForm {
            network,
            original: p.cloned().map(Box::new),
        },
        title.to_owned(),
        fields,
    )
}

/// The entry with the form's texts, moved to the chosen status today
/// ([`ProblemEntry::move_to`]: its rules and dates).
fn problem(
    form: &mut Form,
    network: Id,
    original: Option<ProblemEntry>,
    today: chrono::NaiveDate,
) -> Option<Change> {
    let text = form.field(F::Problem)?.text.value();
    check(form, F::Problem, validate::required(&text));
    if form.has_errors() {
        return None;
    }
    let text = text.trim().to_owned();
    let mut p = original.unwrap_or_else(|| ProblemEntry::open(network, text.clone(), today));
    p.problem = text;
    p.solution = form.field(F::Solution)?.text.value().trim().to_owned();
    p.owner = form.field(F::Owner)?.person;
    p.lesson = form.field(F::Lesson)?.text.value().trim().to_owned();
    if let Err(e) = p.move_to(form.chosen(F::ProblemStatus, &STATUSES)?, today) {
        err(form, F::ProblemStatus, e.key());
        return None;
    }
    Some(Change::Put(AnyRecord::Problem(p)))
}
