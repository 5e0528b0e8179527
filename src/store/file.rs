//! One case file: the RON envelope, atomic writes, and import and export at a path the user chose.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{ParseProblem, StoreError};
use crate::case::{Case, CaseId, SCHEMA};

/// The largest file `import_case` accepts, in bytes; a case file is a few kilobytes.
pub const MAX_IMPORT_BYTES: u64 = 5_000_000;

/// The largest file read from the cases folder, in bytes; larger ones are reported and left alone.
pub(super) const MAX_CASE_FILE_BYTES: u64 = 64_000_000;

/// The envelope as written.
#[derive(Serialize)]
struct EnvelopeOut<'a> {
    schema: u32,
    case: &'a Case,
}

/// The envelope as read, once the schema is known to be ours.
#[derive(Deserialize)]
struct EnvelopeIn {
    #[expect(dead_code, reason = "checked by the probe before this is parsed")]
    schema: u32,
    case: Case,
}

/// Reads only the schema; every other field is skipped, so it works on files from any version.
#[derive(Deserialize)]
struct Probe {
    /// Zero when the file names no schema.
    #[serde(default)]
    schema: u32,
}

/// Serialises a case as the pretty RON envelope `(schema: 2, case: (...))`, readable by staff.
pub fn to_ron(case: &Case) -> Result<String, StoreError> {
    let envelope = EnvelopeOut {
        schema: SCHEMA,
        case,
    };
    let mut text =
        ron::ser::to_string_pretty(&envelope, ron::ser::PrettyConfig::new()).map_err(|e| {
            StoreError::Serialize {
                message: e.to_string(),
            }
        })?;
    text.push('\n');
    Ok(text)
}

/// Parses an envelope, checking the schema first so a newer file is refused even when the rest
/// would not parse; `path` only names the file in errors.
pub fn from_ron(text: &str, path: &Path) -> Result<Case, StoreError> {
    // Editors on Windows may add a byte order mark; it is not part of the content.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let schema = match ron::from_str::<Probe>(text) {
        Ok(probe) => probe.schema,
        Err(error) => {
            // A newer version may write syntax this one cannot even skip over.
            if let Some(found) = sniff_schema(text).filter(|found| *found > SCHEMA) {
                return Err(StoreError::Newer {
                    path: path.into(),
                    found,
                });
            }
            return Err(parse_error(path, &error));
        }
    };
    match schema {
        0 => Err(StoreError::Parse {
            path: path.into(),
            problem: ParseProblem::NoFormatNumber,
        }),
        found if found > SCHEMA => Err(StoreError::Newer {
            path: path.into(),
            found,
        }),
        // Migrations from older schemas go here, one arm each, when SCHEMA is bumped.
        1 => ron::from_str::<EnvelopeIn>(text)
            .map(|envelope| from_schema_1(envelope.case))
            .map_err(|error| parse_error(path, &error)),
        _ => ron::from_str::<EnvelopeIn>(text)
            .map(|envelope| envelope.case)
            .map_err(|error| parse_error(path, &error)),
    }
}

/// A schema 1 case under schema 2. Schema 2 only added questions (the account owner, the HSA
/// plan kind, the FSA kind, the injury claim, the self-funded plan, the Medicare card); no
/// schema 1 field changed its meaning, so they read as not answered and nothing is guessed:
/// in particular a helper's accounts are not assumed to be the patient's.
fn from_schema_1(case: Case) -> Case {
    case
}

/// Like [`from_ron`], from raw bytes that may not be text at all.
pub(super) fn from_bytes(bytes: &[u8], path: &Path) -> Result<Case, StoreError> {
    let text = std::str::from_utf8(bytes).map_err(|_| StoreError::Parse {
        path: path.into(),
        problem: ParseProblem::NotText,
    })?;
    from_ron(text, path)
}

