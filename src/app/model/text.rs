//! The one text-input component: ratatui-textarea, single- or multi-line.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Modifier, Style};
use ratatui_textarea::TextArea;

#[derive(Debug, Clone)]
pub struct TextField {
    area: TextArea<'static>,
    multiline: bool,
}

impl Default for TextField {
    fn default() -> Self {
        Self::single("")
    }
}

impl PartialEq for TextField {
    fn eq(&self, other: &Self) -> bool {
        self.multiline == other.multiline && self.area.lines() == other.area.lines()
    }
}

impl TextField {
    pub fn single(value: &str) -> Self {
        Self::make(value, false)
    }

    pub fn multi(value: &str) -> Self {
        Self::make(value, true)
    }

    fn make(value: &str, multiline: bool) -> Self {
        let lines: Vec<String> = if multiline {
            value.split('\n').map(str::to_owned).collect()
        } else {
            vec![value.replace(['\n', '\r'], " ")]
        };
        let mut area = TextArea::new(lines);
        area.set_cursor_line_style(Style::new());
        area.set_cursor_style(Style::new().add_modifier(Modifier::REVERSED));
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        if multiline {
            // Notes are prose: a long line wraps at a word rather than scrolling sideways.
            area.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
        }
        TextField { area, multiline }
    }

    /// Shows each character as a dot (a passphrase).
    pub fn masked(mut self) -> Self {
        self.area.set_mask_char('•');
        self
    }

    /// Dim text shown while the field is empty.
    pub fn with_placeholder(mut self, text: &str) -> Self {
        self.area.set_placeholder_text(text);
        self.area
            .set_placeholder_style(Style::new().add_modifier(Modifier::DIM));
        self
    }

    pub fn value(&self) -> String {
        self.area.lines().join("\n")
    }

    pub fn is_empty(&self) -> bool {
        self.area.lines().iter().all(|l| l.is_empty())
    }

    pub fn set(&mut self, value: &str) {
        let placeholder = self.area.placeholder_text().to_owned();
        *self = Self::make(value, self.multiline);
        if !placeholder.is_empty() {
            self.area.set_placeholder_text(placeholder);
            self.area
                .set_placeholder_style(Style::new().add_modifier(Modifier::DIM));
        }
    }

    pub fn clear(&mut self) {
        self.set("");
    }

    pub fn textarea(&self) -> &TextArea<'static> {
        &self.area
    }

    /// Cursor (row, column in characters).
    pub fn cursor(&self) -> (usize, usize) {
        let c = self.area.cursor();
        (c.0, c.1)
    }

    /// Feeds one key; returns whether the text changed. Enter adds a line only in a
    /// multi-line field.
    pub fn input(&mut self, key: KeyEvent) -> bool {
        let newline = matches!(key.code, KeyCode::Enter)
            || (key.code == KeyCode::Char('m') && key.modifiers.contains(KeyModifiers::CONTROL))
            || (key.code == KeyCode::Char('j') && key.modifiers.contains(KeyModifiers::CONTROL));
        if newline && !self.multiline {
            return false;
        }
        if matches!(key.code, KeyCode::Tab | KeyCode::BackTab | KeyCode::Esc) {
            return false;
        }
        self.area.input(key)
    }

    /// Inserts pasted text at the cursor; line breaks become spaces in a single-line field.
    pub fn paste(&mut self, text: &str) -> bool {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        if self.multiline {
            self.area.insert_str(text)
        } else {
            self.area.insert_str(text.replace('\n', " "))
        }
    }
}

#[cfg(test)]
mod tests {

    /// A long line in a multi-line field wraps at a word instead of scrolling sideways
    /// out of sight; the text itself keeps its one line.
    #[test]
    fn a_long_line_soft_wraps_in_a_multi_line_field() {
        use ratatui::{Terminal, backend::TestBackend};
        let text = "the youth worker will call the school on monday about the brothers";
        let field = TextField::multi(text);
        let mut term = Terminal::new(TestBackend::new(24, 6)).unwrap();
        term.draw(|f| f.render_widget(field.textarea(), f.area()))
            .unwrap();
        let screen = term.backend().to_string();
        for word in text.split_whitespace() {
            assert!(screen.contains(word), "{word} out of sight:\n{screen}");
        }
        assert_eq!(field.value(), text);
    }

    use super::*;

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    #[test]
    fn single_line_ignores_enter_and_flattens_paste() {
        let mut f = TextField::single("ab");
        assert!(!f.input(key(KeyCode::Enter)));
        f.input(key(KeyCode::Char('c')));
        f.paste("d\r\ne");
        assert_eq!(f.value(), "abcd e");
    }

    #[test]
    fn multi_line_keeps_lines() {
        let mut f = TextField::multi("one");
        f.input(key(KeyCode::Enter));
        f.paste("two\nthree");
        assert_eq!(f.value(), "one\ntwo\nthree");
        f.clear();
        assert!(f.is_empty());
    }
}
