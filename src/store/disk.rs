//! The case files of one data folder: `<data dir>/cases/<case id>.ron`.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use time::OffsetDateTime;

use super::StoreError;
use super::file::{
    MAX_CASE_FILE_BYTES, from_bytes, read_limited, schema_of, sync_folder, to_ron, write_atomic,
};
use crate::case::{Case, CaseId, SCHEMA};

/// Temp files older than this are left over from a crash and are removed on open.
const STALE_TEMP_AGE: Duration = Duration::from_mins(10);

/// The start of every temp file name `write_atomic` uses.
const TEMP_PREFIX: &str = ".tmp";

/// What a moved-aside damaged file has in its name.
const CORRUPT_MARK: &str = ".corrupt-";

/// The case files in one data folder.
#[derive(Clone, Debug)]
pub struct DiskStore {
    data_dir: PathBuf,
}

/// Everything found in the cases folder: the cases that could be read, and what went wrong with the rest.
#[derive(Clone, Debug, Default)]
pub struct Listing {
    /// The cases that could be read, the most recently changed first.
    pub cases: Vec<Case>,
    /// One entry per file that could not be read, for the start screen.
    pub problems: Vec<Problem>,
}

/// A file in the cases folder that could not be listed, and what happened to it.
#[derive(Clone, Debug)]
pub struct Problem {
    /// The file's name in the cases folder, as it was found; empty when the folder itself could not be read.
    pub file_name: String,
    /// What happened and where the file is now; `Display` is one plain English sentence, and
    /// the screen words it in its own language.
    pub trouble: Trouble,
}

/// What happened to one entry of the cases folder that could not be listed. Every sentence
/// ends with a path and never holds patient data.
#[derive(Clone, Debug, thiserror::Error)]
pub enum Trouble {
    /// The cases folder itself could not be read.
    #[error("{0}")]
    Folder(Arc<StoreError>),
    /// A file whose name is not a case id; it was left alone.
    #[error(
        "A file in the cases folder does not have a case file name, so it was left alone: {}",
        path.display()
    )]
    NotACaseName {
        /// The file.
        path: PathBuf,
    },
    /// A folder named like a case file; it was left alone.
    #[error(
        "A folder in the cases folder is named like a case file, so it was left alone: {}",
        path.display()
    )]
    FolderNamedLikeACase {
        /// The folder.
        path: PathBuf,
    },
    /// A case file that could not be read, or is too large to be one; it was left alone.
    #[error("{0}")]
    Unreadable(Arc<StoreError>),
    /// A case file from a newer version of the app; it was left untouched.
    #[error(
        "A saved case comes from a newer version of this app, so it was left untouched; update the app to open it: {}",
        path.display()
    )]
    Newer {
        /// The file.
        path: PathBuf,
    },
    /// A damaged case file, moved aside so nothing is lost.
    #[error(
        "A saved case could not be read because its file is damaged; it was moved aside so nothing is lost, and staff can look at it: {}",
        moved.display()
    )]
    MovedAside {
        /// Where the file is now.
        moved: PathBuf,
    },
    /// A damaged case file that could not be moved aside, and why.
    #[error(
        "A saved case could not be read because its file is damaged, and it could not be moved aside. {0}"
    )]
    NotMovedAside(Arc<StoreError>),
}

impl DiskStore {
    /// Opens the data folder and its `cases` folder, creating them owner-only (0700 on Unix), and
    /// removes temp files older than ten minutes left in `cases` by a crash.
    pub fn open(data_dir: &Path) -> Result<Self, StoreError> {
        let store = Self {
            data_dir: data_dir.to_path_buf(),
        };
        create_private_dir(data_dir)?;
        let cases = store.cases_dir();
        create_private_dir(&cases)?;
        remove_stale_temp_files(&cases);
        Ok(store)
    }

