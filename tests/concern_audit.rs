//! A routed concern and its answer are on the audit trail like every other change of a
//! record: the concern's id and whom it is about, never its text, the service or a name.

use roundtable::app::forms::concern::ConcernField;
use roundtable::app::model::picker::PickTarget;
use roundtable::app::{Action, App};
use roundtable::domain::audit::{AuditEvent, AuditKind};
use roundtable::domain::routing::ConcernAbout;

mod support;
use support::app::{apply, run_effects, store_app, type_text};

const WHAT: &str = "Rent arrears, eviction threatened.";
const SERVICE: &str = "OCMW housing desk";

fn focus(app: &mut App, name: ConcernField) {
    let f = app.form.as_mut().unwrap();
    f.focus = f.index(name).unwrap();
}

/// Every field of `e` as one text, to look for content in.
fn all_text(e: &AuditEvent) -> String {
    let mut s = format!("{} {} {}", e.subject, e.detail, e.who);
    for k in e.included.iter().chain(&e.withheld) {
        s.push(' ');
        s.push_str(k);
    }
    s
}

#[test]
fn routing_and_answering_a_concern_are_audited_without_content() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut app) = store_app(&dir);
    let about = ConcernAbout::Stakeholder(30);
    apply(&mut app, [Action::Picked(PickTarget::Concern(about), 0)]);
    focus(&mut app, ConcernField::What);
    type_text(&mut app, WHAT);
    focus(&mut app, ConcernField::ToService);
    type_text(&mut app, SERVICE);
    apply(&mut app, [Action::Submit]);
    run_effects(&mut app, &store);
    let data = store.load().unwrap();
    let c = data
        .routed_concerns
        .iter()
        .find(|c| c.what == WHAT)
        .unwrap();
    let routed = data.audit.last().unwrap();
    assert_eq!(routed.kind, AuditKind::ConcernRouted);
    assert_eq!(routed.subject, format!("concern:{}", c.id));
    assert!(routed.detail.contains("stakeholder:30"), "{routed:?}");

    apply(&mut app, [Action::Picked(PickTarget::Concern(about), c.id)]);
    assert!(app.form.is_some(), "the answer form");
    apply(&mut app, [Action::Submit]);
    run_effects(&mut app, &store);
    let data = store.load().unwrap();
    let answered = data.audit.last().unwrap();
    assert_eq!(answered.kind, AuditKind::ConcernAnswered);
    assert_eq!(answered.subject, format!("concern:{}", c.id));
    assert!(answered.detail.contains("stakeholder:30"), "{answered:?}");

    let name = &data.stakeholders.iter().find(|s| s.id == 30).unwrap().name;
    for e in [routed, answered] {
        let text = all_text(e);
        for secret in [WHAT, "Rent", SERVICE, "OCMW", name.as_str()] {
            assert!(!text.contains(secret), "{secret:?} in {e:?}");
        }
    }
}
