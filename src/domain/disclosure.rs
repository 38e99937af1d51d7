//! The one place that decides whether an item of a session may go to a recipient, and
//! why not, and whom it may name there. Used alike by the TUI preview, the exports and the command line.

use std::borrow::Cow;
use std::collections::HashSet;

use super::Id;
use super::dataset::Dataset;
use super::note::{ActionItem, Anchor, Decision, Note};
use super::session::{AgendaSubject, Presence, Session};
use super::sharing::{Distribution, Pap, Tlp};

/// Something said or agreed at the table.
#[derive(Debug, Clone, Copy)]
pub enum Item<'a> {
    Note(&'a Note),
    Decision(&'a Decision),
    Action(&'a ActionItem),
}

impl Item<'_> {
    pub fn tlp(&self) -> Tlp {
        match self {
            Item::Note(n) => n.tlp,
            Item::Decision(d) => d.tlp,
            Item::Action(a) => a.tlp,
        }
    }

    /// Decisions and actions carry no PAP of their own: what may be done with them is
    /// what the table agreed.
    pub fn pap(&self) -> Option<Pap> {
        match self {
            Item::Note(n) => Some(n.pap),
            _ => None,
        }
    }

    pub fn anchor(&self) -> Anchor {
        match self {
            Item::Note(n) => n.anchor,
            Item::Decision(d) => d.anchor,
            Item::Action(a) => a.anchor,
        }
    }

    /// `note:3`, `decision:1`, `action:7`: how the audit trail names items.
    pub fn key(&self) -> String {
        match self {
            Item::Note(n) => format!("note:{}", n.id),
            Item::Decision(d) => format!("decision:{}", d.id),
            Item::Action(a) => format!("action:{}", a.id),
        }
    }
}

/// Why an item is withheld from a recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Withheld {
    /// `TLP:RED`: never written down, for anyone, present or not.
    Red,
    /// `TLP:AMBER+STRICT` and the recipient was not present at the session.
    NotPresent,
    /// `TLP:AMBER` and the recipient was not invited to the session.
    NotInvited,
    /// `TLP:GREEN` and the recipient is not a member of the network.
    NotMember,
    /// About a case the recipient is not involved in (the need-to-know rule).
    NotInvolved,
    /// Discussion notes never go into a feedback sheet.
    NotForFeedback,
    /// A former partner (archived) is not listed in a handout.
    Archived,
    /// A record of another network stays out of this network's handout.
    NotOfNetwork,
}

impl Withheld {
    pub fn key(self) -> &'static str {
        match self {
            Withheld::Red => "withheld-red",
            Withheld::NotPresent => "withheld-not_present",
            Withheld::NotInvited => "withheld-not_invited",
            Withheld::NotMember => "withheld-not_member",
            Withheld::NotInvolved => "withheld-not_involved",
            Withheld::NotForFeedback => "withheld-not_for_feedback",
            Withheld::Archived => "withheld-archived",
            Withheld::NotOfNetwork => "withheld-not_of_network",
        }
    }
}

/// What the decision needs to know about the network, computed once per export.
pub struct Context<'a> {
    pub data: &'a Dataset,
    /// Members of any mini-network, and anyone ever invited to a session.
    members: HashSet<Id>,
    /// The need-to-know rule for cases is active.
    case_need_to_know: bool,
}

impl<'a> Context<'a> {
    pub fn new(data: &'a Dataset) -> Self {
        let mut members: HashSet<Id> = data
            .networks
            .iter()
            .filter(|n| !n.archived)
            .flat_map(|n| n.members.iter().map(|m| m.stakeholder))
            .collect();
        members.extend(
            data.sessions
                .iter()
                .flat_map(|s| s.invitees.iter().copied()),
        );
        let case_need_to_know = super::sharing::case_need_to_know(&data.sharing_rules);
        Context {
            data,
            members,
            case_need_to_know,
        }
    }

