//! Case files on disk, and an in-memory store for the kiosk.
//!
//! A case file is the pretty RON envelope `(schema: N, case: (...))`, written atomically (temp
//! file in the same folder, `sync_all`, rename) and owner-only on Unix. A file from a newer schema
//! is refused and never overwritten; a file that does not parse is moved aside and reported,
//! never replaced by defaults. Error messages never carry patient data: only ids and paths.

mod disk;
mod file;
mod lockout;
mod memory;
mod saver;
mod settings;

use std::io;
use std::path::PathBuf;

use crate::case::{CaseId, SCHEMA};

pub use disk::{DiskStore, Listing, Problem, Trouble};
pub use file::{
    MAX_IMPORT_BYTES, export_case, from_ron, import_case, is_taken, to_ron, write_atomic,
};
pub use lockout::{PinLockout, load_lockout, save_lockout};
pub use memory::MemoryStore;
pub use saver::{SaveOutcome, Saver};
pub use settings::{
    MAX_TEXT_SIZE, MIN_TEXT_SIZE, SETTINGS_SCHEMA, Settings, SettingsTrouble, default_config_dir,
    load_settings, save_settings, settings_path,
};

/// Something went wrong reading or writing case files; each message is one plain sentence that
/// ends with the path (or the id), and never contains patient data.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file could not be read.
    #[error(
        "Could not read the case file because {}; check that the file is there and that you may open it: {}",
        io_reason(source),
        path.display()
    )]
    Read {
        /// The file that could not be read.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// A file could not be written, replaced or removed.
    #[error(
        "Could not save to the disk because {}; check that there is free space and that you may write there, then try again: {}",
        io_reason(source),
        path.display()
    )]
    Write {
        /// The file that could not be written.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The folder for saved cases could not be created or opened.
    #[error(
        "Could not open the folder for saved cases because {}; check that you may write there or choose another folder: {}",
        io_reason(source),
        path.display()
    )]
    Folder {
        /// The folder that could not be created or opened.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// A file is not a case file this version can read.
    #[error(
        "This file is not a case file this app can read ({problem}); it may be damaged, so try another copy: {}",
        path.display()
    )]
    Parse {
        /// The file that did not parse.
        path: PathBuf,
        /// Where or what the problem is, never the file's content.
        problem: ParseProblem,
    },
    /// A file was saved by a newer version of the app, so this version neither reads nor replaces it.
    #[error(
        "This case file was saved by a newer version of this app (format {found}, this version knows up to {SCHEMA}); update the app to open it: {}",
        path.display()
    )]
    Newer {
        /// The newer file.
        path: PathBuf,
        /// The schema number the file says it uses.
        found: u32,
    },
    /// No case is saved under this id.
    #[error("There is no saved case with this id; it may have been deleted: {id}")]
    NotFound {
        /// The id that was asked for.
        id: CaseId,
    },
    /// A file is too large to be a case file, so it was not read.
    #[error(
        "This file is too large to be a case file (over {} MB), so it was not opened; choose the case file you saved or exported: {}",
        limit / 1_000_000,
        path.display()
    )]
    TooLarge {
        /// The file that is too large.
        path: PathBuf,
        /// The largest size accepted, in bytes.
        limit: u64,
    },
    /// A case's id is not a safe file name (for example a hand-edited or imported file), so it was not saved.
    #[error(
        "This case has no valid file name, so it was not saved; give it a new id and try again, or report this bug."
    )]
    InvalidId,
    /// A case could not be turned into text.
    #[error("Could not turn the case into text ({message}); please report this bug.")]
    Serialize {
        /// What the serialiser said (never patient data: it names formats, not values).
        message: String,
    },
}

/// Why a file is not a case file we can read: where it stops making sense, never what it says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ParseProblem {
    /// The file ends in the middle of the case.
    #[error("the file ends too early")]
    EndsEarly,
    /// Something unexpected at this place.
    #[error("problem at line {line}, column {column}")]
    At {
        /// The line, counted from 1.
        line: usize,
        /// The column, counted from 1.
        column: usize,
    },
    /// The file does not say which format it is in.
    #[error("it has no valid format number")]
    NoFormatNumber,
    /// The file is not UTF-8 text.
    #[error("it is not text")]
    NotText,
}

/// A plain reason for an I/O error, for a patient to read.
fn io_reason(error: &io::Error) -> String {
    use io::ErrorKind as K;
    match error.kind() {
        K::NotFound => "it does not exist".to_owned(),
        K::PermissionDenied => "permission was denied".to_owned(),
        K::StorageFull => "the disk is full".to_owned(),
        K::QuotaExceeded => "your disk quota is used up".to_owned(),
        K::ReadOnlyFilesystem => "the disk is read-only".to_owned(),
        K::IsADirectory => "it is a folder, not a file".to_owned(),
        K::NotADirectory => "a part of its path is a file, not a folder".to_owned(),
        K::AlreadyExists => "something with that name is already there".to_owned(),
        K::FileTooLarge => "the file is too large".to_owned(),
        _ => format!("of a system error ({error})"),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn error_messages_end_with_the_path() {
        let path = Path::new("/some/folder/c1.ron");
        let errors = [
            StoreError::Read {
                path: path.into(),
                source: io::Error::from(io::ErrorKind::PermissionDenied),
            },
            StoreError::Write {
                path: path.into(),
                source: io::Error::other("boom"),
            },
            StoreError::Parse {
                path: path.into(),
                problem: ParseProblem::At { line: 1, column: 2 },
            },
            StoreError::Newer {
                path: path.into(),
                found: 9,
            },
            StoreError::TooLarge {
                path: path.into(),
                limit: 5_000_000,
            },
        ];
        for error in errors {
            let message = error.to_string();
            assert!(message.ends_with("/some/folder/c1.ron"), "{message}");
            assert!(message.starts_with(char::is_uppercase), "{message}");
        }
    }
}
