//! A form: fields, focus, inline validation messages. What a form is *for* (and how its
//! fields become a record) lives in `forms.rs`.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::domain::Id;

use super::field_name::FieldKey;
use super::purpose::Purpose;
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
    /// Which field it is; its label comes from the name.
    pub name: FieldKey,
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
    fn new(name: impl Into<FieldKey>, kind: FieldKind) -> Self {
        let text = if kind == FieldKind::Multi {
            TextField::multi("")
        } else {
            TextField::single("")
        };
        Field {
            name: name.into(),
            kind,
            text,
            choice: 0,
            person: None,
            people: Vec::new(),
            flag: false,
            error: None,
        }
    }

    pub fn text(name: impl Into<FieldKey>, value: &str) -> Self {
        let mut f = Self::new(name, FieldKind::Text);
        f.text.set(value);
        f
    }

    pub fn multi(name: impl Into<FieldKey>, value: &str) -> Self {
        let mut f = Self::new(name, FieldKind::Multi);
        f.text.set(value);
        f
    }

    pub fn date(name: impl Into<FieldKey>, value: &str) -> Self {
        let mut f = Self::new(name, FieldKind::Date);
        f.text.set(value);
        f
    }

    /// A date field that starts at today, written as the interface's language writes it
    /// (the date parser reads every language's word).
    pub fn today(name: impl Into<FieldKey>) -> Self {
        Self::date(name, crate::i18n::t("date-today"))
    }

    pub fn days(name: impl Into<FieldKey>, value: Option<u32>) -> Self {
        let mut f = Self::new(name, FieldKind::Days);
        f.text
            .set(&value.map(|v| v.to_string()).unwrap_or_default());
        f
    }

    /// A choice among `options`, each value with its label's catalogue key, starting on
    /// the option at `choice`; read back with [`Form::chosen`].
    pub fn choice_of<T>(
        name: impl Into<FieldKey>,
        options: &[(T, &'static str)],
        choice: usize,
    ) -> Self {
        let labels = options.iter().map(|(_, k)| crate::i18n::t(k).to_owned());
        Self::choice(name, labels.collect(), choice)
    }

    pub fn choice(name: impl Into<FieldKey>, options: Vec<String>, choice: usize) -> Self {
        let mut f = Self::new(name, FieldKind::Choice(options));
        f.choice = choice;
        f
    }

    pub fn person(name: impl Into<FieldKey>, person: Option<Id>) -> Self {
        let mut f = Self::new(name, FieldKind::Person);
        f.person = person;
        f
    }

    pub fn people(name: impl Into<FieldKey>, people: Vec<Id>) -> Self {
        let mut f = Self::new(name, FieldKind::People);
        f.people = people;
        f
    }

    pub fn flag(name: impl Into<FieldKey>, flag: bool) -> Self {
        let mut f = Self::new(name, FieldKind::Flag);
        f.flag = flag;
        f
    }

    /// The field's value, whatever its kind.
    pub fn value(&self) -> FieldValue {
        FieldValue {
            text: self.text.value(),
            choice: self.choice,
            person: self.person,
            people: self.people.clone(),
            flag: self.flag,
        }
    }

    pub fn set_value(&mut self, v: FieldValue) {
        self.text.set(&v.text);
        self.choice = v.choice;
        self.person = v.person;
        self.people = v.people;
        self.flag = v.flag;
    }

    /// Whether typing goes into this field's text.
    pub fn takes_text(&self) -> bool {
        matches!(
            self.kind,
            FieldKind::Text | FieldKind::Multi | FieldKind::Date | FieldKind::Days
        )
    }
}

/// A field's value, whatever its kind: what the form was opened on, what is typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FieldValue {
    pub text: String,
    pub choice: usize,
    pub person: Option<Id>,
    pub people: Vec<Id>,
    pub flag: bool,
}

/// An open form.
#[derive(Debug, Clone)]
pub struct Form {
    pub purpose: Box<dyn Purpose>,
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
    /// No key has reached the focused field since it got focus: the first typed
    /// character replaces a pre-filled one-line value.
    pub fresh: bool,
    /// How far the form's typing is written as a draft (`router::form_draft`).
    pub keeping: Keeping,
    /// Each field's value as the form was opened on the record: what the user changed
    /// is told from what a colleague changed meanwhile (`router::form_conflict`).
    pub base: Vec<FieldValue>,
    /// The save was refused because the record was erased meanwhile: nothing of the
    /// form can be saved or kept as a draft, only Esc is left.
    pub erased: bool,
}

/// An open form's values as a draft's text: as last seen at a tick and as last written,
/// and for how many ticks it has been quiet and unwritten.
#[derive(Debug, Clone, Default)]
pub struct Keeping {
    pub seen: String,
    pub written: String,
    pub quiet_ticks: u32,
    pub unwritten_ticks: u32,
}

