//! What the renderer keeps between frames: a pane drawn once and copied into the following frames while what it shows is the
//! same. ratatui draws every frame from nothing; a pane that does not change between
//! keys (the stakeholder detail while the filter is typed, or while the selection
//! moves and the detail waits for it to rest) would be laid out and wrapped again at
//! every key.

use std::cell::RefCell;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// A pane as last drawn, what it was drawn from, and what its draw learnt on the way
/// (`R`: how far it can scroll, say), which a copy tells again.
#[derive(Debug)]
pub struct Kept<K, R = ()> {
    drawn: RefCell<Option<(K, Buffer, R)>>,
}

impl<K, R> Default for Kept<K, R> {
    fn default() -> Self {
        Kept {
            drawn: RefCell::new(None),
        }
    }
}

impl<K: PartialEq, R: Clone> Kept<K, R> {
    /// Draws `area` of `buf` as `draw` would from what `of` names: with `draw` the first
    /// time and whenever `of` or `area` changed, else by copying the cells kept. Returns
    /// what `draw` returned, then or the time the cells were drawn.
    pub fn draw(
        &self,
        buf: &mut Buffer,
        area: Rect,
        of: K,
        draw: impl FnOnce(&mut Buffer) -> R,
    ) -> R {
        let area = area.intersection(buf.area);
        let mut kept = self.drawn.borrow_mut();
        let fresh = !matches!(&*kept, Some((k, b, _)) if *k == of && b.area == area);
        if fresh {
            let mut pane = Buffer::empty(area);
            let learnt = draw(&mut pane);
            *kept = Some((of, pane, learnt));
        }
        let (_, pane, learnt) = kept.as_ref().expect("drawn above");
        copy(pane, buf);
        learnt.clone()
    }

    /// Forgets the pane: the next frame draws it.
    pub fn forget(&self) {
        self.drawn.borrow_mut().take();
    }
}

/// Puts the cells of `pane` into `buf` at the same place.
fn copy(pane: &Buffer, buf: &mut Buffer) {
    let area = pane.area;
    if area.is_empty() {
        return;
    }
    let width = usize::from(area.width);
    for (n, y) in (area.top()..area.bottom()).enumerate() {
        let to = buf.index_of(area.x, y);
        let from = n * width;
        buf.content[to..to + width].clone_from_slice(&pane.content[from..from + width]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Style};

    fn write(buf: &mut Buffer, text: &str) {
        let a = buf.area;
        buf.set_string(a.x, a.y, text, Style::new().fg(Color::Red));
    }

    #[test]
    fn a_pane_is_drawn_again_only_when_what_it_shows_changed() {
        let kept = Kept::default();
        let area = Rect::new(2, 1, 6, 2);
        let mut draws = 0;
        let frame = |of: u8, text: &str, area: Rect, draws: &mut i32| {
            let mut buf = Buffer::empty(Rect::new(0, 0, 10, 4));
            kept.draw(&mut buf, area, of, |b| {
                *draws += 1;
                write(b, text);
            });
            buf
        };
        let first = frame(1, "Samira", area, &mut draws);
        let mut expected = Buffer::empty(Rect::new(0, 0, 10, 4));
        expected.set_string(2, 1, "Samira", Style::new().fg(Color::Red));
        assert_eq!(first, expected);
        // The same pane: copied, the same cells.
        assert_eq!(frame(1, "ignored", area, &mut draws), first);
        assert_eq!(draws, 1);
        // What it shows changed, or where: drawn again.
        let other = frame(2, "Jan", area, &mut draws);
        assert_eq!(other[(2, 1)].symbol(), "J");
        assert_eq!(other[(5, 1)].symbol(), " ");
        frame(2, "Jan", Rect::new(2, 1, 5, 2), &mut draws);
        assert_eq!(draws, 3);
        kept.forget();
        frame(2, "Jan", Rect::new(2, 1, 5, 2), &mut draws);
        assert_eq!(draws, 4);
    }

    /// What the draw learnt is told again by every copy.
    #[test]
    fn a_copy_returns_what_the_draw_learnt() {
        let kept: Kept<u8, usize> = Kept::default();
        let area = Rect::new(0, 0, 4, 1);
        let mut buf = Buffer::empty(area);
        assert_eq!(kept.draw(&mut buf, area, 1, |_| 7), 7);
        assert_eq!(kept.draw(&mut buf, area, 1, |_| unreachable!()), 7);
        assert_eq!(kept.draw(&mut buf, area, 2, |_| 9), 9);
    }
}
