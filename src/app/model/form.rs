//! A form: fields, focus, inline validation messages. What a form is *for* (and how its
//! fields become a record) lives in `forms.rs`.

use crossterm::event::{KeyCode, KeyEvent};

use crate::domain::Id;

use super::text::TextField;

#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// Several lines (Enter adds a line).
    Multi,
    /// A date: `2026-11-29`, `today`, `+7d`, `-2w`.
    Date,
    /// A number of days.
    Days,
    /// One of fixed options (labels shown); picked with ←/→ or from a list.
    Choice(Vec<String>),
    /// A stakeholder, picked with fuzzy search; may be empty.
    Person,
    /// Several stakeholders.
    People,
    /// Several standard sectors (indexes in `people`).
    Sectors,
    /// Several mini-networks (ids in `people`).
    Networks,
    /// Yes or no.
    Flag,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Catalogue key of the label.
    pub label: &'static str,
    pub kind: FieldKind,
    pub text: TextField,
    pub choice: usize,
    pub person: Option<Id>,
    pub people: Vec<Id>,
    pub flag: bool,
    /// Catalogue key of the message shown next to the field.
    pub error: Option<String>,
}

impl Field {
    fn new(label: &'static str, kind: FieldKind) -> Self {
        let text = if kind == FieldKind::Multi {
            TextField::multi("")
        } else {
            TextField::single("")
        };
        Field {
            label,
            kind,
            text,
            choice: 0,
            person: None,
            people: Vec::new(),
            flag: false,
            error: None,
        }
    }

    pub fn text(label: &'static str, value: &str) -> Self {
        let mut f = Self::new(label, FieldKind::Text);
        f.text.set(value);
        f
    }

    pub fn multi(label: &'static str, value: &str) -> Self {
        let mut f = Self::new(label, FieldKind::Multi);
        f.text.set(value);
        f
    }

    pub fn date(label: &'static str, value: &str) -> Self {
        let mut f = Self::new(label, FieldKind::Date);
        f.text.set(value);
        f
    }

    pub fn days(label: &'static str, value: Option<u32>) -> Self {
        let mut f = Self::new(label, FieldKind::Days);
        f.text
            .set(&value.map(|v| v.to_string()).unwrap_or_default());
        f
    }

    pub fn choice(label: &'static str, options: Vec<String>, choice: usize) -> Self {
        let mut f = Self::new(label, FieldKind::Choice(options));
        f.choice = choice;
        f
    }

    pub fn person(label: &'static str, person: Option<Id>) -> Self {
        let mut f = Self::new(label, FieldKind::Person);
        f.person = person;
        f
    }

    pub fn people(label: &'static str, people: Vec<Id>) -> Self {
        let mut f = Self::new(label, FieldKind::People);
        f.people = people;
        f
    }

    pub fn flag(label: &'static str, flag: bool) -> Self {
        let mut f = Self::new(label, FieldKind::Flag);
        f.flag = flag;
        f
    }

    /// Whether typing goes into this field's text.
    pub fn takes_text(&self) -> bool {
        matches!(
            self.kind,
            FieldKind::Text | FieldKind::Multi | FieldKind::Date | FieldKind::Days
        )
    }
}

/// An open form.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub purpose: crate::app::model::purpose::Purpose,
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// Something was changed since the form opened.
    pub dirty: bool,
    /// A save was attempted: show every message, not only those of touched fields.
    pub tried: bool,
    /// Waiting for the store to confirm the save.
    pub saving: bool,
    /// The store refused the save (a conflict, a full disk); the text stays.
    pub failure: Option<String>,
    /// The user said yes to saving a person whose name someone else already has.
    pub namesake_ok: bool,
}

impl Form {
    pub fn new(
        purpose: crate::app::model::purpose::Purpose,
        title: String,
        fields: Vec<Field>,
    ) -> Self {
        Form {
            purpose,
            title,
            fields,
            focus: 0,
            dirty: false,
            tried: false,
            saving: false,
            failure: None,
            namesake_ok: false,
        }
    }

    pub fn focused(&self) -> &Field {
        &self.fields[self.focus]
    }

    pub fn focused_mut(&mut self) -> &mut Field {
        &mut self.fields[self.focus]
    }

    pub fn next(&mut self) {
        self.focus = (self.focus + 1) % self.fields.len();
    }

    pub fn prev(&mut self) {
        self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
    }

    /// Index of the field labelled `label`.
    pub fn index(&self, label: &str) -> usize {
        self.fields
            .iter()
            .position(|f| f.label == label)
            .unwrap_or(0)
    }

    pub fn field(&self, label: &str) -> &Field {
        &self.fields[self.index(label)]
    }

    pub fn value(&self, label: &str) -> String {
        self.field(label).text.value().trim().to_owned()
    }

    /// A key for the focused field that is not a form command. Returns whether anything
    /// changed.
    pub fn input(&mut self, key: KeyEvent) -> bool {
        let f = self.focused_mut();
        let changed = match (&f.kind, key.code) {
            (FieldKind::Flag, KeyCode::Char(' ')) => {
                f.flag = !f.flag;
                true
            }
            (FieldKind::Choice(opts), KeyCode::Left) if !opts.is_empty() => {
                f.choice = (f.choice + opts.len() - 1) % opts.len();
                true
            }
            (FieldKind::Choice(opts), KeyCode::Right | KeyCode::Char(' ')) if !opts.is_empty() => {
                f.choice = (f.choice + 1) % opts.len();
                true
            }
            (FieldKind::Person, KeyCode::Backspace | KeyCode::Delete) => f.person.take().is_some(),
            (
                FieldKind::People | FieldKind::Sectors | FieldKind::Networks,
                KeyCode::Backspace | KeyCode::Delete,
            ) => f.people.pop().is_some(),
            _ if f.takes_text() => f.text.input(key),
            _ => false,
        };
        self.dirty |= changed;
        changed
    }

    pub fn paste(&mut self, text: &str) -> bool {
        let f = self.focused_mut();
        let changed = f.takes_text() && f.text.paste(text);
        self.dirty |= changed;
        changed
    }

    pub fn has_errors(&self) -> bool {
        self.fields.iter().any(|f| f.error.is_some())
    }
}
