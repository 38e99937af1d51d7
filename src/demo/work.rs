//! The demo town's network work: problems in every state, exchange meetings planned,
//! held and cancelled, trainings planned and held.

use chrono::NaiveDate;

use super::{at_of, day_of, stamp};
use crate::domain::dataset::Dataset;
use crate::domain::network::{ExchangeMeeting, ProblemEntry, ProblemStatus};
use crate::domain::stakeholder::Training;

pub(super) fn problems_exchanges_trainings(d: &mut Dataset, today: NaiveDate) {
    trainings(d, today);
    problems(d, today);
    exchanges(d, today);
}

fn trainings(d: &mut Dataset, today: NaiveDate) {
    let day = |offset| day_of(today, offset);
    let at = |offset, hour| at_of(today, offset, hour);
    let mut held = Training::planned(
        "Recognising signs of radicalisation (first line)".into(),
        day(-60),
        "Regional radicalisation desk".into(),
    );
    held.id = 1;
    held.meta = stamp(at(-60, 9));
    held.invited = vec![7, 8, 9, 12, 13, 18, 20, 43];
    held.attendees = vec![7, 8, 9, 12, 13, 18, 20, 43];
    held.held = true;
    held.network = Some(6);
    let mut planned = Training::planned(
        "Shared professional secrecy in practice".into(),
        day(21),
        "Peter Segers".into(),
    );
    planned.id = 2;
    planned.meta = stamp(at(-10, 9));
    planned.invited = vec![4, 5, 10, 27];
    planned.network = Some(6);
    d.trainings = vec![held, planned];
}

fn problems(d: &mut Dataset, today: NaiveDate) {
    let day = |offset| day_of(today, offset);
    let at = |offset, hour| at_of(today, offset, hour);
    let entry = |id, offset, network, problem: &str, solution: &str, owner| {
        let mut p = ProblemEntry::open(network, problem.into(), day(offset));
        p.id = id;
        p.meta = stamp(at(offset, 9));
        p.solution = solution.into();
        p.owner = owner;
        p
    };
    let mut skate = entry(
        1,
        -50,
        1,
        "Boys hanging around the skate park after dark, recruiters seen.",
        "Evening opening of the youth house on Fridays.",
        Some(12),
    );
    skate.status = ProblemStatus::SolutionAgreed;
    skate.agreed = Some(day(-43));
    let mut derby = entry(
        2,
        -120,
        3,
        "Insults between supporters after the derby.",
        "Joint fair-play day of both clubs.",
        Some(18),
    );
    derby.status = ProblemStatus::Done;
    derby.agreed = Some(day(-110));
    derby.closed = Some(day(-80));
    derby.lesson = "Players listen to coaches more than to posters.".into();
    let leaflets = entry(
        3,
        -20,
        2,
        "Hate leaflets in letterboxes.",
        "Joint statement of faith leaders.",
        Some(14),
    );
    let mut graffiti = entry(4, -70, 5, "Graffiti on the community centre.", "", None);
    graffiti.status = ProblemStatus::Dropped;
    graffiti.closed = Some(day(-55));
    graffiti.lesson = "Painted over by the housing company before we met.".into();
    d.problems = vec![skate, derby, leaflets, graffiti];
}

fn exchanges(d: &mut Dataset, today: NaiveDate) {
    let day = |offset| day_of(today, offset);
    let at = |offset, hour| at_of(today, offset, hour);
    let mut held =
        ExchangeMeeting::planned(1, day(-30), "Online polarisation: what do we see?".into());
    held.id = 1;
    held.meta = stamp(at(-30, 19));
    held.place = "Youth house De Brug".into();
    held.host = Some(12);
    held.invited = vec![12, 13, 39, 40, 43, 27];
    held.attendees = vec![12, 13, 39, 43];
    held.held = true;
    held.notes = "TikTok accounts mentioned by three youth workers.\nAgreed to share examples (no names) next time.".into();
    held.lessons = "Bring examples without names: it keeps the talk concrete.".into();
    let mut planned =
        ExchangeMeeting::planned(3, day(12), "Keeping angry supporters in the club".into());
    planned.id = 2;
    planned.meta = stamp(at(-5, 10));
    planned.place = "Canteen of FC Marlevoorde".into();
    planned.host = Some(18);
    planned.invited = vec![18, 20];
    let mut cancelled =
        ExchangeMeeting::planned(1, day(-9), "Girls' afternoon in the youth house".into());
    cancelled.id = 3;
    cancelled.meta = stamp(at(-12, 11));
    cancelled.place = "Youth house De Brug".into();
    cancelled.host = Some(12);
    cancelled.invited = vec![12, 13, 39];
    cancelled.cancelled = true;
    d.exchanges = vec![held, planned, cancelled];
}
