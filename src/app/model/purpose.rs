//! Why a form is open. Each form declares its purpose in its own file under `app/forms`:
//! a type holding what it needs to build its record, implementing [`Purpose`] (its
//! validation, draft place and revision side by side).

use std::any::Any;

use crate::domain::stakeholder::Stakeholder;

use super::form::Form;
use super::record::Change;
use super::state::{App, Tab};

/// What a form is for: how its fields become records, and where its draft is kept.
pub trait Purpose: PurposeBase + std::fmt::Debug + 'static {
    /// Checks the fields (the caller has cleared their messages), marks each problem on
    /// its field, and returns the changes to write when everything is valid. Forms whose
    /// submit goes elsewhere (the router names them) only mark their problems.
    fn validate(&self, form: &mut Form, app: &App) -> Option<Vec<Change>>;

    /// Where the form's draft is kept, `form:<kind>:<ids>`, `<kind>` being the one it is
    /// registered with in `forms::REGISTRY`; `None`: not kept.
    fn place(&self) -> Option<String> {
        None
    }

    /// The revision of the record being edited (0 for a new one), kept with the draft.
    fn rev(&self) -> u64 {
        0
    }

    /// A restored draft was edited against `rev`: a save must be refused, not overwrite,
    /// when the record changed since.
    fn set_rev(&mut self, _rev: u64) {}

    /// The tab whose list selects the new record once saved.
    fn new_record_tab(&self) -> Option<Tab> {
        None
    }

    /// A form saving a stakeholder's name: the name typed and the stakeholder edited, so
    /// that a namesake is asked about first.
    fn name_check<'a>(&'a self, _form: &Form) -> Option<NameCheck<'a>> {
        None
    }
}

/// A stakeholder's name about to be saved.
pub struct NameCheck<'a> {
    pub name: String,
    /// The stakeholder edited; `None` for a new one.
    pub original: Option<&'a Stakeholder>,
}

/// Cloning, comparing and naming the type of a purpose, for every `Clone + PartialEq`
/// purpose.
pub trait PurposeBase {
    fn boxed(&self) -> Box<dyn Purpose>;
    fn as_any(&self) -> &dyn Any;
    fn same(&self, other: &dyn Purpose) -> bool;
}

impl<T: Purpose + Clone + PartialEq> PurposeBase for T {
    fn boxed(&self) -> Box<dyn Purpose> {
        Box::new(self.clone())
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn same(&self, other: &dyn Purpose) -> bool {
        other.as_any().downcast_ref::<T>() == Some(self)
    }
}

impl dyn Purpose {
    /// The purpose as the form's own type, when it is one.
    pub fn get<T: Purpose>(&self) -> Option<&T> {
        self.as_any().downcast_ref::<T>()
    }

    /// Whether the form is of the purpose `T`.
    pub fn is<T: Purpose>(&self) -> bool {
        self.get::<T>().is_some()
    }
}

impl Clone for Box<dyn Purpose> {
    fn clone(&self) -> Self {
        self.boxed()
    }
}

impl PartialEq for dyn Purpose {
    fn eq(&self, other: &Self) -> bool {
        self.same(other)
    }
}
