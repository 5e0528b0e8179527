//! The reception kiosk's configuration and its staff exit PIN. No egui and no disk here:
//! `main.rs` reads the file, this checks it, and `ui::kiosk` runs the kiosk.

use std::path::PathBuf;

use serde::Deserialize;

use crate::documents::DocumentKind;

/// The shortest idle time before the "more time?" question, in seconds.
pub const MIN_IDLE_SECONDS: u32 = 30;
/// The longest idle time, in seconds.
pub const MAX_IDLE_SECONDS: u32 = 3_600;
/// The shortest countdown on the "more time?" screen, in seconds.
pub const MIN_WARNING_SECONDS: u32 = 5;

/// A document the kiosk offers to print, as named in the configuration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum KioskDocument {
    /// The call checklist.
    Checklist,
    /// The letter for the patient's doctor.
    Letter,
    /// The plan summary.
    Summary,
}

impl KioskDocument {
    /// The document this names.
    pub fn kind(self) -> DocumentKind {
        match self {
            Self::Checklist => DocumentKind::Checklist,
            Self::Letter => DocumentKind::Letter,
            Self::Summary => DocumentKind::Summary,
        }
    }
}

/// The kiosk configuration file, as written.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    clinic_name: String,
    clinic_phone: String,
    clinic_address: String,
    printer: String,
    idle_timeout_seconds: u32,
    warning_seconds: u32,
    language: String,
    documents: Vec<KioskDocument>,
    staff_pin_hash: String,
    #[serde(default)]
    #[expect(
        clippy::struct_field_names,
        reason = "the name staff write in the configuration"
    )]
    lockout_file: Option<String>,
}

/// A checked kiosk configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskConfig {
    /// Shown on the welcome screen.
    pub clinic_name: String,
    /// Shown on the welcome screen and in "please ask at the desk".
    pub clinic_phone: String,
    /// Shown on the welcome screen.
    pub clinic_address: String,
    /// The CUPS printer every document goes to.
    pub printer: String,
    /// Seconds without a touch before "Do you need more time?".
    pub idle_timeout_seconds: u32,
    /// Seconds the "more time?" countdown runs before everything is wiped.
    pub warning_seconds: u32,
    /// The language the kiosk starts in ("en" or "es").
    pub language: String,
    /// The documents offered, in order.
    pub documents: Vec<DocumentKind>,
    /// The staff exit PIN as an Argon2 PHC string.
    pub staff_pin_hash: String,
    /// Where the wrong-PIN count and lockout are kept across restarts; `None` keeps them in
    /// memory only.
    pub lockout_file: Option<PathBuf>,
}

/// What is wrong with a configuration: one sentence naming the field.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("The kiosk configuration is not usable: {0}")]
pub struct ConfigError(pub String);

/// The largest configuration file read, in bytes: a few lines of settings need far less.
pub const MAX_CONFIG_BYTES: usize = 64 * 1024;

/// The longest text each text field may hold, in characters, so that the welcome screen keeps
/// its Start button in view.
const MAX_CHARS: [(&str, usize); 6] = [
    ("clinic_name", 60),
    ("clinic_phone", 30),
    ("clinic_address", 120),
    ("printer", 127),
    ("staff_pin_hash", 256),
    ("lockout_file", 1024),
];

