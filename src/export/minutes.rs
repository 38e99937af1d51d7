//! Minutes of a session and feedback sheets of a case, for one recipient.

use chrono::{DateTime, Utc};

use crate::domain::Id;
use crate::domain::case::Case;
use crate::domain::dataset::Dataset;
use crate::domain::disclosure::{Context, Item, Naming, Withheld, naming, session_items};
use crate::domain::sanitize::{line as clean, text as clean_text};
use crate::domain::session::{AgendaSubject, Session};
use crate::i18n::{Lang, label_value, t};

use super::Format;
pub use super::minutes_refusal::{feedback_refusal, refusal};

/// What goes out to a recipient and what is withheld, item by item, with the reason.
pub struct Preview<'a> {
    pub included: Vec<Item<'a>>,
    pub withheld: Vec<(Item<'a>, Withheld)>,
}

impl Preview<'_> {
    pub fn included_keys(&self) -> Vec<String> {
        self.included.iter().map(Item::key).collect()
    }

    pub fn withheld_keys(&self) -> Vec<String> {
        self.withheld
            .iter()
            // The reason's catalogue key: the trail holds keys, never translated text.
            // It keeps the form the first entries were written in (`withheld.red`),
            // whatever the catalogue's ids look like (Fluent's `withheld-red`).
            .map(|(i, w)| format!("{} ({})", i.key(), w.key().replacen('-', ".", 1)))
            .collect()
    }
}

/// Sorts a session's items into what `recipient` may receive and what not.
pub fn preview<'a>(data: &'a Dataset, session: &Session, recipient: Id) -> Preview<'a> {
    let ctx = Context::new(data);
    let mut p = Preview {
        included: Vec::new(),
        withheld: Vec::new(),
    };
    for item in session_items(data, session) {
        match ctx.may_share(session, item, recipient) {
            Ok(()) => p.included.push(item),
            Err(why) => p.withheld.push((item, why)),
        }
    }
    for item in crate::domain::disclosure::followed_up_items(data, session) {
        match ctx.may_share_followed_up(session, item, recipient) {
            Ok(()) => p.included.push(item),
            Err(why) => p.withheld.push((item, why)),
        }
    }
    p
}

/// A feedback sheet: the decisions and actions about a case from sessions whose members
/// agreed to give feedback, filtered for the recipient; discussion notes never.
pub fn feedback_preview<'a>(data: &'a Dataset, case: &Case, recipient: Id) -> Preview<'a> {
    let ctx = Context::new(data);
    let mut p = Preview {
        included: Vec::new(),
        withheld: Vec::new(),
    };
    for s in data.sessions.iter().filter(|s| s.feedback_consensus) {
        for item in session_items(data, s)
            .into_iter()
            .filter(|i| i.anchor().case == Some(case.id))
        {
            if matches!(item, Item::Note(_)) {
                p.withheld.push((item, Withheld::NotForFeedback));
                continue;
            }
            match ctx.may_share(s, item, recipient) {
                Ok(()) => p.included.push(item),
                Err(why) => p.withheld.push((item, why)),
            }
        }
    }
    p
}

/// Text from the data as one line of the document: controls made visible, and in
/// Markdown nothing that renders as a link, an image or HTML.
pub(crate) fn esc(fmt: Format, s: &str) -> String {
    let line = clean(s);
    match fmt {
        Format::Md => crate::domain::sanitize::markdown(&line).into_owned(),
        Format::Txt => line.into_owned(),
    }
}

pub(crate) fn person(data: &Dataset, id: Option<Id>, fmt: Format) -> String {
    id.and_then(|id| crate::domain::dataset::by_id(&data.stakeholders, id))
        .map(|s| {
            if s.organisation.is_empty() {
                esc(fmt, &s.name)
            } else {
                format!("{} ({})", esc(fmt, &s.name), esc(fmt, &s.organisation))
            }
        })
        .unwrap_or_default()
}

pub(super) fn subject(data: &Dataset, s: &AgendaSubject, fmt: Format) -> String {
    subject_in(data, s, fmt, crate::i18n::lang())
}

