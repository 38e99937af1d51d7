//! The step-1 pipeline in the stakeholders list and on the Overview (#18): a stage filter
//! beside the quick filter and the text filter, and a jump from the Overview's count.

use roundtable::app::Action;
use roundtable::app::model::picker::PickTarget;
use roundtable::app::model::stakeholder_list::{Quick, StageFilter};
use roundtable::domain::pipeline::{Stage, current};

mod support;
use support::app::{apply, demo_app, render, screen, toggle_quick, type_text};

/// Picks `filter` in the stage picker, the way Enter does.
fn pick_stage(app: &mut roundtable::app::App, filter: StageFilter) {
    apply(app, [Action::PickStageFilter]);
    let picker = app.picker.as_ref().expect("the stage picker opens");
    assert_eq!(picker.target, PickTarget::StageFilter);
    let value = StageFilter::ALL.iter().position(|f| *f == filter).unwrap() as u64;
    assert!(picker.items.iter().any(|i| i.value == value));
    app.picker = None;
    apply(app, [Action::Picked(PickTarget::StageFilter, value)]);
}

fn stages_shown(app: &roundtable::app::App) -> Vec<Option<Stage>> {
    app.view()
        .rows
        .iter()
        .map(|&i| current(&app.data.stakeholders[i].pipeline))
        .collect()
}

#[test]
fn the_list_filters_on_each_stage_and_on_not_followed() {
    let mut app = demo_app();
    for stage in Stage::ALL {
        pick_stage(&mut app, StageFilter::At(stage));
        let shown = stages_shown(&app);
        assert!(!shown.is_empty(), "{stage:?}");
        assert!(shown.iter().all(|s| *s == Some(stage)), "{stage:?}");
        assert!(
            screen(&app, 80, 24).contains(roundtable::i18n::t(stage.key())),
            "the title says which stage"
        );
    }
    pick_stage(&mut app, StageFilter::NotFollowed);
    let shown = stages_shown(&app);
    assert!(shown.len() > 30);
    assert!(shown.iter().all(Option::is_none));
    // The last choice of the picker clears the stage filter.
    apply(&mut app, [Action::PickStageFilter]);
    let every = app.picker.as_ref().unwrap().items.last().unwrap().value;
    app.picker = None;
    apply(&mut app, [Action::Picked(PickTarget::StageFilter, every)]);
    assert_eq!(app.people.stage, None);
    assert_eq!(app.view().rows.len(), 44);
}

#[test]
fn the_stage_filter_combines_with_the_quick_and_the_text_filter() {
    let mut app = demo_app();
    pick_stage(&mut app, StageFilter::NotFollowed);
    let not_followed = app.view().rows.len();
    toggle_quick(&mut app, Quick::Overdue);
    assert_eq!(app.people.quick.on(), [Quick::Overdue]);
    assert_eq!(
        app.people.stage,
        Some(StageFilter::NotFollowed),
        "the quick filter leaves the stage filter alone"
    );
    let both = app.view().rows.len();
    assert!(both > 0 && both < not_followed);
    for &i in &app.view().rows {
        assert!(app.facts[i].cadence.unwrap().is_overdue());
        assert!(app.data.stakeholders[i].pipeline.is_empty());
    }
    apply(&mut app, [Action::StartFilter]);
    type_text(&mut app, "zzzqqq");
    apply(&mut app, [Action::EndFilter]);
    assert!(app.view().rows.is_empty());
    apply(&mut app, [Action::Back]);
    assert_eq!(app.people.stage, None, "Esc clears every filter");
    assert!(app.people.quick.is_empty());
    assert_eq!(app.view().rows.len(), 44);
}

#[test]
fn an_empty_filtered_list_says_which_filters_hide_everyone() {
    let mut app = demo_app();
    pick_stage(&mut app, StageFilter::At(Stage::Declined));
    // The one person who declined is not a key figure.
    toggle_quick(&mut app, Quick::KeyFigures);
    assert!(app.view().rows.is_empty());
    let text = screen(&app, 80, 24);
    assert!(text.contains("declined"), "{text}");
    assert!(text.contains("key figures"), "{text}");
}

#[test]
fn snapshot_the_list_filtered_on_a_stage() {
    let mut app = demo_app();
    pick_stage(&mut app, StageFilter::At(Stage::Met));
    insta::assert_snapshot!("stage_filter_80x24", render(&app, 80, 24).backend());
    pick_stage(&mut app, StageFilter::NotFollowed);
    toggle_quick(&mut app, Quick::Overdue);
    insta::assert_snapshot!("stage_filter_160x48", render(&app, 160, 48).backend());
}

