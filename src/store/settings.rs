//! The app's settings (language, text size, high contrast) in `<config dir>/settings.ron`,
//! with the same rules as case files: atomic, owner-only, a newer file is never overwritten and
//! a damaged one is moved aside, never silently replaced.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::StoreError;
use super::disk::{create_private_dir, move_aside};
use super::file::{read_limited, sniff_schema, write_atomic};
use crate::case::CaseId;

/// The version of the settings file format this build writes.
pub const SETTINGS_SCHEMA: u32 = 1;
/// The smallest text size, in percent.
pub const MIN_TEXT_SIZE: u16 = 100;
/// The largest text size, in percent.
pub const MAX_TEXT_SIZE: u16 = 200;

/// What the person chose for how the app looks and speaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// "en" or "es".
    pub language: String,
    /// Text size in percent, from 100 to 200.
    pub text_size: u16,
    /// Whether the high-contrast theme is on.
    pub high_contrast: bool,
    /// The id of the case open when the app last closed, to reopen it; `None` when the patient
    /// was on the list of cases. An id only, never patient data.
    #[serde(default)]
    pub last_case: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: "en".to_owned(),
            text_size: MIN_TEXT_SIZE,
            high_contrast: false,
            last_case: None,
        }
    }
}

impl Settings {
    /// The same settings with every value inside its range.
    #[must_use]
    pub fn clamped(mut self) -> Self {
        self.text_size = self.text_size.clamp(MIN_TEXT_SIZE, MAX_TEXT_SIZE);
        if !["en", "es"].contains(&self.language.as_str()) {
            "en".clone_into(&mut self.language);
        }
        // Only ever a case file's name: anything else would not name a case to reopen.
        self.last_case = self.last_case.filter(|id| CaseId::parse(id).is_some());
        self
    }
}

#[derive(Serialize)]
struct Out<'a> {
    schema: u32,
    settings: &'a Settings,
}

#[derive(Deserialize)]
struct In {
    #[expect(dead_code, reason = "checked by sniffing before this is parsed")]
    schema: u32,
    settings: Settings,
}

/// The settings file in a config folder.
pub fn settings_path(config_dir: &Path) -> PathBuf {
    config_dir.join("settings.ron")
}

/// The platform's config folder for the app, if there is a home.
pub fn default_config_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Massage Coverage Guide", "massage-coverage")
        .map(|dirs| dirs.config_dir().to_path_buf())
}

/// Why the settings file was not used, for the person to read; `Display` is one plain English
/// sentence ending with the path, and the screen words it in its own language.
#[derive(Debug, thiserror::Error)]
pub enum SettingsTrouble {
    /// The file could not be read, or is from a newer version of the app.
    #[error("{0}")]
    Store(StoreError),
    /// The file was damaged, and was moved aside to `moved`.
    #[error(
        "Your settings file was damaged, so the app started with its usual settings; the old file was kept: {}",
        moved.display()
    )]
    SetAside {
        /// Where the damaged file is now.
        moved: PathBuf,
    },
    /// The file was damaged and could not be moved aside.
    #[error(
        "Your settings file was damaged and could not be moved aside ({source}): {}",
        path.display()
    )]
    NotSetAside {
        /// The damaged file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
}

/// The settings, and what went wrong when the file had to be set aside or was from a newer
/// version. A missing file gives the defaults and no trouble.
pub fn load_settings(config_dir: &Path) -> (Settings, Option<SettingsTrouble>) {
    let path = settings_path(config_dir);
    if !path.exists() {
        return (Settings::default(), None);
    }
    let bytes = match read_limited(&path, 1_000_000) {
        Ok(b) => b,
        Err(e) => return (Settings::default(), Some(SettingsTrouble::Store(e))),
    };
    let text = String::from_utf8_lossy(&bytes);
    if let Some(found) = sniff_schema(&text)
        && found > SETTINGS_SCHEMA
    {
        let newer = StoreError::Newer { path, found };
        return (Settings::default(), Some(SettingsTrouble::Store(newer)));
    }
    if let Ok(file) = ron::from_str::<In>(&text) {
        (file.settings.clamped(), None)
    } else {
        let trouble = match move_aside(&path, "settings") {
            Ok(moved) => SettingsTrouble::SetAside { moved },
            Err(source) => SettingsTrouble::NotSetAside { path, source },
        };
        (Settings::default(), Some(trouble))
    }
}