    /// Whether `who` is involved in `case`: its lead, its referrer, an owner of one of its
    /// actions, or present at a session where it was discussed.
    pub fn involved(&self, case: Id, who: Id) -> bool {
        let d = self.data;
        d.cases
            .iter()
            .any(|c| c.id == case && (c.lead == Some(who) || c.referred_by == Some(who)))
            || d.actions
                .iter()
                .any(|a| a.anchor.case == Some(case) && a.owner == Some(who))
            || d.sessions.iter().any(|s| {
                s.cases().any(|c| c == case) && s.presence_of(who) == Some(Presence::Present)
            })
    }

    /// May `item`, said at `session`, go to `recipient`? `Err` says why not.
    pub fn may_share(&self, session: &Session, item: Item, recipient: Id) -> Result<(), Withheld> {
        self.label_allows(session, item.tlp(), recipient)?;
        self.need_to_know(item.anchor().case, recipient)
    }

    /// The label of what the agenda says (a topic, a case reference): the agreement's
    /// default, AMBER where there is no agreement.
    pub fn agenda_label(&self) -> Tlp {
        self.data
            .agreements
            .first()
            .map_or(Tlp::Amber, |a| a.default_tlp)
    }

    /// May an agenda item of `session` be listed for `recipient` (an invitation, the
    /// agenda)? Under the agenda's label, and a case (by its reference only) to partners
    /// involved in it. AMBER+STRICT before the meeting reaches the invitees.
    pub fn may_list(
        &self,
        session: &Session,
        subject: &AgendaSubject,
        recipient: Id,
    ) -> Result<(), Withheld> {
        // Before the meeting nobody is present yet: "those present" are those expected
        // in the room, the invitees.
        let tlp = match self.agenda_label() {
            Tlp::AmberStrict if !session.is_held() => Tlp::Amber,
            tlp => tlp,
        };
        self.label_allows(session, tlp, recipient)?;
        match subject {
            AgendaSubject::Case(c) => self.need_to_know(Some(*c), recipient),
            AgendaSubject::Topic(_) | AgendaSubject::OpenActions(_) => Ok(()),
        }
    }

    /// May the invitation and agenda of `session` go to `recipient` at all? Only to those
    /// at the table: invited, present, or involved in one of its cases. To anyone else it
    /// would say nothing but when and where the table meets and how much is kept from
    /// them, which is not theirs to know either.
    pub fn may_receive_agenda(&self, session: &Session, recipient: Id) -> Result<(), Withheld> {
        if self.at_table(session, recipient) {
            Ok(())
        } else {
            Err(Withheld::NotInvited)
        }
    }

    /// Whether `recipient` sits at the table of `session`: invited, present, or involved
    /// in one of its cases. Only they are told how much of it is kept from them; to
    /// anyone else the count says how big the table is, which is not theirs to know.
    pub fn at_table(&self, session: &Session, recipient: Id) -> bool {
        session.invitees.contains(&recipient)
            || session.presence_of(recipient) == Some(Presence::Present)
            || session.cases().any(|c| self.involved(c, recipient))
    }

    /// May the minutes of `session` go to `recipient` at all? To those at the table, and
    /// to anyone else only when something of it may go to them (a `TLP:CLEAR` item, a
    /// `TLP:GREEN` one for a member): minutes that hold nothing would tell an outsider
    /// only that the table met, when.
    pub fn may_receive_minutes(
        &self,
        session: &Session,
        recipient: Id,
        anything: bool,
    ) -> Result<(), Withheld> {
        if anything || self.at_table(session, recipient) {
            Ok(())
        } else {
            Err(Withheld::NotInvited)
        }
    }

    /// May a feedback sheet of `case` go to `recipient` at all? Its heading names the
    /// case and its status: only to those involved in it, under the need-to-know rule.
    pub fn may_receive_feedback(&self, case: Id, recipient: Id) -> Result<(), Withheld> {
        self.need_to_know(Some(case), recipient)
    }

    fn need_to_know(&self, case: Option<Id>, recipient: Id) -> Result<(), Withheld> {
        match case {
            Some(case) if self.case_need_to_know && !self.involved(case, recipient) => {
                Err(Withheld::NotInvolved)
            }
            _ => Ok(()),
        }
    }

