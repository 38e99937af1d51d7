//! The search of the whole database (#13): from anywhere with C-f, from the meeting's
//! own search with Tab (this session / everything); notes of every session as corrected,
//! retracted ones marked, cases, actions open and closed, people, sessions; Enter goes
//! there, Esc leaves everything as it was.

use std::sync::Arc;

use roundtable::app::model::meeting::Focus;
use roundtable::app::model::meeting_notes::{self, Entry};
use roundtable::app::model::search::{Field, HitKind, SearchScope, Target};
use roundtable::app::{Action, App, Tab};
use roundtable::domain::dataset::Dataset;
use roundtable::domain::note::{NoteRevision, Retraction};

mod support;
use support::app::{apply, demo_app, render, screen, type_text};

/// The demo town with a note in French at session 1's first item, a corrected note (its
/// old text held "bicycle") and a retracted one, and a person whose name holds an
/// escape sequence.
fn data() -> Dataset {
    let mut d = support::full_dataset();
    let first = d.notes[0].clone();
    let mut french = first.clone();
    french.id = 500;
    french.text = "L'élève ne vient plus à l'école depuis la Toussaint.".into();
    let mut corrected = first.clone();
    corrected.id = 501;
    corrected.text = "He sold his scooter last week.".into();
    corrected.revisions.push(NoteRevision {
        replaced_at: first.at,
        replaced_by: "tester".into(),
        text: "He sold his bicycle last week.".into(),
        source: first.source,
        tlp: first.tlp,
        pap: first.pap,
        protected_source: false,
    });
    let mut retracted = first.clone();
    retracted.id = 502;
    retracted.text = "Rumour about a trip abroad.".into();
    retracted.retraction = Some(Retraction {
        at: first.at,
        by: "tester".into(),
        reason: "wrong person".into(),
    });
    d.notes.extend([french, corrected, retracted]);
    d.stakeholders[0].name = "Evil \u{1b}[2J\u{1b}]0;pwned\u{7} Name".into();
    d
}

fn app() -> App {
    let mut app = demo_app();
    app.user = "tester".into();
    apply(&mut app, [Action::Loaded(Arc::new(data()), 2)]);
    app.effects.clear();
    app
}

/// The meeting of next week's session (id 3), as the coordinator has it open.
fn in_meeting() -> App {
    let mut app = app();
    let open = [
        Action::GoTab(Tab::Sessions),
        Action::Top,
        Action::OpenMeeting,
    ];
    apply(&mut app, open);
    assert_eq!(app.meeting.as_ref().unwrap().session.id, 3);
    app
}

fn search(app: &mut App, query: &str) {
    apply(app, [Action::StartSearch]);
    assert!(app.search.is_some(), "the search opens");
    type_text(app, query);
}

/// The targets of the hits, in order.
fn targets(app: &App) -> Vec<Target> {
    let s = app.search.as_ref().unwrap();
    s.hits
        .iter()
        .map(|h| s.corpus.records[h.record].target)
        .collect()
}

fn select(app: &mut App, target: Target) {
    let at = targets(app).iter().position(|t| *t == target);
    let at = at.unwrap_or_else(|| panic!("{target:?} not among {:?}", targets(app)));
    app.search.as_mut().unwrap().selected = at;
}

#[test]
fn a_word_without_accents_finds_the_note_with_them_in_any_session() {
    let mut app = app();
    search(&mut app, "ELEVE ecole");
    assert_eq!(targets(&app), vec![Target::Note(500)]);
    let s = app.search.as_ref().unwrap();
    let record = &s.corpus.records[s.hits[0].record];
    assert_eq!(record.kind, HitKind::Note);
    assert_eq!(record.session, Some(1));
}

#[test]
fn a_corrected_note_is_found_by_what_it_says_now_and_a_retracted_one_is_marked() {
    let mut app = app();
    search(&mut app, "bicycle");
    assert!(
        !targets(&app).contains(&Target::Note(501)),
        "{:?}",
        targets(&app)
    );
    let mut app = self::app();
    search(&mut app, "scooter");
    assert_eq!(targets(&app), vec![Target::Note(501)]);
    let mut app = self::app();
    search(&mut app, "rumour");
    assert_eq!(targets(&app), vec![Target::Note(502)]);
    let s = screen(&app, 80, 24);
    assert!(s.contains("note ✗"), "{s}");
}

