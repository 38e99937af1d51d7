//! The Overview tab: asks for the overview whenever the data set is complete and new,
//! takes it in when it comes back, switches pages, and jumps to the records a checklist
//! line is about.

use std::sync::Arc;

use crate::app::model::{Action, App, Effect, OVERVIEW_VIEW, Tab};
use crate::domain::overview::Overview;
use crate::domain::overview::checklist::Jump;

/// The data set changed: compute the overview again, off the UI thread. During a staged
/// load the first part holds no actions yet; the overview waits for the rest.
pub fn loaded(app: &mut App, history_too: bool) {
    if history_too {
        app.overview.waiting_for_history = false;
    }
    if app.overview.waiting_for_history {
        return;
    }
    app.effects
        .push(Effect::ComputeOverview(app.data.clone(), app.today));
}

/// The overview is back: keep the selected checklist line where it was.
pub fn ready(app: &mut App, overview: Arc<Overview>) {
    let lines = (0..overview.checklist.len()).collect();
    app.views[OVERVIEW_VIEW].set_rows(lines, None);
    app.overview.model = Some(overview);
}

pub fn update(app: &mut App, action: Action) -> Option<Action> {
    match action {
        Action::NextOverviewPage => {
            app.overview.page = app.overview.page.next();
            None
        }
        Action::Open => jump(app),
        _ => None,
    }
}

/// Enter on a checklist line: the tab (and view) that holds its records.
fn jump(app: &mut App) -> Option<Action> {
    let model = app.overview.model.as_ref()?;
    let line = model.checklist.get(app.views[OVERVIEW_VIEW].selected)?;
    let tab = match line.jump {
        Jump::Stakeholders => Tab::Stakeholders,
        Jump::Networks => Tab::Networks,
        Jump::Sessions => {
            app.show_actions = false;
            app.show_cases = false;
            Tab::Sessions
        }
        Jump::Actions => {
            app.show_actions = true;
            Tab::Sessions
        }
        Jump::Concerns => return Some(Action::OpenConcerns),
        Jump::Pipeline => {
            // The list, with the stage picker open: which stage is the coordinator's.
            app.tab = Tab::Stakeholders;
            return Some(Action::PickStageFilter);
        }
    };
    Some(Action::GoTab(tab))
}
