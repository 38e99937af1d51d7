//! Record bytes: `[format version][payload]`. Version 1 is plain postcard; the leading
//! byte leaves room for an encrypted payload later without touching old records.

use crate::domain::dataset::Record;

use super::StoreError;

pub const FORMAT_VERSION: u8 = 1;

pub fn encode<T: Record>(rec: &T) -> Result<Vec<u8>, StoreError> {
    let mut out = vec![FORMAT_VERSION];
    postcard::to_io(rec, &mut out).map_err(|e| StoreError::Codec {
        kind: T::KIND,
        id: rec.id(),
        detail: e.to_string(),
    })?;
    Ok(out)
}

pub fn decode<T: Record>(id: u64, bytes: &[u8]) -> Result<T, StoreError> {
    let err = |detail: String| StoreError::Codec {
        kind: T::KIND,
        id,
        detail,
    };
    match bytes.split_first() {
        Some((&FORMAT_VERSION, payload)) => {
            postcard::from_bytes(payload).map_err(|e| err(format!("cannot be read: {e}")))
        }
        Some((v, _)) => Err(err(format!(
            "record format {v} is newer than this roundtable understands"
        ))),
        None => Err(err("empty record".into())),
    }
}
