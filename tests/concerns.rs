//! Concerns routed to other services (#18): routed from a partner's detail and from a
//! case's file, answered later (picked up or not, dated), and listed with each.

use roundtable::app::forms::concern::ConcernField;
use roundtable::app::forms::concern_answer::AnswerField;
use roundtable::app::model::picker::PickTarget;
use roundtable::app::model::record::{AnyRecord, Change};
use roundtable::app::{Action, Tab};
use roundtable::domain::routing::{ConcernAbout, PickedUp, RoutedConcern, RoutedTo};

mod support;
use support::app::{apply, demo_app, queued_changes, render, run_effects, screen, type_text};

fn select_person(app: &mut roundtable::app::App, id: u64) {
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.stakeholders[i].id == id)
        .unwrap();
    app.view_mut().selected = pos;
}

fn select_case(app: &mut roundtable::app::App, id: u64) {
    apply(app, [Action::GoTab(Tab::Sessions), Action::ToggleCases]);
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.cases[i].id == id)
        .unwrap();
    app.view_mut().selected = pos;
}

fn focus(
    app: &mut roundtable::app::App,
    name: impl Into<roundtable::app::model::field_name::FieldKey>,
) {
    let f = app.form.as_mut().unwrap();
    f.focus = f.index(name).unwrap();
}

/// The one concern the queued save writes.
fn saved(app: &roundtable::app::App) -> RoutedConcern {
    let puts: Vec<Change> = queued_changes(app)
        .into_iter()
        .filter(|c| !matches!(c, Change::SetDraft { .. }))
        .collect();
    match puts.as_slice() {
        [Change::Put(AnyRecord::Concern(c))] => c.clone(),
        other => panic!("expected one concern, got {other:?}"),
    }
}

#[test]
fn a_concern_is_routed_from_a_partners_detail_to_a_service() {
    let mut app = demo_app();
    select_person(&mut app, 30);
    apply(&mut app, [Action::RouteConcern]);
    let picker = app.picker.as_ref().expect("the concerns of the partner");
    assert_eq!(
        picker.target,
        PickTarget::Concern(ConcernAbout::Stakeholder(30))
    );
    assert_eq!(picker.items.len(), 2, "a new one, then the one recorded");
    app.picker = None;
    apply(
        &mut app,
        [Action::Picked(
            PickTarget::Concern(ConcernAbout::Stakeholder(30)),
            0,
        )],
    );
    assert!(app.form.is_some());
    // Nothing typed: what and whom are asked for, nothing is written.
    apply(&mut app, [Action::Submit]);
    assert!(app.effects.is_empty());
    let text = screen(&app, 80, 24);
    assert!(text.contains("required"), "{text}");
    focus(&mut app, ConcernField::What);
    type_text(&mut app, "Rent arrears, eviction threatened.");
    focus(&mut app, ConcernField::ToService);
    type_text(&mut app, "OCMW housing desk");
    focus(&mut app, ConcernField::Date);
    app.form.as_mut().unwrap().focused_mut().text.set("-2d");
    apply(&mut app, [Action::Submit]);
    let c = saved(&app);
    assert_eq!(c.about, ConcernAbout::Stakeholder(30));
    assert_eq!(c.to, RoutedTo::Service("OCMW housing desk".into()));
    assert_eq!(c.what, "Rent arrears, eviction threatened.");
    assert_eq!(c.on, app.today - chrono::Days::new(2));
    assert_eq!((c.picked_up, c.picked_up_on), (PickedUp::Unknown, None));
}

#[test]
fn a_concern_goes_to_a_partner_or_a_service_never_both_nor_in_the_future() {
    let mut app = demo_app();
    select_case(&mut app, 2);
    apply(&mut app, [Action::RouteConcern]);
    let target = app.picker.as_ref().unwrap().target;
    assert_eq!(target, PickTarget::Concern(ConcernAbout::Case(2)));
    app.picker = None;
    apply(&mut app, [Action::Picked(target, 0)]);
    focus(&mut app, ConcernField::What);
    type_text(&mut app, "Mother asks for parenting support.");
    focus(&mut app, ConcernField::ToPartner);
    app.form.as_mut().unwrap().focused_mut().person = Some(4);
    focus(&mut app, ConcernField::ToService);
    type_text(&mut app, "Family centre");
    apply(&mut app, [Action::Submit]);
    assert!(app.effects.is_empty(), "both a partner and a service");
    assert!(screen(&app, 80, 24).contains("not both"));
    focus(&mut app, ConcernField::ToService);
    app.form.as_mut().unwrap().focused_mut().text.set("");
    focus(&mut app, ConcernField::Date);
    app.form.as_mut().unwrap().focused_mut().text.set("+3d");
    apply(&mut app, [Action::Submit]);
    assert!(app.effects.is_empty(), "dated after today");
    app.form.as_mut().unwrap().focused_mut().text.set("today");
    apply(&mut app, [Action::Submit]);
    let c = saved(&app);
    assert_eq!(c.about, ConcernAbout::Case(2));
    assert_eq!(c.to, RoutedTo::Stakeholder(4));
}

