//! The kiosk's staff-PIN lockout, kept across restarts when the kiosk configuration names a
//! `lockout_file`: wrong PINs in a row and until when the next try must wait. A tiny RON file,
//! owner-only in an owner-only folder, written atomically; it holds no patient data.

use std::io;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::StoreError;
use super::disk::create_private_dir;
use super::file::{parse_error, read_limited, write_atomic};

/// The largest lockout file read: it holds two numbers.
const MAX_LOCKOUT_BYTES: u64 = 1024;

/// Wrong staff PINs in a row, and until when the next try must wait.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PinLockout {
    /// Wrong PINs since the last right one.
    pub wrong: u32,
    /// No PIN is tried before this moment, in Unix seconds.
    pub locked_until: Option<i64>,
}

/// The lockout in `path`; no file yet means no wrong PINs.
pub fn load_lockout(path: &Path) -> Result<PinLockout, StoreError> {
    let bytes = match read_limited(path, MAX_LOCKOUT_BYTES) {
        Ok(bytes) => bytes,
        Err(StoreError::Read { source, .. }) if source.kind() == io::ErrorKind::NotFound => {
            return Ok(PinLockout::default());
        }
        Err(e) => return Err(e),
    };
    let text = String::from_utf8(bytes).map_err(|_| StoreError::Parse {
        path: path.into(),
        problem: super::ParseProblem::NotText,
    })?;
    ron::from_str(&text).map_err(|e| parse_error(path, &e))
}

/// Writes `lockout` to `path` (atomic, 0600), creating its folder owner-only if needed.
pub fn save_lockout(path: &Path, lockout: &PinLockout) -> Result<(), StoreError> {
    if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
        create_private_dir(folder)?;
    }
    let text = ron::to_string(lockout).map_err(|e| StoreError::Serialize {
        message: e.to_string(),
    })?;
    write_atomic(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_means_no_wrong_pins() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("lockout.ron");
        assert_eq!(load_lockout(&path).expect("load"), PinLockout::default());
    }

    #[test]
    fn the_lockout_round_trips_owner_only_and_holds_two_numbers() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("kiosk/lockout.ron");
        let lockout = PinLockout {
            wrong: 7,
            locked_until: Some(1_795_000_000),
        };
        save_lockout(&path, &lockout).expect("save");
        assert_eq!(load_lockout(&path).expect("load"), lockout);
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(text.len() < 60, "{text}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(&dir.path().join("kiosk")), 0o700);
        }
    }

    #[test]
    fn a_damaged_file_is_an_error_not_a_fresh_start() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("lockout.ron");
        std::fs::write(&path, "(wrong: -1)").expect("write");
        assert!(load_lockout(&path).is_err());
        std::fs::write(&path, vec![b' '; 4096]).expect("write");
        assert!(matches!(
            load_lockout(&path),
            Err(StoreError::TooLarge { .. })
        ));
    }
}