#[test]
fn every_kind_is_searched_and_the_field_that_holds_it_is_told() {
    let mut app = app();
    let d = app.data.clone();
    let case = &d.cases[0];
    let person = d
        .stakeholders
        .iter()
        .find(|s| !s.organisation.is_empty())
        .unwrap();
    let closed = d.actions.iter().find(|a| !a.is_open()).unwrap();
    let session = &d.sessions[0];
    let checks = [
        (
            case.reference.to_string(),
            Target::Case(case.id),
            Field::Reference,
        ),
        (
            person.organisation.clone(),
            Target::Stakeholder(person.id),
            Field::Organisation,
        ),
        (closed.text.clone(), Target::Action(closed.id), Field::Text),
        (
            session.date.to_string(),
            Target::Session(session.id),
            Field::Date,
        ),
    ];
    for (query, target, field) in checks {
        apply(&mut app, [Action::Back]);
        search(&mut app, &query);
        let s = app.search.as_ref().unwrap();
        let hit = (s.hits.iter())
            .find(|h| s.corpus.records[h.record].target == target)
            .unwrap_or_else(|| panic!("{query}: {target:?} not found"));
        let record = &s.corpus.records[hit.record];
        let found = s.where_found(hit).unwrap();
        assert_eq!(record.fields[found.field].0, field, "{query}");
    }
}

#[test]
fn brings_and_network_roles_count_as_the_persons() {
    let mut app = app();
    let d = app.data.clone();
    let member = (d.networks.iter())
        .flat_map(|n| &n.members)
        .find(|m| !m.brings.is_empty())
        .unwrap();
    search(&mut app, &member.brings);
    assert!(
        targets(&app).contains(&Target::Stakeholder(member.stakeholder)),
        "{:?}",
        targets(&app)
    );
}

#[test]
fn tab_in_the_meetings_search_widens_it_and_tab_again_narrows_it_to_the_session() {
    let mut app = in_meeting();
    apply(
        &mut app,
        [
            Action::FocusSide,
            Action::FocusNotes,
            Action::StartNoteSearch,
        ],
    );
    type_text(&mut app, "tiktok");
    // Tab while the pane's search is typed: the same words, everywhere.
    apply(&mut app, [Action::StartSearch]);
    let s = app.search.as_ref().expect("the search of everything opens");
    assert_eq!(s.query.value(), "tiktok");
    assert_eq!(s.scope, SearchScope::Everything);
    assert_eq!(targets(&app), vec![Target::Note(4)]);
    apply(&mut app, [Action::ToggleSearchScope]);
    assert_eq!(app.search.as_ref().unwrap().scope, SearchScope::Session(3));
    assert!(targets(&app).is_empty());
    let s = screen(&app, 80, 24);
    assert!(s.contains("Nothing in this session holds"), "{s}");
    apply(&mut app, [Action::ToggleSearchScope]);
    assert_eq!(targets(&app), vec![Target::Note(4)]);
}

#[test]
fn enter_on_an_earlier_sessions_note_opens_that_session_on_it() {
    let mut app = in_meeting();
    search(&mut app, "tiktok");
    apply(&mut app, [Action::Open]);
    assert!(app.search.is_none());
    let m = app.meeting.as_ref().expect("a meeting screen");
    assert_eq!(m.session.id, 1);
    assert_eq!(m.focus, Focus::Notes);
    let entries = meeting_notes::entries(&app, m);
    assert_eq!(entries[m.notes_cursor.unwrap()], Entry::Note(4));
    let s = screen(&app, 80, 24);
    assert!(s.contains("Three youth workers"), "{s}");
}

#[test]
fn esc_backs_out_to_where_you_were() {
    let mut app = in_meeting();
    apply(&mut app, [Action::NextItem]);
    let before = app.meeting.clone();
    search(&mut app, "tiktok");
    apply(&mut app, [Action::Down, Action::Back]);
    assert!(app.search.is_none());
    assert_eq!(app.meeting, before);
    let mut app = self::app();
    apply(&mut app, [Action::Down]);
    let selected = app.view().selected;
    search(&mut app, "a");
    apply(&mut app, [Action::Back]);
    assert_eq!(
        (app.tab, app.view().selected, app.zoom),
        (Tab::Stakeholders, selected, false)
    );
}

