//! Following up actions in the app: every step is checked, written with its audit entry
//! by ids, refused when stale, and allowed for an action agreed at a closed session.

use roundtable::app::model::follow_up::Step;
use roundtable::app::model::record::{AnyRecord, Change, apply as write};
use roundtable::app::{Action, App};
use roundtable::domain::note::{ActionItem, ActionStatus};
use roundtable::domain::session::SessionStatus;

mod support;
use support::app::{apply, demo_app, queued_changes, run_effects, store_app};

fn action(app: &App, id: u64) -> &ActionItem {
    app.data.actions.iter().find(|a| a.id == id).unwrap()
}

fn closed(app: &App, a: &ActionItem) -> bool {
    let s = app
        .data
        .sessions
        .iter()
        .find(|s| Some(s.id) == a.anchor.session);
    s.is_some_and(|s| s.status == SessionStatus::Closed)
}

fn step_saved(step: Step, check: impl Fn(&ActionItem)) {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    assert!(
        closed(&app, action(&app, 1)),
        "action 1 was agreed at a closed session"
    );
    let audit = app.data.audit.len();
    apply(&mut app, [Action::FollowUp(1, step)]);
    run_effects(&mut app, &store);
    let data = store.load().unwrap();
    let a = data.actions.iter().find(|a| a.id == 1).unwrap();
    check(a);
    assert_eq!(a.history.len(), 1);
    assert_eq!(a.history[0].by.as_ref(), "tester");
    let new: Vec<_> = data.audit[audit..]
        .iter()
        .map(|e| e.subject.clone())
        .collect();
    assert_eq!(new, ["action:1"]);
    assert_eq!(action(&app, 1), a, "the screen shows what was saved");
}

#[test]
fn done_is_saved_and_audited_even_for_an_action_of_a_closed_session() {
    step_saved(Step::Done("Met the coach".into()), |a| {
        assert_eq!(a.status, ActionStatus::Done)
    });
}

#[test]
fn cancel_is_saved_with_its_reason() {
    step_saved(Step::Cancel("Moved away".into()), |a| {
        assert_eq!(a.status, ActionStatus::Cancelled)
    });
}

#[test]
fn reassign_is_saved() {
    step_saved(Step::Reassign(8), |a| assert_eq!(a.owner, Some(8)));
}

#[test]
fn due_is_saved() {
    let day = support::today() + chrono::Days::new(9);
    step_saved(Step::Due(day), |a| assert_eq!(a.due, Some(day)));
}

#[test]
fn a_refused_step_queues_nothing_and_says_why() {
    let mut app = demo_app();
    app.user = "tester".into();
    apply(&mut app, [Action::FollowUp(1, Step::Cancel("  ".into()))]);
    assert!(queued_changes(&app).is_empty());
    let status = app.status.clone().unwrap();
    assert!(status.text.contains("reason"), "{status:?}");
    let done = app.data.actions.iter().find(|a| !a.is_open()).unwrap().id;
    apply(
        &mut app,
        [Action::FollowUp(done, Step::Done(String::new()))],
    );
    assert!(queued_changes(&app).is_empty());
}

#[test]
fn a_stale_action_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    // Someone else moved its due date since the app read it.
    let mut other = action(&app, 1).clone();
    other
        .move_due("other", app.now, support::today() + chrono::Days::new(30))
        .unwrap();
    store
        .write(|tx| write(tx, &[Change::Put(AnyRecord::Action(other.clone()))]))
        .unwrap();
    apply(&mut app, [Action::FollowUp(1, Step::Done(String::new()))]);
    let effects: Vec<_> = app.effects.drain(..).collect();
    for e in &effects {
        let mut results = Vec::new();
        roundtable::app::run_effect_each(&store, e, &mut |a| results.push(a));
        assert!(
            results.iter().any(|r| matches!(r, Action::SaveFailed(..))),
            "{results:?}"
        );
    }
    let stored = store.load().unwrap();
    let a = stored.actions.iter().find(|a| a.id == 1).unwrap();
    assert!(a.is_open());
}

/// Follow-up is allowed at a closed session; changing what was agreed is not.
#[test]
fn a_closed_session_keeps_what_was_agreed() {
    let dir = tempfile::tempdir().unwrap();
    let (store, app) = store_app(&dir);
    let mut a = action(&app, 1).clone();
    assert!(closed(&app, &a));
    a.text = "something else".into();
    let put = Change::Put(AnyRecord::Action(a));
    assert!(store.write(|tx| write(tx, &[put])).is_err());
}