impl KioskConfig {
    /// Parses and checks the configuration text; every field is required, except
    /// `lockout_file`. Every error names the field and its line.
    pub fn parse(text: &str) -> Result<Self, ConfigError> {
        if text.len() > MAX_CONFIG_BYTES {
            return Err(ConfigError(format!(
                "the file is larger than {} KiB, so it is not a kiosk configuration; check the file name.",
                MAX_CONFIG_BYTES / 1024
            )));
        }
        let fields = field_lines(text);
        let file: File = ron::from_str(text).map_err(|e| syntax_error(text, &fields, &e))?;
        let bad = |field: &str, what: &str| {
            let line = fields
                .iter()
                .find(|f| f.name == field)
                .map(|f| format!(" (line {})", f.line))
                .unwrap_or_default();
            Err(ConfigError(format!("the field `{field}` {what}{line}.")))
        };
        if let Some((field, what)) = text_problem(&file) {
            return bad(field, &what);
        }
        if !(MIN_IDLE_SECONDS..=MAX_IDLE_SECONDS).contains(&file.idle_timeout_seconds) {
            return bad(
                "idle_timeout_seconds",
                &format!("must be from {MIN_IDLE_SECONDS} to {MAX_IDLE_SECONDS} seconds"),
            );
        }
        if file.warning_seconds < MIN_WARNING_SECONDS
            || file.warning_seconds > file.idle_timeout_seconds
        {
            return bad(
                "warning_seconds",
                &format!("must be from {MIN_WARNING_SECONDS} seconds up to the idle timeout"),
            );
        }
        if !["en", "es"].contains(&file.language.as_str()) {
            return bad("language", "must be \"en\" or \"es\"");
        }
        if file.documents.is_empty() {
            return bad(
                "documents",
                "must list at least one of Checklist, Letter, Summary",
            );
        }
        if argon2::password_hash::phc::PasswordHash::new(&file.staff_pin_hash).is_err() {
            return bad(
                "staff_pin_hash",
                "is not a PIN hash; make one with `massage-coverage kiosk hash-pin`",
            );
        }
        let lockout_file = match file.lockout_file.as_deref().map(str::trim) {
            None => None,
            Some(path) if path.starts_with('/') && path.len() > 1 && !path.ends_with('/') => {
                Some(PathBuf::from(path))
            }
            Some(_) => {
                return bad(
                    "lockout_file",
                    "must be the full path of a file, starting with /",
                );
            }
        };
        let mut documents: Vec<DocumentKind> = Vec::new();
        for d in file.documents {
            if !documents.contains(&d.kind()) {
                documents.push(d.kind());
            }
        }
        Ok(Self {
            clinic_name: file.clinic_name.trim().to_owned(),
            clinic_phone: file.clinic_phone.trim().to_owned(),
            clinic_address: file.clinic_address.trim().to_owned(),
            printer: file.printer.trim().to_owned(),
            idle_timeout_seconds: file.idle_timeout_seconds,
            warning_seconds: file.warning_seconds,
            language: file.language,
            documents,
            staff_pin_hash: file.staff_pin_hash,
            lockout_file,
        })
    }
}

/// What is wrong with a text field, if anything: too long, more than one line, or empty.
fn text_problem(file: &File) -> Option<(&'static str, String)> {
    for (field, value) in [
        ("clinic_name", Some(&file.clinic_name)),
        ("clinic_phone", Some(&file.clinic_phone)),
        ("clinic_address", Some(&file.clinic_address)),
        ("printer", Some(&file.printer)),
        ("staff_pin_hash", Some(&file.staff_pin_hash)),
        ("lockout_file", file.lockout_file.as_ref()),
    ] {
        let Some(value) = value else { continue };
        let limit = MAX_CHARS
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(usize::MAX, |(_, n)| *n);
        if value.chars().count() > limit {
            return Some((field, format!("is longer than {limit} characters")));
        }
        if value.chars().any(char::is_control) {
            return Some((
                field,
                "must be on one line, with no tabs or control characters".to_owned(),
            ));
        }
    }
    for (field, value) in [
        ("clinic_name", &file.clinic_name),
        ("clinic_phone", &file.clinic_phone),
        ("printer", &file.printer),
    ] {
        if value.trim().is_empty() {
            return Some((field, "is empty".to_owned()));
        }
    }
    None
}

/// A field as written in the configuration: its name and the line it starts on.
struct FieldAt {
    name: String,
    line: usize,
    offset: usize,
}

/// The top-level `name:` entries of a RON struct, skipping strings and comments.
fn field_lines(text: &str) -> Vec<FieldAt> {
    let bytes = text.as_bytes();
    let mut fields = Vec::new();
    let (mut i, mut line, mut depth) = (0, 1, 0_i32);
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'\n' => line += 1,
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    match bytes[i] {
                        b'\\' => i += 1,
                        b'\n' => line += 1,
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i + 1 < bytes.len() && bytes[i + 1] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    if bytes[i] == b'\n' {
                        line += 1;
                    }
                    i += 1;
                }
                i += 1;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth -= 1,
            c if depth == 1 && (c.is_ascii_alphabetic() || c == b'_') => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                let name = &text[start..i];
                let mut j = i;
                while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t') {
                    j += 1;
                }
                if bytes.get(j) == Some(&b':') {
                    fields.push(FieldAt {
                        name: name.to_owned(),
                        line,
                        offset: start,
                    });
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    fields
}

/// The byte offset of a 1-based line and column (in characters) in `text`.
fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = &text[line_start.min(text.len())..];
    line_start
        + rest
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

