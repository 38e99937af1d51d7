//! State and flow: one model ([`App`]), one message type ([`Action`]), and [`update`]
//! which changes the model and may return a follow-up action. Work for the store is
//! queued as [`Effect`]s and comes back as actions, so `update` never blocks on I/O.
//!
//! Four layers, imports pointing one way (a test in this file holds it):
//! `model` ← `forms` ← `features` ← `router`.
//! - [`model`]: the state, `Action`, `Effect`, the keymap, the form and picker widgets,
//!   form purposes: types everyone below may name.
//! - [`forms`]: each form's fields, validation, draft place and restore.
//! - [`features`]: one folder or file per feature; a feature never names another one, it
//!   returns an `Action` and the router dispatches it.
//! - [`router`]: `update` and the layers (modal stack) on top of the views.
//!
//! A key traced to its effect, "change a case's status" on the cases list:
//! 1. `model/keymap.rs`: `s` in the cases scope is `Action::ChangeCaseStatus`.
//! 2. `router/mod.rs`: `update` routes it by tab to `round_tables::sessions::update`;
//!    the picker it opens is a layer (`router/layers.rs`), and the value picked comes
//!    back as `Action::Picked(PickTarget::CaseStatus(case), status)`, which `picked`
//!    hands to `sessions::status_picked`.
//! 3. `features/round_tables/sessions.rs`: opens the status picker, then
//!    `set_case_status` queues the changed case as an `Effect::Apply` (closing a case
//!    asks for the reason first, with `forms::close_case::form`).

pub mod features;
pub mod forms;
pub mod model;
pub mod router;

#[cfg(test)]
mod layering;

pub use model::{
    Action, App, Binding, Confirm, Effect, ImportPreview, OVERVIEW_VIEW, Overlay, Scope, Status,
    StatusKind, Tab, Ticket, View, bindings_for, lookup, pap_key, run_effect, run_effect_each,
    tab_digit, tlp_key,
};
pub use router::{POLL_EVERY_TICKS, update};
