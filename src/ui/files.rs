//! Native file dialogs, with a plain path field where none can be shown.

use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What came of asking for a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pick {
    /// The patient chose this file.
    Chosen(PathBuf),
    /// The patient closed the dialog.
    Cancelled,
    /// No dialog could be shown (no desktop portal): offer the in-app path field.
    Unavailable,
}

/// What a file dialog says, in the screen's language, and which files it lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DialogText<'a> {
    /// The dialog's title.
    pub title: &'a str,
    /// The name of the kind of file it lists ("Case file").
    pub kind: &'a str,
    /// The file name endings of that kind, without the dot.
    pub extensions: &'a [&'a str],
}

/// Asks the patient for a file to write or read.
pub trait FilePicker {
    /// A file to save to, suggesting `file_name`.
    fn save(&self, file_name: &str, text: &DialogText<'_>) -> Pick;
    /// A file to open.
    fn open(&self, text: &DialogText<'_>) -> Pick;
}

/// The desktop's own dialog, through the xdg portal (`rfd`, no GTK).
pub struct NativePicker;

/// Without a portal, `rfd` answers "no file" within milliseconds; no person closes a dialog
/// that fast, so a quick "no file" means no dialog was shown.
const TOO_FAST_FOR_A_PERSON: Duration = Duration::from_millis(300);

fn judge(started: Instant, picked: Option<PathBuf>) -> Pick {
    match picked {
        Some(path) => Pick::Chosen(path),
        None if started.elapsed() < TOO_FAST_FOR_A_PERSON => Pick::Unavailable,
        None => Pick::Cancelled,
    }
}

impl FilePicker for NativePicker {
    fn save(&self, file_name: &str, text: &DialogText<'_>) -> Pick {
        let started = Instant::now();
        let picked = rfd::FileDialog::new()
            .set_title(text.title)
            .add_filter(text.kind, text.extensions)
            .set_file_name(file_name)
            .save_file();
        judge(started, picked)
    }

    fn open(&self, text: &DialogText<'_>) -> Pick {
        let started = Instant::now();
        let picked = rfd::FileDialog::new()
            .set_title(text.title)
            .add_filter(text.kind, text.extensions)
            .pick_file();
        judge(started, picked)
    }
}

/// Never shows a dialog: for tests, and for machines without a desktop portal.
pub struct NoDialogs;

impl FilePicker for NoDialogs {
    fn save(&self, _file_name: &str, _text: &DialogText<'_>) -> Pick {
        Pick::Unavailable
    }

    fn open(&self, _text: &DialogText<'_>) -> Pick {
        Pick::Unavailable
    }
}

/// Where the path field suggests saving `file_name`: the Documents folder, else the home
/// folder, else the current folder.
pub fn suggested_path(file_name: &str) -> PathBuf {
    let dirs = directories::UserDirs::new();
    let folder = dirs
        .as_ref()
        .and_then(|d| d.document_dir().map(std::path::Path::to_path_buf))
        .or_else(|| dirs.as_ref().map(|d| d.home_dir().to_path_buf()))
        .unwrap_or_default();
    folder.join(file_name)
}