/// A RON error in plain words, naming the field it is in and the line.
fn syntax_error(text: &str, fields: &[FieldAt], e: &ron::error::SpannedError) -> ConfigError {
    use ron::Error as E;
    let line = e.span.start.line;
    let at = offset_of(text, line, e.span.start.col);
    let here = fields
        .iter()
        .rev()
        .find(|f| f.offset <= at)
        .map(|f| f.name.clone());
    let (field, what) = match &e.code {
        E::MissingStructField { field, .. } => (Some((*field).to_owned()), "is missing".to_owned()),
        E::DuplicateStructField { field, .. } => {
            (Some((*field).to_owned()), "is given twice".to_owned())
        }
        E::NoSuchStructField { found, .. } => (
            Some(found.clone()),
            "is not a kiosk setting; check its spelling, or remove it".to_owned(),
        ),
        E::NoSuchEnumVariant { found, .. } => (
            here,
            format!("names \"{found}\", which is not one of Checklist, Letter, Summary"),
        ),
        E::ExpectedInteger | E::InvalidIntegerDigit { .. } | E::UnderscoreAtBeginning => {
            (here, "must be a whole number, like 120".to_owned())
        }
        E::IntegerOutOfBounds => (here, "is a number far too large or below zero".to_owned()),
        E::ExpectedString | E::ExpectedStringEnd => (
            here,
            "must be text in double quotes, like \"PDF\"".to_owned(),
        ),
        E::ExpectedArray | E::ExpectedArrayEnd => (
            here,
            "must be a list in square brackets, like [Checklist, Letter]".to_owned(),
        ),
        E::ExpectedOption | E::ExpectedOptionEnd => (
            here,
            "must be written as Some(\"/full/path\"), or left out".to_owned(),
        ),
        E::Eof => (
            None,
            "ends too early; check that every (, [ and \" is closed".to_owned(),
        ),
        E::ExpectedComma => (
            here,
            "must end with a comma before the next field".to_owned(),
        ),
        other => (
            here,
            format!(
                "is not written the way the example shows ({})",
                other.to_string().trim_end_matches('.')
            ),
        ),
    };
    ConfigError(match field {
        Some(field) => format!("the field `{field}` {what} (line {line})."),
        None if matches!(e.code, E::Eof) => format!("the file {what} (line {line})."),
        None => format!("line {line} {what}: write the settings the way the example shows."),
    })
}

/// The smallest PIN length accepted by `hash_pin`.
pub const MIN_PIN_DIGITS: usize = 4;

/// Argon2id, light enough to check a PIN on a reception PC in well under a second.
fn hasher() -> argon2::Argon2<'static> {
    let params = argon2::Params::new(8 * 1024, 2, 1, None)
        .expect("these parameters are within Argon2's limits");
    argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
}

/// A salted hash of a staff PIN (digits only, at least four) for the configuration file.
pub fn hash_pin(pin: &str) -> Result<String, ConfigError> {
    use argon2::password_hash::PasswordHasher as _;
    let pin = pin.trim();
    if pin.len() < MIN_PIN_DIGITS || !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(ConfigError(format!(
            "the PIN must be at least {MIN_PIN_DIGITS} digits, and digits only."
        )));
    }
    hasher()
        .hash_password(pin.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| ConfigError(format!("the PIN could not be hashed ({e}).")))
}

/// Whether `pin` matches the stored hash.
pub fn pin_matches(pin: &str, hash: &str) -> bool {
    use argon2::password_hash::PasswordVerifier as _;
    let Ok(parsed) = argon2::password_hash::phc::PasswordHash::new(hash) else {
        return false;
    };
    hasher()
        .verify_password(pin.trim().as_bytes(), &parsed)
        .is_ok()
}

/// Wrong PINs in a row before the kiosk makes staff wait.
pub const FREE_TRIES: u32 = 3;

/// The longest wait between two PIN tries, in seconds: an hour.
pub const MAX_LOCKOUT_SECONDS: u32 = 3_600;

