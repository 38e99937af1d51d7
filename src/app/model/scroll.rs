//! A pane of text that scrolls by the keys of the layer it is (help, the message log, a
//! record's detail filling the tab): the
//! offset the keys move, and what its last draw found, so that a page is the rows seen
//! and End the last offset, without the model knowing how the text is laid out.

use std::cell::Cell;

use super::Action;

#[derive(Debug, Default)]
pub struct Scroll {
    offset: u16,
    /// The rows seen at a time and the last offset, as the last draw found them; `None`
    /// before the first draw.
    drawn: Cell<Option<(u16, u16)>>,
}

impl Scroll {
    /// The first row shown.
    pub fn offset(&self) -> u16 {
        self.offset
    }

    /// Back to the top (the pane opens again).
    pub fn reset(&mut self) {
        self.offset = 0;
    }

    /// From row `offset` (a place come back to); the draw keeps it within the text.
    pub fn go_to(&mut self, offset: u16) {
        self.offset = offset;
    }

    /// Moves by `action` (↑ ↓ PgUp PgDn Home End), never past the end the last draw
    /// found; whether `action` was one of those.
    pub fn apply(&mut self, action: &Action) -> bool {
        let (seen, last) = self.drawn.get().unwrap_or((1, u16::MAX));
        // A page keeps one row of the one before in view, as `less` and vim do.
        let page = seen.saturating_sub(1).max(1);
        let o = self.offset.min(last);
        self.offset = match action {
            Action::Up => o.saturating_sub(1),
            Action::Down => o.saturating_add(1),
            Action::PageUp => o.saturating_sub(page),
            Action::PageDown => o.saturating_add(page),
            Action::Top => 0,
            Action::Bottom => last,
            _ => return false,
        }
        .min(last);
        true
    }

    /// Called by the draw with `visible` rows of `total`: the offset to draw from.
    pub fn drawn(&self, visible: usize, total: usize) -> u16 {
        let clamp = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
        let last = clamp(total.saturating_sub(visible));
        self.drawn.set(Some((clamp(visible), last)));
        self.offset.min(last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_keep_a_row_and_stop_at_either_end() {
        let mut s = Scroll::default();
        assert_eq!(s.drawn(10, 35), 0);
        s.apply(&Action::PageDown);
        assert_eq!(s.offset(), 9);
        s.apply(&Action::Bottom);
        assert_eq!(s.offset(), 25);
        s.apply(&Action::Down);
        assert_eq!(s.offset(), 25, "never past the end");
        s.apply(&Action::Up);
        assert_eq!(s.offset(), 24);
        s.apply(&Action::PageUp);
        s.apply(&Action::PageUp);
        s.apply(&Action::PageUp);
        assert_eq!(s.offset(), 0);
        assert!(!s.apply(&Action::Open));
    }

    /// Text that got shorter since (a narrower terminal draws more rows) is drawn from
    /// its new end.
    #[test]
    fn the_draw_clamps_an_offset_past_a_shorter_text() {
        let mut s = Scroll::default();
        s.drawn(10, 100);
        s.apply(&Action::Bottom);
        assert_eq!(s.drawn(10, 30), 20);
    }
}
