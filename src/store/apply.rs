//! Writing a changed data set back as the difference: what erasure computes in
//! `domain::erasure` on a copy is stored here, record by record, in the caller's
//! transaction.

use crate::domain::dataset::{Dataset, Record};

use super::{StoreError, WriteTx};

impl WriteTx<'_> {
    /// Deletes every record of `before` that `after` no longer holds and saves every record
    /// that changed, kind by kind. Both must come from this transaction (`dataset()`), so
    /// that the revisions match; new records are not expected and are refused.
    pub fn apply(&mut self, before: &Dataset, after: &Dataset) -> Result<(), StoreError> {
        macro_rules! each {
            ($($field:ident: $ty:ty,)*) => {$(
                self.apply_kind(&before.$field, &after.$field)?;
            )*};
        }
        crate::for_each_kind!(each);
        Ok(())
    }

    fn apply_kind<T: Record + PartialEq>(
        &mut self,
        before: &[T],
        after: &[T],
    ) -> Result<(), StoreError> {
        let after_ids: std::collections::HashMap<_, &T> =
            after.iter().map(|r| (r.id(), r)).collect();
        let before_ids: std::collections::HashSet<_> = before.iter().map(|r| r.id()).collect();
        for old in before {
            match after_ids.get(&old.id()).copied() {
                None => self.delete::<T>(old.id(), old.meta().rev)?,
                Some(new) if new != old => self.update(&mut new.clone())?,
                Some(_) => {}
            }
        }
        if let Some(new) = after.iter().find(|r| !before_ids.contains(&r.id())) {
            return Err(StoreError::Gone {
                kind: T::KIND,
                id: new.id(),
            });
        }
        Ok(())
    }
}
