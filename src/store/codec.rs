//! Record bytes: `[format version][payload]`. Version 1 is postcard with times as
//! strings; version 2 is postcard with times as integers (`domain::time`). The leading byte
//! also leaves room for an encrypted payload later without touching old records.

use crate::domain::dataset::Record;

use super::StoreError;

pub const FORMAT_VERSION: u8 = 2;
/// Postcard with times as strings, as the first versions wrote.
const FORMAT_STRING_TIMES: u8 = 1;

pub fn encode<T: Record>(rec: &T) -> Result<Vec<u8>, StoreError> {
    let err = |e: postcard::Error| StoreError::Codec {
        kind: T::KIND,
        id: rec.id(),
        detail: e.to_string(),
    };
    // Audit entries keep format 1: their times exactly as hashed into the chain (down to
    // the nanosecond for entries written before format 2). The trail is small.
    if T::KIND == <crate::domain::audit::AuditEvent as Record>::KIND {
        let mut out = vec![FORMAT_STRING_TIMES];
        crate::domain::time::legacy(|| postcard::to_io(rec, &mut out)).map_err(err)?;
        return Ok(out);
    }
    let mut out = vec![FORMAT_VERSION];
    postcard::to_io(rec, &mut out).map_err(err)?;
    Ok(out)
}

pub fn decode<T: Record>(id: u64, bytes: &[u8]) -> Result<T, StoreError> {
    decode_as(T::KIND, id, bytes)
}

/// Decodes a record of `kind` into `T`, which may be the shape an older schema stored
/// (migrations).
pub fn decode_as<T: serde::de::DeserializeOwned>(
    kind: &'static str,
    id: u64,
    bytes: &[u8],
) -> Result<T, StoreError> {
    let err = |detail: String| StoreError::Codec { kind, id, detail };
    match bytes.split_first() {
        Some((&FORMAT_VERSION, payload)) => {
            postcard::from_bytes(payload).map_err(|e| err(format!("cannot be read: {e}")))
        }
        Some((&FORMAT_STRING_TIMES, payload)) => {
            crate::domain::time::legacy(|| postcard::from_bytes(payload))
                .map_err(|e| err(format!("cannot be read: {e}")))
        }
        Some((v, _)) => Err(err(format!(
            "record format {v} is newer than this roundtable understands"
        ))),
        None => Err(err("empty record".into())),
    }
}
