//! Schema 9 -> 10: problem entries keep the day they were opened, agreed and closed;
//! exchange meetings can be planned (place, host, who is invited, held or not, lessons);
//! trainings keep who is invited apart from who attended.
//!
//! What schema 9 held is read as it was meant: a problem opened the day it was written
//! (the days of its later moves are not known); an exchange meeting or training written
//! on or after its day was held, with its attendees as who came, while one written before
//! its day is planned, with its attendees as who is invited (a training next month showed
//! as attended). An exchange's host is its network's lead, as the indicators counted it.

use chrono::NaiveDate;

use super::old;
use crate::domain::network::MiniNetwork;
use crate::domain::{Id, Meta};
use crate::store::{StoreError, WriteTx};

pub(super) fn step(tx: &mut WriteTx) -> Result<(), StoreError> {
    let problems = old(tx, v9::ProblemEntry::into_current)?;
    tx.rewrite(&problems)?;
    let networks = tx.all::<MiniNetwork>()?;
    let lead = |network: Id| networks.iter().find(|n| n.id == network)?.lead;
    let mut exchanges = old(tx, v9::ExchangeMeeting::into_current)?;
    for e in &mut exchanges {
        e.host = lead(e.network);
    }
    tx.rewrite(&exchanges)?;
    let trainings = old(tx, v9::Training::into_current)?;
    tx.rewrite(&trainings)
}

/// Whether a record written at `meta` about day `date` tells what happened that day.
fn written_after(meta: &Meta, date: NaiveDate) -> bool {
    meta.updated_at.date_naive() >= date
}

/// Who came and who was invited, from schema 9's one list.
fn came_or_invited(meta: &Meta, date: NaiveDate, people: Vec<Id>) -> (bool, Vec<Id>, Vec<Id>) {
    if written_after(meta, date) {
        (true, people, Vec::new())
    } else {
        (false, Vec::new(), people)
    }
}

/// A dump of schema 9 or older, as the migration would have it.
pub fn upgrade_dump(data: &mut serde_json::Value) {
    use serde_json::{Value, json};
    let leads: Vec<(Value, Value)> = list(data, "networks")
        .iter()
        .map(|n| (n["id"].clone(), n["lead"].clone()))
        .collect();
    let day = |v: &Value| v.as_str().and_then(|s| s.parse::<NaiveDate>().ok());
    let stamp = |r: &serde_json::Map<String, Value>, key: &str| {
        r.get("meta")
            .and_then(|m| m.get(key))
            .and_then(|v| v.as_str())
            .and_then(|s| s.get(..10))
            .and_then(|s| s.parse::<NaiveDate>().ok())
    };
    for p in list_mut(data, "problems") {
        let opened = stamp(p, "created_at").map(|d| d.to_string());
        p.entry("opened").or_insert(json!(opened));
        p.entry("agreed").or_insert(Value::Null);
        p.entry("closed").or_insert(Value::Null);
    }
    for kind in ["exchanges", "trainings"] {
        for r in list_mut(data, kind) {
            if r.contains_key("held") {
                continue;
            }
            let after = match (stamp(r, "updated_at"), r.get("date").and_then(day)) {
                (Some(at), Some(date)) => at >= date,
                _ => true,
            };
            let people = r.remove("attendees").unwrap_or(json!([]));
            let (came, invited) = if after {
                (people, json!([]))
            } else {
                (json!([]), people)
            };
            r.insert("attendees".into(), came);
            r.insert("invited".into(), invited);
            r.insert("held".into(), json!(after));
            if kind == "exchanges" {
                let host = leads
                    .iter()
                    .find(|(id, _)| Some(id) == r.get("network"))
                    .map_or(Value::Null, |(_, lead)| lead.clone());
                r.insert("place".into(), json!(""));
                r.insert("host".into(), host);
                r.insert("lessons".into(), json!(""));
            }
        }
    }
}

fn list<'a>(data: &'a serde_json::Value, key: &str) -> Vec<&'a serde_json::Value> {
    data.get(key)
        .and_then(|a| a.as_array())
        .map(|a| a.iter().collect())
        .unwrap_or_default()
}

fn list_mut<'a>(
    data: &'a mut serde_json::Value,
    key: &str,
) -> impl Iterator<Item = &'a mut serde_json::Map<String, serde_json::Value>> {
    data.get_mut(key)
        .and_then(|a| a.as_array_mut())
        .into_iter()
        .flatten()
        .filter_map(|r| r.as_object_mut())
}

/// The three record types as schemas 1 to 9 stored them.
mod v9 {
    use chrono::NaiveDate;
    use serde::Deserialize;

    use crate::domain::network::ProblemStatus;
    use crate::domain::{Id, Meta};

    #[derive(Deserialize)]
    pub struct ProblemEntry {
        id: Id,
        meta: Meta,
        network: Id,
        problem: String,
        solution: String,
        owner: Option<Id>,
        status: ProblemStatus,
        lesson: String,
    }

    impl ProblemEntry {
        pub fn into_current(self) -> crate::domain::network::ProblemEntry {
            let ProblemEntry {
                id,
                meta,
                network,
                problem,
                solution,
                owner,
                status,
                lesson,
            } = self;
            crate::domain::network::ProblemEntry {
                id,
                opened: meta.created_at.date_naive(),
                meta,
                network,
                problem,
                solution,
                owner,
                status,
                lesson,
                agreed: None,
                closed: None,
            }
        }
    }

    #[derive(Deserialize)]
    pub struct ExchangeMeeting {
        id: Id,
        meta: Meta,
        network: Id,
        #[serde(with = "crate::domain::time::date")]
        date: NaiveDate,
        topic: String,
        notes: String,
        attendees: Vec<Id>,
    }

    impl ExchangeMeeting {
        pub fn into_current(self) -> crate::domain::network::ExchangeMeeting {
            let ExchangeMeeting {
                id,
                meta,
                network,
                date,
                topic,
                notes,
                attendees,
            } = self;
            let (held, attendees, invited) = super::came_or_invited(&meta, date, attendees);
            crate::domain::network::ExchangeMeeting {
                id,
                meta,
                network,
                date,
                topic,
                notes,
                attendees,
                place: String::new(),
                host: None,
                invited,
                held,
                lessons: String::new(),
                cancelled: false,
            }
        }
    }

    #[derive(Deserialize)]
    pub struct Training {
        id: Id,
        meta: Meta,
        title: String,
        #[serde(with = "crate::domain::time::date")]
        date: NaiveDate,
        trainer: String,
        attendees: Vec<Id>,
    }

    impl Training {
        pub fn into_current(self) -> crate::domain::training::Training {
            let Training {
                id,
                meta,
                title,
                date,
                trainer,
                attendees,
            } = self;
            let (held, attendees, invited) = super::came_or_invited(&meta, date, attendees);
            crate::domain::training::Training {
                id,
                meta,
                title,
                date,
                trainer,
                attendees,
                invited,
                held,
                cancelled: false,
                network: None,
            }
        }
    }
}