impl Form {
    pub fn new(purpose: impl Purpose, title: String, fields: Vec<Field>) -> Self {
        let base = fields.iter().map(Field::value).collect();
        Form {
            purpose: Box::new(purpose),
            title,
            fields,
            focus: 0,
            dirty: false,
            tried: false,
            saving: false,
            failure: None,
            erased: false,
            namesake_ok: false,
            fresh: true,
            keeping: Keeping::default(),
            base,
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
        self.fresh = true;
    }

    pub fn prev(&mut self) {
        self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
        self.fresh = true;
    }

    /// Where the field `name` is in this form, if it has one.
    pub fn index(&self, name: impl Into<FieldKey>) -> Option<usize> {
        let name = name.into();
        self.fields.iter().position(|f| f.name == name)
    }

    /// The field `name`; every form's code names only its own fields.
    pub fn field(&self, name: impl Into<FieldKey>) -> Option<&Field> {
        let name = name.into();
        self.fields.iter().find(|f| f.name == name)
    }

    /// The value chosen in the field `name` among the `options` it was built with
    /// ([`Field::choice_of`]); an index past the end (an old draft) is the last option.
    pub fn chosen<T: Clone>(
        &self,
        name: impl Into<FieldKey>,
        options: &[(T, &'static str)],
    ) -> Option<T> {
        let i = self.field(name)?.choice;
        options.get(i).or(options.last()).map(|(v, _)| v.clone())
    }

    /// The trimmed text of the field `name` (empty when the form has no such field).
    pub fn value(&self, name: impl Into<FieldKey>) -> String {
        self.field(name)
            .map(|f| f.text.value().trim().to_owned())
            .unwrap_or_default()
    }

    /// A key for the focused field that is not a form command. Returns whether anything
    /// changed.
    pub fn input(&mut self, key: KeyEvent) -> bool {
        if std::mem::take(&mut self.fresh) {
            self.replace_on_typing(key);
        }
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

    /// A typed character (not a cursor move, not Backspace) empties a pre-filled
    /// one-line field first, as form UIs do.
    fn replace_on_typing(&mut self, key: KeyEvent) {
        let typing = matches!(key.code, KeyCode::Char(_))
            && !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        let f = self.focused_mut();
        if typing && f.takes_text() && f.kind != FieldKind::Multi && !f.text.is_empty() {
            f.text.clear();
            self.dirty = true;
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq)]
    enum Size {
        Small,
        Large,
    }
    const SIZES: [(Size, &str); 2] = [(Size::Small, "x.small"), (Size::Large, "x.large")];

    crate::app::model::field_name::fields! {
        enum TestField {
            Kind: "rule_kind" => "field-rule_kind",
            Date: "date" => "field-date",
            Name: "name" => "field-name",
        }
    }

    #[derive(Debug, Clone, PartialEq)]
    struct Test;

    impl Purpose for Test {
        fn validate(
            &self,
            _: &mut Form,
            _: &crate::app::model::state::App,
        ) -> Option<Vec<crate::app::model::record::Change>> {
            None
        }
    }

    #[test]
    fn a_choice_reads_back_as_its_value_from_the_same_table() {
        let mut form = Form::new(
            Test,
            String::new(),
            vec![Field::choice_of(TestField::Kind, &SIZES, 1)],
        );
        assert_eq!(form.chosen(TestField::Kind, &SIZES), Some(Size::Large));
        form.fields[0].choice = 0;
        assert_eq!(form.chosen(TestField::Kind, &SIZES), Some(Size::Small));
        // An index past the end (a draft from a build with more options) is the last one.
        form.fields[0].choice = 7;
        assert_eq!(form.chosen(TestField::Kind, &SIZES), Some(Size::Large));
        assert_eq!(form.chosen(TestField::Name, &SIZES), None, "no such field");
    }

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, crossterm::event::KeyModifiers::NONE)
    }

    fn typed(form: &mut Form, keys: &[KeyCode]) -> String {
        for k in keys {
            form.input(key(*k));
        }
        form.fields[form.focus].text.value()
    }

    fn date_form() -> Form {
        let fields = vec![
            Field::date(TestField::Date, "+7d"),
            Field::text(TestField::Name, "Overleg"),
        ];
        Form::new(Test, String::new(), fields)
    }

    #[test]
    fn the_first_key_typed_replaces_a_pre_filled_value() {
        let c = KeyCode::Char;
        let mut form = date_form();
        assert_eq!(typed(&mut form, &[c('+'), c('3'), c('d')]), "+3d");
        form.next();
        assert_eq!(typed(&mut form, &[c('X')]), "X", "again after focus moves");
        form.prev();
        assert_eq!(typed(&mut form, &[c('1')]), "1");
    }

    #[test]
    fn moving_the_cursor_or_backspace_first_edits_the_value() {
        let c = KeyCode::Char;
        let mut form = date_form();
        assert_eq!(typed(&mut form, &[KeyCode::Left, c('1')]), "+71d");
        let mut form = date_form();
        assert_eq!(typed(&mut form, &[KeyCode::Backspace, c('w')]), "+7w");
        let mut form = date_form();
        assert_eq!(typed(&mut form, &[KeyCode::Home, c('-')]), "-+7d");
    }
}
