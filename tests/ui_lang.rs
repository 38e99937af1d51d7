//! The screens of tests/ui.rs in Dutch and French at 80×24: snapshots to read, and a check
//! that no English message of the catalogue is left on any of them. A test binary of its
//! own: it switches the process-wide interface language.

use roundtable::app::{Action, Tab};
use roundtable::i18n::{Lang, set_lang};

mod support;
use support::app::{apply, demo_app_in, render, screen};

/// Every screen of the English set: each tab, help, the cases and a case file, a meeting,
/// an export preview, a confirmation and every form, as it opens.
fn screens() -> Vec<(String, Vec<Action>)> {
    use Action::*;
    let mut all: Vec<(String, Vec<Action>)> = Tab::ALL
        .into_iter()
        .map(|tab| (format!("{tab:?}").to_lowercase(), vec![GoTab(tab)]))
        .collect();
    let sessions = || vec![GoTab(Tab::Sessions)];
    let more: Vec<(&str, Vec<Action>)> = vec![
        ("help", vec![ToggleHelp]),
        ("cases", vec![GoTab(Tab::Sessions), ToggleCases]),
        (
            "case_file",
            vec![GoTab(Tab::Sessions), ToggleCases, Top, Open],
        ),
        ("network", vec![GoTab(Tab::Networks), Open]),
        ("audit", vec![GoTab(Tab::Sharing), ToggleAudit]),
        ("meeting", [sessions(), vec![Top, OpenMeeting]].concat()),
        (
            "meeting_side",
            [sessions(), vec![Top, OpenMeeting, FocusSide]].concat(),
        ),
        (
            "close_session",
            [sessions(), vec![Down, OpenMeeting, FocusSide, CloseSession]].concat(),
        ),
        (
            "export_preview",
            [sessions(), vec![Down, ExportMinutes, Accept]].concat(),
        ),
        ("form_new_stakeholder", vec![New]),
        ("form_edit_stakeholder", vec![Edit]),
        ("form_log_contact", vec![LogContact]),
        ("form_training", vec![NewTraining]),
        ("form_import", vec![Import]),
        ("form_new_network", vec![GoTab(Tab::Networks), New]),
        ("form_problem", vec![GoTab(Tab::Networks), LogProblem]),
        ("form_exchange", vec![GoTab(Tab::Networks), LogExchange]),
        ("form_new_session", [sessions(), vec![New]].concat()),
        (
            "form_new_case",
            [sessions(), vec![ToggleCases, New]].concat(),
        ),
        ("form_agreement", vec![GoTab(Tab::Sharing), Edit]),
        ("form_rule", vec![GoTab(Tab::Sharing), New]),
        (
            "picker",
            vec![New, NextField, NextField, NextField, OpenPicker],
        ),
        // This round's screens: the search, trainings, the step-1 stage and concerns.
        ("search", [vec![StartSearch], typed("samira")].concat()),
        ("trainings", vec![GoTab(Tab::Networks), ToggleTrainings]),
        (
            "training_detail",
            vec![GoTab(Tab::Networks), ToggleTrainings, Open],
        ),
        ("stage_filter", vec![PickStageFilter]),
        // The quick filters' picker (`f`), two of them on: the ticks and the list's title.
        (
            "quick_filter_picker",
            vec![PickQuickFilters, Down, Accept, Down, Down, Accept],
        ),
        ("form_stage_move", vec![MoveStage]),
        ("concerns_of_partner", vec![RouteConcern]),
        ("form_concern", vec![RouteConcern, Accept]),
        ("open_concerns", vec![OpenConcerns]),
        ("edit_exchange", vec![GoTab(Tab::Networks), EditExchange]),
    ];
    all.extend(more.into_iter().map(|(n, a)| (n.to_owned(), a)));
    all
}

/// The keys that type `text`.
fn typed(text: &str) -> Vec<Action> {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let key = |c| Action::Input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    text.chars().map(key).collect()
}

/// The English texts of the catalogue that `lang` says otherwise, as far as they are
/// fixed (up to the first variable), long enough not to be a name or an abbreviation.
/// Texts the test data itself holds are data, written in whatever language their author
/// wrote, and are left out (the test data is the demo town in `lang`).
fn english_only(lang: Lang) -> Vec<(String, String)> {
    let data = roundtable::cli::dump_json(&support::full_dataset_in(lang)).unwrap();
    let mut out = Vec::new();
    for line in Lang::En.source().lines() {
        let Some((id, _)) = line.split_once(" = ") else {
            continue;
        };
        let id = id.trim();
        if id.starts_with('#') || id.starts_with(' ') || id.contains(' ') {
            continue;
        }
        let en = Lang::En.t(id);
        // Its first four words: a text cut at the screen's edge still shows them.
        let words: Vec<&str> = en
            .split('{')
            .next()
            .unwrap_or("")
            .split_whitespace()
            .collect();
        let fixed = words[..words.len().min(4)].join(" ");
        let translated = !lang.t(id).contains(&fixed);
        if words.len() >= 3 && fixed.len() >= 16 && translated && !data.contains(&fixed) {
            out.push((id.to_owned(), fixed));
        }
    }
    out
}

