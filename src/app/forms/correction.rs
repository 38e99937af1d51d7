//! The correction form of a saved note: its text, source, labels and protection, or a
//! reason to retract it. `domain::correction` keeps the version it replaces; the store
//! names the change on the trail by the note's id only.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::Id;
use crate::domain::correction::{Correction, CorrectionError, correct, retract};
use crate::domain::note::Note;
use crate::domain::sharing::{Pap, Tlp};

use super::err;

fields! {
    /// The fields of the correction form.
    pub enum CorrectionField {
        Text: "note_text" => "field-note_text",
        Source: "source" => "field-source",
        Tlp: "tlp" => "field-tlp",
        Pap: "pap" => "field-pap",
        Protected: "protected_source" => "field-protected_source",
        Retract: "retract_reason" => "field-retract_reason",
    }
}
use CorrectionField as F;

/// The kind in the draft's place.
pub const KIND: &str = "correction";

/// The note corrected, as it was read (its revision guards against a lost update).
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectionForm(pub Box<Note>);

impl Purpose for CorrectionForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        corrected(form, &self.0, app).map(|n| vec![Change::Put(AnyRecord::Note(n))])
    }

    fn place(&self) -> Option<String> {
        Some(super::place(KIND, &[Some(self.0.id)]))
    }

    fn rev(&self) -> u64 {
        self.0.meta.rev
    }

    fn set_rev(&mut self, rev: u64) {
        self.0.meta.rev = rev;
    }
}

pub fn restore(app: &App, ids: &[Option<Id>]) -> Option<Form> {
    let id = super::id_at(ids, 0)?;
    let note = crate::domain::dataset::by_id(&app.data.notes, id)?;
    (!note.is_retracted()).then(|| form(app, note))
}

pub fn form(_app: &App, note: &Note) -> Form {
    let names = |all: &[&str]| all.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    let tlps: Vec<&str> = Tlp::ALL.iter().map(|l| l.as_str()).collect();
    let paps: Vec<&str> = Pap::ALL.iter().map(|l| l.as_str()).collect();
    let fields = vec![
        Field::multi(F::Text, &note.text),
        Field::person(F::Source, note.source),
        Field::choice(F::Tlp, names(&tlps), index(&Tlp::ALL, note.tlp)),
        Field::choice(F::Pap, names(&paps), index(&Pap::ALL, note.pap)),
        Field::flag(F::Protected, note.protected_source),
        Field::multi(F::Retract, ""),
    ];
    let title = crate::i18n::tf("form-correct_note", &[("id", &note.id)]);
    Form::new(CorrectionForm(Box::new(note.clone())), title, fields)
}

fn index<T: PartialEq>(all: &[T], x: T) -> usize {
    all.iter().position(|a| *a == x).unwrap_or(0)
}

/// What the form sets, as a correction.
fn correction(form: &Form) -> Option<Correction> {
    Some(Correction {
        text: form.field(F::Text)?.text.value(),
        source: form.field(F::Source)?.person,
        tlp: *Tlp::ALL.get(form.field(F::Tlp)?.choice)?,
        pap: *Pap::ALL.get(form.field(F::Pap)?.choice)?,
        protected_source: form.field(F::Protected)?.flag,
    })
}

/// The note corrected, or retracted when a reason is given; each problem on its field.
fn corrected(form: &mut Form, note: &Note, app: &App) -> Option<Note> {
    let c = correction(form)?;
    let reason = form.value(F::Retract);
    let result = if reason.trim().is_empty() {
        correct(note, c, &app.user, app.now)
    } else if c != Correction::of(note) {
        err(form, F::Retract, "correction-retract_or_correct");
        return None;
    } else {
        retract(note, &reason, &app.user, app.now)
    };
    match result {
        Ok(n) => Some(n),
        Err(e) => {
            let field = match e {
                CorrectionError::NoReason => F::Retract,
                _ => F::Text,
            };
            err(form, field, e.key());
            None
        }
    }
}
