//! A background writer, so typing never waits for the disk.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use super::{DiskStore, StoreError};
use crate::case::{Case, CaseId};

/// How one queued save ended.
#[derive(Clone, Debug)]
pub struct SaveOutcome {
    /// The case that was saved, or not.
    pub id: CaseId,
    /// `Ok`, or what went wrong (never patient data), for the screen to word in its language;
    /// shared, because the error itself cannot be copied.
    pub result: Result<(), Arc<StoreError>>,
}

/// What the caller and the writer thread share.
#[derive(Default)]
struct Queue {
    /// Ids waiting to be written, in the order they were first queued.
    order: VecDeque<CaseId>,
    /// The latest version of each waiting case.
    waiting: HashMap<CaseId, Case>,
    /// Whether the writer is writing a case it took from the queue.
    busy: bool,
    /// Outcomes not yet handed out by `poll`.
    outcomes: Vec<SaveOutcome>,
    /// Set when the `Saver` is dropped: write what is waiting, then stop.
    stopping: bool,
}

/// The queue and the signal that it changed.
struct Shared {
    queue: Mutex<Queue>,
    changed: Condvar,
}

impl Shared {
    /// The queue; every change to it is complete before the lock is released, so a poisoned lock
    /// still holds a consistent queue.
    fn lock(&self) -> MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits for the next change to the queue, or a tenth of a second.
    fn wait_a_little<'a>(&self, guard: MutexGuard<'a, Queue>) -> MutexGuard<'a, Queue> {
        match self.changed.wait_timeout(guard, Duration::from_millis(100)) {
            Ok((guard, _)) => guard,
            Err(poisoned) => poisoned.into_inner().0,
        }
    }

    /// Waits for the next change to the queue.
    fn wait<'a>(&self, guard: MutexGuard<'a, Queue>) -> MutexGuard<'a, Queue> {
        self.changed
            .wait(guard)
            .unwrap_or_else(PoisonError::into_inner)
    }
}

/// Saves cases on one background thread; a newer save of a case replaces one still waiting.
pub struct Saver {
    shared: Arc<Shared>,
    /// The writer thread; `None` if the system would not start one, and then saves are written
    /// at once on the caller's thread.
    thread: Option<JoinHandle<()>>,
    /// The store the caller's thread writes with when there is no writer thread.
    store: DiskStore,
}

impl Saver {
    /// Starts one writer thread that owns a clone of `store`.
    pub fn new(store: DiskStore) -> Self {
        let shared = Arc::new(Shared {
            queue: Mutex::new(Queue::default()),
            changed: Condvar::new(),
        });
        let thread = {
            let shared = Arc::clone(&shared);
            let store = store.clone();
            std::thread::Builder::new()
                .name("case saver".into())
                .spawn(move || write_until_stopped(&shared, &store))
                .ok()
        };
        Self {
            shared,
            thread,
            store,
        }
    }

    /// Queues a save and returns at once; if the same case is still waiting, this version replaces it.
    pub fn save(&self, case: Case) {
        {
            let mut queue = self.shared.lock();
            let id = case.id.clone();
            if queue.waiting.insert(id.clone(), case).is_none() {
                queue.order.push_back(id);
            }
        }
        self.shared.changed.notify_all();
        if self.thread.is_none() {
            write_waiting(&self.shared, &self.store, false);
        }
    }

    /// The outcomes finished since the last call, oldest first.
    pub fn poll(&self) -> Vec<SaveOutcome> {
        std::mem::take(&mut self.shared.lock().outcomes)
    }

    /// Blocks until everything queued before this call is written; the outcomes are then
    /// available from [`Self::poll`].
    pub fn flush(&self) {
        let mut queue = self.shared.lock();
        // Waiting for an empty queue and an idle writer also waits for saves queued meanwhile by
        // other threads; with one UI thread there are none.
        while let Some(thread) = &self.thread
            && (!queue.order.is_empty() || queue.busy)
        {
            // A writer that died (it never should) must not hang the app: look again now and then.
            if thread.is_finished() {
                return;
            }
            queue = self.shared.wait_a_little(queue);
        }
    }
}

