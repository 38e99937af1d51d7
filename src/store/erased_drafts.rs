//! A draft is never kept for what was erased: a window left open on a form of a person,
//! a case or a note erased meanwhile (by `roundtable erase` in a shell), or on the
//! meeting's agenda item of an erased case, would otherwise write the erased text back
//! while its user types, and a restart would show it again.

use super::StoreError;
use super::repo::WriteTx;
use crate::domain::Id;
use crate::domain::case::{Case, CaseStatus};
use crate::domain::erasure::{DraftAbout, draft_about, is_stub_shaped};
use crate::domain::note::Note;
use crate::domain::session::{AgendaSubject, Session};
use crate::domain::stakeholder::Stakeholder;

impl WriteTx<'_> {
    /// Whether the draft kept at `place` is about a person or case that is erased, or a
    /// note that is gone.
    pub(super) fn about_erased(&self, place: &str) -> Result<bool, StoreError> {
        match draft_about(place) {
            None => Ok(false),
            Some(DraftAbout::Person(id)) => {
                Ok(self.get::<Stakeholder>(id)?.is_none_or(|s| s.erased))
            }
            Some(DraftAbout::Case(id)) => self.case_erased(id),
            Some(DraftAbout::Note(id)) => Ok(self.get::<Note>(id)?.is_none()),
            Some(DraftAbout::AgendaItem(session, item)) => {
                let case = (self.get::<Session>(session)?)
                    .and_then(|s| s.agenda.into_iter().find(|a| a.item == item))
                    .and_then(|a| match a.subject {
                        AgendaSubject::Case(c) => Some(c),
                        _ => None,
                    });
                case.map_or(Ok(false), |c| self.case_erased(c))
            }
        }
    }

    /// The case is gone, or only its erased stub stands.
    fn case_erased(&self, id: Id) -> Result<bool, StoreError> {
        Ok(self
            .get::<Case>(id)?
            .is_none_or(|c| c.status == CaseStatus::Closed && is_stub_shaped(&c)))
    }
}
