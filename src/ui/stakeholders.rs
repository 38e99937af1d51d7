use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Wrap};

use super::{split_detail, theme};
use crate::app::App;
use crate::app::model::stakeholder_list::{PersonFacts, Quick};
use crate::domain::indicators::{Cadence, referral_chain_up};
use crate::domain::sanitize::line as clean;
use crate::domain::stakeholder::{Channel, ContactPurpose, Stakeholder};
use crate::i18n::{t, tf};
use crate::labels;

/// "12 d" since the last contact, or "—".
fn age(app: &App, last: Option<chrono::NaiveDate>) -> String {
    last.map(|d| tf("age-days", &[("n", &(app.today - d).num_days())]))
        .unwrap_or_else(|| "—".into())
}

fn cadence_cell(c: Option<Cadence>) -> Cell<'static> {
    match c {
        Some(Cadence::Overdue(d)) => {
            Cell::from(tf("cadence-overdue", &[("n", &d)])).style(theme::error())
        }
        Some(Cadence::Never) => Cell::from(t("cadence-never")).style(theme::error()),
        Some(Cadence::Due(d)) if d <= 7 => {
            Cell::from(tf("cadence-due", &[("n", &d)])).style(theme::warning())
        }
        Some(Cadence::Due(_)) => Cell::from(t("cadence-ok")).style(theme::ok()),
        _ => Cell::from(""),
    }
}

fn title(app: &App) -> String {
    let p = &app.people;
    let mut parts = vec![t("tab-stakeholders").to_owned()];
    if p.quick != Quick::All {
        let q = match &p.quick {
            Quick::Sector(s) => labels::sector(s),
            other => t(other.key()).to_owned(),
        };
        parts.push(q);
    }
    if p.show_archived {
        parts.push(t("quick-with_archived").to_owned());
    }
    let arrow = if p.descending { "↑" } else { "↓" };
    parts.push(format!("{} {arrow}", t(p.sort.key())));
    parts.join(" · ")
}

pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let filter_shown = app.people.filtering || !app.people.filter.is_empty();
    let (area, filter_area) = if filter_shown {
        let [f, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
        (rest, Some(f))
    } else {
        (area, None)
    };
    if let Some(f) = filter_area {
        let [prompt, input] =
            Layout::horizontal([Constraint::Length(2), Constraint::Min(1)]).areas(f);
        frame.render_widget(Paragraph::new(Span::styled("/ ", theme::key())), prompt);
        if app.people.filtering {
            frame.render_widget(app.people.filter.textarea(), input);
        } else {
            frame.render_widget(
                Paragraph::new(clean(&app.people.filter.value()).into_owned()),
                input,
            );
        }
    }
    if app.zoom {
        if let Some(i) = app.view().selected_row() {
            render_detail(frame, area, app, &app.data.stakeholders[i]);
        }
        return;
    }
    let (list, detail) = split_detail(area);
    let people = &app.data.stakeholders;
    let title = title(app);
    let wide = list.width >= 100;
    let mut header = vec![
        t("col-name"),
        t("col-organisation"),
        t("col-sector"),
        t("col-network"),
    ];
    let mut fixed = vec![Constraint::Length(8)];
    if wide {
        header.push(t("col-tier"));
        fixed.push(Constraint::Length(12));
    }
    header.extend(["★", t("col-last_contact"), t("col-cadence")]);
    fixed.extend([
        Constraint::Length(1),
        Constraint::Length(5),
        Constraint::Length(9),
    ]);
    let mut widths = text_widths(app, &header, &fixed, list.width);
    widths.extend(fixed);
    super::widgets::table::render(
        frame,
        list,
        app.view(),
        super::widgets::table::ListTable {
            title: &title,
            header,
            widths: &widths,
            empty: &empty_reason(app),
        },
        |i| {
            let s = &people[i];
            let f = &app.facts[i];
            let mut name = clean(&s.name).into_owned();
            if s.archived {
                name = format!("{name} ({})", t("archived"));
            }
            let mut cells = vec![
                Cell::from(name),
                Cell::from(clean(&s.organisation).into_owned()),
                Cell::from(labels::sector(&s.sector)),
                Cell::from(labels::formality(s.formality)),
            ];
            if wide {
                cells.push(Cell::from(labels::tier(s.tier)));
            }
            cells.extend([
                Cell::from(if s.key_figure { "★" } else { "" }).style(theme::warning()),
                Cell::from(age(app, f.contacts.last)),
                cadence_cell(f.cadence),
            ]);
            let row = Row::new(cells);
            if s.archived {
                row.style(theme::dim())
            } else {
                row
            }
        },
    );
    let shown = app.detail_pinned.or(app.view().selected_row());
    if let (Some(area), Some(i)) = (detail, shown.filter(|&i| i < people.len())) {
        render_detail(frame, area, app, &people[i]);
    }
}

