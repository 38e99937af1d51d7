//! The note editor's draft as stored: everything the editor holds, not only the text, so
//! that a note typed as `TLP:RED` with a protected source comes back that way after an
//! SSH drop, a signal or a panic.
//!
//! Drafts are not records: the value carries its own format number (`v`) instead of going
//! through a schema step. A draft from before (plain text) is read with the strictest
//! labels, since nothing says what it was typed under.

use serde::{Deserialize, Serialize};

use crate::domain::Id;
use crate::domain::sharing::{Pap, Tlp};

use super::App;

/// The format this build writes.
pub const VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteDraft {
    pub v: u32,
    pub text: String,
    pub tlp: Tlp,
    pub pap: Pap,
    pub source: Option<Id>,
    pub protected: bool,
}

impl NoteDraft {
    /// A draft with text only (the format before labels were kept): the strictest labels
    /// and a protected source, so that nothing is shared more widely than it was typed.
    pub fn strictest(text: &str) -> Self {
        NoteDraft {
            v: 1,
            text: text.to_owned(),
            tlp: Tlp::Red,
            pap: Pap::Red,
            source: None,
            protected: true,
        }
    }

    /// The stored value; empty when there is no text, which removes the draft.
    pub fn encode(&self) -> String {
        if self.text.is_empty() {
            return String::new();
        }
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored value in any format this build knows. A value that is not a draft
    /// of a known format is old plain text.
    pub fn decode(stored: &str) -> Self {
        match serde_json::from_str::<NoteDraft>(stored) {
            Ok(d) if d.v == VERSION => d,
            // A newer format that still reads: keep the text, never a less strict label.
            Ok(d) if d.v > VERSION => NoteDraft {
                v: VERSION,
                tlp: Tlp::Red,
                pap: Pap::Red,
                protected: true,
                ..d
            },
            _ => Self::strictest(stored),
        }
    }

    /// Whether the labels were not kept with the text and were set to the strictest.
    pub fn from_old_format(&self) -> bool {
        self.v < VERSION
    }
}

/// The part of a draft's place that names where the editor is (`session:3`), without
/// the position inside it.
pub fn draft_base(place: &str) -> &str {
    place.split_once('#').map_or(place, |(base, _)| base)
}

/// The editor's draft for the rescue path (signals, hang-up, panic): place and the
/// stored draft value (text and every attribute), and a version that changes with every
/// edit.
pub fn rescue_snapshot(app: &App) -> Option<(u64, String, String)> {
    let m = app.meeting.as_ref()?;
    Some((m.draft_version, m.place(), m.draft().encode()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_old_text() {
        let d = NoteDraft {
            v: VERSION,
            text: "a {\"v\":2} b".into(),
            tlp: Tlp::Green,
            pap: Pap::Clear,
            source: Some(3),
            protected: false,
        };
        assert_eq!(NoteDraft::decode(&d.encode()), d);
        let old = NoteDraft::decode("{\"half\": a json-looking note");
        assert_eq!(
            (old.tlp, old.pap, old.protected),
            (Tlp::Red, Pap::Red, true)
        );
        assert!(old.from_old_format());
        // Text that happens to be JSON but not a draft is still old text.
        assert_eq!(NoteDraft::decode("{\"v\":2}").text, "{\"v\":2}");
    }
}
