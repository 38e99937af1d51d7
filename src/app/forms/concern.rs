//! The form of a concern routed to another service, from a partner's detail or a case's
//! file: what (a short text), to whom (a partner of the network or a service by name), and
//! when.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::{AnyRecord, Change};
use crate::app::model::state::App;
use crate::domain::routing::{ConcernAbout, PickedUp, RoutedConcern, RoutedTo};
use crate::domain::{Id, Meta, parse, validate};

use super::{check, err};

fields! {
    /// The fields of the routed-concern form.
    pub enum ConcernField {
        What: "what" => "field-concern_what",
        ToPartner: "to_partner" => "field-concern_to_partner",
        ToService: "to_service" => "field-concern_to_service",
        Date: "date" => "field-date",
    }
}
use ConcernField as F;

/// The kind in the draft's place.
pub const KIND: &str = "concern";

/// A new concern about a partner or a case.
#[derive(Debug, Clone, PartialEq)]
pub struct ConcernForm(pub ConcernAbout);

impl Purpose for ConcernForm {
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>> {
        concern(form, self.0, app).map(|c| vec![Change::Put(AnyRecord::Concern(c))])
    }

    fn place(&self) -> Option<String> {
        Some(super::place(KIND, &ids(self.0)))
    }
}

/// The place's ids: the partner, then the case (one of them).
fn ids(about: ConcernAbout) -> [Option<Id>; 2] {
    match about {
        ConcernAbout::Stakeholder(id) => [Some(id), None],
        ConcernAbout::Case(id) => [None, Some(id)],
    }
}

pub fn restore(app: &App, ids: &[Option<Id>]) -> Option<Form> {
    let about = match (super::id_at(ids, 0), super::id_at(ids, 1)) {
        (Some(s), _) => ConcernAbout::Stakeholder(s),
        (None, Some(c)) => ConcernAbout::Case(c),
        (None, None) => return None,
    };
    Some(form(app, about)).filter(|_| subject(app, about).is_some())
}

/// The partner's name or the case's reference, as the title shows it.
fn subject(app: &App, about: ConcernAbout) -> Option<String> {
    match about {
        ConcernAbout::Stakeholder(id) => app.stakeholder_name(Some(id)).map(str::to_owned),
        ConcernAbout::Case(id) => app
            .data
            .cases
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.reference.to_string()),
    }
}

pub fn form(app: &App, about: ConcernAbout) -> Form {
    let fields = vec![
        Field::multi(F::What, ""),
        Field::person(F::ToPartner, None),
        Field::text(F::ToService, ""),
        Field::today(F::Date),
    ];
    let name = subject(app, about).unwrap_or_default();
    let title = crate::i18n::tf(
        "form-route_concern",
        &[("about", &crate::domain::sanitize::line(&name))],
    );
    Form::new(ConcernForm(about), title, fields)
}

fn concern(form: &mut Form, about: ConcernAbout, app: &App) -> Option<RoutedConcern> {
    let what = form.field(F::What)?.text.value();
    check(form, F::What, validate::required(&what));
    let partner = form.field(F::ToPartner)?.person;
    let service = form.value(F::ToService);
    let to = match (partner, service.is_empty()) {
        (Some(id), true) => Some(RoutedTo::Stakeholder(id)),
        (None, false) => Some(RoutedTo::Service(service)),
        (Some(_), false) => {
            err(form, F::ToService, "invalid-concern_one_recipient");
            None
        }
        (None, true) => {
            err(form, F::ToService, "invalid-concern_recipient");
            None
        }
    };
    let on = parse::date(&form.value(F::Date), app.today);
    match on {
        Err(_) => err(form, F::Date, "invalid-date"),
        Ok(d) if d > app.today => err(form, F::Date, "invalid-date_future"),
        Ok(_) => {}
    }
    if form.has_errors() {
        return None;
    }
    Some(RoutedConcern {
        id: 0,
        meta: Meta::default(),
        what: what.trim().to_owned(),
        to: to?,
        on: on.ok()?,
        picked_up: PickedUp::Unknown,
        about,
        picked_up_on: None,
    })
}