fn field<'a>(label: &str, value: String) -> Line<'a> {
    Line::from(vec![
        Span::styled(
            format!("{} ", crate::i18n::label_colon(label)),
            theme::dim(),
        ),
        Span::raw(value),
    ])
}

fn names(app: &App, ids: &[crate::domain::Id]) -> String {
    ids.iter()
        .filter_map(|&id| app.stakeholder_name(Some(id)))
        .map(|n| clean(n).into_owned())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Everything about one stakeholder, most useful first (the pane may be short).
pub fn detail_lines(app: &App, s: &Stakeholder) -> Vec<Line<'static>> {
    let pos = app.index.stakeholders.get(&s.id).copied();
    let facts = pos
        .and_then(|p| app.facts.get(p))
        .cloned()
        .unwrap_or_default();
    let mut lines = who(s);
    lines.push(cadence_line(app, s, &facts));
    lines.extend(give_and_take(s, &facts));
    lines.extend(ties(app, s, &facts));
    lines.extend(contact_log(app, &facts));
    if !s.notes.is_empty() {
        lines.push(Line::from(Span::styled(t("field-notes"), theme::header())));
        for l in s.notes.lines() {
            lines.push(Line::from(clean(l).into_owned()));
        }
    }
    lines
}

/// Organisation and role, sector, and how to reach them.
fn who(s: &Stakeholder) -> Vec<Line<'static>> {
    let mut lines = vec![
        field(
            t("col-organisation"),
            format!("{} — {}", clean(&s.organisation), clean(&s.role)),
        ),
        field(
            t("col-sector"),
            format!(
                "{} · {} · {}",
                labels::sector(&s.sector),
                labels::formality(s.formality),
                labels::tier(s.tier)
            ),
        ),
    ];
    let contact = [&s.contact.phone, &s.contact.email]
        .iter()
        .filter(|v| !v.is_empty())
        .map(|v| clean(v).into_owned())
        .collect::<Vec<_>>()
        .join(" · ");
    if !contact.is_empty() {
        lines.push(field(t("field-contact"), contact));
    }
    lines
}

/// How often to be in touch, the last contact, and whether one is due.
fn cadence_line(app: &App, s: &Stakeholder, facts: &PersonFacts) -> Line<'static> {
    let cadence = match (s.cadence_days, facts.cadence) {
        (Some(days), Some(c)) => {
            let state = match c {
                Cadence::Overdue(d) => tf("cadence-overdue_long", &[("n", &d)]),
                Cadence::Never => t("cadence-never_long").to_owned(),
                Cadence::Due(d) => tf("cadence-due_long", &[("n", &d)]),
                Cadence::None => String::new(),
            };
            format!(
                "{} · {} · {state}",
                tf("field-every_days", &[("n", &days)]),
                age(app, facts.contacts.last)
            )
        }
        _ => t("cadence-none").to_owned(),
    };
    field(t("field-cadence"), cadence)
}