#[test]
fn enter_on_a_case_opens_its_case_file_and_the_trail_says_so() {
    let mut app = in_meeting();
    let case = app.data.cases[0].clone();
    search(&mut app, &case.reference.to_string());
    select(&mut app, Target::Case(case.id));
    apply(&mut app, [Action::Open]);
    assert!(
        app.meeting.is_none(),
        "the meeting was left for the case file"
    );
    assert!((app.tab, app.show_cases, app.zoom) == (Tab::Sessions, true, true));
    assert_eq!(
        app.data.cases[app.view().selected_row().unwrap()].id,
        case.id
    );
}

#[test]
fn enter_on_a_person_hidden_by_the_list_filter_shows_them() {
    let mut app = app();
    apply(&mut app, [Action::StartFilter]);
    type_text(&mut app, "zzzz");
    apply(&mut app, [Action::EndFilter]);
    assert!(app.view().rows.is_empty());
    let person = app.data.stakeholders[3].clone();
    search(&mut app, &person.name);
    select(&mut app, Target::Stakeholder(person.id));
    apply(&mut app, [Action::Open]);
    assert_eq!((app.tab, app.zoom), (Tab::Stakeholders, true));
    assert_eq!(
        app.data.stakeholders[app.view().selected_row().unwrap()].id,
        person.id
    );
}

#[test]
fn enter_on_an_open_action_selects_it_in_the_actions_view() {
    let mut app = app();
    let action = app
        .data
        .actions
        .iter()
        .find(|a| a.is_open())
        .unwrap()
        .clone();
    search(&mut app, &action.text);
    select(&mut app, Target::Action(action.id));
    apply(&mut app, [Action::Open]);
    assert!(app.show_actions);
    assert_eq!(
        app.data.actions[app.view().selected_row().unwrap()].id,
        action.id
    );
}

#[test]
fn enter_on_a_session_selects_its_row() {
    let mut app = app();
    let session = app.data.sessions[1].clone();
    search(&mut app, &session.date.to_string());
    select(&mut app, Target::Session(session.id));
    apply(&mut app, [Action::Open]);
    assert_eq!(
        (app.tab, app.show_cases, app.show_actions),
        (Tab::Sessions, false, false)
    );
    assert_eq!(
        app.data.sessions[app.view().selected_row().unwrap()].id,
        session.id
    );
}

#[test]
fn the_list_scrolls_with_its_position_and_says_why_it_is_empty() {
    let mut app = app();
    apply(&mut app, [Action::StartSearch]);
    let s = screen(&app, 80, 24);
    assert!(s.contains("Type a word"), "{s}");
    type_text(&mut app, "e");
    let total = app.search.as_ref().unwrap().hits.len();
    assert!(total > 30, "{total}");
    for _ in 0..25 {
        apply(&mut app, [Action::Down]);
    }
    let s = screen(&app, 80, 24);
    assert!(s.contains(&format!("26 of {total} hits")), "{s}");
    apply(&mut app, [Action::PageDown, Action::PageUp]);
    type_text(&mut app, "qqqq");
    let s = screen(&app, 80, 24);
    assert!(s.contains("Nothing holds “eqqqq”"), "{s}");
}

#[test]
fn names_with_escape_sequences_are_shown_harmless() {
    let mut app = app();
    search(&mut app, "evil");
    let t = render(&app, 80, 24);
    for cell in t.backend().buffer().content() {
        assert!(
            !cell.symbol().chars().any(|c| c.is_control()),
            "a control character reached the screen"
        );
    }
    assert!(screen(&app, 80, 24).contains("Evil"));
}

/// Characters ratatui counts as zero columns while a terminal may draw them one or two
/// wide (a soft hyphen pasted from a document, the Hangul fillers of an "empty" name) or
/// that only hide (zero-width space, word joiner, BOM): a hit holding them sends none to
/// the terminal, so that its row cannot shift past the border.
#[test]
fn invisible_characters_in_a_hit_never_reach_the_screen() {
    let mut app = self::app();
    let text = "The zeppel\u{ad}in\u{200b} hangar\u{3164} was\u{ffa0} empty\u{2060}\u{feff}.";
    reloaded_with_note(&mut app, 600, text);
    search(&mut app, "hangar");
    let t = render(&app, 80, 24);
    let invisible = [
        '\u{ad}', '\u{200b}', '\u{3164}', '\u{ffa0}', '\u{2060}', '\u{feff}',
    ];
    for cell in t.backend().buffer().content() {
        assert!(
            !cell.symbol().contains(invisible),
            "an invisible character reached the screen in {:?}",
            cell.symbol()
        );
    }
    assert!(screen(&app, 80, 24).contains("zeppelin hangar was empty."));
}

