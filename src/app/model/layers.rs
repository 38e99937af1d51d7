//! The modal stack, written once: the layers open over the views, topmost first. Key
//! routing (`router::layers`), the key scopes (footer and help) and drawing (`ui::draw`,
//! bottom up) all read this one list, so that the layer drawn on top is the one that
//! gets the keys.

use super::state::{App, Overlay, Tab};

/// What the layers did with an action.
#[derive(Debug, Clone, PartialEq)]
pub enum Handled {
    /// No layer took it: it goes on to the views.
    Passed,
    /// A layer took it, with the action that follows, if any.
    Taken(Option<super::action::Action>),
}

impl Handled {
    /// This answer if the action was taken, else what `next` does with it.
    pub fn or_else(self, next: impl FnOnce() -> Handled) -> Handled {
        match self {
            Handled::Passed => next(),
            taken => taken,
        }
    }
}

/// One layer over the views.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// A yes/no question.
    Confirm,
    Picker,
    Form,
    Help,
    /// The message log.
    Messages,
    ImportPreview,
    ExportPreview,
    /// The search of the whole database and its hits.
    Search,
    /// The meeting screen (drawn in place of the tab).
    Meeting,
    /// The selected record's detail over the whole tab (drawn by the view).
    Detail,
    /// The stakeholder filter being typed (drawn by the view).
    Filter,
}

impl App {
    /// The layers open now, topmost first.
    pub fn layers(&self) -> Vec<Layer> {
        let open = [
            (self.confirm.is_some(), Layer::Confirm),
            (self.picker.is_some(), Layer::Picker),
            // Help opens over a form (F1), as over a preview or the search.
            (
                matches!(
                    self.overlay,
                    Some(Overlay::Help | Overlay::HelpOverMessages)
                ),
                Layer::Help,
            ),
            (self.form.is_some(), Layer::Form),
            (
                matches!(
                    self.overlay,
                    Some(Overlay::Messages | Overlay::HelpOverMessages)
                ),
                Layer::Messages,
            ),
            (self.import.is_some(), Layer::ImportPreview),
            (self.export.is_some(), Layer::ExportPreview),
            (self.search.is_some(), Layer::Search),
            (self.meeting.is_some(), Layer::Meeting),
            (self.zoom, Layer::Detail),
            (
                self.people.filtering && self.tab == Tab::Stakeholders,
                Layer::Filter,
            ),
        ];
        open.into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, l)| l)
            .collect()
    }

    /// The layer on top, which gets each user action first.
    pub fn top_layer(&self) -> Option<Layer> {
        self.layers().first().copied()
    }
}
