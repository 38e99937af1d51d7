//! Pieces shared by the views.

pub mod footer;
pub mod form;
pub mod form_hint;
pub mod help;
pub mod labels;
pub mod lock;
pub mod messages;
pub mod picker;
pub mod rows;
pub mod scroll;
pub mod table;
pub mod tabs;

use ratatui::layout::Rect;

/// A `w`×`h` rectangle centred in `area`, clipped to it.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}