    /// The platform's usual data folder for this app, or `None` when there is no home folder.
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("org", "Massage Coverage Guide", "massage-coverage")
            .map(|dirs| dirs.data_dir().to_path_buf())
    }

    /// The data folder this store was opened on.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The folder that holds one file per case.
    pub fn cases_dir(&self) -> PathBuf {
        self.data_dir.join("cases")
    }

    /// The file of the case with this id.
    fn case_path(&self, id: &CaseId) -> PathBuf {
        self.cases_dir().join(format!("{}.ron", id.as_str()))
    }

    /// Reads every case file; damaged ones are moved aside (`<id>.corrupt-<time>.ron`) and
    /// reported, newer or unreadable ones are reported and left alone. Never panics on any content.
    pub fn list(&self) -> Listing {
        let cases_dir = self.cases_dir();
        let mut listing = Listing::default();
        let entries = match fs::read_dir(&cases_dir) {
            Ok(entries) => entries,
            Err(source) => {
                let error = StoreError::Folder {
                    path: cases_dir,
                    source,
                };
                listing.problems.push(Problem {
                    file_name: String::new(),
                    trouble: Trouble::Folder(Arc::new(error)),
                });
                return listing;
            }
        };
        let mut names: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.file_name())
            .collect();
        // The same order every time, so problems are reported in a stable order.
        names.sort();
        for name in names {
            let file_name = name.to_string_lossy().into_owned();
            // Case files are ours, and we write `.ron` in lower case only.
            let is_ron = Path::new(&name).extension().is_some_and(|ext| ext == "ron");
            if !is_ron || file_name.starts_with(TEMP_PREFIX) || file_name.contains(CORRUPT_MARK) {
                continue;
            }
            match self.list_one(&file_name, name.to_str()) {
                Ok(case) => listing.cases.push(case),
                Err(trouble) => listing.problems.push(Problem { file_name, trouble }),
            }
        }
        listing
            .cases
            .sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
        listing
    }

    /// Reads one `*.ron` file of the cases folder for [`Self::list`], or says what went wrong.
    fn list_one(&self, lossy_name: &str, name: Option<&str>) -> Result<Case, Trouble> {
        let path = self.cases_dir().join(lossy_name);
        let id = name
            .and_then(|name| name.strip_suffix(".ron"))
            .and_then(CaseId::parse);
        let Some(id) = id else {
            return Err(Trouble::NotACaseName { path });
        };
        let path = self.case_path(&id);
        if fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
            return Err(Trouble::FolderNamedLikeACase { path });
        }
        let bytes = read_limited(&path, MAX_CASE_FILE_BYTES)
            .map_err(|e| Trouble::Unreadable(Arc::new(e)))?;
        match from_bytes(&bytes, &path) {
            Ok(mut case) => {
                case.id = id;
                Ok(case)
            }
            Err(StoreError::Newer { .. }) => Err(Trouble::Newer { path }),
            Err(_) => Err(match move_aside(&path, id.as_str()) {
                Ok(moved) => Trouble::MovedAside { moved },
                Err(source) => Trouble::NotMovedAside(Arc::new(StoreError::Write { path, source })),
            }),
        }
    }

    /// Reads the case with this id.
    pub fn load(&self, id: &CaseId) -> Result<Case, StoreError> {
        let path = self.case_path(id);
        let bytes = read_limited(&path, MAX_CASE_FILE_BYTES).map_err(|error| match error {
            StoreError::Read { source, .. } if source.kind() == io::ErrorKind::NotFound => {
                StoreError::NotFound { id: id.clone() }
            }
            other => other,
        })?;
        let mut case = from_bytes(&bytes, &path)?;
        case.id = id.clone();
        Ok(case)
    }

    /// Atomically writes `<cases>/<id>.ron`, refusing to replace a file from a newer schema.
    pub fn save(&self, case: &Case) -> Result<(), StoreError> {
        let id = CaseId::parse(case.id.as_str()).ok_or(StoreError::InvalidId)?;
        let path = self.case_path(&id);
        // Failing to look at the old file is a failed save, and is worded as one.
        let existing = existing_schema(&path).map_err(|e| match e {
            StoreError::Read { path, source } => StoreError::Write { path, source },
            other => other,
        })?;
        if let Some(found) = existing.filter(|found| *found > SCHEMA) {
            return Err(StoreError::Newer { path, found });
        }
        write_atomic(&path, to_ron(case)?.as_bytes())
    }

    /// Removes the case with this id; `NotFound` if there is none.
    pub fn delete(&self, id: &CaseId) -> Result<(), StoreError> {
        let path = self.case_path(id);
        match fs::remove_file(&path) {
            Ok(()) => {
                sync_folder(&self.cases_dir());
                Ok(())
            }
            Err(source) if source.kind() == io::ErrorKind::NotFound => {
                Err(StoreError::NotFound { id: id.clone() })
            }
            Err(source) => Err(StoreError::Write { path, source }),
        }
    }

    /// Whether a file for this id exists.
    pub fn exists(&self, id: &CaseId) -> bool {
        fs::symlink_metadata(self.case_path(id)).is_ok()
    }

    /// A new id made at `now` that no file in the cases folder uses yet, damaged ones included.
    pub fn fresh_id(&self, now: OffsetDateTime) -> CaseId {
        let taken: BTreeSet<String> = fs::read_dir(self.cases_dir())
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .filter_map(|entry| {
                let name = entry.file_name().into_string().ok()?;
                Some(
                    name.split_once('.')
                        .map_or(name.as_str(), |(stem, _)| stem)
                        .to_owned(),
                )
            })
            .collect();
        fresh_id_where(now, |id| !taken.contains(id.as_str()) && !self.exists(id))
    }
}