/// How long to wait after `wrong` wrong PINs in a row: nothing for the first few, then 30 s,
/// doubling each time, at most an hour. Trying all 10,000 four-digit PINs takes over a year.
pub fn pin_lockout_seconds(wrong: u32) -> u32 {
    if wrong < FREE_TRIES {
        0
    } else {
        let doublings = (wrong - FREE_TRIES).min(7);
        (30_u32 << doublings).min(MAX_LOCKOUT_SECONDS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(pin_hash: &str) -> String {
        format!(
            r#"(
    clinic_name: "Riverside Clinic",
    clinic_phone: "(555) 010-0199",
    clinic_address: "100 Main Street",
    printer: "PDF",
    idle_timeout_seconds: 120,
    warning_seconds: 30,
    language: "en",
    documents: [Checklist, Letter],
    staff_pin_hash: "{pin_hash}",
)"#
        )
    }

    fn hash() -> String {
        hash_pin("2468").expect("hash")
    }

    #[test]
    fn a_complete_configuration_is_accepted() {
        let c = KioskConfig::parse(&example(&hash())).expect("valid");
        assert_eq!(c.clinic_name, "Riverside Clinic");
        assert_eq!(
            c.documents,
            vec![DocumentKind::Checklist, DocumentKind::Letter]
        );
    }

    fn error_for(text: &str) -> String {
        KioskConfig::parse(text)
            .expect_err("must be refused")
            .to_string()
    }

    /// The error for `text`, which must name `field` and `line` in plain words.
    fn names(text: &str, field: &str, line: usize) -> String {
        let e = error_for(text);
        assert!(e.contains(&format!("`{field}`")), "{e}");
        assert!(e.contains(&format!("(line {line})")), "{e}");
        for jargon in ["Expected", "Integer", "`File`", "struct", "named"] {
            assert!(!e.contains(jargon), "{e}");
        }
        e
    }

    #[test]
    fn every_syntax_error_names_the_field_and_the_line_in_plain_words() {
        let base = example(&hash());
        let e = names(
            &base.replace("idle_timeout_seconds: 120", "idle_timeout_seconds: \"120\""),
            "idle_timeout_seconds",
            6,
        );
        assert!(e.contains("whole number"), "{e}");
        let e = names(
            &base.replace("warning_seconds: 30", "warning_seconds: 99999999999"),
            "warning_seconds",
            7,
        );
        assert!(e.contains("too large"), "{e}");
        names(
            &base.replace("warning_seconds: 30", "warning_seconds: -4"),
            "warning_seconds",
            7,
        );
        let e = names(&base.replace("    printer: \"PDF\",\n", ""), "printer", 10);
        assert!(e.contains("is missing"), "{e}");
        let e = names(
            &base.replace(
                "clinic_phone: \"(555) 010-0199\"",
                "clinic_phone: 5550100199",
            ),
            "clinic_phone",
            3,
        );
        assert!(e.contains("double quotes"), "{e}");
        let e = names(
            &base.replace("[Checklist, Letter]", "Checklist"),
            "documents",
            9,
        );
        assert!(e.contains("square brackets"), "{e}");
        let e = names(
            &base.replace("[Checklist, Letter]", "[Checklist, Poster]"),
            "documents",
            9,
        );
        assert!(e.contains("Poster"), "{e}");
        let e = names(
            &base.replace("    language:", "    printer: \"Other\",\n    language:"),
            "printer",
            8,
        );
        assert!(e.contains("twice"), "{e}");
        names(
            &base.replace("printer:", "colour: \"red\",\n    printer:"),
            "colour",
            5,
        );
        let e = names(
            &base.replace(
                "    language:",
                "    lockout_file: \"/var/lib/k.ron\",\n    language:",
            ),
            "lockout_file",
            8,
        );
        assert!(e.contains("Some("), "{e}");
        names(&base[..base.len() - 3], "staff_pin_hash", 10);
        let e = error_for(&base[..base.len() - 1]);
        assert!(e.contains("ends too early") && e.contains("(line "), "{e}");
    }

    #[test]
    fn every_checked_value_names_its_line_too() {
        let base = example(&hash());
        names(&base.replace("Riverside Clinic", " "), "clinic_name", 2);
        names(&base.replace("\"en\"", "\"fr\""), "language", 8);
        names(&example("2468"), "staff_pin_hash", 10);
    }

    #[test]
    fn long_or_multi_line_texts_and_huge_files_are_refused() {
        let base = example(&hash());
        let long = "A".repeat(3_000);
        let e = names(&base.replace("Riverside Clinic", &long), "clinic_name", 2);
        assert!(e.contains("longer than 60 characters"), "{e}");
        assert!(!e.contains("AAAA"), "the error does not repeat the text");
        KioskConfig::parse(&base.replace("Riverside Clinic", &"A".repeat(60))).expect("60 is fine");
        names(
            &base.replace("100 Main Street", &"B".repeat(121)),
            "clinic_address",
            4,
        );
        names(
            &base.replace("\"PDF\"", &format!("\"{}\"", "P".repeat(128))),
            "printer",
            5,
        );
        let e = names(
            &base.replace("Riverside Clinic", "Riverside\\nClinic"),
            "clinic_name",
            2,
        );
        assert!(e.contains("one line"), "{e}");
        let huge = base.replace("Riverside Clinic", &"A".repeat(MAX_CONFIG_BYTES));
        assert!(error_for(&huge).contains("larger than 64 KiB"));
    }

    #[test]
    fn a_missing_field_is_named() {
        let text = example(&hash()).replace("    printer: \"PDF\",\n", "");
        assert!(error_for(&text).contains("printer"), "{}", error_for(&text));
    }

    #[test]
    fn an_unknown_field_is_named() {
        let text = example(&hash()).replace("printer:", "colour: \"red\",\n    printer:");
        assert!(error_for(&text).contains("colour"));
    }

    #[test]
    fn an_empty_clinic_name_is_named() {
        let text = example(&hash()).replace("Riverside Clinic", " ");
        assert!(error_for(&text).contains("clinic_name"));
    }

    #[test]
    fn an_idle_timeout_out_of_range_is_named() {
        let text = example(&hash()).replace("idle_timeout_seconds: 120", "idle_timeout_seconds: 5");
        assert!(error_for(&text).contains("idle_timeout_seconds"));
    }

    #[test]
    fn a_warning_longer_than_the_timeout_is_named() {
        let text = example(&hash()).replace("warning_seconds: 30", "warning_seconds: 500");
        assert!(error_for(&text).contains("warning_seconds"));
    }

    #[test]
    fn an_unknown_language_is_named() {
        let text = example(&hash()).replace("\"en\"", "\"fr\"");
        assert!(error_for(&text).contains("language"));
    }

    #[test]
    fn no_documents_is_refused() {
        let text = example(&hash()).replace("[Checklist, Letter]", "[]");
        assert!(error_for(&text).contains("documents"));
    }

    #[test]
    fn an_unknown_document_is_reported() {
        let text = example(&hash()).replace("[Checklist, Letter]", "[Checklist, Poster]");
        assert!(error_for(&text).contains("Poster"), "{}", error_for(&text));
    }

    #[test]
    fn a_lockout_file_is_optional_and_must_be_a_full_path() {
        assert_eq!(
            KioskConfig::parse(&example(&hash()))
                .expect("valid")
                .lockout_file,
            None
        );
        let with = |path: &str| {
            example(&hash()).replace(
                "    language:",
                &format!("    lockout_file: Some(\"{path}\"),\n    language:"),
            )
        };
        let c = KioskConfig::parse(&with("/var/lib/kiosk/lockout.ron")).expect("valid");
        assert_eq!(
            c.lockout_file.as_deref(),
            Some(std::path::Path::new("/var/lib/kiosk/lockout.ron"))
        );
        for bad in ["lockout.ron", "", "/var/lib/kiosk/"] {
            assert!(error_for(&with(bad)).contains("lockout_file"), "{bad:?}");
        }
    }

    #[test]
    fn a_plain_pin_instead_of_a_hash_is_refused() {
        assert!(error_for(&example("2468")).contains("staff_pin_hash"));
    }

    #[test]
    fn the_pin_hash_is_salted_and_checks_the_right_pin_only() {
        let a = hash();
        let b = hash();
        assert_ne!(a, b, "two hashes of one PIN differ by their salt");
        assert!(!a.contains("2468"));
        assert!(pin_matches("2468", &a));
        assert!(pin_matches("2468", &b));
        assert!(!pin_matches("2469", &a));
        assert!(!pin_matches("", &a));
    }

    #[test]
    fn short_or_non_digit_pins_are_refused() {
        assert!(hash_pin("123").is_err());
        assert!(hash_pin("12a4").is_err());
    }

    #[test]
    fn wrong_pins_lock_out_longer_and_longer() {
        assert_eq!(pin_lockout_seconds(2), 0);
        assert_eq!(pin_lockout_seconds(3), 30);
        assert_eq!(pin_lockout_seconds(4), 60);
        assert_eq!(pin_lockout_seconds(9), 1_920);
        assert_eq!(pin_lockout_seconds(10), 3_600);
        assert_eq!(pin_lockout_seconds(u32::MAX), 3_600);
        for wrong in 0..100 {
            assert!(pin_lockout_seconds(wrong + 1) >= pin_lockout_seconds(wrong));
        }
    }

    #[test]
    fn trying_every_four_digit_pin_takes_far_more_than_a_day() {
        const DAY: u64 = 24 * 3_600;
        let waits =
            |tries: u32| -> u64 { (1..tries).map(|n| u64::from(pin_lockout_seconds(n))).sum() };
        // All 10,000 PINs: more than a year of waiting.
        assert!(waits(10_000) > 365 * DAY, "{} days", waits(10_000) / DAY);
        // Even half of them, where a guesser is right on average: over 200 days.
        assert!(waits(5_000) > 200 * DAY);
        // In the first day, fewer than 40 tries.
        let tries_in_a_day = (1..10_000).take_while(|&n| waits(n) <= DAY).count();
        assert!(tries_in_a_day < 40, "{tries_in_a_day} tries in a day");
    }
}
