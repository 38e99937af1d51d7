//! Schema 12 -> 13: an exchange meeting or a training can be cancelled, and a training
//! names the mini-network it is offered to. What schemas 10 to 12 held was never cancelled and
//! named no network.

use super::old;
use crate::store::{StoreError, WriteTx};

pub(super) fn step(tx: &mut WriteTx) -> Result<(), StoreError> {
    let exchanges = old(tx, v11::ExchangeMeeting::into_current)?;
    tx.rewrite(&exchanges)?;
    let trainings = old(tx, v11::Training::into_current)?;
    tx.rewrite(&trainings)
}

/// A dump of schema 12 or older (after the earlier upgrades), as the migration would
/// have it.
pub fn upgrade_dump(data: &mut serde_json::Value) {
    use serde_json::{Value, json};
    for (kind, fields) in [
        ("exchanges", &[("cancelled", json!(false))][..]),
        (
            "trainings",
            &[("cancelled", json!(false)), ("network", Value::Null)][..],
        ),
    ] {
        let records = data.get_mut(kind).and_then(|a| a.as_array_mut());
        for r in records
            .into_iter()
            .flatten()
            .filter_map(|r| r.as_object_mut())
        {
            for (name, value) in fields {
                r.entry(*name).or_insert_with(|| value.clone());
            }
        }
    }
}

/// Exchange meetings and trainings as schemas 10 to 12 stored them.
mod v11 {
    use chrono::NaiveDate;
    use serde::Deserialize;

    use crate::domain::{Id, Meta};

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
        place: String,
        host: Option<Id>,
        invited: Vec<Id>,
        held: bool,
        lessons: String,
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
                place,
                host,
                invited,
                held,
                lessons,
            } = self;
            crate::domain::network::ExchangeMeeting {
                id,
                meta,
                network,
                date,
                topic,
                notes,
                attendees,
                place,
                host,
                invited,
                held,
                lessons,
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
        invited: Vec<Id>,
        held: bool,
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
                invited,
                held,
            } = self;
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
