//! `roundtable`: the terminal workbench of a local prevention coordinator.
//!
//! Layers, dependencies pointing one way: `domain` (pure) ← `store` (redb) ← `app`
//! (state, actions, update) ← `ui` (pure rendering); `tui` runs the loop, `cli` the
//! subcommands.

// Match guards that mutate (`Input(k) if field.input(k)`) hide the side effect; keep the
// `if` inside the arm.
#![allow(clippy::collapsible_match)]

pub mod app;
pub mod cli;
pub mod config;
pub mod crypt;
pub mod demo;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod import;
pub mod labels;
pub mod output;
pub mod store;
pub mod tui;
pub mod ui;