/// What the screen shows is what the search finds: a word shown without the invisible
/// characters stored in it (a soft hyphen pasted from a document) is found as shown,
/// and a query pasted with one finds it too.
#[test]
fn a_word_with_invisible_characters_is_found_as_it_is_shown() {
    let mut app = self::app();
    reloaded_with_note(
        &mut app,
        601,
        "Met the grocer Jan\u{ad}ssens at the sta\u{200b}tion.",
    );
    for query in ["janssens", "station", "jans\u{ad}sens"] {
        search(&mut app, query);
        let found = app.search.as_ref().unwrap().hits.len();
        assert_eq!(found, 1, "{query:?} found {found} hits");
        assert!(screen(&app, 80, 24).contains("Janssens at the station"));
        apply(&mut app, [Action::Back]);
    }
}

/// A hit in a note written with wide characters (two columns each) shows the word
/// searched for, and stays within the list: its excerpt is sized in columns.
#[test]
fn a_hit_in_wide_characters_shows_the_word_found_within_the_list() {
    let mut app = self::app();
    let wide = "会議の記録と地域の連絡".repeat(3);
    reloaded_with_note(&mut app, 602, &format!("{wide} zeppelin {wide}"));
    search(&mut app, "zeppelin");
    let rows = support::app::cells(&app, 80, 24);
    let row = rows
        .iter()
        .find(|r| r.contains('会'))
        .expect("the hit is listed");
    assert!(row.contains("zeppelin"), "the word found is cut off: {row}");
    // The excerpt ends where the list does, with an ellipsis, not cut by the border.
    assert!(row.trim_end_matches('│').trim_end().ends_with('…'), "{row}");
}

#[test]
fn the_results_list_at_both_sizes() {
    let mut app = in_meeting();
    search(&mut app, "youth");
    insta::assert_snapshot!("search_results_80x24", render(&app, 80, 24).backend());
    insta::assert_snapshot!("search_results_160x48", render(&app, 160, 48).backend());
}

/// The open search's corpus.
fn corpus_of(app: &App) -> Arc<roundtable::app::model::search::Corpus> {
    app.search.as_ref().unwrap().corpus.clone()
}

#[test]
fn opening_again_on_the_same_data_does_not_fold_the_records_again() {
    let mut app = self::app();
    search(&mut app, "tiktok");
    let first = corpus_of(&app);
    apply(&mut app, [Action::Back]);
    search(&mut app, "scooter");
    assert!(
        Arc::ptr_eq(&first, &corpus_of(&app)),
        "a second opening on unchanged data reuses the folded records"
    );
    assert_eq!(targets(&app), vec![Target::Note(501)]);
}

/// The data read again with one more note saying `text`.
fn reloaded_with_note(app: &mut App, id: u64, text: &str) {
    let mut d = (*app.data).clone();
    let mut note = d.notes[0].clone();
    note.id = id;
    note.text = text.into();
    // Later than every other note: the newest note is listed first.
    note.at = d.notes.iter().map(|n| n.at).max().unwrap() + chrono::Duration::minutes(1);
    d.notes.push(note);
    let counter = app.counter + 1;
    apply(app, [Action::Loaded(Arc::new(d), counter)]);
}

#[test]
fn a_reload_folds_the_records_again_and_the_new_note_is_found() {
    let mut app = self::app();
    search(&mut app, "zeppelin");
    let before = corpus_of(&app);
    assert!(targets(&app).is_empty());
    reloaded_with_note(&mut app, 600, "Talked about a zeppelin.");
    assert!(
        !Arc::ptr_eq(&before, &corpus_of(&app)),
        "the open search was rebuilt"
    );
    assert_eq!(targets(&app), vec![Target::Note(600)]);
    // Closed during the next reload: the next opening sees the newer data.
    apply(&mut app, [Action::Back]);
    let open_one = corpus_of_reopened(&mut app);
    apply(&mut app, [Action::Back]);
    reloaded_with_note(&mut app, 601, "A second zeppelin ride.");
    search(&mut app, "zeppelin");
    assert!(!Arc::ptr_eq(&open_one, &corpus_of(&app)));
    assert_eq!(targets(&app), vec![Target::Note(601), Target::Note(600)]);
}

