//! The stakeholders list: derived facts per stakeholder, filters, sort order.

use std::collections::HashMap;

use crate::domain::dataset::Dataset;
use crate::domain::indicators::{self, Cadence, ContactSummary, Reciprocity};
use crate::domain::pipeline::{Move, Stage};
use crate::domain::search::ahead::Ahead;
use crate::domain::search::split::Haystacks;
use crate::domain::stakeholder::{Formality, Sector, Tier};
use chrono::NaiveDate;
use std::sync::Arc;

use super::text::TextField;

/// What the list shows about one stakeholder beyond its own fields, computed once per load.
#[derive(Debug, Clone, Default)]
pub struct PersonFacts {
    pub contacts: ContactSummary,
    pub cadence: Option<Cadence>,
    pub reciprocity: Reciprocity,
    /// Name, organisation, sector and communities, for the fuzzy filter, converted once
    /// per load into what the matcher reads.
    pub haystack: nucleo_matcher::Utf32String,
    /// Whom this stakeholder referred.
    pub referred: Vec<crate::domain::Id>,
    /// Positions of their contact-log entries in `data.contacts`, newest first.
    pub contacts_log: Vec<usize>,
    /// Place in the order by name (lower case; ties by position), worked out once per
    /// load: sorting the list by name is then a sort of numbers, without lowering ten
    /// thousand names at every Esc from the filter.
    pub name_rank: u32,
    /// What the list's name, organisation and sector columns need for this row.
    pub columns: ColumnNeeds,
}

/// What a stakeholder's row needs of the list's text columns, worked out once per load:
/// the list sizes its columns to the rows listed at every key of the filter, over
/// thousands of rows in a big town.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ColumnNeeds {
    /// Columns of the name; the list adds its "(archived)" mark in the language.
    pub name: u16,
    pub archived: bool,
    /// Columns of the organisation.
    pub organisation: u16,
    pub sector: SectorNeed,
}

/// The sector column's need: a standard sector's label (by its place in
/// `Sector::STANDARD`, one past it for "other" left blank) is the language's, a sector of
/// one's own is as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectorNeed {
    Standard(u8),
    Own(u16),
}

impl Default for SectorNeed {
    fn default() -> Self {
        SectorNeed::Own(0)
    }
}

impl ColumnNeeds {
    pub fn of(s: &crate::domain::stakeholder::Stakeholder) -> Self {
        // Columns on the screen: a wide character takes two, a combining one none.
        let chars =
            |t: &str| u16::try_from(unicode_width::UnicodeWidthStr::width(t)).unwrap_or(u16::MAX);
        let sector = match &s.sector {
            Sector::Other(text) if !text.is_empty() => SectorNeed::Own(chars(text)),
            other => {
                let place = Sector::STANDARD.iter().position(|x| x == other);
                SectorNeed::Standard(place.unwrap_or(Sector::STANDARD.len()) as u8)
            }
        };
        ColumnNeeds {
            name: chars(&s.name),
            archived: s.archived,
            organisation: chars(&s.organisation),
            sector,
        }
    }
}

/// The filter reads each stakeholder's texts, also on the ranking's helper threads.
impl Haystacks for [PersonFacts] {
    fn haystack(&self, i: usize) -> nucleo_matcher::Utf32Str<'_> {
        self[i].haystack.slice(..)
    }
}

/// Each stakeholder's place in the order by lower-case name, ties by position.
fn name_ranks(data: &Dataset) -> Vec<u32> {
    let people = &data.stakeholders;
    let mut order: Vec<usize> = (0..people.len()).collect();
    order.sort_by_cached_key(|&i| people[i].name.to_lowercase());
    let mut ranks = vec![0; people.len()];
    for (rank, i) in order.into_iter().enumerate() {
        ranks[i] = u32::try_from(rank).unwrap_or(u32::MAX);
    }
    ranks
}