#[test]
fn m_moves_a_partner_to_the_next_stage_on_a_day_with_who_introduced_them() {
    use roundtable::app::forms::pipeline_move::MoveField;
    use roundtable::app::model::record::{AnyRecord, Change};
    let mut app = demo_app();
    // Person 38 was approached 25 days ago: met is next.
    let pos = app
        .view()
        .rows
        .iter()
        .position(|&i| app.data.stakeholders[i].id == 38)
        .unwrap();
    app.view_mut().selected = pos;
    apply(&mut app, [Action::MoveStage]);
    insta::assert_snapshot!("pipeline_move_80x24", render(&app, 80, 24).backend());
    let f = app.form.as_mut().unwrap();
    f.focus = f.index(MoveField::Date).unwrap();
    f.focused_mut().text.set("-30d");
    apply(&mut app, [Action::Submit]);
    assert!(app.effects.is_empty(), "before the last move");
    let f = app.form.as_mut().unwrap();
    f.focused_mut().text.set("-3d");
    f.focus = f.index(MoveField::IntroducedBy).unwrap();
    f.focused_mut().person = Some(4);
    apply(&mut app, [Action::Submit]);
    let s = support::app::queued_changes(&app)
        .into_iter()
        .find_map(|c| match c {
            Change::Put(AnyRecord::Stakeholder(s)) => Some(s),
            _ => None,
        })
        .expect("the partner saved");
    let last = s.pipeline.last().unwrap();
    assert_eq!(
        (last.stage, last.on),
        (Stage::Met, app.today - chrono::Days::new(3))
    );
    assert_eq!(s.referred_by, Some(4));
}

/// Two quick filters together keep whom both keep: overdue key figures.
#[test]
fn two_quick_filters_keep_the_intersection() {
    use std::collections::BTreeSet;
    let mut app = demo_app();
    let rows =
        |app: &roundtable::app::App| app.view().rows.iter().copied().collect::<BTreeSet<_>>();
    toggle_quick(&mut app, Quick::Overdue);
    let overdue = rows(&app);
    toggle_quick(&mut app, Quick::Overdue);
    toggle_quick(&mut app, Quick::KeyFigures);
    let key = rows(&app);
    toggle_quick(&mut app, Quick::Overdue);
    assert_eq!(app.people.quick.on(), [Quick::KeyFigures, Quick::Overdue]);
    let both = rows(&app);
    assert_eq!(both, &overdue & &key);
    assert!(!both.is_empty() && both.len() < overdue.len().min(key.len()));
}

/// Policy and practitioners are one tier each: turning one on turns the other off
/// rather than leaving a list that is always empty.
#[test]
fn the_two_tiers_do_not_combine() {
    let mut app = demo_app();
    toggle_quick(&mut app, Quick::Policy);
    toggle_quick(&mut app, Quick::Informal);
    toggle_quick(&mut app, Quick::Practitioners);
    assert_eq!(
        app.people.quick.on(),
        [Quick::Informal, Quick::Practitioners]
    );
}

/// The rows kept for the texts typed (`PeopleView::found`) are for the quick filters
/// they were found under: a filter turned on or off after typing lists the same rows as
/// working it all out afresh.
#[test]
fn changing_the_quick_filters_drops_the_rows_kept_for_the_text() {
    let mut app = demo_app();
    toggle_quick(&mut app, Quick::Overdue);
    apply(&mut app, [Action::StartFilter]);
    type_text(&mut app, "an");
    apply(&mut app, [Action::EndFilter]);
    for quick in [Quick::Informal, Quick::Overdue, Quick::KeyFigures] {
        toggle_quick(&mut app, quick);
        apply(&mut app, [Action::StartFilter]);
        type_text(&mut app, "n");
        let fresh = app.people.rows(&app.data, &app.facts);
        assert_eq!(app.view().rows, fresh, "{:?}", app.people.quick);
        apply(&mut app, [Action::Input(backspace()), Action::EndFilter]);
        let fresh = app.people.rows(&app.data, &app.facts);
        assert_eq!(app.view().rows, fresh, "{:?}", app.people.quick);
    }
}

fn backspace() -> crossterm::event::KeyEvent {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)
}

#[test]
fn snapshot_two_quick_filters_and_their_picker() {
    let mut app = demo_app();
    toggle_quick(&mut app, Quick::Informal);
    toggle_quick(&mut app, Quick::KeyFigures);
    insta::assert_snapshot!("two_quick_filters_80x24", render(&app, 80, 24).backend());
    apply(&mut app, [Action::PickQuickFilters]);
    insta::assert_snapshot!("quick_filter_picker_80x24", render(&app, 80, 24).backend());
}

/// In the quick filters' picker (several at once) Enter turns the one under the cursor
/// on or off and the picker stays; Esc closes it keeping what is on. Its footer says so,
/// not "Enter pick  Esc cancel", in every language.
#[test]
fn the_quick_filter_pickers_footer_says_enter_turns_on_and_off_and_esc_keeps() {
    use roundtable::i18n::{Lang, t, writing_in};
    for lang in Lang::ALL {
        writing_in(lang, || {
            let mut app = demo_app();
            apply(&mut app, [Action::PickQuickFilters, Action::Down]);
            let footer = screen(&app, 80, 24)
                .lines()
                .last()
                .unwrap_or_default()
                .to_owned();
            for (key, id) in [("Enter", "key-toggle_choice"), ("Esc", "key-done_choosing")] {
                let shown = format!("{key} {}", t(id));
                assert!(
                    footer.contains(&shown),
                    "{lang:?}: {shown:?} not in {footer}"
                );
            }
            assert!(!footer.contains(t("key-cancel")), "{lang:?}: {footer}");
            apply(&mut app, [Action::Accept, Action::Back]);
            assert!(app.picker.is_none());
            assert_ne!(
                app.people.quick,
                Default::default(),
                "{lang:?}: Esc keeps it on"
            );
        });
    }
}
