//! The Overview tab's state: the overview computed off the UI thread, and the page shown.

use std::sync::Arc;

use crate::domain::overview::Overview;

/// Which part of the overview the tab shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OverviewPage {
    /// The checklist of the three steps (and, on wide terminals, the charts).
    #[default]
    Steps,
    /// The figures and charts.
    Figures,
    /// The network picture and its measures.
    Network,
}

impl OverviewPage {
    /// The page after this one, round.
    pub fn next(self) -> OverviewPage {
        match self {
            OverviewPage::Steps => OverviewPage::Figures,
            OverviewPage::Figures => OverviewPage::Network,
            OverviewPage::Network => OverviewPage::Steps,
        }
    }
}

#[derive(Debug)]
pub struct OverviewState {
    /// `None` until the first computation comes back.
    pub model: Option<Arc<Overview>>,
    pub page: OverviewPage,
    /// Draw the network picture in Braille dots; else half blocks (the `braille` setting).
    pub braille: bool,
    /// The first part of a staged load is in: wait for the rest before computing.
    pub waiting_for_history: bool,
}

impl Default for OverviewState {
    fn default() -> Self {
        OverviewState {
            model: None,
            page: OverviewPage::Steps,
            braille: true,
            waiting_for_history: false,
        }
    }
}
