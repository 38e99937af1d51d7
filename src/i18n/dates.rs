//! Dates and numbers as each language writes them, through chrono's localised formatting
//! (Fluent formats neither): "29 November 2026", "29 november 2026", "29 novembre 2026";
//! "2.5" in English, "2,5" in Dutch and French.

use chrono::{Locale, NaiveDate};

/// The locale whose conventions a language code follows (Belgium's for Dutch and French).
pub fn locale(code: &str) -> Locale {
    match code {
        "nl" => Locale::nl_BE,
        "fr" => Locale::fr_BE,
        _ => Locale::en_GB,
    }
}

/// A date written out, day first: `29 novembre 2026`.
pub fn long_date(date: NaiveDate, code: &str) -> String {
    date.format_localized("%-d %B %Y", locale(code)).to_string()
}

/// A date with its weekday: `zondag 29 november 2026`.
pub fn day_and_date(date: NaiveDate, code: &str) -> String {
    date.format_localized("%A %-d %B %Y", locale(code))
        .to_string()
}

/// A number with `places` decimals and the language's decimal separator.
pub fn decimal(value: f64, places: usize, code: &str) -> String {
    let plain = format!("{value:.places$}");
    let point = decimal_separator(code);
    if point == "." {
        plain
    } else {
        plain.replace('.', point)
    }
}

fn decimal_separator(code: &str) -> &'static str {
    match code {
        "nl" | "fr" => ",",
        _ => ".",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let day = d("2026-11-29");
        assert_eq!(long_date(day, "en"), "29 November 2026");
        assert_eq!(long_date(day, "nl"), "29 november 2026");
        assert_eq!(long_date(day, "fr"), "29 novembre 2026");
        assert_eq!(long_date(d("2026-12-06"), "fr"), "6 décembre 2026");
        assert_eq!(day_and_date(day, "nl"), "zondag 29 november 2026");
        assert_eq!(day_and_date(day, "fr"), "dimanche 29 novembre 2026");
    }

    #[test]
    fn numbers_take_the_language_decimal_separator() {
        assert_eq!(decimal(2.5, 1, "en"), "2.5");
        assert_eq!(decimal(2.5, 1, "nl"), "2,5");
        assert_eq!(decimal(1234.25, 2, "fr"), "1234,25");
        assert_eq!(decimal(3.0, 0, "fr"), "3");
    }
}
