//! The cases list of the round-tables tab and the case file.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::widgets::rows::{Cell, Row};

use super::{split_detail, theme};
use crate::app::App;
use crate::domain::agenda::{Event, timeline};
use crate::domain::case::{Case, CaseStatus, ClosureReason};
use crate::domain::erasure;
use crate::domain::retention::{self, DueCase};
use crate::domain::sanitize::line as clean;
use crate::i18n::{t, tf};
use crate::labels;

fn name(app: &App, id: Option<crate::domain::Id>) -> String {
    app.stakeholder_name(id)
        .map(|n| clean(n).into_owned())
        .unwrap_or_else(|| "—".into())
}

fn open_actions(app: &App, case: crate::domain::Id) -> usize {
    app.data
        .actions
        .iter()
        .filter(|a| a.is_open() && a.anchor.case == Some(case))
        .count()
}

/// The closed cases due for erasure under the agreement's retention, as of today.
fn due(app: &App) -> Vec<DueCase> {
    retention::due_cases(&app.data, &retention::of(&app.data), app.today)
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let due = due(app);
    let due_of = |c: &Case| due.iter().find(|d| d.case == c.id);
    if app.zoom {
        if let Some(i) = app.view().selected_row() {
            let c = &app.data.cases[i];
            render_file(frame, area, app, c, due_of(c));
        }
        return;
    }
    let (list, detail) = split_detail(area);
    let cases = &app.data.cases;
    let title = match due.len() {
        0 => t("tab-cases").to_owned(),
        n => tf("erase-cases_title", &[("n", &n)]),
    };
    super::widgets::table::render(
        frame,
        list,
        app.view(),
        super::widgets::table::ListTable {
            title: &title,
            header: vec![
                t("col-reference"),
                t("col-status"),
                t("col-lead"),
                t("col-referred_by"),
                t("col-review"),
                t("col-open_actions"),
            ],
            widths: &[
                Constraint::Length(11),
                Constraint::Length(13),
                Constraint::Fill(1),
                Constraint::Fill(1),
                Constraint::Length(10),
                Constraint::Length(7),
            ],
            empty: t("empty-cases"),
        },
        |i| {
            let c = &cases[i];
            let review = match c.review_date {
                Some(d) if d < app.today && c.status != CaseStatus::Closed => {
                    Cell::from(d.to_string()).style(theme::error())
                }
                Some(d) => Cell::from(d.to_string()),
                None => Cell::from("—"),
            };
            let status = if due_of(c).is_some() {
                Cell::from(t("erase-due_status")).style(theme::error())
            } else if erasure::is_stub_shaped(c) {
                Cell::from(t("erase-erased_status"))
            } else {
                Cell::from(labels::case_status(c.status))
            };
            let row = Row::new(vec![
                Cell::from(c.reference.to_string()),
                status,
                Cell::from(name(app, c.lead)),
                Cell::from(name(app, c.referred_by)),
                review,
                Cell::from(open_actions(app, c.id).to_string()),
            ]);
            if c.status == CaseStatus::Closed {
                row.style(theme::dim())
            } else {
                row
            }
        },
    );
    if let (Some(area), Some(i)) = (detail, app.view().selected_row()) {
        let c = &cases[i];
        frame.render_widget(
            Paragraph::new(head_lines(app, c, due_of(c)))
                .wrap(Wrap { trim: true })
                .block(theme::block(&c.reference.to_string())),
            area,
        );
    }
}

fn field(label: &str, value: String) -> Line<'static> {
    Line::from(vec![
        Span::styled(
            format!("{} ", crate::i18n::label_colon(label)),
            theme::dim(),
        ),
        Span::raw(value),
    ])
}

fn closure_label(r: ClosureReason) -> &'static str {
    match r {
        ClosureReason::Resolved => t("closure-resolved"),
        ClosureReason::SignpostedElsewhere => t("closure-signposted"),
        ClosureReason::MovedAway => t("closure-moved_away"),
        ClosureReason::HandedOver => t("closure-handed_over"),
        ClosureReason::Other => t("closure-other"),
    }
}

fn head_lines(app: &App, c: &Case, due: Option<&DueCase>) -> Vec<Line<'static>> {
    let mut lines = vec![
        field(t("col-status"), labels::case_status(c.status).to_owned()),
        field(t("col-lead"), name(app, c.lead)),
        field(t("col-referred_by"), name(app, c.referred_by)),
        field(
            t("col-review"),
            c.review_date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "—".into()),
        ),
        field(t("field-case_summary"), clean(&c.summary).into_owned()),
    ];
    if let Some(cl) = &c.closure {
        let mut v = closure_label(cl.reason).to_owned();
        if !cl.explanation.is_empty() {
            v.push_str(&format!(" — {}", clean(&cl.explanation)));
        }
        lines.push(field(t("field-closure_reason"), v));
        if !cl.onward_referral.is_empty() {
            lines.push(field(
                t("field-onward_referral"),
                clean(&cl.onward_referral).into_owned(),
            ));
        }
    }
    if let Some(d) = due {
        let args: [(&str, &dyn std::fmt::Display); 3] = [
            ("due", &d.due),
            ("closed", &d.closed),
            ("case", &d.reference),
        ];
        lines.push(Line::from(Span::styled(
            tf("erase-due_detail", &args),
            theme::error(),
        )));
    }
    lines
}