/// `A` on the round-tables tab lists every open action, overdue first; `D` marks the
/// selected one done.
#[test]
fn the_actions_view_lists_open_actions_overdue_first() {
    let mut app = demo_app();
    app.user = "tester".into();
    apply(
        &mut app,
        [
            Action::GoTab(roundtable::app::Tab::Sessions),
            Action::ToggleActions,
        ],
    );
    let rows: Vec<_> = app
        .view()
        .rows
        .iter()
        .map(|&i| &app.data.actions[i])
        .collect();
    assert_eq!(
        rows.len(),
        app.data.actions.iter().filter(|a| a.is_open()).count()
    );
    assert!(rows[0].is_overdue(app.today));
    let first = rows.iter().position(|a| !a.is_overdue(app.today)).unwrap();
    assert!(rows[first..].iter().all(|a| !a.is_overdue(app.today)));
    let id = rows[0].id;
    let s = support::app::screen(&app, 160, 48);
    assert!(s.contains("Open actions") && s.contains("overdue"), "{s}");
    apply(&mut app, [Action::ActionDoneSelected]);
    support::app::type_text(&mut app, "Met the coach");
    apply(&mut app, [Action::Submit]);
    let changes = queued_changes(&app);
    assert!(
        matches!(&changes[0], Change::Put(AnyRecord::Action(a)) if a.id == id && !a.is_open()),
        "{changes:?}"
    );
}

#[test]
fn actions_view_snapshots() {
    let mut app = demo_app();
    apply(
        &mut app,
        [
            Action::GoTab(roundtable::app::Tab::Sessions),
            Action::ToggleActions,
        ],
    );
    let render = support::app::render;
    insta::assert_snapshot!("actions_80x24", render(&app, 80, 24).backend());
    insta::assert_snapshot!("actions_160x48", render(&app, 160, 48).backend());
}

/// `X` asks for a reason and refuses an empty one in the form; `U` takes `+3d`.
#[test]
fn cancel_and_due_are_typed_in_a_form() {
    let mut app = demo_app();
    app.user = "tester".into();
    apply(
        &mut app,
        [
            Action::GoTab(roundtable::app::Tab::Sessions),
            Action::ToggleActions,
        ],
    );
    let id = app.data.actions[app.view().selected_row().unwrap()].id;
    apply(&mut app, [Action::ActionCancelSelected, Action::Submit]);
    assert!(queued_changes(&app).is_empty());
    let form = app.form.as_ref().expect("the form stays open");
    assert_eq!(
        form.fields[0].error.as_deref(),
        Some("form-action_needs_reason")
    );
    support::app::type_text(&mut app, "Family moved away");
    apply(&mut app, [Action::Submit]);
    assert!(matches!(&queued_changes(&app)[0],
        Change::Put(AnyRecord::Action(a)) if a.id == id && a.status == ActionStatus::Cancelled));
    app.effects.clear();
    apply(&mut app, [Action::Down, Action::ActionDueSelected]);
    support::app::type_text(&mut app, "+3d");
    apply(&mut app, [Action::Submit]);
    let want = app.today + chrono::Days::new(3);
    assert!(
        matches!(&queued_changes(&app)[0],
            Change::Put(AnyRecord::Action(a)) if a.due == Some(want)),
        "{:?}",
        queued_changes(&app)
    );
}

/// `R` opens the people picker without the current owner; the pick reassigns.
#[test]
fn reassign_picks_from_the_people_picker() {
    let mut app = demo_app();
    app.user = "tester".into();
    apply(
        &mut app,
        [
            Action::GoTab(roundtable::app::Tab::Sessions),
            Action::ToggleActions,
        ],
    );
    let a = app.data.actions[app.view().selected_row().unwrap()].clone();
    apply(&mut app, [Action::ActionReassignSelected]);
    let picker = app.picker.as_ref().expect("a picker");
    assert!(picker.items.iter().all(|p| Some(p.value) != a.owner));
    apply(&mut app, [Action::Accept]);
    assert!(
        matches!(&queued_changes(&app)[0],
            Change::Put(AnyRecord::Action(b)) if b.id == a.id && b.owner != a.owner && b.owner.is_some()),
        "{:?}",
        queued_changes(&app)
    );
}