    fn label_allows(&self, session: &Session, tlp: Tlp, recipient: Id) -> Result<(), Withheld> {
        // The label's distribution rule, the same data the screen and the minutes print.
        match tlp.distribution() {
            Distribution::Nobody => return Err(Withheld::Red),
            Distribution::Present if session.presence_of(recipient) != Some(Presence::Present) => {
                return Err(Withheld::NotPresent);
            }
            Distribution::Invited
                if !session.invitees.contains(&recipient)
                    && session.presence_of(recipient) != Some(Presence::Present) =>
            {
                return Err(Withheld::NotInvited);
            }
            Distribution::Network if !self.members.contains(&recipient) => {
                return Err(Withheld::NotMember);
            }
            _ => {}
        }
        Ok(())
    }
}

impl Context<'_> {
    /// [`Context::may_share`] for an item wherever it was taken down: at its session, or
    /// (no session) by its label alone, where "those present" and "those invited" are
    /// nobody. What one person's export (`export person`) may show of an item.
    pub fn may_share_item(&self, item: Item, recipient: Id) -> Result<(), Withheld> {
        let session = item
            .anchor()
            .session
            .and_then(|id| crate::domain::dataset::by_id(&self.data.sessions, id));
        if let Some(s) = session {
            return self.may_share(s, item, recipient);
        }
        match item.tlp().distribution() {
            Distribution::Nobody => return Err(Withheld::Red),
            Distribution::Present => return Err(Withheld::NotPresent),
            Distribution::Invited => return Err(Withheld::NotInvited),
            Distribution::Network if !self.members.contains(&recipient) => {
                return Err(Withheld::NotMember);
            }
            _ => {}
        }
        match item.anchor().case {
            Some(case) if self.case_need_to_know && !self.involved(case, recipient) => {
                Err(Withheld::NotInvolved)
            }
            _ => Ok(()),
        }
    }
}

/// Whom an item may name outside the room.
///
/// The seed's third question, "how can we act without endangering the person who brought
/// it?", answered for everything written down: a note with a protected source, and every
/// action and decision taken from it, names nobody. Its source, whoever acts, an owner and
/// every `@mention` in its text read "a partner". Masking the source alone would single
/// it out (the one name missing, or "a partner" next to an action only the source could
/// own); masking everyone derived from the note leaves nothing to tell the source from the
/// others. What cannot be masked is a name written in free prose (the editor says so).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naming {
    Open,
    /// Every person the item would name is "a partner".
    Masked,
}

impl Naming {
    /// `text` with every word holding an `@` (a mention, an e-mail address) replaced by
    /// `partner` when masked.
    pub fn text<'t>(self, text: &'t str, partner: &str) -> Cow<'t, str> {
        if self == Naming::Open || !text.contains('@') {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        for piece in text.split_inclusive(char::is_whitespace) {
            let word = piece.trim_end_matches(char::is_whitespace);
            if !word.contains('@') {
                out.push_str(piece);
                continue;
            }
            // Keep the punctuation around the word: "(@imam)," -> "(a partner),".
            let start = word
                .find(|c: char| c.is_alphanumeric() || c == '@')
                .unwrap_or(0);
            let end = word
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_alphanumeric())
                .map_or(word.len(), |(i, c)| i + c.len_utf8())
                .max(start);
            out.push_str(&word[..start]);
            out.push_str(partner);
            out.push_str(&word[end..]);
            out.push_str(&piece[word.len()..]);
        }
        Cow::Owned(out)
    }
}

/// Whether `item` may name people: masked for a note with a protected source and for what
/// was taken from one. An action or decision whose note is unknown (older files) is
/// masked when any note at its agenda item has a protected source.
pub fn naming(data: &Dataset, item: &Item) -> Naming {
    let from = match item {
        Item::Note(n) => return mask_if(n.protected_source),
        Item::Decision(d) => d.from_note,
        Item::Action(a) => a.from_note,
    };
    let anchor = item.anchor();
    mask_if(
        match from.and_then(|id| crate::domain::dataset::by_id(&data.notes, id)) {
            Some(n) => n.protected_source,
            None => data
                .notes
                .iter()
                .any(|n| n.anchor == anchor && n.protected_source),
        },
    )
}

fn mask_if(protected: bool) -> Naming {
    if protected {
        Naming::Masked
    } else {
        Naming::Open
    }
}