#[test]
fn the_answer_is_recorded_later_with_its_day_through_a_real_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = roundtable::store::Store::open(&dir.path().join("t.redb"), true).unwrap();
    store.restore(&support::full_dataset(), false).unwrap();
    let mut app = demo_app();
    // The open concern about partner 21 went to partner 4: both details list it.
    let open = app
        .data
        .routed_concerns
        .iter()
        .find(|c| c.is_open())
        .unwrap()
        .clone();
    select_person(&mut app, 4);
    apply(&mut app, [Action::Open]);
    let detail = screen(&app, 160, 48);
    assert!(detail.contains("Concerns routed"), "{detail}");
    assert!(detail.contains("not known yet"), "{detail}");
    apply(&mut app, [Action::Back, Action::RouteConcern]);
    let picker = app.picker.as_ref().unwrap();
    assert_eq!(picker.items[1].value, open.id, "open ones first");
    let target = picker.target;
    app.picker = None;
    apply(&mut app, [Action::Picked(target, open.id)]);
    focus(&mut app, AnswerField::Date);
    app.form.as_mut().unwrap().focused_mut().text.set("-20d");
    apply(&mut app, [Action::Submit]);
    assert!(app.effects.is_empty(), "before it was routed");
    app.form.as_mut().unwrap().focused_mut().text.set("today");
    apply(&mut app, [Action::Submit]);
    let c = saved(&app);
    assert_eq!(
        (c.id, c.picked_up, c.picked_up_on),
        (open.id, PickedUp::Yes, Some(app.today))
    );
    run_effects(&mut app, &store);
    let back = store.load().unwrap();
    let stored = back
        .routed_concerns
        .iter()
        .find(|c| c.id == open.id)
        .unwrap();
    assert_eq!(stored.picked_up_on, Some(app.today));
}

#[test]
fn snapshots_of_the_concern_forms_and_lists() {
    let mut app = demo_app();
    select_person(&mut app, 21);
    apply(&mut app, [Action::Open]);
    insta::assert_snapshot!("concerns_detail_80x24", render(&app, 80, 24).backend());
    apply(&mut app, [Action::Back, Action::RouteConcern]);
    insta::assert_snapshot!("concerns_picker_80x24", render(&app, 80, 24).backend());
    let target = app.picker.take().unwrap().target;
    apply(&mut app, [Action::Picked(target, 0)]);
    insta::assert_snapshot!("concern_form_80x24", render(&app, 80, 24).backend());
    insta::assert_snapshot!("concern_form_160x48", render(&app, 160, 48).backend());
    app.form = None;
    select_case(&mut app, 1);
    apply(&mut app, [Action::Open]);
    insta::assert_snapshot!("concerns_case_file_160x48", render(&app, 160, 48).backend());
    apply(&mut app, [Action::Back, Action::RouteConcern]);
    let target = app.picker.take().unwrap().target;
    let id = app.data.routed_concerns[0].id;
    apply(&mut app, [Action::Picked(target, id)]);
    insta::assert_snapshot!("concern_answer_80x24", render(&app, 80, 24).backend());
}

#[test]
fn the_overview_lists_every_open_concern_to_answer() {
    use roundtable::app::OVERVIEW_VIEW;
    use roundtable::domain::overview::checklist::Jump;
    let mut app = demo_app();
    apply(&mut app, [Action::GoTab(Tab::Overview)]);
    let checks = app.overview.model.clone().unwrap().checklist.clone();
    app.views[OVERVIEW_VIEW].selected = checks
        .iter()
        .position(|c| c.jump == Jump::Concerns)
        .unwrap();
    insta::assert_snapshot!(
        "overview_concerns_line_80x24",
        render(&app, 80, 24).backend()
    );
    apply(&mut app, [Action::Open]);
    insta::assert_snapshot!("open_concerns_160x48", render(&app, 160, 48).backend());
    let picker = app.picker.take().expect("the open concerns");
    assert_eq!(picker.target, PickTarget::OpenConcern);
    let open: Vec<u64> = app
        .data
        .routed_concerns
        .iter()
        .filter(|c| c.is_open())
        .map(|c| c.id)
        .collect();
    let listed: Vec<u64> = picker.items.iter().map(|i| i.value).collect();
    assert_eq!(listed, open);
    apply(&mut app, [Action::Picked(PickTarget::OpenConcern, open[0])]);
    apply(&mut app, [Action::Submit]);
    let c = saved(&app);
    assert_eq!((c.id, c.picked_up), (open[0], PickedUp::Yes));
}