pub(super) fn subject_in(data: &Dataset, s: &AgendaSubject, fmt: Format, lang: Lang) -> String {
    match s {
        AgendaSubject::Case(id) => data
            .cases
            .iter()
            .find(|c| c.id == *id)
            .map(|c| lang.tf("minutes-case", &[("case", &c.reference)]))
            .unwrap_or_default(),
        AgendaSubject::Topic(topic) => esc(fmt, topic),
        AgendaSubject::OpenActions(s) => esc(fmt, &crate::labels::open_actions(data, *s)),
    }
}

/// One line about an item for preview lists: its label and the start of its text, masked
/// as in the document.
pub fn describe(data: &Dataset, item: &Item) -> String {
    let masked = |text: &str| {
        naming(data, item)
            .text(text, t("minutes-a_partner"))
            .into_owned()
    };
    let text = match item {
        Item::Note(n) => masked(n.text.lines().next().unwrap_or("")),
        Item::Decision(d) => label_value(t("minutes-decision"), &masked(&d.text)),
        Item::Action(a) => label_value(t("minutes-action"), &masked(&a.text)),
    };
    format!("[{}] {}", item.tlp(), clean(&text))
}

/// One item as lines. Whom it names is `disclosure::naming`'s to say: an item from a
/// protected source names nobody ("a partner"), not even in its `@mentions`.
pub(crate) fn item_lines(data: &Dataset, item: &Item, fmt: Format) -> Vec<String> {
    item_lines_in(data, item, fmt, crate::i18n::lang())
}

/// The label `id` and `value` as `lang` writes the pair (`Décision : …`).
fn pair(lang: Lang, id: &str, value: &str) -> String {
    lang.tf("label-value", &[("label", &lang.t(id)), ("value", &value)])
}

/// One item as lines, in `lang`.
pub(crate) fn item_lines_in(data: &Dataset, item: &Item, fmt: Format, lang: Lang) -> Vec<String> {
    let bullet = if fmt == Format::Md { "- " } else { "* " };
    let mut labels = format!("[{}", item.tlp());
    if let Some(p) = item.pap() {
        labels.push_str(&format!(" {p}"));
    }
    labels.push(']');
    let naming = naming(data, item);
    let partner = lang.t("minutes-a_partner");
    let who = |id: Option<Id>| match naming {
        Naming::Masked => partner.to_owned(),
        Naming::Open => person(data, id, fmt),
    };
    let text = |s: &str| {
        let text = clean_text(&naming.text(s, partner)).into_owned();
        match fmt {
            Format::Md => crate::domain::sanitize::markdown(&text).into_owned(),
            Format::Txt => text,
        }
    };
    let mut out = Vec::new();
    match item {
        Item::Note(n) => {
            // The `action:` and `decision:` lines stand as items of their own.
            let taken: Vec<&str> = data
                .actions
                .iter()
                .filter(|a| a.from_note == Some(n.id))
                .map(|a| a.text.as_str())
                .chain(
                    data.decisions
                        .iter()
                        .filter(|d| d.from_note == Some(n.id))
                        .map(|d| d.text.as_str()),
                )
                .collect();
            let prose = crate::domain::lines::prose(&n.text, &taken);
            if prose.is_empty() {
                return out;
            }
            let text = text(&prose).lines().collect::<Vec<_>>().join(" / ");
            out.push(format!("{bullet}{labels} {text}"));
            if n.source.is_some() || n.protected_source {
                out.push(format!(
                    "  {}",
                    lang.tf("minutes-source", &[("who", &who(n.source))])
                ));
            }
            if n.who_acts.is_some() {
                out.push(format!(
                    "  {}",
                    lang.tf("minutes-who_acts", &[("who", &who(n.who_acts))])
                ));
            }
        }
        Item::Decision(d) => out.push(format!(
            "{bullet}{labels} {}",
            pair(lang, "minutes-decision", &clean(&text(&d.text)))
        )),
        Item::Action(a) => {
            let due = a
                .due
                .map(|d| {
                    format!(
                        ", {}",
                        lang.tf("minutes-due", &[("date", &lang.long_date(d))])
                    )
                })
                .unwrap_or_default();
            out.push(format!(
                "{bullet}{labels} {}",
                pair(lang, "minutes-action", &clean(&text(&a.text)))
            ));
            out.push(format!(
                "  {}",
                lang.tf(
                    "minutes-who_acts",
                    &[("who", &format!("{}{due}", who(a.owner)))]
                )
            ));
        }
    }
    out
}

