//! A mini-network archived with `d` can be brought back: the message says "u restores
//! it", so `a` shows the archived networks and `u` restores the one selected, as in the
//! stakeholder list.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use roundtable::app::{App, Tab, lookup};

mod support;
use support::app::{apply, run_effects, screen, store_app};

/// The key `c` pressed as the runtime presses it: looked up in the scopes in force.
fn press(app: &mut App, store: &roundtable::store::Store, c: char) {
    let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    let action = lookup(&app.scopes(), key).unwrap_or_else(|| panic!("{c} does nothing here"));
    apply(app, [action]);
    run_effects(app, store);
}

fn selected_name(app: &App) -> String {
    let i = app.view().selected_row().expect("a network is selected");
    app.data.networks[i].name.clone()
}

#[test]
fn an_archived_network_is_shown_with_a_and_restored_with_u() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    apply(&mut app, [roundtable::app::Action::GoTab(Tab::Networks)]);
    let name = selected_name(&app);
    let listed = app.view().rows.len();
    press(&mut app, &store, 'd');
    let status = support::app::status_text(&app);
    assert!(status.contains("u restores it"), "{status}");
    assert_eq!(
        app.view().rows.len(),
        listed - 1,
        "archived networks are hidden"
    );
    press(&mut app, &store, 'a');
    assert_eq!(app.view().rows.len(), listed, "a shows them");
    let s = screen(&app, 80, 24);
    let first_word = name.split(' ').next().unwrap();
    assert!(s.contains(&format!("(archived) {first_word}")), "{s}");
    let at = (app.view().rows.iter())
        .position(|&i| app.data.networks[i].name == name)
        .expect("the archived network is listed");
    app.view_mut().move_by(isize::MIN);
    app.view_mut().move_by(at as isize);
    assert_eq!(selected_name(&app), name);
    press(&mut app, &store, 'u');
    let back = (store.load().unwrap().networks.into_iter())
        .find(|n| n.name == name)
        .unwrap();
    assert!(!back.archived, "restored in the database");
    press(&mut app, &store, 'a');
    assert_eq!(app.view().rows.len(), listed, "listed again");
}
