//! A field's name: what a draft stores for it, and its label's catalogue key. Each form
//! declares its own fields as a typed enum with [`fields!`], in its own file under
//! `app/forms`; code finds a field by that enum, never by its label.

/// A field's name as the form widget holds it: the draft's name for it (snake case,
/// frozen once drafts hold it) and its label's catalogue key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FieldKey {
    /// The name a draft stores (format 2), e.g. `organisation`.
    pub name: &'static str,
    /// The catalogue key of the field's label, e.g. `field-organisation`.
    pub label: &'static str,
}

impl FieldKey {
    /// The catalogue key of the field's label.
    pub fn label(self) -> &'static str {
        self.label
    }
}

/// Declares a form's fields as a typed enum: each variant with the name drafts store
/// and its label's catalogue key.
///
/// ```ignore
/// fields! {
///     /// The fields of the rule form.
///     pub enum RuleField {
///         Kind: "rule_kind" => "field-rule_kind",
///         Text: "rule_text" => "field-rule_text",
///     }
/// }
/// ```
macro_rules! fields {
    ($(#[$m:meta])* $vis:vis enum $E:ident {
        $($(#[$vm:meta])* $V:ident : $name:literal => $label:literal),* $(,)?
    }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $E { $($(#[$vm])* $V,)* }

        impl $E {
            /// Every field of the form.
            #[allow(dead_code)]
            pub const ALL: &[$E] = &[$($E::$V),*];
        }

        impl From<$E> for $crate::app::model::field_name::FieldKey {
            fn from(f: $E) -> Self {
                match f {
                    $($E::$V => $crate::app::model::field_name::FieldKey {
                        name: $name,
                        label: $label,
                    },)*
                }
            }
        }

        impl PartialEq<$E> for $crate::app::model::field_name::FieldKey {
            fn eq(&self, other: &$E) -> bool {
                *self == $crate::app::model::field_name::FieldKey::from(*other)
            }
        }
    };
}
pub(crate) use fields;