/// The tests of this binary switch the process-wide language: one at a time.
static ONE_LANGUAGE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Runs `check` with each of `langs` in turn as the interface's language, one test of
/// this binary at a time; English again after.
fn in_each_language(langs: &[Lang], mut check: impl FnMut(Lang)) {
    let _one = ONE_LANGUAGE_AT_A_TIME
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    for &lang in langs {
        set_lang(lang);
        check(lang);
    }
    set_lang(Lang::En);
}

#[test]
fn every_screen_in_dutch_and_french_at_80x24() {
    in_each_language(&[Lang::Nl, Lang::Fr], |lang| {
        let english = english_only(lang);
        assert!(english.len() > 250, "{}", english.len());
        for (name, actions) in screens() {
            let mut app = demo_app_in(lang);
            apply(&mut app, actions);
            let shown = screen(&app, 80, 24);
            // A screen cut at 80 columns shows the English text's start only if English.
            let flat: String = shown.split_whitespace().collect::<Vec<_>>().join(" ");
            for (id, text) in &english {
                assert!(
                    !flat.contains(text.as_str()),
                    "{lang:?} {name}: English {id} ({text}) on screen:\n{shown}"
                );
            }
            if lang == Lang::Fr {
                // The screen's rows only, not the test backend's notes after them.
                let rows: Vec<&str> = shown
                    .lines()
                    .map(|l| l.split_once("\" Hidden").map_or(l, |(row, _)| row))
                    .collect();
                let faults = support::french_colon_faults(&rows.join("\n"));
                assert!(faults.is_empty(), "{name}: {faults:#?}");
            }
            let cut = cut_labels(&app, &flat);
            assert!(
                cut.is_empty(),
                "{lang:?} {name}: labels cut {cut:?}:\n{shown}"
            );
            let snap = format!("{}_{name}_80x24", lang.code());
            insta::assert_snapshot!(snap, render(&app, 80, 24).backend());
        }
    });
}

/// The labels of the open form's fields that the screen shows cut: their start is there,
/// not the whole label (a label longer than the form's label column).
fn cut_labels(app: &roundtable::app::App, flat: &str) -> Vec<String> {
    let Some(form) = &app.form else {
        return Vec::new();
    };
    form.fields
        .iter()
        .map(|f| roundtable::i18n::t(f.name.label()).to_owned())
        .filter(|label| {
            let start: String = label.chars().take(12).collect();
            let whole = label.split_whitespace().collect::<Vec<_>>().join(" ");
            flat.contains(&start) && !flat.contains(&whole)
        })
        .collect()
}

/// The words a list writes in a column of fixed width (the stakeholders' formal/informal,
/// the trainings' and mini-networks' counts' headings) are whole in every language at 80 columns.
#[test]
fn fixed_columns_hold_their_words_whole_in_every_language() {
    use Action::*;
    in_each_language(&Lang::ALL, |lang| {
        let shown = |actions: Vec<Action>| {
            let mut app = demo_app_in(lang);
            apply(&mut app, actions);
            // The list's rows only (the detail pane under it names the same words).
            let rows: Vec<String> = screen(&app, 80, 24)
                .lines()
                .take(14)
                .map(str::to_owned)
                .collect();
            rows.join("\n").replace('│', " ")
        };
        let list = shown(vec![GoTab(Tab::Stakeholders)]);
        let trainings = shown(vec![GoTab(Tab::Networks), ToggleTrainings]);
        let networks = shown(vec![GoTab(Tab::Networks)]);
        for (screen, id) in [
            (&networks, "col-members"),
            (&networks, "col-sectors"),
            (&list, "formality-informal"),
            (&list, "formality-formal"),
            (&trainings, "col-invited"),
            (&trainings, "col-attended"),
        ] {
            let word = format!(" {} ", roundtable::i18n::t(id));
            assert!(screen.contains(&word), "{lang:?}: {id} cut:\n{screen}");
        }
    });
}