/// A correction in the file: who replaced the note, and what it read before.
fn correction_line<'a>(
    app: &App,
    note: crate::domain::Id,
    revision: usize,
    when: Span<'a>,
) -> Option<Line<'a>> {
    let n = crate::domain::dataset::by_id(&app.data.notes, note)?;
    let r = n.revisions.get(revision)?;
    let before = r.text.lines().next().unwrap_or("");
    Some(Line::from(vec![
        when,
        Span::styled(
            tf(
                "case-note_corrected",
                &[
                    ("by", &clean(&r.replaced_by)),
                    ("tlp", &r.tlp),
                    ("before", &clean(before)),
                ],
            ),
            theme::dim(),
        ),
    ]))
}

fn render_file(frame: &mut Frame, area: Rect, app: &App, c: &Case, due: Option<&DueCase>) {
    let mut lines = head_lines(app, c, due);
    lines.extend(super::concern_lines::lines(
        app,
        crate::domain::routing::ConcernAbout::Case(c.id),
    ));
    lines.push(Line::from(Span::styled(
        t("case-timeline"),
        theme::header(),
    )));
    for e in timeline(&app.data, c.id) {
        let when =
            e.at.with_timezone(&app.tz)
                .format("%Y-%m-%d %H:%M")
                .to_string();
        let when = Span::styled(format!("{when} "), theme::dim());
        match e.event {
            Event::Discussed { session } => {
                let title = app
                    .index
                    .sessions
                    .get(&session)
                    .map(|&i| clean(&app.data.sessions[i].title).into_owned())
                    .unwrap_or_default();
                lines.push(Line::from(vec![
                    when,
                    Span::styled(tf("case-discussed", &[("session", &title)]), theme::key()),
                ]));
            }
            Event::OnAgenda { session } => {
                let title = app
                    .index
                    .sessions
                    .get(&session)
                    .map(|&i| clean(&app.data.sessions[i].title).into_owned())
                    .unwrap_or_default();
                lines.push(Line::from(vec![
                    when,
                    Span::styled(tf("case-on_agenda", &[("session", &title)]), theme::dim()),
                ]));
            }
            Event::Corrected { note, revision } => {
                lines.extend(correction_line(app, note, revision, when));
            }
            Event::Retracted(id) => {
                if let Some(r) = app
                    .data
                    .notes
                    .iter()
                    .find(|n| n.id == id)
                    .and_then(|n| n.retraction.as_ref())
                {
                    lines.push(Line::from(vec![
                        when,
                        Span::styled(
                            tf(
                                "case-note_retracted",
                                &[("by", &clean(&r.by)), ("reason", &clean(&r.reason))],
                            ),
                            theme::dim(),
                        ),
                    ]));
                }
            }
            Event::Note(id) => {
                if let Some(n) = crate::domain::dataset::by_id(&app.data.notes, id) {
                    let mut note = super::meeting_notes::note_lines(app, n);
                    if let Some(first) = note.first_mut() {
                        first.spans.insert(0, when);
                        first.spans.remove(1);
                    }
                    lines.extend(note);
                }
            }
            Event::Decision(id) => {
                if let Some(d) = crate::domain::dataset::by_id(&app.data.decisions, id) {
                    lines.push(Line::from(vec![
                        when,
                        Span::styled("◆ ", theme::key()),
                        Span::raw(clean(&d.text).into_owned()),
                    ]));
                }
            }
            Event::Action(id) => {
                if let Some(a) = crate::domain::dataset::by_id(&app.data.actions, id) {
                    lines.extend(super::action_lines::lines(app, a, when));
                }
            }
            Event::Status { from, to, by } => {
                let from = from.map(labels::case_status).unwrap_or("—");
                lines.push(Line::from(vec![
                    when,
                    Span::raw(tf(
                        "case-status_change",
                        &[
                            ("from", &from),
                            ("to", &labels::case_status(to)),
                            ("by", &clean(&by)),
                        ],
                    )),
                ]));
            }
        }
    }
    super::widgets::scroll::pane_of(
        frame,
        area,
        Paragraph::new(lines).wrap(Wrap { trim: false }),
        theme::block(&tf("case-file_title", &[("case", &c.reference)])),
        &app.detail_scroll,
    );
}
