//! Cases kept in memory only, for the kiosk: nothing a patient types ever reaches the disk.

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

use time::OffsetDateTime;

use super::disk::fresh_id_where;
use super::{Listing, StoreError};
use crate::case::{Case, CaseId};

/// An in-memory store with the same `list`, `load`, `save`, `delete`, `exists` and `fresh_id` as
/// [`super::DiskStore`], and no disk at all.
#[derive(Debug, Default)]
pub struct MemoryStore {
    cases: Mutex<BTreeMap<CaseId, Case>>,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// The cases, guarded; a panic elsewhere while holding the lock cannot leave a map half-changed,
    /// since every change is a single insert or remove, so a poisoned lock is still usable.
    fn cases(&self) -> MutexGuard<'_, BTreeMap<CaseId, Case>> {
        self.cases.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Every case, the most recently changed first; there are never problems.
    pub fn list(&self) -> Listing {
        let mut cases: Vec<Case> = self.cases().values().cloned().collect();
        cases.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
        Listing {
            cases,
            problems: Vec::new(),
        }
    }

    /// A copy of the case with this id.
    pub fn load(&self, id: &CaseId) -> Result<Case, StoreError> {
        self.cases()
            .get(id)
            .cloned()
            .ok_or_else(|| StoreError::NotFound { id: id.clone() })
    }

    /// Keeps a copy of the case under its id, replacing any earlier one.
    pub fn save(&self, case: &Case) -> Result<(), StoreError> {
        let id = CaseId::parse(case.id.as_str()).ok_or(StoreError::InvalidId)?;
        self.cases().insert(id, case.clone());
        Ok(())
    }

    /// Forgets the case with this id; `NotFound` if there is none.
    pub fn delete(&self, id: &CaseId) -> Result<(), StoreError> {
        self.cases()
            .remove(id)
            .map(|_| ())
            .ok_or_else(|| StoreError::NotFound { id: id.clone() })
    }

    /// Whether a case with this id is kept.
    pub fn exists(&self, id: &CaseId) -> bool {
        self.cases().contains_key(id)
    }

    /// A new id made at `now` that no kept case uses yet.
    pub fn fresh_id(&self, now: OffsetDateTime) -> CaseId {
        let cases = self.cases();
        fresh_id_where(now, |id| !cases.contains_key(id))
    }

    /// Forgets every case, e.g. when the kiosk goes back to its welcome screen.
    pub fn clear(&self) {
        self.cases().clear();
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    fn case(id: &str, updated: OffsetDateTime) -> Case {
        let mut case = Case::new(CaseId::parse(id).expect("a valid id in the test"), updated);
        case.title = format!("title of {id}");
        case
    }

    #[test]
    fn a_kept_case_loads_back_equal_and_is_listed_newest_first() {
        let store = MemoryStore::new();
        let old = case("c-old", datetime!(2026-01-01 00:00 UTC));
        let new = case("c-new", datetime!(2026-02-01 00:00 UTC));
        store.save(&old).expect("save");
        store.save(&new).expect("save");
        assert!(store.load(&old.id).expect("load") == old);
        let ids: Vec<CaseId> = store.list().cases.into_iter().map(|c| c.id).collect();
        assert_eq!(ids, [new.id, old.id]);
    }

    #[test]
    fn saving_again_replaces_and_delete_forgets() {
        let store = MemoryStore::new();
        let mut kept = case("c1", datetime!(2026-01-01 00:00 UTC));
        store.save(&kept).expect("save");
        kept.title = "changed".into();
        store.save(&kept).expect("save");
        assert_eq!(store.load(&kept.id).expect("load").title, "changed");
        assert_eq!(store.list().cases.len(), 1);
        store.delete(&kept.id).expect("delete");
        assert!(!store.exists(&kept.id));
        assert!(matches!(
            store.load(&kept.id),
            Err(StoreError::NotFound { .. })
        ));
        assert!(matches!(
            store.delete(&kept.id),
            Err(StoreError::NotFound { .. })
        ));
    }

    #[test]
    fn clear_forgets_everything() {
        let store = MemoryStore::new();
        store
            .save(&case("c1", datetime!(2026-01-01 00:00 UTC)))
            .expect("save");
        store.clear();
        assert!(store.list().cases.is_empty());
    }

    #[test]
    fn an_unsafe_id_is_refused_like_on_disk() {
        let store = MemoryStore::new();
        assert!(matches!(
            store.save(&Case::default()),
            Err(StoreError::InvalidId)
        ));
    }

    #[test]
    fn fresh_ids_never_clash_in_memory() {
        let store = MemoryStore::new();
        let now = datetime!(2026-05-06 07:08:09 UTC);
        fastrand::seed(3);
        let first_choice = CaseId::new(now);
        store
            .save(&Case::new(first_choice.clone(), now))
            .expect("save");
        fastrand::seed(3);
        let fresh = store.fresh_id(now);
        assert_ne!(fresh, first_choice);
        assert!(!store.exists(&fresh));
    }
}
