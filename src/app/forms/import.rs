//! The form importing stakeholders from a file. Its file is read off the input path: the
//! router plans the import, whose preview comes back as an action.

use crate::app::model::field_name::fields;
use crate::app::model::form::{Field, Form};
use crate::app::model::purpose::Purpose;
use crate::app::model::record::Change;
use crate::app::model::state::App;
use crate::domain::{Id, validate};
use crate::i18n::t;

use super::{check, labels};

fields! {
    /// The fields of the import form.
    pub enum ImportField {
        File: "file" => "field-file",
        OnDuplicate: "on_duplicate" => "field-on_duplicate",
        SkipInvalid: "skip_invalid" => "field-skip_invalid",
        OnlyCategory: "only_category" => "field-only_category",
    }
}
use ImportField as F;

/// The kind in the draft's place.
pub const KIND: &str = "import";

/// Importing stakeholders.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportForm;

impl Purpose for ImportForm {
    fn validate(&self, form: &mut Form, _app: &App) -> Option<Vec<Change>> {
        let file = form.value(F::File);
        check(form, F::File, validate::required(&file));
        None
    }

    fn place(&self) -> Option<String> {
        Some(super::place(KIND, &[]))
    }
}

pub fn restore(_app: &App, _ids: &[Option<Id>]) -> Option<Form> {
    Some(form())
}

pub fn form() -> Form {
    let fields = vec![
        Field::text(F::File, ""),
        Field::choice(F::OnDuplicate, labels(&["import-skip", "import-merge"]), 0),
        Field::flag(F::SkipInvalid, false),
        Field::text(F::OnlyCategory, ""),
    ];
    Form::new(ImportForm, t("form-import").to_owned(), fields)
}