/// A new id made at `now` (or a little later if every id of that second is taken) for which `free` holds.
pub(super) fn fresh_id_where(now: OffsetDateTime, mut free: impl FnMut(&CaseId) -> bool) -> CaseId {
    let mut attempt: i64 = 0;
    loop {
        // 65 536 ids per second: after many clashes the second is probably full, so move on.
        let at = now.saturating_add(time::Duration::seconds(attempt / 1024));
        let id = CaseId::new(at);
        if free(&id) {
            return id;
        }
        attempt += 1;
    }
}

/// The schema of the file at `path`, `None` if there is no file or it names none.
fn existing_schema(path: &Path) -> Result<Option<u32>, StoreError> {
    let read_error = |source| StoreError::Read {
        path: path.into(),
        source,
    };
    let bytes = match read_limited(path, MAX_CASE_FILE_BYTES) {
        Ok(bytes) => bytes,
        Err(StoreError::Read { source, .. }) if source.kind() == io::ErrorKind::NotFound => {
            return Ok(None);
        }
        Err(StoreError::TooLarge { .. }) => {
            // The schema comes first in every file we write; the start is enough.
            let mut head = Vec::new();
            let file = fs::File::open(path).map_err(read_error)?;
            io::Read::read_to_end(&mut io::Read::take(file, 4096), &mut head)
                .map_err(read_error)?;
            head
        }
        Err(other) => return Err(other),
    };
    Ok(schema_of(&String::from_utf8_lossy(&bytes)))
}

/// Renames a damaged file to `<stem>.corrupt-<YYYYMMDD-HHMMSS>[-N].ron`, never replacing another.
pub(super) fn move_aside(path: &Path, stem: &str) -> io::Result<PathBuf> {
    let stamp = crate::case::compact_stamp(OffsetDateTime::now_utc());
    let folder = path.parent().unwrap_or(Path::new("."));
    for counter in 1..10_000_u32 {
        let name = if counter == 1 {
            format!("{stem}{CORRUPT_MARK}{stamp}.ron")
        } else {
            format!("{stem}{CORRUPT_MARK}{stamp}-{counter}.ron")
        };
        let target = folder.join(name);
        if fs::symlink_metadata(&target).is_ok() {
            continue;
        }
        fs::rename(path, &target)?;
        sync_folder(folder);
        return Ok(target);
    }
    Err(io::ErrorKind::AlreadyExists.into())
}

