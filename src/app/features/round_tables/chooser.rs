//! The label choosers over the note editor (TLP and PAP): one letter per label, or arrows
//! and Enter, with the meaning of each shown. A label is chosen directly, never reached
//! by passing through the others (no `CLEAR` on the way to `RED`).

use crate::domain::sharing::{Pap, Tlp};

use crate::app::model::{Action, App};

/// Opens the TLP chooser on the note's current label.
pub fn open(app: &mut App) {
    if let Some(m) = app.meeting.as_mut() {
        m.chooser = Some(Tlp::ALL.iter().position(|l| *l == m.tlp).unwrap_or(0));
    }
}

/// Opens the PAP chooser on the note's current PAP.
pub fn open_pap(app: &mut App) {
    if let Some(m) = app.meeting.as_mut() {
        m.pap_chooser = Some(Pap::ALL.iter().position(|p| *p == m.pap).unwrap_or(0));
    }
}

/// Moves a cursor over `n` entries, or says which entry was picked.
fn step(at: usize, n: usize, action: &Action) -> (Option<usize>, Option<usize>) {
    match action {
        Action::Up => (Some(at.saturating_sub(1)), None),
        Action::Down => (Some((at + 1).min(n - 1)), None),
        Action::Accept => (None, Some(at)),
        Action::Back => (None, None),
        _ => (Some(at), None),
    }
}

/// Handles an action while a chooser is open; `false` when none is open or the action
/// is not for it (time passes underneath).
pub fn update(app: &mut App, action: &Action) -> bool {
    let Some(m) = app.meeting.as_mut() else {
        return false;
    };
    if matches!(action, Action::Tick) {
        return false;
    }
    let changed = if let Some(at) = m.chooser {
        let (cursor, picked) = match action {
            Action::PickTlp(l) => (None, Tlp::ALL.iter().position(|x| x == l)),
            a => step(at, Tlp::ALL.len(), a),
        };
        m.chooser = cursor;
        let l = picked.and_then(|i| Tlp::ALL.get(i).copied());
        let changed = l.is_some_and(|l| l != m.tlp);
        m.tlp = l.unwrap_or(m.tlp);
        changed
    } else if let Some(at) = m.pap_chooser {
        let (cursor, picked) = match action {
            Action::PickPap(p) => (None, Pap::ALL.iter().position(|x| x == p)),
            a => step(at, Pap::ALL.len(), a),
        };
        m.pap_chooser = cursor;
        let p = picked.and_then(|i| Pap::ALL.get(i).copied());
        let changed = p.is_some_and(|p| p != m.pap);
        m.pap = p.unwrap_or(m.pap);
        changed
    } else {
        return false;
    };
    if changed {
        super::meeting::attributes_changed(app);
    }
    true
}