pub fn facts(
    data: &Dataset,
    today: NaiveDate,
    sector_label: impl Fn(&Sector) -> String,
) -> Vec<PersonFacts> {
    let sums = indicators::contact_summaries(&data.contacts);
    let rec: HashMap<_, _> = indicators::reciprocity(data);
    let touched = indicators::last_contacts(data);
    // One pass over referrals and the contact log, instead of one per frame.
    let mut referred: HashMap<crate::domain::Id, Vec<crate::domain::Id>> = HashMap::new();
    for s in &data.stakeholders {
        if let Some(r) = s.referred_by {
            referred.entry(r).or_default().push(s.id);
        }
    }
    let mut log: HashMap<crate::domain::Id, Vec<usize>> = HashMap::new();
    for (i, c) in data.contacts.iter().enumerate() {
        log.entry(c.stakeholder).or_default().push(i);
    }
    for v in log.values_mut() {
        v.sort_by_key(|&i| std::cmp::Reverse(data.contacts[i].date));
    }
    let ranks = name_ranks(data);
    data.stakeholders
        .iter()
        .zip(ranks)
        .map(|(s, name_rank)| {
            let contacts = sums.get(&s.id).copied().unwrap_or_default();
            PersonFacts {
                contacts,
                cadence: Some(indicators::cadence(
                    s.cadence_days,
                    touched.get(&s.id).copied(),
                    today,
                )),
                reciprocity: rec.get(&s.id).copied().unwrap_or_default(),
                referred: referred.remove(&s.id).unwrap_or_default(),
                contacts_log: log.remove(&s.id).unwrap_or_default(),
                name_rank,
                columns: ColumnNeeds::of(s),
                haystack: format!(
                    "{} {} {} {}",
                    s.name,
                    s.organisation,
                    sector_label(&s.sector),
                    s.communities.join(" ")
                )
                .into(),
            }
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Name,
    Organisation,
    Sector,
    LastContact,
    Cadence,
}

impl SortKey {
    pub fn next(self) -> Self {
        match self {
            SortKey::Name => SortKey::Organisation,
            SortKey::Organisation => SortKey::Sector,
            SortKey::Sector => SortKey::LastContact,
            SortKey::LastContact => SortKey::Cadence,
            SortKey::Cadence => SortKey::Name,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            SortKey::Name => "col-name",
            SortKey::Organisation => "col-organisation",
            SortKey::Sector => "col-sector",
            SortKey::LastContact => "col-last_contact",
            SortKey::Cadence => "col-cadence",
        }
    }
}

/// One quick filter; several combine ([`QuickSet`]), picked with `f`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Quick {
    Overdue,
    KeyFigures,
    Informal,
    Policy,
    Practitioners,
    OnlyProblems,
    TakesOnly,
    Sector(Sector),
}

impl Quick {
    /// The quick filters the picker lists, in its order (a sector comes from `F`); the
    /// picker's values are positions in this list.
    pub const CHOICES: [Quick; 7] = [
        Quick::Overdue,
        Quick::KeyFigures,
        Quick::Informal,
        Quick::Policy,
        Quick::Practitioners,
        Quick::OnlyProblems,
        Quick::TakesOnly,
    ];

    pub fn key(&self) -> &'static str {
        match self {
            Quick::Overdue => "quick-overdue",
            Quick::KeyFigures => "quick-key_figures",
            Quick::Informal => "quick-informal",
            Quick::Policy => "quick-policy",
            Quick::Practitioners => "quick-practitioners",
            Quick::OnlyProblems => "quick-only_problems",
            Quick::TakesOnly => "quick-takes_only",
            Quick::Sector(_) => "quick-sector",
        }
    }

    /// Whether a filter and this one can never both hold (one tier, one sector): turning
    /// this one on turns that one off instead of leaving an always empty list.
    fn excludes(&self, other: &Quick) -> bool {
        use Quick::{Policy, Practitioners, Sector as S};
        matches!(
            (self, other),
            (Policy, Practitioners) | (Practitioners, Policy) | (S(_), S(_))
        )
    }

    fn keeps(&self, s: &crate::domain::stakeholder::Stakeholder, f: &PersonFacts) -> bool {
        match self {
            Quick::Overdue => f.cadence.is_some_and(Cadence::is_overdue),
            Quick::KeyFigures => s.key_figure,
            Quick::Informal => s.formality == Formality::Informal,
            Quick::Policy => s.tier == Tier::Policy,
            Quick::Practitioners => s.tier == Tier::Practitioner,
            Quick::OnlyProblems => f.contacts.only_problems(),
            Quick::TakesOnly => f.reciprocity.takes_only(),
            Quick::Sector(sec) => &s.sector == sec,
        }
    }
}

/// The quick filters on, all of which must hold; empty: everyone.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuickSet(Vec<Quick>);

impl QuickSet {
    pub fn on(&self) -> &[Quick] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, q: &Quick) -> bool {
        self.0.contains(q)
    }

    /// Turns `q` off if on, else on (and what it excludes off).
    pub fn toggle(&mut self, q: Quick) {
        if let Some(pos) = self.0.iter().position(|x| *x == q) {
            self.0.remove(pos);
        } else {
            self.0.retain(|x| !q.excludes(x));
            self.0.push(q);
        }
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }
}

/// The step-1 pipeline filter: one stage, or nobody followed yet. It combines with the
/// quick filter and the text (a quick filter asks what kind of partner, this one where they
/// stand).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageFilter {
    At(Stage),
    NotFollowed,
}

impl StageFilter {
    /// Every choice, in pipeline order; the picker's values are positions in this list, and
    /// the position after the last clears the filter.
    pub const ALL: [StageFilter; 6] = [
        StageFilter::At(Stage::Identified),
        StageFilter::At(Stage::Approached),
        StageFilter::At(Stage::Met),
        StageFilter::At(Stage::Engaged),
        StageFilter::At(Stage::Declined),
        StageFilter::NotFollowed,
    ];

