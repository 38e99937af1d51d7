//! How times and dates are stored. In JSON (dumps) they stay readable strings; in the
//! database (postcard, record format 2) they are integers, because parsing tens of
//! thousands of date strings was the largest cost of opening a large database. Records
//! of format 1 kept strings; `legacy` reads and hashes them as they were written.

use std::cell::Cell;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Timelike, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error};

thread_local! {
    static LEGACY: Cell<bool> = const { Cell::new(false) };
}

/// The current time at the precision the database keeps (microseconds), so that a time
/// reads back exactly as it was used (the audit chain hashes it).
pub fn now() -> DateTime<Utc> {
    use chrono::SubsecRound;
    Utc::now().trunc_subsecs(6)
}

/// The zone used when the configuration names none: the program is made for Belgium.
pub const DEFAULT_ZONE: chrono_tz::Tz = chrono_tz::Europe::Brussels;

/// The wall-clock time of `at` in `tz`, by the zone's rules: a session that runs across a
/// change to or from daylight saving time follows it (a fixed offset taken at start
/// would be an hour off).
pub fn local(at: DateTime<Utc>, tz: chrono_tz::Tz) -> DateTime<chrono_tz::Tz> {
    at.with_timezone(&tz)
}

/// The day it is at `at` in `tz`: the one "today" of the screens, the commands and the
/// demo town, whatever zone the machine's own clock is set to.
pub fn today_in(at: DateTime<Utc>, tz: chrono_tz::Tz) -> NaiveDate {
    local(at, tz).date_naive()
}

/// A zone by its IANA name (`Europe/Brussels`).
pub fn zone(name: &str) -> Option<chrono_tz::Tz> {
    name.parse().ok()
}

/// Runs `f` with times (de)serialised as strings, as record format 1 did.
pub fn legacy<R>(f: impl FnOnce() -> R) -> R {
    let before = LEGACY.with(|l| l.replace(true));
    let out = f();
    LEGACY.with(|l| l.set(before));
    out
}

fn strings(human: bool) -> bool {
    human || LEGACY.with(Cell::get)
}

/// `#[serde(with = "crate::domain::time::utc")]`: microseconds since 1970.
pub mod utc {
    use super::*;

    pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        if strings(s.is_human_readable()) {
            t.serialize(s)
        } else {
            s.serialize_i64(t.timestamp_micros())
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
        if strings(d.is_human_readable()) {
            DateTime::<Utc>::deserialize(d)
        } else {
            let us = i64::deserialize(d)?;
            DateTime::from_timestamp_micros(us).ok_or_else(|| D::Error::custom("time out of range"))
        }
    }
}

fn days(d: &NaiveDate) -> i32 {
    d.num_days_from_ce()
}

fn from_days<E: Error>(n: i32) -> Result<NaiveDate, E> {
    NaiveDate::from_num_days_from_ce_opt(n).ok_or_else(|| E::custom("date out of range"))
}

/// `#[serde(with = "crate::domain::time::date")]`: days since the start of the era.
pub mod date {
    use super::*;

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        if strings(s.is_human_readable()) {
            d.serialize(s)
        } else {
            s.serialize_i32(days(d))
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        if strings(d.is_human_readable()) {
            NaiveDate::deserialize(d)
        } else {
            from_days(i32::deserialize(d)?)
        }
    }
}

/// An optional date, as `date`.
pub mod opt_date {
    use super::*;

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        if strings(s.is_human_readable()) {
            d.serialize(s)
        } else {
            d.as_ref().map(days).serialize(s)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        if strings(d.is_human_readable()) {
            Option::<NaiveDate>::deserialize(d)
        } else {
            Option::<i32>::deserialize(d)?.map(from_days).transpose()
        }
    }
}

/// An optional time of day: seconds since midnight.
pub mod opt_time {
    use super::*;

    pub fn serialize<S: Serializer>(t: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
        if strings(s.is_human_readable()) {
            t.serialize(s)
        } else {
            t.as_ref()
                .map(|t| t.num_seconds_from_midnight())
                .serialize(s)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
        if strings(d.is_human_readable()) {
            Option::<NaiveTime>::deserialize(d)
        } else {
            Option::<u32>::deserialize(d)?
                .map(|s| {
                    NaiveTime::from_num_seconds_from_midnight_opt(s, 0)
                        .ok_or_else(|| D::Error::custom("time out of range"))
                })
                .transpose()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct T {
        #[serde(with = "utc")]
        at: DateTime<Utc>,
        #[serde(with = "date")]
        day: NaiveDate,
        #[serde(with = "opt_date")]
        due: Option<NaiveDate>,
        #[serde(with = "opt_time")]
        time: Option<NaiveTime>,
    }

    fn sample() -> T {
        T {
            at: "2026-11-29T14:03:11.123456Z".parse().unwrap(),
            day: NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
            due: NaiveDate::from_ymd_opt(2027, 1, 31),
            time: NaiveTime::from_hms_opt(14, 0, 0),
        }
    }

    #[test]
    fn binary_is_compact_json_is_readable_legacy_reads_strings() {
        let t = sample();
        let binary = postcard::to_allocvec(&t).unwrap();
        let old = legacy(|| postcard::to_allocvec(&t).unwrap());
        assert!(
            binary.len() * 2 < old.len(),
            "{} vs {}",
            binary.len(),
            old.len()
        );
        assert_eq!(postcard::from_bytes::<T>(&binary).unwrap(), t);
        assert_eq!(legacy(|| postcard::from_bytes::<T>(&old).unwrap()), t);
        let json = serde_json::to_string(&t).unwrap();
        assert!(
            json.contains("\"2026-11-29T14:03:11.123456Z\"") && json.contains("\"2027-01-31\""),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), t);
    }

    /// Around midnight the day in Brussels is not the day in UTC (the machine's clock on
    /// many servers): "today" is Brussels'.
    #[test]
    fn today_is_the_zones_day_around_midnight() {
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        // 23:30 UTC is 00:30 the next day in Brussels (winter, +01:00).
        assert_eq!(
            today_in(at("2026-11-29T23:30:00Z"), DEFAULT_ZONE),
            day("2026-11-30")
        );
        assert_eq!(
            today_in(at("2026-11-29T23:30:00Z"), chrono_tz::Tz::UTC),
            day("2026-11-29")
        );
        // 22:30 UTC in summer (+02:00) is already the next day too; 22:59 in winter is not.
        assert_eq!(
            today_in(at("2026-07-14T22:30:00Z"), DEFAULT_ZONE),
            day("2026-07-15")
        );
        assert_eq!(
            today_in(at("2026-11-29T22:59:00Z"), DEFAULT_ZONE),
            day("2026-11-29")
        );
    }

    /// Brussels goes to summer time at 01:00 UTC on the last Sunday of March and back at
    /// 01:00 UTC on the last Sunday of October: one zone shows both sides right.
    #[test]
    fn local_time_follows_daylight_saving_time() {
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let hm = |s: &str| {
            local(at(s), DEFAULT_ZONE)
                .format("%d %H:%M %:z")
                .to_string()
        };
        assert_eq!(hm("2026-03-29T00:59:00Z"), "29 01:59 +01:00");
        assert_eq!(hm("2026-03-29T01:00:00Z"), "29 03:00 +02:00");
        assert_eq!(hm("2026-10-25T00:59:00Z"), "25 02:59 +02:00");
        assert_eq!(hm("2026-10-25T01:00:00Z"), "25 02:00 +01:00");
        assert_eq!(zone("Europe/Brussels"), Some(DEFAULT_ZONE));
        assert_eq!(zone("Europe/Bruxelles"), None);
    }
}