pub(crate) fn heading(fmt: Format, level: usize, text: &str) -> String {
    match fmt {
        Format::Md => format!("{} {text}", "#".repeat(level)),
        Format::Txt => {
            let under = if level == 1 { '=' } else { '-' };
            format!("{text}\n{}", under.to_string().repeat(text.chars().count()))
        }
    }
}

fn withheld_summary(p: &Preview, lang: Lang) -> String {
    if p.withheld.is_empty() {
        return lang.t("minutes-none_withheld").to_owned();
    }
    let mut counts: std::collections::BTreeMap<Withheld, usize> = Default::default();
    for (_, w) in &p.withheld {
        *counts.entry(*w).or_default() += 1;
    }
    let parts: Vec<String> = counts
        .iter()
        .map(|(w, n)| {
            lang.tf(
                "minutes-withheld_part",
                &[("reason", &lang.t(w.key())), ("count", n)],
            )
        })
        .collect();
    let key = "minutes-withheld";
    lang.tf(
        key,
        &[("count", &p.withheld.len()), ("why", &parts.join(", "))],
    )
}

/// The lines every export starts with: title, recipient, who prepared it when, the rule.
#[allow(clippy::too_many_arguments)]
pub(super) fn preamble(
    data: &Dataset,
    title: String,
    recipient: Id,
    rule: &str,
    at: DateTime<Utc>,
    by: &str,
    fmt: Format,
) -> Vec<String> {
    let lang = crate::i18n::lang();
    preamble_in(data, title, recipient, rule, at, by, fmt, lang)
}

#[allow(clippy::too_many_arguments)]
pub(super) fn preamble_in(
    data: &Dataset,
    title: String,
    recipient: Id,
    rule: &str,
    at: DateTime<Utc>,
    by: &str,
    fmt: Format,
    lang: Lang,
) -> Vec<String> {
    let mut out = vec![
        heading(fmt, 1, &title),
        String::new(),
        lang.tf(
            "minutes-for",
            &[("who", &person(data, Some(recipient), fmt))],
        ),
        lang.tf(
            "minutes-prepared",
            &[
                ("at", &at.format("%Y-%m-%d %H:%M UTC")),
                ("by", &esc(fmt, by)),
            ],
        ),
        super::language_line(lang),
        lang.t(rule).to_owned(),
        lang.t("minutes-labels").to_owned(),
    ];
    // The same rule data the disclosure function enforces, so the header cannot drift.
    let bullet = if fmt == Format::Md { "- " } else { "* " };
    out.extend(
        crate::labels::written_rules_in(&data.sharing_rules, lang)
            .into_iter()
            .map(|l| format!("{bullet}{l}")),
    );
    out.push(String::new());
    out
}

/// The minutes of `session` for `recipient`.
pub fn render(
    data: &Dataset,
    session: &Session,
    recipient: Id,
    p: &Preview,
    fmt: Format,
    at: DateTime<Utc>,
    by: &str,
) -> String {
    let lang = crate::i18n::lang();
    render_in(lang, data, session, recipient, p, fmt, at, by)
}

