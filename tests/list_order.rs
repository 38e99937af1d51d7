//! The stakeholder list's sort orders, worked out from ranks computed once per load,
//! are the orders of the names themselves (lower case, ties by position).

use std::sync::Arc;

use roundtable::app::{Action, App, Tab};

mod support;
use support::app::apply;

#[test]
fn sorted_by_name_and_by_organisation_as_the_lower_case_texts_are() {
    let mut data = roundtable::demo::scale::build(300, support::today());
    // Same names but for case, and the same name twice: ties keep their position.
    data.stakeholders[7].name = data.stakeholders[3].name.to_uppercase();
    data.stakeholders[9].name = data.stakeholders[3].name.clone();
    let people = data.stakeholders.clone();
    let mut app = App::new(support::today());
    app.effects.clear();
    apply(&mut app, [Action::Loaded(Arc::new(data), 1)]);
    apply(&mut app, [Action::GoTab(Tab::Stakeholders)]);
    let lower = |s: &str| s.to_lowercase();
    let mut expected: Vec<usize> = (0..people.len()).filter(|&i| !people[i].archived).collect();
    expected.sort_by_cached_key(|&i| lower(&people[i].name));
    assert_eq!(app.views[0].rows, expected, "by name");
    apply(&mut app, [Action::CycleSort]);
    expected.sort_by_cached_key(|&i| (lower(&people[i].organisation), lower(&people[i].name)));
    assert_eq!(app.views[0].rows, expected, "by organisation");
}