/// Contacts only about problems, what is given and received, a key figure.
fn give_and_take(s: &Stakeholder, facts: &PersonFacts) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if facts.contacts.only_problems() {
        lines.push(Line::from(Span::styled(
            t("warn-only_problems"),
            theme::warning(),
        )));
    }
    let r = facts.reciprocity;
    let mut rec = vec![
        Span::styled(
            format!("{} ", crate::i18n::label_colon(t("field-reciprocity"))),
            theme::dim(),
        ),
        Span::raw(tf(
            "reciprocity-line",
            &[("given", &r.given), ("received", &r.received)],
        )),
    ];
    if r.takes_only() {
        rec.push(Span::styled(
            format!("  {}", t("warn-takes_only")),
            theme::warning(),
        ));
    }
    lines.push(Line::from(rec));
    if s.key_figure {
        lines.push(Line::from(Span::styled(
            format!("★ {}", t("field-key_figure")),
            theme::warning(),
        )));
    }
    lines
}

/// Communities, who referred them and whom they referred, networks and trainings.
fn ties(app: &App, s: &Stakeholder, facts: &PersonFacts) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    if !s.communities.is_empty() {
        let c: Vec<String> = s
            .communities
            .iter()
            .map(|c| clean(c).into_owned())
            .collect();
        lines.push(field(t("field-communities"), c.join(", ")));
    }
    let referrer = |id| {
        app.index
            .stakeholders
            .get(&id)
            .and_then(|&i| app.data.stakeholders[i].referred_by)
    };
    let up = referral_chain_up(referrer, s.id);
    if !up.is_empty() {
        let chain: Vec<String> = up
            .iter()
            .filter_map(|&id| app.stakeholder_name(Some(id)))
            .map(|n| clean(n).into_owned())
            .collect();
        lines.push(field(t("field-referred_by"), chain.join(" ← ")));
    }
    let down = &facts.referred;
    if !down.is_empty() {
        lines.push(field(t("field-referred"), names(app, down)));
    }
    lines.extend(memberships(app, s));
    lines
}

/// The networks they are a member of (with their role) and the trainings attended.
fn memberships(app: &App, s: &Stakeholder) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let nets: Vec<String> = app
        .data
        .networks
        .iter()
        .filter_map(|n| {
            let m = n.members.iter().find(|m| m.stakeholder == s.id)?;
            Some(if m.role.is_empty() {
                clean(&n.name).into_owned()
            } else {
                format!("{} ({})", clean(&n.name), clean(&m.role))
            })
        })
        .collect();
    if !nets.is_empty() {
        lines.push(field(t("field-networks"), nets.join(", ")));
    }
    let trainings: Vec<String> = app
        .data
        .trainings
        .iter()
        .filter(|tr| tr.attended_by(s.id))
        .map(|tr| format!("{} ({})", clean(&tr.title), tr.date))
        .collect();
    if !trainings.is_empty() {
        lines.push(field(t("field-trainings"), trainings.join(", ")));
    }
    lines
}

/// The contacts logged, one line each.
fn contact_log(app: &App, facts: &PersonFacts) -> Vec<Line<'static>> {
    let log: Vec<_> = facts
        .contacts_log
        .iter()
        .map(|&i| &app.data.contacts[i])
        .collect();
    if log.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![Line::from(Span::styled(
        t("field-contact_log"),
        theme::header(),
    ))];
    for c in log {
        let purpose = match c.purpose {
            ContactPurpose::Maintenance => Span::styled(t("purpose-maintenance"), theme::ok()),
            ContactPurpose::Problem => Span::styled(t("purpose-problem"), theme::warning()),
        };
        lines.push(Line::from(vec![
            Span::raw(format!("{} ", c.date)),
            Span::styled(format!("{:<8} ", channel(c.channel)), theme::dim()),
            purpose,
            Span::raw(format!("  {}", clean(&c.summary))),
        ]));
    }
    lines
}

