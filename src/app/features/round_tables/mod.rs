//! Round tables: sessions and cases, the meeting screen with its agenda and note editor,
//! and the follow-up of the actions agreed there.

pub mod agenda;
pub mod chooser;
pub mod closed;
pub mod drafts;
pub mod follow_up;
pub mod meeting;
pub mod protect;
pub mod sessions;
pub mod walk_in;
