//! State and flow: one model ([`App`]), one message type ([`Action`]), and [`update`]
//! which changes the model and may return a follow-up action. Work for the store is
//! queued as [`Effect`]s and comes back as actions, so `update` never blocks on I/O.

mod action;
pub mod agenda;
mod chooser;
mod closed;
mod edit;
mod effect;
pub mod follow_up;
pub mod form;
pub mod form_draft;
pub mod forms;
pub mod keymap;
pub mod meeting;
mod namesakes;
pub mod network_forms;
mod networks;
pub mod note_draft;
pub mod people;
pub mod picker;
mod protect;
pub mod record;
mod sessions;
pub mod sharing;
mod sharing_forms;
mod stakeholders;
mod state;
pub mod text;
mod update;

pub use action::Action;
pub use effect::{Effect, run_effect, run_effect_each};
pub use keymap::{Binding, Scope, bindings_for, lookup, pap_key, tab_digit, tlp_key};
pub use state::{App, Confirm, ImportPreview, Overlay, Status, StatusKind, Tab, Ticket, View};
pub use update::{POLL_EVERY_TICKS, update};