/// Every item of a session, in agenda order, then in time order. A retracted note is no
/// item any more: it stays in the case file, but no output carries it.
pub fn session_items<'a>(data: &'a Dataset, session: &Session) -> Vec<Item<'a>> {
    let position = |a: &Anchor| {
        a.item
            .and_then(|i| session.agenda.iter().position(|x| x.item == i))
            .unwrap_or(usize::MAX)
    };
    let mut items: Vec<(usize, chrono::DateTime<chrono::Utc>, Item)> = Vec::new();
    let here = |a: &Anchor| a.session == Some(session.id);
    items.extend(
        data.notes
            .iter()
            .filter(|n| here(&n.anchor) && !n.is_retracted())
            .map(|n| (position(&n.anchor), n.at, Item::Note(n))),
    );
    items.extend(
        data.decisions
            .iter()
            .filter(|d| here(&d.anchor))
            .map(|d| (position(&d.anchor), d.at, Item::Decision(d))),
    );
    items.extend(
        data.actions
            .iter()
            .filter(|a| here(&a.anchor))
            .map(|a| (position(&a.anchor), a.meta.created_at, Item::Action(a))),
    );
    items.sort_by_key(|(p, at, _)| (*p, *at));
    items.into_iter().map(|(_, _, i)| i).collect()
}

/// The actions agreed at earlier sessions about a case on `session`'s agenda that were
/// closed (done or cancelled) on the day of the session: closed at the table. The
/// minutes list them; whether each goes to a recipient is judged at the session where
/// it was agreed and at this one ([`Context::may_share_followed_up`]).
pub fn followed_up_items<'a>(data: &'a Dataset, session: &Session) -> Vec<Item<'a>> {
    let cases: Vec<Id> = session.cases().collect();
    let mut out: Vec<&ActionItem> = data
        .actions
        .iter()
        .filter(|a| a.anchor.session.is_some_and(|s| s != session.id))
        .filter(|a| a.anchor.case.is_some_and(|c| cases.contains(&c)))
        .filter(|a| {
            !a.is_open()
                && a.closed_at()
                    .is_some_and(|at| at.date_naive() == session.date)
        })
        .collect();
    out.sort_by_key(|a| (a.closed_at(), a.id));
    out.into_iter().map(Item::Action).collect()
}

impl Context<'_> {
    /// May an action agreed at an earlier session, and closed at `session`, go to
    /// `recipient` in its minutes? Only if it could at both sessions: those present when
    /// it was agreed, and those who receive these minutes.
    pub fn may_share_followed_up(
        &self,
        session: &Session,
        item: Item,
        recipient: Id,
    ) -> Result<(), Withheld> {
        let origin = item
            .anchor()
            .session
            .and_then(|id| crate::domain::dataset::by_id(&self.data.sessions, id));
        if let Some(origin) = origin {
            self.may_share(origin, item, recipient)?;
        }
        self.may_share(session, item, recipient)
    }
}

/// Counts in published figures (the yearly report) below this are not printed: few
/// enough to single out a person. See [`super::suppression`] for the rules.
pub const MIN_COUNT: usize = 5;

/// A table of counts as a report may print it.
pub fn published(counts: &[usize]) -> super::suppression::Table {
    super::suppression::suppress(counts, MIN_COUNT)
}

/// A median over `count` values as a report may print it.
pub fn published_median(count: usize, median: Option<i64>) -> Option<i64> {
    super::suppression::median(count, median, MIN_COUNT)
}