/// The schema of a file that is not known to parse, by looking at its start only:
/// `(schema: N` after blanks, comments, `#![...]` attributes and an optional struct name.
pub(super) fn sniff_schema(text: &str) -> Option<u32> {
    let mut rest = text.strip_prefix('\u{feff}').unwrap_or(text);
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, next)| next);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, next)| next);
        } else if let Some(after) = rest.strip_prefix("#![") {
            rest = after.split_once(']').map_or("", |(_, next)| next);
        } else {
            break;
        }
    }
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
    let rest = rest.trim_start().strip_prefix('(')?.trim_start();
    let rest = rest.strip_prefix("schema")?.trim_start();
    let rest = rest.strip_prefix(':')?.trim_start();
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let digits = rest.get(..end).filter(|d| !d.is_empty())?;
    // Too many digits for a u32 is still a number, and a very new one.
    Some(digits.parse().unwrap_or(u32::MAX))
}

/// The schema a file names, whether or not its case parses; `None` if it names none we can find.
pub(super) fn schema_of(text: &str) -> Option<u32> {
    sniff_schema(text).or_else(|| ron::from_str::<Probe>(text).ok().map(|probe| probe.schema))
}

/// A parse error that says where, never what: the file's content may be patient data.
pub(super) fn parse_error(path: &Path, error: &ron::error::SpannedError) -> StoreError {
    let problem = if matches!(error.code, ron::Error::Eof) {
        ParseProblem::EndsEarly
    } else {
        ParseProblem::At {
            line: error.span.start.line,
            column: error.span.start.col,
        }
    };
    StoreError::Parse {
        path: path.into(),
        problem,
    }
}

/// Reads a whole file, refusing one larger than `limit` bytes without reading all of it.
pub(super) fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, StoreError> {
    let read_error = |source| StoreError::Read {
        path: path.into(),
        source,
    };
    let file = File::open(path).map_err(read_error)?;
    if file.metadata().map_err(read_error)?.len() > limit {
        return Err(StoreError::TooLarge {
            path: path.into(),
            limit,
        });
    }
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > limit {
        return Err(StoreError::TooLarge {
            path: path.into(),
            limit,
        });
    }
    Ok(bytes)
}

/// Whether something (a file, a folder) is already at `path`; a path that cannot be looked at
/// counts as taken, so nothing is replaced without asking.
pub fn is_taken(path: &Path) -> bool {
    !matches!(std::fs::symlink_metadata(path), Err(e) if e.kind() == std::io::ErrorKind::NotFound)
}

/// Writes bytes atomically: a temp file in the same folder (0600 on Unix), `write_all`,
/// `sync_all`, rename over the target, then a best-effort sync of the folder; a crash at any
/// point leaves the old file or the new one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let write_error = |source| StoreError::Write {
        path: path.into(),
        source,
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    // `.tmp` is what `DiskStore` skips and cleans up; `.part` keeps it from ending in `.ron`.
    builder.prefix(".tmp").suffix(".part");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(std::fs::Permissions::from_mode(0o600));
    }
    let mut temp = builder.tempfile_in(folder).map_err(write_error)?;
    temp.write_all(bytes).map_err(write_error)?;
    temp.as_file().sync_all().map_err(write_error)?;
    temp.persist(path).map_err(|e| write_error(e.error))?;
    sync_folder(folder);
    Ok(())
}

/// Makes a rename or removal in `folder` durable; best effort, since not every system allows it.
pub(super) fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    {
        let _ = File::open(folder).and_then(|dir| dir.sync_all());
    }
    #[cfg(not(unix))]
    {
        let _ = folder;
    }
}

/// Writes one case as an envelope to any path the user chose (atomic, 0600 on Unix).
pub fn export_case(case: &Case, path: &Path) -> Result<(), StoreError> {
    write_atomic(path, to_ron(case)?.as_bytes())
}

