//! Exchange-of-experience meetings of a mini-network (step 2).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{Id, Meta};

/// An exchange-of-experience meeting of a mini-network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExchangeMeeting {
    pub id: Id,
    pub meta: Meta,
    pub network: Id,
    #[serde(with = "crate::domain::time::date")]
    pub date: NaiveDate,
    pub topic: String,
    pub notes: String,
    pub attendees: Vec<Id>,
}