fn corpus_of_reopened(app: &mut App) -> Arc<roundtable::app::model::search::Corpus> {
    apply(app, [Action::StartSearch]);
    corpus_of(app)
}

/// The selected hit's target.
fn selected(app: &App) -> Target {
    let s = app.search.as_ref().expect("the search is open");
    s.corpus.records[s.hits[s.selected].record].target
}

#[test]
fn esc_after_a_jump_comes_back_to_the_search_and_esc_again_to_where_it_was_opened() {
    let mut app = in_meeting();
    apply(&mut app, [Action::NextItem]);
    let m = app.meeting.as_ref().unwrap();
    let before = (m.session.id, m.item, m.focus);
    search(&mut app, "tiktok");
    apply(&mut app, [Action::Open]);
    assert_eq!(app.meeting.as_ref().unwrap().session.id, 1, "the jump");
    apply(&mut app, [Action::Back]);
    let s = app.search.as_ref().expect("Esc comes back to the search");
    assert_eq!(s.query.value(), "tiktok");
    assert_eq!(selected(&app), Target::Note(4));
    let m = app
        .meeting
        .as_ref()
        .expect("over the meeting it was opened from");
    assert_eq!((m.session.id, m.item, m.focus), before);
    apply(&mut app, [Action::Back]);
    assert!(app.search.is_none());
    let m = app
        .meeting
        .as_ref()
        .expect("the meeting it was opened from");
    assert_eq!((m.session.id, m.item, m.focus), before);
}

#[test]
fn esc_after_a_jump_from_a_list_comes_back_with_the_same_hit_selected() {
    let mut app = app();
    apply(&mut app, [Action::Down, Action::Down]);
    let row = app.view().selected_row();
    let case = app.data.cases[0].clone();
    let session = app.data.sessions[0].clone();
    // Two hits at least: the case and the session share no word, "e" is in both.
    search(&mut app, "e");
    select(&mut app, Target::Case(case.id));
    let at = app.search.as_ref().unwrap().selected;
    apply(&mut app, [Action::Open]);
    assert_eq!(
        (app.tab, app.show_cases, app.zoom),
        (Tab::Sessions, true, true)
    );
    apply(&mut app, [Action::Back]);
    let s = app.search.as_ref().expect("Esc comes back to the search");
    assert_eq!((s.query.value().as_str(), s.selected), ("e", at));
    assert_eq!(
        (app.tab, app.view().selected_row(), app.zoom),
        (Tab::Stakeholders, row, false),
        "over the list it was opened from"
    );
    // Another hit from there, and back again.
    select(&mut app, Target::Session(session.id));
    apply(&mut app, [Action::Open, Action::Back]);
    assert_eq!(selected(&app), Target::Session(session.id));
    apply(&mut app, [Action::Back]);
    assert!(app.search.is_none());
    assert_eq!(
        (app.tab, app.view().selected_row(), app.zoom),
        (Tab::Stakeholders, row, false)
    );
    let s = screen(&app, 80, 24);
    assert!(!s.contains("Search everything"), "{s}");
}

#[test]
fn esc_goes_back_only_from_where_the_jump_led() {
    let mut app = app();
    let case = app.data.cases[0].clone();
    search(&mut app, &case.reference.to_string());
    select(&mut app, Target::Case(case.id));
    apply(
        &mut app,
        [Action::Open, Action::GoTab(Tab::Networks), Action::Back],
    );
    assert!(app.search.is_none(), "Esc on another tab is that tab's");
    assert_eq!(app.tab, Tab::Networks);
    // Help over the case file takes its own Esc.
    let mut app = self::app();
    search(&mut app, &case.reference.to_string());
    select(&mut app, Target::Case(case.id));
    apply(&mut app, [Action::Open, Action::ToggleHelp, Action::Back]);
    assert!(
        app.search.is_none() && app.zoom,
        "help closed, the case file stays"
    );
    apply(&mut app, [Action::Back]);
    assert!(app.search.is_some(), "then Esc goes back to the search");
}

#[test]
fn the_search_comes_back_on_data_read_again_with_the_same_hit() {
    let mut app = app();
    search(&mut app, "tiktok");
    apply(&mut app, [Action::Open]);
    reloaded_with_note(&mut app, 600, "A new note about tiktok.");
    apply(&mut app, [Action::Back]);
    assert_eq!(selected(&app), Target::Note(4));
    assert!(
        targets(&app).contains(&Target::Note(600)),
        "{:?}",
        targets(&app)
    );
}