/// Saves the settings atomically, owner-only; refuses to replace a newer file.
pub fn save_settings(config_dir: &Path, settings: &Settings) -> Result<(), StoreError> {
    create_private_dir(config_dir)?;
    let path = settings_path(config_dir);
    if let Ok(bytes) = read_limited(&path, 1_000_000)
        && let Some(found) = sniff_schema(&String::from_utf8_lossy(&bytes))
        && found > SETTINGS_SCHEMA
    {
        return Err(StoreError::Newer { path, found });
    }
    let text = ron::ser::to_string_pretty(
        &Out {
            schema: SETTINGS_SCHEMA,
            settings,
        },
        ron::ser::PrettyConfig::new(),
    )
    .map_err(|e| StoreError::Serialize {
        message: e.to_string(),
    })?;
    write_atomic(&path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_survive_a_round_trip_and_are_owner_only() {
        let dir = tempfile::tempdir().expect("temp dir");
        let config = dir.path().join("config");
        let s = Settings {
            language: "es".into(),
            text_size: 175,
            high_contrast: true,
            last_case: Some("c20261202-101500-00aa".into()),
        };
        save_settings(&config, &s).expect("save");
        let (loaded, trouble) = load_settings(&config);
        assert_eq!(loaded, s);
        assert!(trouble.is_none(), "{trouble:?}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode(&settings_path(&config)), 0o600);
            assert_eq!(mode(&config), 0o700);
        }
    }

    #[test]
    fn a_missing_file_gives_the_defaults_quietly() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (loaded, trouble) = load_settings(dir.path());
        assert_eq!(loaded, Settings::default());
        assert!(trouble.is_none(), "{trouble:?}");
    }

    #[test]
    fn out_of_range_values_are_brought_back_into_range() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            settings_path(dir.path()),
            "(schema: 1, settings: (language: \"fr\", text_size: 900, high_contrast: true))",
        )
        .expect("write");
        let (s, message) = load_settings(dir.path());
        assert_eq!(
            (s.language.as_str(), s.text_size, s.high_contrast),
            ("en", MAX_TEXT_SIZE, true)
        );
        assert!(message.is_none());
    }

    #[test]
    fn a_file_from_before_the_last_case_was_kept_reads_as_on_the_list() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            settings_path(dir.path()),
            "(schema: 1, settings: (language: \"es\", text_size: 150, high_contrast: false))",
        )
        .expect("write");
        let (s, trouble) = load_settings(dir.path());
        assert!(trouble.is_none(), "{trouble:?}");
        assert_eq!((s.language.as_str(), s.last_case), ("es", None));
    }

    #[test]
    fn a_last_case_that_is_not_a_case_id_is_forgotten() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            settings_path(dir.path()),
            "(schema: 1, settings: (last_case: Some(\"../../etc/passwd\")))",
        )
        .expect("write");
        let (s, trouble) = load_settings(dir.path());
        assert!(trouble.is_none(), "{trouble:?}");
        assert_eq!(s.last_case, None);
    }

    #[test]
    fn a_damaged_file_is_moved_aside_and_reported() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(settings_path(dir.path()), "garbage (((").expect("write");
        let (s, message) = load_settings(dir.path());
        assert_eq!(s, Settings::default());
        assert!(message.expect("a message").to_string().contains("damaged"));
        assert!(!settings_path(dir.path()).exists(), "moved aside");
        let kept = std::fs::read_dir(dir.path()).expect("dir").count();
        assert_eq!(kept, 1, "the damaged file is kept under another name");
    }

    #[test]
    fn a_newer_file_is_reported_and_never_overwritten() {
        let dir = tempfile::tempdir().expect("temp dir");
        let newer = "(schema: 7, settings: (language: \"es\"))";
        std::fs::write(settings_path(dir.path()), newer).expect("write");
        let (_, message) = load_settings(dir.path());
        assert!(message.expect("a message").to_string().contains("newer"));
        assert!(save_settings(dir.path(), &Settings::default()).is_err());
        assert_eq!(
            std::fs::read_to_string(settings_path(dir.path())).expect("read"),
            newer
        );
    }
}
