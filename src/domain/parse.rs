//! Parsing what people type.

use chrono::{Days, NaiveDate};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::tf("error-bad_date", &[("text", .0)]))]
pub struct BadDate(pub String);

/// The words for today, tomorrow and yesterday in English, Dutch and French, each
/// understood whatever the interface's language.
pub const TODAY_WORDS: [&str; 5] = ["today", "t", "vandaag", "aujourd'hui", "aujourdhui"];
pub const TOMORROW_WORDS: [&str; 3] = ["tomorrow", "morgen", "demain"];
pub const YESTERDAY_WORDS: [&str; 3] = ["yesterday", "gisteren", "hier"];
/// The unit letters of an offset: days (`d`, French `j`), weeks (`w`, French `s`),
/// months (`m`).
pub const UNITS: [(char, char); 5] = [('d', 'd'), ('j', 'd'), ('w', 'w'), ('s', 'w'), ('m', 'm')];

/// A date as typed in a form: `2026-11-29`, `today`, `tomorrow`, `yesterday` (or
/// `vandaag`, `aujourd'hui`...), or an offset from today in days, weeks or months
/// (`+7d`, `+7j`, `-2w`, `-2s`, `+1m`).
pub fn date(input: &str, today: NaiveDate) -> Result<NaiveDate, BadDate> {
    let s = input.trim().to_lowercase().replace('’', "'");
    let bad = || BadDate(input.trim().to_owned());
    let word = s.as_str();
    if TODAY_WORDS.contains(&word) {
        return Ok(today);
    }
    if TOMORROW_WORDS.contains(&word) {
        return today.checked_add_days(Days::new(1)).ok_or_else(bad);
    }
    if YESTERDAY_WORDS.contains(&word) {
        return today.checked_sub_days(Days::new(1)).ok_or_else(bad);
    }
    if let Some(sign @ ('+' | '-')) = s.chars().next() {
        let body = &s[1..];
        let unit = body.chars().last().ok_or_else(bad)?;
        let (num, unit) = if unit.is_ascii_digit() {
            (body, 'd')
        } else {
            (&body[..body.len() - unit.len_utf8()], unit)
        };
        let n: u64 = num.parse().map_err(|_| bad())?;
        let unit = UNITS
            .iter()
            .find(|(typed, _)| *typed == unit)
            .map_or(unit, |(_, meant)| *meant);
        let result =
            match (sign, unit) {
                ('+', 'd') => today.checked_add_days(Days::new(n)),
                ('-', 'd') => today.checked_sub_days(Days::new(n)),
                ('+', 'w') => today.checked_add_days(Days::new(n.checked_mul(7).ok_or_else(bad)?)),
                ('-', 'w') => today.checked_sub_days(Days::new(n.checked_mul(7).ok_or_else(bad)?)),
                ('+', 'm') => today
                    .checked_add_months(chrono::Months::new(u32::try_from(n).map_err(|_| bad())?)),
                ('-', 'm') => today
                    .checked_sub_months(chrono::Months::new(u32::try_from(n).map_err(|_| bad())?)),
                _ => None,
            };
        return result.ok_or_else(bad);
    }
    NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn accepts_every_documented_form() {
        let today = d("2026-11-29");
        assert_eq!(date("2026-11-29", today), Ok(today));
        assert_eq!(date(" Today ", today), Ok(today));
        assert_eq!(date("+7d", today), Ok(d("2026-12-06")));
        assert_eq!(date("-2w", today), Ok(d("2026-11-15")));
        assert_eq!(date("+1m", today), Ok(d("2026-12-29")));
        assert_eq!(date("+3", today), Ok(d("2026-12-02")));
        assert_eq!(date("tomorrow", today), Ok(d("2026-11-30")));
    }

    #[test]
    fn accepts_the_dutch_and_french_forms() {
        let today = d("2026-11-29");
        assert_eq!(date("vandaag", today), Ok(today));
        assert_eq!(date("Aujourd'hui", today), Ok(today));
        assert_eq!(date("aujourd’hui", today), Ok(today));
        assert_eq!(date("morgen", today), Ok(d("2026-11-30")));
        assert_eq!(date("demain", today), Ok(d("2026-11-30")));
        assert_eq!(date("gisteren", today), Ok(d("2026-11-28")));
        assert_eq!(date("hier", today), Ok(d("2026-11-28")));
        assert_eq!(date("+3j", today), Ok(d("2026-12-02")));
        assert_eq!(date("+2s", today), Ok(d("2026-12-13")));
        assert_eq!(date("-1s", today), Ok(d("2026-11-22")));
    }

    #[test]
    fn refuses_garbage_with_the_input_in_the_message() {
        let today = d("2026-11-29");
        for bad in [
            "",
            "+",
            "+d",
            "2026-13-01",
            "next week",
            "+99999999999999999999d",
            "+5y",
        ] {
            let err = date(bad, today).unwrap_err();
            assert_eq!(err.0, bad.trim());
        }
    }
}