/// Reads a case file from any path without ever changing it; newer and damaged files are refused,
/// and files over [`MAX_IMPORT_BYTES`] are refused before parsing.
///
/// The case keeps the id its file gives if that id is a safe file name, else it gets an empty id;
/// callers give it a fresh id before saving when it must not replace a case already saved.
pub fn import_case(path: &Path) -> Result<Case, StoreError> {
    let metadata = std::fs::metadata(path).map_err(|source| StoreError::Read {
        path: path.into(),
        source,
    })?;
    if metadata.is_dir() {
        return Err(StoreError::Read {
            path: path.into(),
            source: io::ErrorKind::IsADirectory.into(),
        });
    }
    if metadata.len() > MAX_IMPORT_BYTES {
        return Err(StoreError::TooLarge {
            path: path.into(),
            limit: MAX_IMPORT_BYTES,
        });
    }
    let bytes = read_limited(path, MAX_IMPORT_BYTES)?;
    let mut case = from_bytes(&bytes, path)?;
    if CaseId::parse(case.id.as_str()).is_none() {
        case.id = CaseId::default();
    }
    Ok(case)
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;
    use crate::case::{Coverage, Step};

    fn sample() -> Case {
        let mut case = Case::new(
            CaseId::parse("c20260301-101500-00aa").expect("a valid id"),
            datetime!(2026-03-01 10:15:00 UTC),
        );
        case.title = "My back".into();
        case.updated = datetime!(2026-03-02 08:00:00.123 -05:00);
        case.step = Step::CallInsurer;
        case.about.patient_name = "José Núñez \"Pepe\"\nline two".into();
        case.about.date_of_birth = Some(date!(1961 - 03 - 14));
        case.about.coverage.insert(Coverage::MedicareAdvantage);
        case.insurer.copay = Some(2_500);
        case
    }

    fn path() -> &'static Path {
        Path::new("/cases/c1.ron")
    }

    #[test]
    fn a_case_survives_a_trip_through_text() {
        let case = sample();
        let text = to_ron(&case).expect("serialises");
        assert!(text.contains("schema: 2"), "{text}");
        let back = from_ron(&text, path()).expect("parses");
        assert!(back == case, "round trip changed the case");
        assert_eq!(back.updated.offset(), case.updated.offset());
    }

    #[test]
    fn the_text_starts_with_the_schema_and_is_readable() {
        let text = to_ron(&sample()).expect("serialises");
        assert!(text.starts_with("(\n    schema: 2,\n    case: ("), "{text}");
        assert!(text.contains("José"), "non-ASCII letters stay readable");
        assert_eq!(sniff_schema(&text), Some(2));
    }

    #[test]
    fn a_newer_schema_is_refused_even_when_its_case_would_not_parse() {
        for text in [
            "(schema: 99, case: (whatever: ()))",
            "(schema: 3, case: (title: 5))",
            "// comment\n#![enable(implicit_some)]\nEnvelope(\n  schema: 7, case: <new syntax>",
            "(schema: 99999999999999999999, case: ())",
        ] {
            match from_ron(text, path()) {
                Err(StoreError::Newer { found, .. }) => assert!(found > SCHEMA, "{text}"),
                other => panic!("expected Newer for {text:?}, got {other:?}"),
            }
        }
    }

    #[test]
    fn a_missing_or_zero_schema_is_a_parse_error() {
        for text in [
            "(case: ())",
            "(schema: 0, case: ())",
            "()",
            "(schema: -1, case: ())",
        ] {
            assert!(
                matches!(from_ron(text, path()), Err(StoreError::Parse { .. })),
                "{text}"
            );
        }
    }

    #[test]
    fn unknown_fields_are_skipped_and_missing_fields_get_defaults() {
        let text = r#"(schema: 1, future: [1, 2], case: (title: "T", added_later: (a: "b"), insurer: (name: "X", new_one: 3)))"#;
        let case = from_ron(text, path()).expect("lenient");
        assert_eq!(case.title, "T");
        assert_eq!(case.insurer.name, "X");
        assert_eq!(case.step, Step::AboutYou);
    }

    #[test]
    fn parse_errors_say_where_but_never_what() {
        let text = r#"(schema: 1, case: (title: "Secret Name", step: "Secret Diagnosis"))"#;
        let error = from_ron(text, path()).expect_err("step is not a string");
        let message = error.to_string();
        assert!(!message.contains("Secret"), "{message}");
        assert!(message.contains("line 1"), "{message}");
        assert!(message.ends_with("/cases/c1.ron"), "{message}");
    }

    #[test]
    fn garbage_never_panics() {
        let mut inputs: Vec<Vec<u8>> = vec![
            Vec::new(),
            b"(schema: 1, case: (title: 5))".to_vec(),
            vec![0xff, 0xfe, 0x00, 0x80],
            "(".repeat(100_000).into_bytes(),
            "[".repeat(100_000).into_bytes(),
            format!("(schema: 1, case: {})", "(a: ".repeat(50_000)).into_bytes(),
            b"(schema: 1, case: (title: \"unterminated".to_vec(),
        ];
        let mut rng = fastrand::Rng::with_seed(7);
        for len in [1, 10, 1000, 100_000] {
            inputs.push(std::iter::repeat_with(|| rng.u8(..)).take(len).collect());
        }
        let good = to_ron(&sample()).expect("serialises");
        for cut in [1, 10, 100, good.len() / 2, good.len() - 3] {
            inputs.push(good.as_bytes()[..cut].to_vec());
        }
        for input in inputs {
            assert!(from_bytes(&input, path()).is_err());
        }
    }

    #[test]
    fn write_atomic_replaces_the_file_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("x.ron");
        write_atomic(&target, b"old").expect("first write");
        write_atomic(&target, b"new").expect("second write");
        assert_eq!(std::fs::read(&target).expect("read back"), b"new");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("x.ron")]);
    }

    #[test]
    fn write_atomic_into_a_missing_folder_names_the_target() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("missing").join("x.ron");
        let error = write_atomic(&target, b"x").expect_err("no folder");
        assert!(matches!(error, StoreError::Write { .. }));
        assert!(error.to_string().ends_with(&target.display().to_string()));
    }

    #[cfg(unix)]
    #[test]
    fn exported_files_are_owner_only() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("export.ron");
        export_case(&sample(), &target).expect("export");
        let mode = std::fs::metadata(&target)
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn import_reads_an_exported_case() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("export.ron");
        export_case(&sample(), &target).expect("export");
        let case = import_case(&target).expect("import");
        assert!(case == sample());
    }

    #[test]
    fn import_refuses_newer_and_garbage_files_and_leaves_them_unchanged() {
        let dir = tempfile::tempdir().expect("temp dir");
        let cases: [(&str, &[u8]); 4] = [
            ("newer.ron", b"(schema: 99, case: (whatever: ()))"),
            ("garbage.ron", b"\x00\xffnot a case"),
            ("wrong.ron", b"(schema: 1, case: (title: 5))"),
            ("empty.ron", b""),
        ];
        for (name, bytes) in cases {
            let target = dir.path().join(name);
            std::fs::write(&target, bytes).expect("write fixture");
            let error = import_case(&target).expect_err("refused");
            let message = error.to_string();
            if name == "newer.ron" {
                assert!(
                    matches!(error, StoreError::Newer { found: 99, .. }),
                    "{message}"
                );
                assert!(message.contains("newer version"), "{message}");
            } else {
                assert!(
                    matches!(error, StoreError::Parse { .. }),
                    "{name}: {message}"
                );
                assert!(message.contains("not a case file"), "{message}");
            }
            assert!(
                message.ends_with(&target.display().to_string()),
                "{message}"
            );
            assert_eq!(
                std::fs::read(&target).expect("still there"),
                bytes,
                "{name} changed"
            );
            let names: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
            assert_eq!(
                names.len(),
                cases.iter().position(|(n, _)| *n == name).expect("listed") + 1
            );
        }
    }

    #[test]
    fn import_refuses_huge_files_before_parsing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("huge.ron");
        let file = File::create(&target).expect("create");
        file.set_len(MAX_IMPORT_BYTES + 1).expect("grow");
        let error = import_case(&target).expect_err("too large");
        assert!(matches!(error, StoreError::TooLarge { .. }), "{error}");
        assert!(error.to_string().contains("too large"));
    }

    #[test]
    fn import_drops_an_id_that_is_not_a_safe_file_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("evil.ron");
        std::fs::write(
            &target,
            r#"(schema: 1, case: (id: "../../etc/passwd", title: "x"))"#,
        )
        .expect("write fixture");
        let case = import_case(&target).expect("import");
        assert_eq!(case.id, CaseId::default());
    }
}
