//! The label chooser over the note editor: one letter per label, or arrows and Enter,
//! with both meanings of each label shown (FIRST's and this network's rule).

use crate::domain::sharing::Tlp;

use super::{Action, App};

/// Opens the chooser on the note's current label.
pub fn open(app: &mut App) {
    if let Some(m) = app.meeting.as_mut() {
        m.chooser = Some(Tlp::ALL.iter().position(|l| *l == m.tlp).unwrap_or(0));
    }
}

/// Handles an action while the chooser is open; `false` when it is not open or the
/// action is not for it (time passes underneath).
pub fn update(app: &mut App, action: &Action) -> bool {
    let Some(m) = app.meeting.as_mut() else {
        return false;
    };
    let Some(at) = m.chooser else {
        return false;
    };
    let picked = match action {
        Action::Up => {
            m.chooser = Some(at.saturating_sub(1));
            None
        }
        Action::Down => {
            m.chooser = Some((at + 1).min(Tlp::ALL.len() - 1));
            None
        }
        Action::Accept => Tlp::ALL.get(at).copied(),
        Action::PickTlp(l) => Some(*l),
        Action::Back => {
            m.chooser = None;
            None
        }
        Action::Tick => return false,
        _ => None,
    };
    if let Some(l) = picked {
        m.chooser = None;
        if m.tlp != l {
            m.tlp = l;
            super::meeting::attributes_changed(app);
        }
    }
    true
}
