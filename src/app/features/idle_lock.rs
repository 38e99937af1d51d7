//! The idle lock's flow: lock after the configured time without a key; resume on Enter,
//! once the passphrase is checked when the database is encrypted. While locked, no key
//! reaches what is open underneath, which stays as it was (a draft is kept).

use crate::app::model::lock::{Lock, Secret};
use crate::app::model::text::TextField;
use crate::app::model::{Action, App, Effect};

/// On each tick: lock when no key came for the configured time.
pub fn tick(app: &mut App) {
    let Some(limit) = app.idle_lock else {
        return;
    };
    let last = *app.last_input.get_or_insert(app.now);
    if app.lock.is_none() && app.now - last >= limit {
        app.lock = Some(Lock::new());
    }
}

/// A user action while locked: the passphrase being typed, or Enter.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let encrypted = app.encrypted;
    let lock = app.lock.as_mut()?;
    match action {
        Action::Input(key) if encrypted && !lock.checking => {
            lock.passphrase.input(key);
            lock.refused = false;
        }
        Action::Paste(text) if encrypted && !lock.checking => {
            lock.passphrase.paste(&text);
        }
        Action::Unlock if !encrypted => resume(app),
        Action::Unlock if !lock.checking => {
            let pass = std::mem::replace(&mut lock.passphrase, TextField::single("").masked());
            lock.checking = true;
            app.effects
                .push(Effect::CheckPassphrase(Secret::new(pass.value())));
        }
        Action::PassphraseChecked(true) => resume(app),
        Action::PassphraseChecked(false) => {
            lock.checking = false;
            lock.refused = true;
        }
        _ => {}
    }
    None
}

fn resume(app: &mut App) {
    app.lock = None;
    app.last_input = Some(app.now);
}
