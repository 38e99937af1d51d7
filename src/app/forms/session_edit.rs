//! The form of a session being prepared: its date, time, place, chair and invitees. A
//! closed session stays as it was (`domain::schedule::edit`): its minutes may have gone
//! out.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::schedule::{SessionEdit, edit};
use crate::domain::session::Session;
use crate::domain::{Id, parse};

use super::err;

fields! {
    /// The fields of the session edit form.
    pub enum SessionEditField {
        Date: "date" => "field-date",
        Time: "time" => "field-time",
        Place: "place" => "field-place",
        Chair: "chair" => "field-chair",
        Invitees: "invitees" => "field-invitees",
    }
}
use SessionEditField as F;

/// The kind in the draft's place.
pub const KIND: &str = "session_edit";

/// The session edited, as it was read (its revision guards against a lost update).
#[derive(Debug, Clone, PartialEq)]
pub struct SessionEditForm(pub Box<Session>);

impl Purpose for SessionEditForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        edited(form, &self.0, app).map(|s| vec![Change::Put(AnyRecord::Session(s))])
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
    Some(form(crate::domain::dataset::by_id(&app.data.sessions, id)?))
}

pub fn form(s: &Session) -> Form {
    let time = s
        .time
        .map(|t| t.format("%H:%M").to_string())
        .unwrap_or_default();
    let fields = vec![
        Field::date(F::Date, &s.date.to_string()),
        Field::text(F::Time, &time),
        Field::text(F::Place, s.place.as_deref().unwrap_or("")),
        Field::person(F::Chair, s.chair),
        Field::people(F::Invitees, s.invitees.clone()),
    ];
    let title = crate::i18n::tf(
        "form-edit_session",
        &[("title", &s.title), ("date", &s.date)],
    );
    Form::new(SessionEditForm(Box::new(s.clone())), title, fields)
}

/// The session with the form's values, or `None` with each problem on its field.
fn edited(form: &mut Form, s: &Session, app: &App) -> Option<Session> {
    let date = parse::date(&form.value(F::Date), app.today);
    if date.is_err() {
        err(form, F::Date, "invalid-date");
    }
    let time_text = form.value(F::Time);
    let time = if time_text.trim().is_empty() {
        Ok(None)
    } else {
        chrono::NaiveTime::parse_from_str(time_text.trim(), "%H:%M").map(Some)
    };
    if time.is_err() {
        err(form, F::Time, "invalid-time");
    }
    if form.has_errors() {
        return None;
    }
    let chair = form.field(F::Chair)?.person;
    let mut invitees = form.field(F::Invitees)?.people.clone();
    if let Some(c) = chair
        && !invitees.contains(&c)
    {
        invitees.insert(0, c);
    }
    let change = SessionEdit {
        date: date.ok()?,
        time: time.ok()?,
        place: Some(form.value(F::Place).trim().to_owned()),
        chair,
        invitees,
    };
    match edit(s, change) {
        Ok(s) => Some(s),
        Err(e) => {
            err(form, F::Date, e.key());
            None
        }
    }
}