/// A new member's role is proposed in the interface's language ("lid", "membre"), not
/// in English: what the form proposes is saved as data, and read in minutes and handouts.
#[test]
fn a_new_members_role_is_proposed_in_the_language() {
    use roundtable::app::forms::member::MemberField;
    in_each_language(&Lang::ALL, |lang| {
        let role = match lang {
            Lang::En => "member",
            Lang::Nl => "lid",
            Lang::Fr => "membre",
        };
        let mut app = demo_app_in(lang);
        apply(
            &mut app,
            [
                vec![Action::GoTab(Tab::Networks), Action::AddMember],
                typed("leila"),
            ]
            .concat(),
        );
        apply(&mut app, vec![Action::Accept]);
        let form = app.form.as_ref().expect("asks role, brings, gains");
        assert_eq!(form.value(MemberField::MemberRole), role, "{lang:?}");
    });
}

/// The text inside the panel titled `title` on `screen`, its rows joined by one space.
fn panel_text(screen: &str, title: &str) -> String {
    let rows: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let Some((top, at)) = rows.iter().enumerate().find_map(|(i, r)| {
        let line: String = r.iter().collect();
        let byte = line.find(&format!("╭ {title}"))?;
        Some((i, line[..byte].chars().count()))
    }) else {
        return String::new();
    };
    let right = (at..rows[top].len()).find(|&c| rows[top][c] == '╮');
    let right = right.unwrap_or(rows[top].len());
    let inner = (rows.iter().skip(top + 1))
        .take_while(|r| r.get(at) == Some(&'│'))
        .map(|r| r[at + 1..right.min(r.len())].iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ");
    inner.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The Overview's actions panel at 160×48 says what a wide screen says: its lines
/// (open, done on time, signal to closure) wrap rather than lose their last words.
#[test]
fn the_overviews_actions_panel_keeps_its_words_at_160x48() {
    in_each_language(&Lang::ALL, |lang| {
        let mut app = demo_app_in(lang);
        apply(&mut app, vec![Action::GoTab(Tab::Overview)]);
        let title = roundtable::i18n::t("overview-actions");
        let wide = panel_text(&screen(&app, 400, 48), title);
        assert!(wide.split(' ').count() > 6, "{lang:?}: {wide:?}");
        let shown = panel_text(&screen(&app, 160, 48), title);
        assert_eq!(shown, wide, "{lang:?}: the actions panel cut");
    });
}

/// The kinds of the sharing rules are whole at 160×48 in every language: their column is
/// as wide as the language's longest kind (up to a third of the panel).
#[test]
fn sharing_rule_kinds_are_whole_at_160x48() {
    in_each_language(&Lang::ALL, |lang| {
        let mut app = demo_app_in(lang);
        apply(&mut app, vec![Action::GoTab(Tab::Sharing)]);
        let shown = screen(&app, 160, 48).replace('│', " ");
        for id in [
            "rule_kind-case_need_to_know",
            "rule_kind-no_criminal_use",
            "rule_kind-custom",
        ] {
            let kind = format!(" {} ", roundtable::i18n::t(id));
            assert!(shown.contains(&kind), "{lang:?}: {id} cut:\n{shown}");
        }
    });
}

/// The words inside the stakeholder list's pane on a screen: its rows between the
/// borders, joined.
fn list_words(screen: &str) -> String {
    let rows = screen.lines().filter_map(|l| {
        let inner = l.trim_matches('"').strip_prefix('│')?;
        Some(inner.split('│').next().unwrap_or_default().to_owned())
    });
    let words = rows.collect::<Vec<_>>().join(" ");
    words.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Why a list is empty is said whole at 80 columns, wrapped, in every language (the
/// French reason was cut after "p change").
#[test]
fn an_empty_lists_reason_is_whole_at_80_columns() {
    use roundtable::app::model::stakeholder_list::Quick;
    in_each_language(&Lang::ALL, |lang| {
        let mut app = demo_app_in(lang);
        apply(
            &mut app,
            [Action::GoTab(Tab::Stakeholders), Action::StartFilter],
        );
        support::app::type_text(&mut app, "zzzqqq");
        apply(&mut app, [Action::EndFilter]);
        support::app::toggle_quick(&mut app, Quick::Overdue);
        assert!(app.view().rows.is_empty());
        let whole = list_words(&screen(&app, 400, 24));
        assert!(whole.contains("Esc"), "{lang:?}: {whole}");
        let narrow = list_words(&screen(&app, 80, 24));
        assert!(narrow.contains(&whole), "{lang:?}: {whole}\n{narrow}");
    });
}