/// Creates a folder (and its missing parents) owner-only; an existing folder is left as it is.
pub(super) fn create_private_dir(path: &Path) -> Result<(), StoreError> {
    let folder_error = |source| StoreError::Folder {
        path: path.into(),
        source,
    };
    if path.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt as _, PermissionsExt as _};
        builder.mode(0o700);
        builder.create(path).map_err(folder_error)?;
        // The umask may have taken bits away; 0700 is what we want, whatever it says.
        fs::set_permissions(path, fs::Permissions::from_mode(0o700)).map_err(folder_error)?;
    }
    #[cfg(not(unix))]
    builder.create(path).map_err(folder_error)?;
    Ok(())
}

/// Removes temp files that a crash left behind; ones younger than [`STALE_TEMP_AGE`] may belong
/// to another running copy of the app, so they stay.
fn remove_stale_temp_files(cases_dir: &Path) {
    let Ok(entries) = fs::read_dir(cases_dir) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.filter_map(Result::ok) {
        if !entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX) {
            continue;
        }
        let Ok(metadata) = entry.metadata() else {
            continue;
        };
        let stale = metadata
            .modified()
            .ok()
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|age| age > STALE_TEMP_AGE);
        if metadata.is_file() && stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    fn id(s: &str) -> CaseId {
        CaseId::parse(s).expect("a valid id in the test")
    }

    fn case(id_text: &str, title: &str, updated: OffsetDateTime) -> Case {
        let mut case = Case::new(id(id_text), datetime!(2026-01-01 00:00 UTC));
        case.title = title.into();
        case.updated = updated;
        case
    }

    fn store() -> (tempfile::TempDir, DiskStore) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = DiskStore::open(&dir.path().join("data")).expect("open");
        (dir, store)
    }

    fn file_names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_save_that_cannot_reach_the_cases_folder_is_reported_as_a_failed_save() {
        let (dir, store) = store();
        let cases = dir.path().join("data").join("cases");
        fs::remove_dir_all(&cases).expect("remove the cases folder");
        fs::write(&cases, "not a folder").expect("a file in its place");
        let err = store
            .save(&case("c1", "My back", datetime!(2026-02-03 04:05:06 UTC)))
            .expect_err("the save fails");
        assert!(matches!(err, StoreError::Write { .. }), "{err:?}");
        assert!(err.to_string().starts_with("Could not save"), "{err}");
    }

    #[test]
    fn a_saved_case_loads_back_equal() {
        let (_dir, store) = store();
        let mut saved = case("c1", "My back", datetime!(2026-02-03 04:05:06 UTC));
        saved.alternatives.notes = "call Tuesday".into();
        store.save(&saved).expect("save");
        assert!(store.exists(&saved.id));
        let loaded = store.load(&saved.id).expect("load");
        assert!(loaded == saved, "loaded case differs");
        let text = fs::read_to_string(store.cases_dir().join("c1.ron")).expect("read file");
        assert!(text.contains("schema: 2"), "{text}");
    }

    #[test]
    fn list_shows_good_cases_newest_first() {
        let (_dir, store) = store();
        store
            .save(&case("c-old", "old", datetime!(2026-01-01 00:00 UTC)))
            .expect("save");
        store
            .save(&case("c-new", "new", datetime!(2026-03-01 00:00 UTC)))
            .expect("save");
        store
            .save(&case("c-mid", "mid", datetime!(2026-02-01 00:00 UTC)))
            .expect("save");
        let listing = store.list();
        assert!(listing.problems.is_empty(), "{:?}", listing.problems);
        let ids: Vec<&str> = listing.cases.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["c-new", "c-mid", "c-old"]);
    }

    #[test]
    fn the_file_name_decides_the_id() {
        let (_dir, store) = store();
        let saved = case("c-real", "x", datetime!(2026-01-01 00:00 UTC));
        let text = to_ron(&saved).expect("serialises");
        fs::write(store.cases_dir().join("c-copy.ron"), text).expect("write");
        let listing = store.list();
        assert_eq!(listing.cases.len(), 1);
        assert_eq!(listing.cases[0].id, id("c-copy"));
        assert_eq!(store.load(&id("c-copy")).expect("load").id, id("c-copy"));
    }

    #[test]
    fn damaged_files_are_moved_aside_reported_once_and_the_good_case_stays_listed() {
        let mut random = fastrand::Rng::with_seed(42);
        let garbage: Vec<(&str, Vec<u8>)> = vec![
            (
                "c-random",
                std::iter::repeat_with(|| random.u8(..))
                    .take(4096)
                    .collect(),
            ),
            ("c-empty", Vec::new()),
            ("c-wrong-type", b"(schema: 1, case: (title: 5))".to_vec()),
            (
                "c-not-utf8",
                b"(schema: 1, case: (title: \"\xff\xfe\"))".to_vec(),
            ),
        ];
        for (stem, bytes) in &garbage {
            let (_dir, store) = store();
            let good = case("c-good", "good", datetime!(2026-01-01 00:00 UTC));
            store.save(&good).expect("save");
            fs::write(store.cases_dir().join(format!("{stem}.ron")), bytes).expect("write garbage");

            let listing = store.list();
            assert_eq!(listing.cases.len(), 1, "{stem}");
            assert!(listing.cases[0] == good, "{stem}: good case changed");
            assert_eq!(listing.problems.len(), 1, "{stem}: {:?}", listing.problems);
            let problem = &listing.problems[0];
            assert_eq!(problem.file_name, format!("{stem}.ron"));
            assert!(
                problem.trouble.to_string().contains("moved aside"),
                "{}",
                problem.trouble
            );

            let names = file_names(&store.cases_dir());
            let moved: Vec<_> = names.iter().filter(|n| n.contains(".corrupt-")).collect();
            assert_eq!(moved.len(), 1, "{stem}: {names:?}");
            assert!(
                moved[0].starts_with(&format!("{stem}.corrupt-"))
                    && Path::new(moved[0]).extension().is_some_and(|e| e == "ron")
            );
            assert!(
                problem.trouble.to_string().ends_with(moved[0].as_str()),
                "{}",
                problem.trouble
            );
            assert_eq!(
                fs::read(store.cases_dir().join(moved[0])).expect("moved file"),
                *bytes
            );
            assert!(
                !names.contains(&format!("{stem}.ron")),
                "{stem}: still in place"
            );

            let again = store.list();
            assert!(
                again.problems.is_empty(),
                "{stem}: reported twice: {:?}",
                again.problems
            );
            assert_eq!(again.cases.len(), 1);
        }
    }

    #[test]
    fn a_second_damaged_file_in_the_same_second_gets_its_own_name() {
        let (_dir, store) = store();
        fs::write(store.cases_dir().join("c-bad.ron"), "nope").expect("write");
        store.list();
        fs::write(store.cases_dir().join("c-bad.ron"), "nope again").expect("write");
        store.list();
        let names = file_names(&store.cases_dir());
        let moved = names
            .iter()
            .filter(|n| n.starts_with("c-bad.corrupt-"))
            .count();
        // Two moves, whether or not the clock ticked in between.
        assert_eq!(moved, 2, "{names:?}");
    }

    #[test]
    fn a_newer_file_is_reported_left_unchanged_and_never_overwritten() {
        let (_dir, store) = store();
        let newer = b"(schema: 99, case: (whatever: ()))";
        let path = store.cases_dir().join("c-future.ron");
        fs::write(&path, newer).expect("write");

        let listing = store.list();
        assert!(listing.cases.is_empty());
        assert_eq!(listing.problems.len(), 1);
        assert!(
            listing.problems[0]
                .trouble
                .to_string()
                .contains("newer version"),
            "{}",
            listing.problems[0].trouble
        );
        assert_eq!(fs::read(&path).expect("read"), newer);

        let mine = case("c-future", "mine", datetime!(2026-01-01 00:00 UTC));
        let error = store.save(&mine).expect_err("refuses");
        assert!(
            matches!(error, StoreError::Newer { found: 99, .. }),
            "{error}"
        );
        assert!(!error.to_string().contains("mine"));
        assert_eq!(fs::read(&path).expect("read"), newer);
        assert!(matches!(
            store.load(&mine.id),
            Err(StoreError::Newer { .. })
        ));
        assert_eq!(file_names(&store.cases_dir()), ["c-future.ron"]);
    }

    #[test]
    fn a_damaged_file_of_ours_may_be_replaced_by_save() {
        let (_dir, store) = store();
        fs::write(
            store.cases_dir().join("c1.ron"),
            "(schema: 1, case: (title: 5",
        )
        .expect("write");
        let mine = case("c1", "mine", datetime!(2026-01-01 00:00 UTC));
        store.save(&mine).expect("save");
        assert!(store.load(&mine.id).expect("load") == mine);
    }

    #[test]
    fn odd_entries_are_reported_or_skipped_and_never_panic() {
        let (_dir, store) = store();
        let cases = store.cases_dir();
        store
            .save(&case("c-good", "good", datetime!(2026-01-01 00:00 UTC)))
            .expect("save");
        fs::create_dir(cases.join("c-folder.ron")).expect("folder");
        fs::write(cases.join("Not An Id.ron"), "(schema: 1, case: ())").expect("write");
        fs::write(cases.join(".tmpabc.part"), "half").expect("write");
        fs::write(cases.join(".tmpxyz.ron"), "half").expect("write");
        fs::write(cases.join("c-old.corrupt-20260101-000000.ron"), "junk").expect("write");
        fs::write(cases.join("notes.txt"), "hello").expect("write");
        let huge = fs::File::create(cases.join("c-huge.ron")).expect("create");
        huge.set_len(MAX_CASE_FILE_BYTES + 1).expect("grow");
        #[cfg(unix)]
        std::os::unix::fs::symlink(cases.join("nowhere"), cases.join("c-dangling.ron"))
            .expect("symlink");

        let listing = store.list();
        assert_eq!(listing.cases.len(), 1);
        let mut reported: Vec<&str> = listing
            .problems
            .iter()
            .map(|p| p.file_name.as_str())
            .collect();
        reported.sort_unstable();
        let mut expected = vec!["Not An Id.ron", "c-folder.ron", "c-huge.ron"];
        if cfg!(unix) {
            expected.insert(1, "c-dangling.ron");
        }
        assert_eq!(reported, expected, "{:?}", listing.problems);
        for problem in &listing.problems {
            assert!(
                problem.trouble.to_string().contains("left alone")
                    || problem.trouble.to_string().contains("too large")
                    || problem.trouble.to_string().contains("Could not read"),
                "{}",
                problem.trouble
            );
        }
        // Nothing was moved: none of these is a damaged case of ours.
        assert_eq!(
            file_names(&cases)
                .iter()
                .filter(|n| n.contains(".corrupt-"))
                .count(),
            1
        );
    }

    #[test]
    fn open_removes_only_stale_temp_files() {
        let (dir, store) = store();
        let cases = store.cases_dir();
        let old = cases.join(".tmpold.part");
        let young = cases.join(".tmpyoung.part");
        fs::write(&old, "x").expect("write");
        fs::write(&young, "x").expect("write");
        let an_hour_ago = SystemTime::now() - Duration::from_hours(1);
        fs::File::options()
            .write(true)
            .open(&old)
            .expect("open")
            .set_modified(an_hour_ago)
            .expect("age it");
        DiskStore::open(&dir.path().join("data")).expect("reopen");
        assert!(!old.exists());
        assert!(young.exists());
    }

    #[test]
    fn load_and_delete_of_a_missing_case_say_not_found() {
        let (_dir, store) = store();
        assert!(matches!(
            store.load(&id("c-none")),
            Err(StoreError::NotFound { .. })
        ));
        assert!(matches!(
            store.delete(&id("c-none")),
            Err(StoreError::NotFound { .. })
        ));
        assert!(!store.exists(&id("c-none")));
    }

    #[test]
    fn delete_removes_the_file() {
        let (_dir, store) = store();
        let saved = case("c1", "x", datetime!(2026-01-01 00:00 UTC));
        store.save(&saved).expect("save");
        store.delete(&saved.id).expect("delete");
        assert!(!store.exists(&saved.id));
        assert!(store.list().cases.is_empty());
    }

    #[test]
    fn save_refuses_an_id_that_is_not_a_safe_file_name() {
        let (dir, store) = store();
        let evil = Case {
            id: serde_plain_id("../escape"),
            ..Case::default()
        };
        assert!(matches!(store.save(&evil), Err(StoreError::InvalidId)));
        assert!(matches!(
            store.save(&Case::default()),
            Err(StoreError::InvalidId)
        ));
        assert!(!dir.path().join("data").join("escape.ron").exists());
    }

    /// An id that skipped `CaseId::parse`, as one read from a hand-edited file would.
    fn serde_plain_id(text: &str) -> CaseId {
        let case = super::super::from_ron(
            &format!("(schema: 1, case: (id: {text:?}))"),
            Path::new("x"),
        )
        .expect("parses");
        case.id
    }

    #[test]
    fn fresh_id_never_clashes_with_a_file() {
        let (_dir, store) = store();
        let now = datetime!(2026-05-06 07:08:09 UTC);
        for seed in 0..50 {
            fastrand::seed(seed);
            let first_choice = CaseId::new(now);
            fs::write(
                store
                    .cases_dir()
                    .join(format!("{first_choice}.corrupt-20260101-000000.ron")),
                "x",
            )
            .expect("write");
            store
                .save(&Case::new(first_choice.clone(), now))
                .expect("save");
            fastrand::seed(seed);
            let fresh = store.fresh_id(now);
            assert_ne!(fresh, first_choice);
            assert!(!store.exists(&fresh));
            assert!(fresh.as_str().starts_with("c20260506-070809-"));
        }
    }

    #[test]
    fn fresh_id_moves_on_when_a_second_is_full() {
        let now = datetime!(2026-05-06 07:08:09 UTC);
        let id = fresh_id_where(now, |id| !id.as_str().starts_with("c20260506-070809-"));
        assert!(id.as_str().starts_with("c20260506-07081"), "{id}");
    }

    #[cfg(unix)]
    #[test]
    fn folders_and_case_files_are_owner_only() {
        use std::os::unix::fs::PermissionsExt as _;
        let (dir, store) = store();
        let mode = |path: &Path| fs::metadata(path).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(mode(&dir.path().join("data")), 0o700);
        assert_eq!(mode(&store.cases_dir()), 0o700);
        let saved = case("c1", "x", datetime!(2026-01-01 00:00 UTC));
        store.save(&saved).expect("save");
        assert_eq!(mode(&store.cases_dir().join("c1.ron")), 0o600);
        store.save(&saved).expect("save again");
        assert_eq!(mode(&store.cases_dir().join("c1.ron")), 0o600);
    }

    #[test]
    fn opening_a_file_as_the_data_folder_fails_with_the_path() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("file");
        fs::write(&file, "x").expect("write");
        let error = DiskStore::open(&file).expect_err("not a folder");
        assert!(matches!(error, StoreError::Folder { .. }), "{error}");
        assert!(
            error.to_string().ends_with(&file.display().to_string()),
            "{error}"
        );
    }
}