/// `f` narrows the view to a case (or an owner, or a mini-network), and back to all.
#[test]
fn the_actions_view_filters_by_case() {
    let mut app = demo_app();
    apply(
        &mut app,
        [
            Action::GoTab(roundtable::app::Tab::Sessions),
            Action::ToggleActions,
        ],
    );
    let all = app.view().rows.len();
    let case = app.data.actions[app.view().rows[0]].anchor.case.unwrap();
    let reference = app
        .data
        .cases
        .iter()
        .find(|c| c.id == case)
        .unwrap()
        .reference
        .to_string();
    apply(&mut app, [Action::FilterActions]);
    support::app::type_text(&mut app, &reference);
    apply(&mut app, [Action::Accept]);
    let rows = app.view().rows.clone();
    assert!(!rows.is_empty() && rows.len() < all, "{rows:?}");
    assert!(
        rows.iter()
            .all(|&i| app.data.actions[i].anchor.case == Some(case))
    );
    apply(&mut app, [Action::FilterActions]);
    support::app::type_text(&mut app, "every open action");
    apply(&mut app, [Action::Accept]);
    assert_eq!(app.view().rows.len(), all);
}

/// Enter in a one-field form (the new due date) submits it.
#[test]
fn enter_submits_a_one_field_form() {
    let mut app = demo_app();
    app.user = "tester".into();
    apply(
        &mut app,
        [
            Action::GoTab(roundtable::app::Tab::Sessions),
            Action::ToggleActions,
            Action::ActionDueSelected,
        ],
    );
    support::app::type_text(&mut app, "+3d");
    apply(&mut app, [Action::OpenPicker]);
    assert!(app.form.is_none(), "Enter submitted the form");
    let want = app.today + chrono::Days::new(3);
    assert!(
        matches!(&queued_changes(&app)[0],
            Change::Put(AnyRecord::Action(a)) if a.due == Some(want)),
        "{:?}",
        queued_changes(&app)
    );
}

/// At 80×24 the Actions list cuts the action's text to the room its column has; the
/// selected action is shown whole below the list, with its owner and due date.
#[test]
fn the_selected_action_reads_whole_at_80_columns() {
    let mut app = demo_app();
    apply(
        &mut app,
        [
            Action::GoTab(roundtable::app::Tab::Sessions),
            Action::ToggleActions,
            Action::Top,
        ],
    );
    // The longest text listed.
    let rows = app.view().rows.clone();
    let at = (0..rows.len())
        .max_by_key(|&n| app.data.actions[rows[n]].text.chars().count())
        .unwrap();
    apply(&mut app, std::iter::repeat_n(Action::Down, at));
    let text = app.data.actions[rows[at]].text.clone();
    assert!(text.chars().count() > 30, "a long text: {text}");
    let s = support::app::screen(&app, 80, 24);
    let rows: Vec<&str> = s
        .lines()
        .filter_map(|l| l.trim_matches('"').strip_prefix('│')?.strip_suffix('│'))
        .map(str::trim)
        .collect();
    assert!(rows.join(" ").contains(&text), "{text:?} is cut:\n{s}");
}

/// The owner column is as wide as the names it lists (a fixed 20 cut "Chief Insp.
/// Sofie Claes"), while the action's text keeps the rest.
#[test]
fn the_owner_column_fits_the_names_listed() {
    let mut app = demo_app();
    let chief = app
        .data
        .stakeholders
        .iter()
        .find(|s| s.name == "Chief Insp. Sofie Claes")
        .map(|s| s.id)
        .unwrap();
    let mut data = (*app.data).clone();
    let open = data.actions.iter().position(|a| a.is_open()).unwrap();
    data.actions[open].owner = Some(chief);
    apply(&mut app, [Action::Loaded(std::sync::Arc::new(data), 2)]);
    apply(
        &mut app,
        [
            Action::GoTab(roundtable::app::Tab::Sessions),
            Action::ToggleActions,
        ],
    );
    for (w, h) in [(80, 24), (160, 48)] {
        let s = support::app::screen(&app, w, h);
        assert!(s.contains("Chief Insp. Sofie Claes "), "{w}x{h}:\n{s}");
    }
}
