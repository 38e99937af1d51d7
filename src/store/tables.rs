//! Every table of the database, in one place.

use redb::TableDefinition;

use crate::domain::dataset::Record;

/// Keyed by name: schema version, change counter, per-kind id counters.
pub const META: TableDefinition<&str, u64> = TableDefinition::new("meta");

/// The hash of the newest audit entry, so that changing or removing the last entry is
/// detected too.
pub const CHAIN: TableDefinition<&str, &str> = TableDefinition::new("chain");
pub const AUDIT_HEAD: &str = "audit_head";

pub const SCHEMA_VERSION: &str = "schema_version";
pub const CHANGE_COUNTER: &str = "change_counter";

/// The table of one record kind: id → envelope bytes.
pub fn records<T: Record>() -> TableDefinition<'static, u64, &'static [u8]> {
    TableDefinition::new(T::KIND)
}

/// Meta key of the next id to hand out for a kind.
pub fn next_id_key<T: Record>() -> String {
    format!("next_id.{}", T::KIND)
}
