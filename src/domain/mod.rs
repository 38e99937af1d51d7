//! Pure types and rules of the practice. No I/O, no terminal, no database: everything
//! here can be unit-tested with plain values.

pub mod action;
pub mod agenda;
pub mod audit;
pub mod case;
pub mod correction;
pub mod dataset;
pub mod disclosure;
pub mod erasure;
pub mod find;
pub mod haystack;
pub mod haystack_split;
pub mod indicators;
pub mod lines;
pub mod meta;
pub mod network;
pub mod note;
pub mod overview;
pub mod parse;
pub mod pipeline;
pub mod protection;
pub mod provenance;
pub mod retention;
pub mod routing;
pub mod sanitize;
pub mod schedule;
pub mod search;
pub mod session;
pub mod sharing;
pub mod stakeholder;
pub mod suppression;
pub mod time;
pub mod training;
pub mod validate;

pub use meta::{Id, Meta};
