//! The language a document for one recipient is written in: an explicit choice for this
//! export first, then the recipient's own (a stakeholder's preferred language), then the
//! interface's.

use crate::domain::Id;
use crate::domain::dataset::Dataset;
use crate::domain::stakeholder::Language;
use crate::i18n::Lang;

impl From<Language> for Lang {
    fn from(l: Language) -> Lang {
        match l {
            Language::Nl => Lang::Nl,
            Language::Fr => Lang::Fr,
            Language::En => Lang::En,
        }
    }
}

impl From<Lang> for Language {
    fn from(l: Lang) -> Language {
        match l {
            Lang::Nl => Language::Nl,
            Lang::Fr => Language::Fr,
            Lang::En => Language::En,
        }
    }
}

/// The language of a document for `recipient`.
pub fn for_recipient(data: &Dataset, recipient: Option<Id>, explicit: Option<Lang>) -> Lang {
    explicit.unwrap_or_else(|| {
        let who = recipient.and_then(|id| crate::domain::dataset::by_id(&data.stakeholders, id));
        super::language_for(who, crate::i18n::lang())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_then_the_recipients_own_then_the_interfaces() {
        let data = crate::demo::build(chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap());
        let fr = data
            .stakeholders
            .iter()
            .find(|s| s.language == Some(Language::Fr));
        let fr = fr.unwrap().id;
        let none = data
            .stakeholders
            .iter()
            .find(|s| s.language.is_none())
            .unwrap()
            .id;
        assert_eq!(for_recipient(&data, Some(fr), None), Lang::Fr);
        assert_eq!(for_recipient(&data, Some(fr), Some(Lang::Nl)), Lang::Nl);
        assert_eq!(for_recipient(&data, Some(none), None), crate::i18n::lang());
        for l in Language::ALL {
            assert_eq!(Language::from(Lang::from(l)), l);
            assert_eq!(Lang::from(l).code(), l.code());
        }
    }
}
