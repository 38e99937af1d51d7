//! The model: the state the views draw from, the messages that change it, the effects
//! queued for the store, the keymap, and the widgets' state (forms, pickers, text).
//! Nothing here names a form, a feature or the router.

pub mod action;
pub mod effect;
pub mod export_preview;
pub mod field_name;
pub mod follow_up;
pub mod form;
pub mod kept;
pub mod keymap;
pub mod layers;
pub mod lock;
pub mod matched_fields;
pub mod meeting;
pub mod meeting_notes;
pub mod messages;
pub mod namesakes;
pub mod note_draft;
pub mod overview;
pub mod people_filter;
pub mod picker;
pub mod purpose;
pub mod record;
pub mod scroll;
pub mod search;
pub mod search_back;
pub mod stakeholder_list;
pub mod state;
pub mod status_line;
pub mod text;

pub use action::Action;
pub use effect::{Effect, run_effect, run_effect_each};
pub use keymap::{Binding, Scope, bindings_for, lookup, pap_key, tab_digit, tlp_key};
pub use state::{
    App, Confirm, ImportPreview, OVERVIEW_VIEW, Overlay, Status, StatusKind, Tab, Ticket, View,
};
