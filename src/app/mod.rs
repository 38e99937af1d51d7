//! State and flow: one model ([`App`]), one message type ([`Action`]), and [`update`]
//! which changes the model and may return a follow-up action. Work for the store is
//! queued as [`Effect`]s and comes back as actions, so `update` never blocks on I/O.

mod action;
mod effect;
mod keymap;
mod state;
mod update;

pub use action::Action;
pub use effect::{Effect, run_effect};
pub use keymap::{Binding, Scope, bindings_for, lookup, tab_digit};
pub use state::{App, Overlay, Status, StatusKind, Tab, View};
pub use update::{POLL_EVERY_TICKS, update};