pub fn channel(c: Channel) -> &'static str {
    match c {
        Channel::Meeting => t("channel-meeting"),
        Channel::Phone => t("channel-phone"),
        Channel::Email => t("channel-email"),
        Channel::Visit => t("channel-visit"),
        Channel::Event => t("channel-event"),
        Channel::Other => t("channel-other"),
    }
}

/// Why the list is empty: nobody recorded yet, or what hides everyone.
fn empty_reason(app: &App) -> String {
    let people = &app.data.stakeholders;
    let v = &app.people;
    let query = v.filter.value();
    if people.is_empty() {
        t("empty-stakeholders").to_owned()
    } else if !query.trim().is_empty() {
        crate::i18n::tf("empty-no_match", &[("query", &clean(&query))])
    } else if v.quick != Quick::All {
        t("empty-quick_filter").to_owned()
    } else {
        t("empty-all_archived").to_owned()
    }
}

/// The sector as listed, without building it (the widths look at every row).
fn sector_text(s: &Stakeholder) -> &str {
    match &s.sector {
        crate::domain::stakeholder::Sector::Other(text) if !text.is_empty() => text,
        other => t(other.key()),
    }
}

/// The name, organisation and sector columns sized to the longest text listed, in the
/// room the fixed columns leave.
fn text_widths(app: &App, header: &[&str], fixed: &[Constraint], width: u16) -> Vec<Constraint> {
    use super::widgets::table::{fit, need};
    let people = &app.data.stakeholders;
    let rows = || app.view().rows.iter().map(|&i| &people[i]);
    let archived = t("archived").chars().count() + 3;
    let name = rows()
        .map(|s| s.name.chars().count() + if s.archived { archived } else { 0 })
        .max()
        .unwrap_or(0);
    let needs = [
        need(header[0], std::iter::empty()).max(u16::try_from(name).unwrap_or(u16::MAX)),
        need(header[1], rows().map(|s| s.organisation.as_str())),
        need(header[2], rows().map(sector_text)),
    ];
    let fixed: u16 = fixed
        .iter()
        .map(|c| match c {
            Constraint::Length(n) => *n,
            _ => 0,
        })
        .sum();
    let columns = (needs.len() + header.len() - 3) as u16;
    let room = width.saturating_sub(2 + fixed + columns.saturating_sub(1));
    // The name counts double: it is what a row is recognised by.
    fit(&needs, &[2, 1, 1], room)
}

/// Under a typed filter: which of the searched fields hold it, so that a match on a
/// community or an organisation is not a mystery ("/police" finding a pastor).
fn matched_line(app: &App, s: &Stakeholder) -> Option<Line<'static>> {
    let query = app.people.filter.value().trim().to_lowercase();
    if query.is_empty() {
        return None;
    }
    let communities = s.communities.join(" ");
    let fields = [
        (t("col-name"), s.name.as_str()),
        (t("col-organisation"), s.organisation.as_str()),
        (t("col-sector"), sector_text(s)),
        (t("field-communities"), communities.as_str()),
    ];
    let hits: Vec<&str> = fields
        .iter()
        .filter(|(_, text)| text.to_lowercase().contains(&query))
        .map(|(label, _)| *label)
        .collect();
    let text = if hits.is_empty() {
        crate::i18n::tf("filter-matched_loosely", &[("query", &clean(&query))])
    } else {
        crate::i18n::tf(
            "filter-matched_in",
            &[("query", &clean(&query)), ("fields", &hits.join(", "))],
        )
    };
    Some(Line::from(Span::styled(text, theme::dim())))
}

fn render_detail(frame: &mut Frame, area: Rect, app: &App, s: &Stakeholder) {
    let scroll = if app.zoom { app.detail_scroll } else { 0 };
    let mut lines = detail_lines(app, s);
    if let Some(line) = matched_line(app, s) {
        lines.insert(0, line);
    }
    super::widgets::scroll::pane(
        frame,
        area,
        Paragraph::new(lines).wrap(Wrap { trim: true }),
        theme::block(&clean(&s.name)),
        scroll,
    );
}