/// A record of a mini-network that a handout for its members may hold.
#[derive(Debug, Clone, Copy)]
pub enum HandoutItem<'a> {
    Member(&'a super::stakeholder::Stakeholder),
    Lesson(&'a super::network::ProblemEntry),
    Exchange(&'a super::network::ExchangeMeeting),
}

/// May `item` go into a handout for the members of the networks `networks` (a network
/// and those it combines)? A handout goes to the group as `TLP:GREEN` does to the
/// network: records of other networks, and former partners (archived), stay out.
pub fn may_hand_out(networks: &[Id], item: HandoutItem) -> Result<(), Withheld> {
    match item {
        HandoutItem::Member(s) if s.archived => Err(Withheld::Archived),
        HandoutItem::Lesson(p) if !networks.contains(&p.network) => Err(Withheld::NotOfNetwork),
        HandoutItem::Exchange(e) if !networks.contains(&e.network) => Err(Withheld::NotOfNetwork),
        _ => Ok(()),
    }
}

/// How a routed concern shows in the own export (subject access) of a partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConcernShown {
    /// It is about them: what, when, to whom, and whether it was picked up.
    AboutThem,
    /// It went to them: what, when and the answer, not whom or which case it is about
    /// (they were told the what; the subject is someone else's data).
    RoutedToThem,
}

/// Whether the concern `c` goes into `who`'s own export, and how. A concern about a case
/// is in no one's export unless it was routed to them: a case's subject is not a partner,
/// and its partners see the case only through what minutes give them.
pub fn concern_shown(c: &super::routing::RoutedConcern, who: Id) -> Option<ConcernShown> {
    if c.about_stakeholder() == Some(who) {
        Some(ConcernShown::AboutThem)
    } else if c.to_stakeholder() == Some(who) {
        Some(ConcernShown::RoutedToThem)
    } else {
        None
    }
}

/// Whether a partner's phone, e-mail and address may be printed for others: only while
/// their consent to be listed holds, and never for a former or erased partner.
pub fn contact_details_shared(partner: &super::stakeholder::Stakeholder) -> bool {
    !partner.archived && !partner.erased && super::pipeline::may_list(partner.consent)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sharing::RuleKind;

    fn data() -> Dataset {
        crate::demo::build(chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap())
    }

    fn note<'a>(d: &'a Dataset, id: Id) -> Item<'a> {
        Item::Note(d.notes.iter().find(|n| n.id == id).unwrap())
    }

    #[test]
    fn red_never_goes_out() {
        let d = data();
        let ctx = Context::new(&d);
        // Note 2 is TLP:RED from the police chief, who was present.
        assert_eq!(
            ctx.may_share(&d.sessions[0], note(&d, 2), 3),
            Err(Withheld::Red)
        );
    }

    #[test]
    fn amber_strict_only_to_those_present() {
        let d = data();
        let ctx = Context::new(&d);
        let s = &d.sessions[0];
        // Note 1, case 1, AMBER+STRICT. Samira (12) was present and leads the case.
        assert_eq!(ctx.may_share(s, note(&d, 1), 12), Ok(()));
        // Els (7) was excused.
        assert_eq!(ctx.may_share(s, note(&d, 1), 7), Err(Withheld::NotPresent));
    }

    #[test]
    fn amber_to_invitees_green_to_members_clear_to_anyone() {
        let d = data();
        let ctx = Context::new(&d);
        let s = &d.sessions[1];
        // Note 10: GREEN, no case. Leila (33) is in no network and never invited.
        assert_eq!(ctx.may_share(s, note(&d, 10), 33), Err(Withheld::NotMember));
        // Kevin (20) is a member of the sports network.
        assert_eq!(ctx.may_share(s, note(&d, 10), 20), Ok(()));
        // Note 9: CLEAR: anyone.
        assert_eq!(ctx.may_share(s, note(&d, 9), 33), Ok(()));
        // Note 8: AMBER about case 5; Griet (10) was invited (absent) but is the lead.
        assert_eq!(ctx.may_share(s, note(&d, 8), 10), Ok(()));
        // Kevin was not invited.
        assert_eq!(ctx.may_share(s, note(&d, 8), 20), Err(Withheld::NotInvited));
    }

    #[test]
    fn case_items_are_need_to_know_unless_the_rule_is_off() {
        let mut d = data();
        // Note 6: AMBER, case 1. Els (7) was invited and present at session 2, which
        // discussed case 1, so she is involved.
        let s = d.sessions[1].clone();
        let ctx = Context::new(&d);
        assert_eq!(ctx.may_share(&s, note(&d, 6), 7), Ok(()));
        // The mayor (2) was invited (excused at session 2) but present at session 1,
        // which discussed case 1: involved too. Wim (30) was never involved.
        d.sessions[1].invitees.push(30);
        let s = d.sessions[1].clone();
        let ctx = Context::new(&d);
        assert_eq!(
            ctx.may_share(&s, note(&d, 6), 30),
            Err(Withheld::NotInvolved)
        );
        d.sharing_rules.iter_mut().for_each(|r| {
            if r.kind == RuleKind::CaseNeedToKnow {
                r.active = false
            }
        });
        let ctx = Context::new(&d);
        assert_eq!(ctx.may_share(&s, note(&d, 6), 30), Ok(()));
    }

    #[test]
    fn masked_text_reads_a_partner_for_every_word_with_an_at() {
        let m = |s| Naming::Masked.text(s, "P").into_owned();
        assert_eq!(m("action: @imam talk"), "action: P talk");
        assert_eq!(m("(with @samira), then\n@jonas."), "(with P), then\nP.");
        assert_eq!(m("mail ali@example.org; or @ @"), "mail P; or P P");
        assert_eq!(m("no mention"), "no mention");
        assert_eq!(m("«@zoë», @Ελένη! (@)"), "«P», P! (P");
        assert_eq!(Naming::Open.text("with @imam", "P"), "with @imam");
    }

    #[test]
    fn what_a_protected_note_spawned_is_masked_and_unknown_origins_are_suspect() {
        let mut d = data();
        // Note 8 has a protected source; action 4 was taken from it.
        let action = |d: &Dataset| d.actions.iter().find(|a| a.id == 4).unwrap().clone();
        assert_eq!(naming(&d, &note(&d, 8)), Naming::Masked);
        assert_eq!(naming(&d, &note(&d, 9)), Naming::Open);
        assert_eq!(naming(&d, &Item::Action(&action(&d))), Naming::Masked);
        // Taken from note 7 (open source), wherever it stands: open.
        d.actions.iter_mut().find(|a| a.id == 4).unwrap().from_note = Some(7);
        assert_eq!(naming(&d, &Item::Action(&action(&d))), Naming::Open);
        // Unknown: masked, because note 8 at its agenda item is protected.
        d.actions.iter_mut().find(|a| a.id == 4).unwrap().from_note = None;
        assert_eq!(naming(&d, &Item::Action(&action(&d))), Naming::Masked);
        d.notes
            .iter_mut()
            .find(|n| n.id == 8)
            .unwrap()
            .protected_source = false;
        assert_eq!(naming(&d, &Item::Action(&action(&d))), Naming::Open);
        let decision = d.decisions.iter().find(|x| x.id == 2).unwrap();
        assert_eq!(naming(&d, &Item::Decision(decision)), Naming::Open);
    }

    #[test]
    fn handouts_hold_their_networks_records_and_no_former_partner() {
        let mut d = data();
        let p = d.problems.iter().find(|p| p.network == 3).unwrap();
        assert_eq!(may_hand_out(&[3], HandoutItem::Lesson(p)), Ok(()));
        assert_eq!(
            may_hand_out(&[1, 2], HandoutItem::Lesson(p)),
            Err(Withheld::NotOfNetwork)
        );
        let e = d.exchanges.iter().find(|e| e.network == 1).unwrap();
        assert_eq!(
            may_hand_out(&[3], HandoutItem::Exchange(e)),
            Err(Withheld::NotOfNetwork)
        );
        d.stakeholders[0].archived = true;
        let s = &d.stakeholders[0];
        assert_eq!(
            may_hand_out(&[1], HandoutItem::Member(s)),
            Err(Withheld::Archived)
        );
        assert!(!contact_details_shared(&d.stakeholders[1]));
    }

    #[test]
    fn published_counts_and_medians_use_the_threshold() {
        use crate::domain::suppression::Cell;
        assert_eq!(published(&[MIN_COUNT - 1, 9]).cells[0], Cell::Small);
        assert_eq!(published_median(MIN_COUNT - 1, Some(3)), None);
        assert_eq!(published_median(MIN_COUNT, Some(3)), Some(3));
    }

    #[test]
    fn items_come_in_agenda_order() {
        let d = data();
        let keys: Vec<String> = session_items(&d, &d.sessions[1])
            .iter()
            .map(|i| i.key())
            .collect();
        let first_topic = keys.iter().position(|k| k == "note:9").unwrap();
        let case1 = keys.iter().position(|k| k == "note:5").unwrap();
        assert!(case1 < first_topic, "{keys:?}");
    }
}
