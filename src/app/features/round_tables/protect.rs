//! The editor's words about a note whose source is protected: what the exports will mask
//! and what they cannot (`domain::protection`), and the confirmation asked first when a
//! `PAP:RED` note makes actions or a protected source is named in plain text.

use crate::domain::protection::{self, Masking};
use crate::i18n::{t, tf};

use crate::app::model::App;

/// The masking `text`, typed in the open meeting's editor, gets. `None` when the note's
/// source is not protected.
fn masking(app: &App, text: &str) -> Option<Masking> {
    let m = app.meeting.as_ref()?;
    if !m.protected {
        return None;
    }
    let source = m
        .source
        .and_then(|id| crate::domain::dataset::by_id(&app.data.stakeholders, id))
        .map(|s| (s.name.as_str(), s.organisation.as_str()));
    Some(protection::masking(text, &m.parsed, source))
}

/// The question to ask before saving, if one is needed.
pub fn question(app: &App) -> Option<String> {
    let m = app.meeting.as_ref()?;
    let masking = masking(app, &m.editor.value());
    let red = protection::needs_confirmation(m.pap, &m.parsed);
    let in_prose = masking.as_ref().is_some_and(|k| !k.in_prose.is_empty());
    if !red && !in_prose {
        return None;
    }
    let mut parts = Vec::new();
    if red {
        parts.push(tf("protect-pap_red", &[("a", &m.parsed.actions.len())]));
    }
    parts.extend(masking.as_ref().map(said));
    parts.push(t("protect-save_anyway").to_owned());
    Some(parts.join(" "))
}

/// What the editor says once the protected-source note `text` is saved.
pub fn saved(app: &App, text: &str) -> Option<String> {
    masking(app, text).map(|k| said(&k))
}

fn said(k: &Masking) -> String {
    let mut s = tf(
        "protect-masked",
        &[("a", &k.actions), ("d", &k.decisions), ("m", &k.mentions)],
    );
    s.push(' ');
    if k.in_prose.is_empty() {
        s.push_str(t("protect-prose"));
    } else {
        s.push_str(&tf("protect-in_prose", &[("who", &k.in_prose.join(", "))]));
    }
    s
}