    /// Whether someone with these moves passes.
    pub fn keeps(self, moves: &[Move]) -> bool {
        let now = crate::domain::pipeline::current(moves);
        match self {
            StageFilter::At(stage) => now == Some(stage),
            StageFilter::NotFollowed => now.is_none(),
        }
    }

    /// Catalogue key of its name.
    pub fn key(self) -> &'static str {
        match self {
            StageFilter::At(stage) => stage.key(),
            StageFilter::NotFollowed => "stage-not_followed",
        }
    }
}

#[derive(Debug, Default)]
pub struct PeopleView {
    pub filter: TextField,
    /// Typing goes into the filter.
    pub filtering: bool,
    pub quick: QuickSet,
    /// The pipeline stage shown, beside the quick filter; `None`: every stage.
    pub stage: Option<StageFilter>,
    pub sort: SortKey,
    pub descending: bool,
    pub show_archived: bool,
    /// The rows found for each text typed on the way to the filter as it is now, each
    /// text a prefix of the next; the first is no text at all (the list in its order).
    /// One more character ranks the last rows only, Backspace and Esc take rows kept
    /// here: no key ranks or sorts the whole list again. Emptied when anything else
    /// that decides the rows changes (`App::refresh_people`).
    pub found: Vec<(String, Vec<usize>)>,
    /// The widths the name, organisation and sector columns need for the rows listed,
    /// worked out by the renderer once per set of rows, data and language (a walk over
    /// every row, ten thousand in a big town) instead of at every frame.
    pub needs: std::cell::Cell<Option<(NeedsOf, [u16; 3])>>,
    /// The detail pane as last drawn: while the filter is typed, or the selection moves,
    /// it shows the same record at every key.
    pub detail: super::kept::Kept<DetailOf, Option<(usize, usize)>>,
    /// Each possible first character ranked over everyone, by the helper threads, since
    /// the filter was opened on a long list (see [`PeopleView::start_filter`]).
    pub first_letters: Option<Arc<Ahead<[PersonFacts]>>>,
    /// Each possible next character after the text typed, ranked over the rows it found
    /// while the next key is typed, when they are many.
    pub next_letters: Option<Arc<Ahead<[PersonFacts]>>>,
    /// The ranking of the filter text under way, left at its key's deadline: the list
    /// still shows the rows before it (see [`super::people_filter`]).
    pub pending: Option<super::people_filter::Pending>,
}

/// What the column widths of the stakeholder list were worked out for: the list's rows
/// ([`super::state::View::version`]), the data as last set (`App::data_sets`) and the
/// language of the labels measured with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeedsOf {
    pub rows: u64,
    pub data_sets: u64,
    pub lang: crate::i18n::Lang,
}

/// What the detail pane of the stakeholders shows: the record (its position) in the
/// data as last set (`App::data_sets`: a new load, or the history filled in place), the
/// day its figures count from, the language and theme it is drawn in, how far it is
/// scrolled, and the line that says how the filter matched it.
#[derive(Debug, Clone, PartialEq)]
pub struct DetailOf {
    pub row: usize,
    pub data_sets: u64,
    pub today: chrono::NaiveDate,
    pub lang: crate::i18n::Lang,
    pub theme: u8,
    pub scroll: u16,
    pub matched: Option<String>,
}

impl PeopleView {
    /// Everyone the quick filter, the stage and the archive switch keep, in the order
    /// chosen: the rows before any text is typed.
    pub(super) fn listed(&self, data: &Dataset, facts: &[PersonFacts]) -> Vec<usize> {
        let people = &data.stakeholders;
        let keep = |i: &usize| {
            let s = &people[*i];
            let f = &facts[*i];
            (self.show_archived || !s.archived)
                && self.stage.is_none_or(|f| f.keeps(&s.pipeline))
                && self.quick.on().iter().all(|q| q.keeps(s, f))
        };
        let mut rows: Vec<usize> = (0..people.len()).filter(keep).collect();
        let lower = |s: &str| s.to_lowercase();
        match self.sort {
            SortKey::Name => rows.sort_by_key(|&i| facts[i].name_rank),
            SortKey::Organisation => {
                rows.sort_by_cached_key(|&i| (lower(&people[i].organisation), facts[i].name_rank))
            }
            SortKey::Sector => {
                rows.sort_by_cached_key(|&i| (people[i].sector.clone(), facts[i].name_rank))
            }
            // Longest without contact first.
            SortKey::LastContact => rows.sort_by_key(|&i| facts[i].contacts.last),
            SortKey::Cadence => rows.sort_by_key(|&i| match facts[i].cadence {
                Some(Cadence::Never) => i64::MIN,
                Some(Cadence::Overdue(d)) => -d,
                Some(Cadence::Due(d)) => d,
                _ => i64::MAX,
            }),
        }
        if self.descending {
            rows.reverse();
        }
        rows
    }
}