impl Drop for Saver {
    /// Writes everything still waiting, then stops and joins the writer thread.
    fn drop(&mut self) {
        self.shared.lock().stopping = true;
        self.shared.changed.notify_all();
        if let Some(thread) = self.thread.take() {
            // A panic on the writer thread has already been reported by the panic hook.
            let _ = thread.join();
        }
    }
}

/// The writer thread: writes waiting cases until the saver is dropped and nothing is left.
fn write_until_stopped(shared: &Shared, store: &DiskStore) {
    write_waiting(shared, store, true);
}

/// Writes waiting cases one by one; when `block`, waits for more until told to stop.
fn write_waiting(shared: &Shared, store: &DiskStore, block: bool) {
    let mut queue = shared.lock();
    loop {
        let Some(id) = queue.order.pop_front() else {
            if queue.stopping || !block {
                return;
            }
            queue = shared.wait(queue);
            continue;
        };
        let Some(case) = queue.waiting.remove(&id) else {
            continue;
        };
        queue.busy = true;
        drop(queue);
        let result = store.save(&case).map_err(Arc::new);
        queue = shared.lock();
        queue.busy = false;
        queue.outcomes.push(SaveOutcome { id, result });
        shared.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use time::macros::datetime;

    use super::*;

    fn store() -> (tempfile::TempDir, DiskStore) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = DiskStore::open(&dir.path().join("data")).expect("open");
        (dir, store)
    }

    fn case(id: &str) -> Case {
        let mut case = Case::new(
            CaseId::parse(id).expect("a valid id in the test"),
            datetime!(2026-01-01 00:00 UTC),
        );
        case.title = "Secret Title".into();
        case
    }

    #[test]
    fn many_quick_saves_of_one_case_end_with_the_last_version_on_disk() {
        let (_dir, store) = store();
        let saver = Saver::new(store.clone());
        let mut current = case("c1");
        for version in 0..500 {
            current.alternatives.notes = format!("version {version}");
            saver.save(current.clone());
        }
        saver.flush();
        assert_eq!(
            store.load(&current.id).expect("load").alternatives.notes,
            "version 499"
        );
        let outcomes = saver.poll();
        assert!(!outcomes.is_empty());
        assert!(outcomes.len() <= 500);
        assert!(
            outcomes
                .iter()
                .all(|o| o.id == current.id && o.result.is_ok()),
            "{outcomes:?}"
        );
        assert!(saver.poll().is_empty(), "outcomes are handed out once");
    }

    #[test]
    fn saves_of_several_cases_are_all_written_and_reported_in_order() {
        let (_dir, store) = store();
        let saver = Saver::new(store.clone());
        for name in ["c-a", "c-b", "c-c"] {
            saver.save(case(name));
        }
        saver.flush();
        let ids: Vec<String> = saver.poll().into_iter().map(|o| o.id.to_string()).collect();
        assert_eq!(ids, ["c-a", "c-b", "c-c"]);
        assert_eq!(store.list().cases.len(), 3);
    }

    #[test]
    fn dropping_the_saver_writes_what_is_waiting() {
        let (_dir, store) = store();
        let saver = Saver::new(store.clone());
        let mut last = case("c1");
        for version in 0..50 {
            last.alternatives.notes = format!("version {version}");
            saver.save(last.clone());
        }
        drop(saver);
        assert!(store.load(&last.id).expect("load") == last);
    }

    #[test]
    fn a_failed_save_is_reported_without_patient_data() {
        let (_dir, store) = store();
        // A file where the cases folder should be fails even for root, unlike permission bits.
        fs::remove_dir_all(store.cases_dir()).expect("remove cases folder");
        fs::write(store.cases_dir(), "not a folder").expect("write file");
        let saver = Saver::new(store.clone());
        saver.save(case("c1"));
        saver.flush();
        let outcomes = saver.poll();
        assert_eq!(outcomes.len(), 1);
        assert_eq!(outcomes[0].id.as_str(), "c1");
        let message = outcomes[0]
            .result
            .clone()
            .expect_err("the save fails")
            .to_string();
        assert!(!message.contains("Secret"), "{message}");
        assert!(message.contains("cases"), "{message}");
    }
}
