//! The features: each turns the actions routed to it into state changes and effects. A
//! feature names the model and the forms, never another feature: what another feature
//! should do next comes back as an `Action`, and the router dispatches it.

pub mod concerns;
pub mod exports;
pub mod idle_lock;
pub mod networks;
pub mod overview;
pub mod round_tables;
pub mod search;
pub mod sharing;
pub mod stakeholders;
