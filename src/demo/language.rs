//! The demo town in Dutch (a Flemish town on the language border, Marlevoorde) and in
//! French (a Walloon town, Marlemont): the same generator, the same people and records,
//! with every text the English town writes read from a table per language
//! (`texts/nl.tsv`, `texts/fr.tsv`: `English<TAB>translation`, one a line). People's
//! names stay as they are; their titles are in the tables.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::dataset::Dataset;
use crate::i18n::Lang;

/// The table of `lang`: English text to its translation. Empty for English.
pub fn table(lang: Lang) -> HashMap<&'static str, &'static str> {
    let source = match lang {
        Lang::En => "",
        Lang::Nl => include_str!("texts/nl.tsv"),
        Lang::Fr => include_str!("texts/fr.tsv"),
    };
    source.lines().filter_map(|l| l.split_once('\t')).collect()
}

/// Names of places that a text may hold outside the tables (the town's own name).
fn places(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Fr => &[("Marlevoorde", "Marlemont")],
        _ => &[],
    }
}

/// The demo town of [`super::build`], written in `lang`.
pub fn build_in(lang: Lang, today: NaiveDate) -> Dataset {
    let data = super::build(today);
    if lang == Lang::En {
        return data;
    }
    let table = table(lang);
    let Ok(mut value) = serde_json::to_value(&data) else {
        return data;
    };
    translate(&mut value, &table, places(lang));
    serde_json::from_value(value).unwrap_or(data)
}

/// Every string in `value` that the table has, replaced; then the places in what is left.
fn translate(value: &mut serde_json::Value, table: &HashMap<&str, &str>, places: &[(&str, &str)]) {
    use serde_json::Value;
    match value {
        Value::String(s) => {
            // One word is a text only in the fields that hold one ("housing" is a sector too).
            let one_word = !s.contains(' ') && !s.contains('\n');
            if let Some(t) = table.get(s.as_str()).filter(|_| !one_word) {
                *s = (*t).to_owned();
            } else if s.contains('\n') {
                // A note of several lines, line by line.
                let lines: Vec<&str> = s.lines().map(|l| *table.get(l).unwrap_or(&l)).collect();
                *s = lines.join("\n");
            } else {
                for (from, to) in places {
                    if s.contains(from) {
                        *s = s.replace(from, to);
                    }
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| translate(v, table, places)),
        Value::Object(fields) => fields.iter_mut().for_each(|(key, v)| match v {
            Value::String(word)
                if ONE_WORD_TEXTS.contains(&key.as_str()) && table.contains_key(word.as_str()) =>
            {
                *word = table[word.as_str()].to_owned();
            }
            _ => translate(v, table, places),
        }),
        _ => {}
    }
}

/// The fields whose text is read even when it is one word: "Mayor", "chair", "mandate".
const ONE_WORD_TEXTS: [&str; 3] = ["role", "brings", "gains"];

/// The texts of `data` a reader reads as words (a letter and a space, or one word in
/// one of [`ONE_WORD_TEXTS`]), for the test.
#[cfg(test)]
fn texts(data: &Dataset) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        use serde_json::Value;
        match v {
            Value::String(s) => out.extend(
                s.lines()
                    .filter(|l| l.contains(' ') && l.chars().any(char::is_alphabetic))
                    .map(str::to_owned),
            ),
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            Value::Object(o) => o.iter().for_each(|(key, x)| match x {
                Value::String(word)
                    if ONE_WORD_TEXTS.contains(&key.as_str()) && !word.is_empty() =>
                {
                    out.push(word.clone());
                }
                _ => walk(x, out),
            }),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(data).unwrap(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
    }

    /// Every text of the English town has its translation in both tables (a person's
    /// name aside): a text added to the generator without one fails here.
    #[test]
    fn every_text_of_the_demo_town_is_translated() {
        let en = super::super::build(today());
        // People's names. The user who wrote the records, `coordinator`, is a one-word
        // name outside the fields read as one word; Anke's role, the same word, is read.
        let names: Vec<&str> = en.stakeholders.iter().map(|s| s.name.as_str()).collect();
        for lang in [Lang::Nl, Lang::Fr] {
            let table = table(lang);
            let built = texts(&build_in(lang, today()));
            let lacking: Vec<String> = texts(&en)
                .into_iter()
                .filter(|t| !table.contains_key(t.as_str()) && !names.contains(&t.as_str()))
                .collect();
            assert!(
                lacking.is_empty(),
                "{lang:?} lacks:\n{}",
                lacking.join("\n")
            );
            for text in texts(&en).iter().filter(|t| table.contains_key(t.as_str())) {
                let same = table[text.as_str()] == text;
                assert!(same || !built.contains(text), "{lang:?} left: {text}");
            }
            for (english, theirs) in &table {
                assert!(!theirs.is_empty() && theirs.trim() == *theirs, "{english}");
            }
        }
    }

    /// The same town: as many records of every kind, the same ids, only texts differ.
    #[test]
    fn the_translated_towns_have_the_english_ones_structure() {
        let en = super::super::build(today());
        for lang in [Lang::Nl, Lang::Fr] {
            let other = build_in(lang, today());
            assert_eq!(other.counts(), en.counts(), "{lang:?}");
            let ids = |d: &Dataset| d.notes.iter().map(|n| n.id).collect::<Vec<_>>();
            assert_eq!(ids(&other), ids(&en));
            assert!(other.validate().is_ok(), "{lang:?}");
        }
        let fr = build_in(Lang::Fr, today());
        assert!(
            fr.stakeholders
                .iter()
                .any(|s| s.organisation == "Ville de Marlemont")
        );
        let nl = build_in(Lang::Nl, today());
        assert!(
            nl.networks
                .iter()
                .any(|n| n.name == "Buurtnetwerk Molenwijk")
        );
    }
}