/// The same, written in `lang`.
#[allow(clippy::too_many_arguments)]
pub fn render_in(
    lang: Lang,
    data: &Dataset,
    session: &Session,
    recipient: Id,
    p: &Preview,
    fmt: Format,
    at: DateTime<Utc>,
    by: &str,
) -> String {
    let title = lang.tf(
        "minutes-title",
        &[
            ("title", &esc(fmt, &session.title)),
            ("date", &lang.long_date(session.date)),
        ],
    );
    let mut out = preamble_in(data, title, recipient, "minutes-rule", at, by, fmt, lang);
    out.extend(crate::i18n::writing_in(lang, || {
        super::minutes_head::head(data, session, recipient, fmt)
    }));
    // What was agreed at this session, by agenda item; what was closed here of what
    // earlier sessions agreed, after it.
    let (said_here, followed_up): (Vec<&Item>, Vec<&Item>) = p
        .included
        .iter()
        .partition(|i| i.anchor().session == Some(session.id));
    // Under the agenda items the recipient may see, numbered as the agenda above lists
    // them; an item under one they may not see goes under "Other items", so that no
    // heading names a subject or a place in the agenda kept from them.
    let listed = listed_agenda(data, session, recipient);
    for (n, item) in listed.iter().enumerate() {
        let here: Vec<&Item> = said_here
            .iter()
            .copied()
            .filter(|i| i.anchor().item == Some(item.item))
            .collect();
        if here.is_empty() {
            continue;
        }
        out.push(heading(
            fmt,
            2,
            &format!("{}. {}", n + 1, subject_in(data, &item.subject, fmt, lang)),
        ));
        out.push(String::new());
        for i in here {
            out.extend(item_lines_in(data, i, fmt, lang));
        }
        out.push(String::new());
    }
    let loose: Vec<&Item> = said_here
        .iter()
        .copied()
        .filter(|i| {
            i.anchor()
                .item
                .is_none_or(|it| !listed.iter().any(|a| a.item == it))
        })
        .collect();
    if !loose.is_empty() {
        out.push(heading(fmt, 2, lang.t("minutes-general")));
        out.push(String::new());
        for i in loose {
            out.extend(item_lines_in(data, i, fmt, lang));
        }
        out.push(String::new());
    }
    if !followed_up.is_empty() {
        out.push(heading(fmt, 2, lang.t("minutes-followed_up")));
        out.push(String::new());
        for i in followed_up {
            out.extend(item_lines_in(data, i, fmt, lang));
            if let Item::Action(a) = i {
                out.push(format!("  {}", closed_state(a, lang)));
            }
        }
        out.push(String::new());
    }
    if p.included.is_empty() {
        out.push(lang.t("minutes-nothing").to_owned());
        out.push(String::new());
    }
    // How much is kept from them is for those at the table only.
    if Context::new(data).at_table(session, recipient) {
        out.push(withheld_summary(p, lang));
        out.push(String::new());
    }
    out.join("\n")
}

/// The agenda items of `session` that `recipient` may see, in agenda order.
pub(super) fn listed_agenda<'s>(
    data: &Dataset,
    session: &'s Session,
    recipient: Id,
) -> Vec<&'s crate::domain::session::AgendaItem> {
    let ctx = Context::new(data);
    (session.agenda.iter())
        .filter(|i| ctx.may_list(session, &i.subject, recipient).is_ok())
        .collect()
}

/// How an action closed at the table ended: done, or cancelled.
fn closed_state(a: &crate::domain::note::ActionItem, lang: Lang) -> &'static str {
    match a.status {
        crate::domain::note::ActionStatus::Cancelled => lang.t("minutes-action_cancelled"),
        _ => lang.t("minutes-action_done"),
    }
}

/// The feedback sheet of `case` for `recipient`.
pub fn render_feedback(
    data: &Dataset,
    case: &Case,
    recipient: Id,
    p: &Preview,
    fmt: Format,
    at: DateTime<Utc>,
    by: &str,
) -> String {
    let lang = crate::i18n::lang();
    render_feedback_in(lang, data, case, recipient, p, fmt, at, by)
}

/// The same, written in `lang`.
#[allow(clippy::too_many_arguments)]
pub fn render_feedback_in(
    lang: Lang,
    data: &Dataset,
    case: &Case,
    recipient: Id,
    p: &Preview,
    fmt: Format,
    at: DateTime<Utc>,
    by: &str,
) -> String {
    let title = lang.tf("feedback-title", &[("case", &case.reference)]);
    let mut out = preamble_in(data, title, recipient, "feedback-rule", at, by, fmt, lang);
    out.extend([
        lang.tf(
            "feedback-status",
            &[("status", &crate::labels::case_status_in(case.status, lang))],
        ),
        String::new(),
    ]);
    for i in &p.included {
        out.extend(item_lines_in(data, i, fmt, lang));
    }
    if p.included.is_empty() {
        out.push(lang.t("feedback-nothing").to_owned());
    }
    out.push(String::new());
    out.push(withheld_summary(p, lang));
    out.push(String::new());
    out.join("\n")
}
