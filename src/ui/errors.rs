//! Problems in the screen's language: what was typed wrong, what went wrong with a case file,
//! the printer or a PDF. The layers below say what happened as data (their `Display` is the
//! English the command line prints); here each kind gets its sentence from the UI strings, so a
//! Spanish screen never shows an English error. A path, an id or a printer name comes last, as
//! it does in English; what the system said is only shown where nothing plainer is known.

use std::io;

use time::Month;

use crate::case::input::{InputError, group_thousands};
use crate::documents::DocumentError;
use crate::documents::print::PrintError;
use crate::store::{ParseProblem, SettingsTrouble, StoreError, Trouble};

use super::i18n::Tr;

/// The sentence for a field's problem, in the screen's language.
pub fn input(tr: &Tr, e: &InputError) -> String {
    match e {
        InputError::DateFormat => tr.t("input-date-format"),
        InputError::FourDigitYear => tr.t("input-four-digit-year"),
        InputError::NoSuchMonth { month } => tr.t_args(
            "input-no-such-month",
            &[("month", month.to_string().into())],
        ),
        InputError::YearTooEarly { year } => {
            tr.t_args("input-year-too-early", &[("year", year.to_string().into())])
        }
        InputError::DayZero => tr.t("input-day-zero"),
        InputError::DaysInMonth { month, year, last } => {
            let month = month_name(tr, *month);
            let last = last.to_string();
            match year {
                Some(year) => tr.t_args(
                    "input-days-in-month-of-year",
                    &[
                        ("month", month.into()),
                        ("year", year.to_string().into()),
                        ("last", last.into()),
                    ],
                ),
                None => tr.t_args(
                    "input-days-in-month",
                    &[("month", month.into()), ("last", last.into())],
                ),
            }
        }
        InputError::FutureDate => tr.t("input-future-date"),
        InputError::MoneyNumbersOnly => tr.t("input-money-numbers-only"),
        InputError::MoneyCents => tr.t("input-money-cents"),
        InputError::MoneyNegative => tr.t("input-money-negative"),
        InputError::MoneyTooLarge => tr.t("input-money-too-large"),
        InputError::PhoneLetters => tr.t("input-phone-letters"),
        InputError::PhoneSymbols => tr.t("input-phone-symbols"),
        InputError::PhoneExtension => tr.t("input-phone-extension"),
        InputError::PhoneNotUs => tr.t("input-phone-not-us"),
        InputError::PhoneNoDigits => tr.t("input-phone-no-digits"),
        InputError::PhoneDigitCount { count } => tr.t_args(
            "input-phone-digit-count",
            &[("count", count.to_string().into())],
        ),
        InputError::TooLong { count, max } => tr.t_args(
            "input-too-long",
            &[
                // Shown grouped ("10,000"); the plain number picks "character" or "characters".
                ("count", group_thousands(count).into()),
                ("n", (*count).into()),
                ("max", group_thousands(max).into()),
            ],
        ),
        InputError::WholeNumber => tr.t("input-whole-number"),
        InputError::OutOfRange { min, max } => tr.t_args(
            "input-out-of-range",
            &[
                ("min", group_thousands(min).into()),
                ("max", group_thousands(max).into()),
            ],
        ),
        InputError::Worded(sentence) => sentence.clone(),
    }
}

/// A month's full name, as it reads inside a sentence.
fn month_name(tr: &Tr, m: Month) -> String {
    tr.t(match m {
        Month::January => "month-name-january",
        Month::February => "month-name-february",
        Month::March => "month-name-march",
        Month::April => "month-name-april",
        Month::May => "month-name-may",
        Month::June => "month-name-june",
        Month::July => "month-name-july",
        Month::August => "month-name-august",
        Month::September => "month-name-september",
        Month::October => "month-name-october",
        Month::November => "month-name-november",
        Month::December => "month-name-december",
    })
}

/// The sentence for a problem with case files or settings, ending with the path or id.
pub fn store(tr: &Tr, e: &StoreError) -> String {
    let path = |p: &std::path::Path| p.display().to_string();
    match e {
        StoreError::Read { path: p, source } => tr.t_args(
            "store-read",
            &[
                ("reason", io_reason(tr, source).into()),
                ("path", path(p).into()),
            ],
        ),
        StoreError::Write { path: p, source } => tr.t_args(
            "store-write",
            &[
                ("reason", io_reason(tr, source).into()),
                ("path", path(p).into()),
            ],
        ),
        StoreError::Folder { path: p, source } => tr.t_args(
            "store-folder",
            &[
                ("reason", io_reason(tr, source).into()),
                ("path", path(p).into()),
            ],
        ),
        StoreError::Parse { path: p, problem } => tr.t_args(
            "store-parse",
            &[
                ("problem", parse_problem(tr, problem).into()),
                ("path", path(p).into()),
            ],
        ),
        StoreError::Newer { path: p, found } => tr.t_args(
            "store-newer",
            &[
                ("found", found.to_string().into()),
                ("known", crate::case::SCHEMA.to_string().into()),
                ("path", path(p).into()),
            ],
        ),
        StoreError::NotFound { id } => tr.t_args("store-not-found", &[("id", id.as_str().into())]),
        StoreError::TooLarge { path: p, limit } => tr.t_args(
            "store-too-large",
            &[
                ("megabytes", (limit / 1_000_000).to_string().into()),
                ("path", path(p).into()),
            ],
        ),
        StoreError::InvalidId => tr.t("store-invalid-id"),
        // The serialiser's words name formats, never values; there are no plainer ones.
        StoreError::Serialize { message } => {
            tr.t_args("store-serialize", &[("problem", message.as_str().into())])
        }
    }
}

/// The sentence for a file in the cases folder that could not be listed, ending with its path.
pub fn listing(tr: &Tr, t: &Trouble) -> String {
    let path = |p: &std::path::Path| p.display().to_string();
    match t {
        Trouble::Folder(e) | Trouble::Unreadable(e) => store(tr, e),
        Trouble::NotACaseName { path: p } => {
            tr.t_args("listing-not-a-case-name", &[("path", path(p).into())])
        }
        Trouble::FolderNamedLikeACase { path: p } => tr.t_args(
            "listing-folder-named-like-a-case",
            &[("path", path(p).into())],
        ),
        Trouble::Newer { path: p } => tr.t_args("listing-newer", &[("path", path(p).into())]),
        Trouble::MovedAside { moved } => {
            tr.t_args("listing-moved-aside", &[("path", path(moved).into())])
        }
        Trouble::NotMovedAside(e) => tr.t_args(
            "listing-not-moved-aside",
            &[("problem", store(tr, e).into())],
        ),
    }
}

/// The sentence for a settings file that was not used, ending with its path.
pub fn settings(tr: &Tr, t: &SettingsTrouble) -> String {
    match t {
        SettingsTrouble::Store(e) => store(tr, e),
        SettingsTrouble::SetAside { moved } => tr.t_args(
            "settings-set-aside",
            &[("path", moved.display().to_string().into())],
        ),
        SettingsTrouble::NotSetAside { path, source } => tr.t_args(
            "settings-not-set-aside",
            &[
                ("reason", io_reason(tr, source).into()),
                ("path", path.display().to_string().into()),
            ],
        ),
    }
}

/// Where a case file stopped making sense.
fn parse_problem(tr: &Tr, p: &ParseProblem) -> String {
    match p {
        ParseProblem::EndsEarly => tr.t("store-parse-ends-early"),
        ParseProblem::At { line, column } => tr.t_args(
            "store-parse-at",
            &[
                ("line", line.to_string().into()),
                ("column", column.to_string().into()),
            ],
        ),
        ParseProblem::NoFormatNumber => tr.t("store-parse-no-format"),
        ParseProblem::NotText => tr.t("store-parse-not-text"),
    }
}

/// Why the system refused, as the end of "because …"; the system's own words only when the
/// kind of error has no plainer name.
fn io_reason(tr: &Tr, e: &io::Error) -> String {
    use io::ErrorKind as K;
    let key = match e.kind() {
        K::NotFound => "store-io-not-found",
        K::PermissionDenied => "store-io-permission",
        K::StorageFull => "store-io-disk-full",
        K::QuotaExceeded => "store-io-quota",
        K::ReadOnlyFilesystem => "store-io-read-only",
        K::IsADirectory => "store-io-is-a-folder",
        K::NotADirectory => "store-io-not-a-folder",
        K::AlreadyExists => "store-io-already-exists",
        K::FileTooLarge => "store-io-too-large",
        _ => return tr.t_args("store-io-other", &[("error", e.to_string().into())]),
    };
    tr.t(key)
}

/// The sentence for a problem with printing.
pub fn print(tr: &Tr, e: &PrintError) -> String {
    match e {
        PrintError::NotInstalled => tr.t("print-not-installed"),
        PrintError::NotRunning => tr.t("print-not-running"),
        PrintError::NoPrinter => tr.t("print-no-printer"),
        PrintError::UnknownPrinter { name } => {
            tr.t_args("print-unknown-printer", &[("name", name.as_str().into())])
        }
        PrintError::Paused { name, job } => tr.t_args(
            "print-paused",
            &[
                ("name", name.as_str().into()),
                ("job", job.0.as_str().into()),
            ],
        ),
        // What CUPS or the system said; it names the printer or the pipe, never the document.
        PrintError::Refused { message } => {
            tr.t_args("print-refused", &[("problem", message.as_str().into())])
        }
        PrintError::Io { source } => {
            tr.t_args("print-io", &[("problem", source.to_string().into())])
        }
    }
}

/// The sentence for a PDF that could not be made.
pub fn pdf(tr: &Tr, e: &DocumentError) -> String {
    match e {
        DocumentError::Font { name } => tr.t_args("pdf-font", &[("name", (*name).into())]),
        DocumentError::Pdf { reason } => tr.t_args("pdf-failed", &[("reason", (*reason).into())]),
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use time::Month;

    use super::*;
    use crate::case::CaseId;
    use crate::guidance::Lang;

    /// One of each kind, so a kind added later must be added here before this compiles.
    fn every_input_error() -> Vec<InputError> {
        let all = vec![
            InputError::DateFormat,
            InputError::FourDigitYear,
            InputError::NoSuchMonth { month: 13 },
            InputError::YearTooEarly { year: 1850 },
            InputError::DayZero,
            InputError::DaysInMonth {
                month: Month::April,
                year: None,
                last: 30,
            },
            InputError::DaysInMonth {
                month: Month::February,
                year: Some(2026),
                last: 28,
            },
            InputError::FutureDate,
            InputError::MoneyNumbersOnly,
            InputError::MoneyCents,
            InputError::MoneyNegative,
            InputError::MoneyTooLarge,
            InputError::PhoneLetters,
            InputError::PhoneSymbols,
            InputError::PhoneExtension,
            InputError::PhoneNotUs,
            InputError::PhoneNoDigits,
            InputError::PhoneDigitCount { count: 7 },
            InputError::TooLong {
                count: 10_000,
                max: 2_000,
            },
            InputError::TooLong { count: 1, max: 0 },
            InputError::WholeNumber,
            InputError::OutOfRange {
                min: 1,
                max: 10_000,
            },
        ];
        for e in &all {
            // No arm may be left out: a new kind breaks the build here until it is listed above.
            match e {
                InputError::DateFormat
                | InputError::FourDigitYear
                | InputError::NoSuchMonth { .. }
                | InputError::YearTooEarly { .. }
                | InputError::DayZero
                | InputError::DaysInMonth { .. }
                | InputError::FutureDate
                | InputError::MoneyNumbersOnly
                | InputError::MoneyCents
                | InputError::MoneyNegative
                | InputError::MoneyTooLarge
                | InputError::PhoneLetters
                | InputError::PhoneSymbols
                | InputError::PhoneExtension
                | InputError::PhoneNotUs
                | InputError::PhoneNoDigits
                | InputError::PhoneDigitCount { .. }
                | InputError::TooLong { .. }
                | InputError::WholeNumber
                | InputError::OutOfRange { .. } => {}
                InputError::Worded(_) => unreachable!("worded by the UI, not listed"),
            }
        }
        all
    }

    fn path() -> PathBuf {
        PathBuf::from("/data/cases/c1.ron")
    }

    fn every_store_error() -> Vec<StoreError> {
        let mut all = Vec::new();
        for kind in [
            io::ErrorKind::NotFound,
            io::ErrorKind::PermissionDenied,
            io::ErrorKind::StorageFull,
            io::ErrorKind::QuotaExceeded,
            io::ErrorKind::ReadOnlyFilesystem,
            io::ErrorKind::IsADirectory,
            io::ErrorKind::NotADirectory,
            io::ErrorKind::AlreadyExists,
            io::ErrorKind::FileTooLarge,
            io::ErrorKind::Interrupted,
        ] {
            all.push(StoreError::Read {
                path: path(),
                source: kind.into(),
            });
            all.push(StoreError::Write {
                path: path(),
                source: kind.into(),
            });
            all.push(StoreError::Folder {
                path: path(),
                source: kind.into(),
            });
        }
        for problem in [
            ParseProblem::EndsEarly,
            ParseProblem::At { line: 3, column: 7 },
            ParseProblem::NoFormatNumber,
            ParseProblem::NotText,
        ] {
            all.push(StoreError::Parse {
                path: path(),
                problem,
            });
        }
        all.extend([
            StoreError::Newer {
                path: path(),
                found: 9,
            },
            StoreError::NotFound {
                id: CaseId::parse("c1").expect("a valid id"),
            },
            StoreError::TooLarge {
                path: path(),
                limit: 5_000_000,
            },
            StoreError::InvalidId,
            StoreError::Serialize {
                message: "a map key".into(),
            },
        ]);
        for e in &all {
            // A new variant breaks the build here until it is listed above.
            match e {
                StoreError::Read { .. }
                | StoreError::Write { .. }
                | StoreError::Folder { .. }
                | StoreError::Parse { .. }
                | StoreError::Newer { .. }
                | StoreError::NotFound { .. }
                | StoreError::TooLarge { .. }
                | StoreError::InvalidId
                | StoreError::Serialize { .. } => {}
            }
        }
        all
    }

    fn every_print_error() -> Vec<PrintError> {
        let all = vec![
            PrintError::NotInstalled,
            PrintError::NotRunning,
            PrintError::NoPrinter,
            PrintError::UnknownPrinter {
                name: "Front".into(),
            },
            PrintError::Paused {
                name: "Front".into(),
                job: crate::documents::print::JobId("Front-3".into()),
            },
            PrintError::Refused {
                message: "client-error-document-format-not-supported".into(),
            },
            PrintError::Io {
                source: io::Error::other("broken pipe"),
            },
        ];
        for e in &all {
            // A new variant breaks the build here until it is listed above.
            match e {
                PrintError::NotInstalled
                | PrintError::NotRunning
                | PrintError::NoPrinter
                | PrintError::UnknownPrinter { .. }
                | PrintError::Paused { .. }
                | PrintError::Refused { .. }
                | PrintError::Io { .. } => {}
            }
        }
        all
    }

    fn every_listing_trouble() -> Vec<Trouble> {
        let read = || {
            std::sync::Arc::new(StoreError::Read {
                path: path(),
                source: io::ErrorKind::PermissionDenied.into(),
            })
        };
        let all = vec![
            Trouble::Folder(read()),
            Trouble::NotACaseName { path: path() },
            Trouble::FolderNamedLikeACase { path: path() },
            Trouble::Unreadable(read()),
            Trouble::Newer { path: path() },
            Trouble::MovedAside {
                moved: PathBuf::from("/data/cases/c1.corrupt-20261129-100000.ron"),
            },
            Trouble::NotMovedAside(std::sync::Arc::new(StoreError::Write {
                path: path(),
                source: io::ErrorKind::PermissionDenied.into(),
            })),
        ];
        for t in &all {
            // A new variant breaks the build here until it is listed above.
            match t {
                Trouble::Folder(_)
                | Trouble::NotACaseName { .. }
                | Trouble::FolderNamedLikeACase { .. }
                | Trouble::Unreadable(_)
                | Trouble::Newer { .. }
                | Trouble::MovedAside { .. }
                | Trouble::NotMovedAside(_) => {}
            }
        }
        all
    }

    fn every_settings_trouble() -> Vec<SettingsTrouble> {
        let all = vec![
            SettingsTrouble::Store(StoreError::Newer {
                path: path(),
                found: 7,
            }),
            SettingsTrouble::SetAside { moved: path() },
            SettingsTrouble::NotSetAside {
                path: path(),
                source: io::ErrorKind::PermissionDenied.into(),
            },
        ];
        for t in &all {
            // A new variant breaks the build here until it is listed above.
            match t {
                SettingsTrouble::Store(_)
                | SettingsTrouble::SetAside { .. }
                | SettingsTrouble::NotSetAside { .. } => {}
            }
        }
        all
    }

    fn every_pdf_error() -> Vec<DocumentError> {
        vec![
            DocumentError::Font { name: "regular" },
            DocumentError::Pdf {
                reason: "a font is missing",
            },
        ]
    }

    /// Checks one message in both languages: there, different, and no key showing.
    fn check_both(what: &str, en: &str, es: &str) {
        for (lang, text) in [("en", en), ("es", es)] {
            assert!(!text.trim().is_empty(), "{what}: empty in {lang}");
            // A missing key comes back as the key itself: lower case words joined by dashes.
            let keys = [
                "input-",
                "store-",
                "print-",
                "pdf-",
                "month-name-",
                "listing-",
                "settings-",
            ];
            let leaked = text
                .split_whitespace()
                .any(|w| keys.iter().any(|k| w.starts_with(k)));
            assert!(!leaked, "{what}: a key shows in {lang}: {text}");
            assert!(
                !text.contains("{ $"),
                "{what}: a placeholder shows in {lang}: {text}"
            );
        }
        assert_ne!(en, es, "{what}: the same in both languages");
    }

    #[test]
    fn every_input_error_reads_in_english_and_in_spanish() {
        let (en, es) = (Tr::new(Lang::En), Tr::new(Lang::Es));
        for e in every_input_error() {
            let what = format!("{e:?}");
            check_both(&what, &input(&en, &e), &input(&es, &e));
            // The English screen says what the command line and the unit tests say.
            assert_eq!(input(&en, &e), e.to_string(), "{what}");
        }
    }

    #[test]
    fn every_store_error_reads_in_both_languages_and_ends_with_its_path() {
        let (en, es) = (Tr::new(Lang::En), Tr::new(Lang::Es));
        for e in every_store_error() {
            let what = format!("{e:?}");
            let (english, spanish) = (store(&en, &e), store(&es, &e));
            check_both(&what, &english, &spanish);
            assert_eq!(english, e.to_string(), "{what}");
            if e.to_string().ends_with("c1.ron") {
                assert!(spanish.ends_with(": /data/cases/c1.ron"), "{spanish}");
            }
        }
        let not_found = StoreError::NotFound {
            id: CaseId::parse("c1").expect("a valid id"),
        };
        assert!(store(&es, &not_found).ends_with(": c1"));
    }

    #[test]
    fn every_listing_and_settings_trouble_reads_in_both_languages_and_ends_with_a_path() {
        let (en, es) = (Tr::new(Lang::En), Tr::new(Lang::Es));
        for t in every_listing_trouble() {
            let what = format!("{t:?}");
            let (english, spanish) = (listing(&en, &t), listing(&es, &t));
            check_both(&what, &english, &spanish);
            assert_eq!(english, t.to_string(), "{what}");
            let last = spanish.rsplit(": ").next().unwrap_or_default();
            assert!(
                last.starts_with("/data/cases/c1"),
                "the path comes last: {spanish}"
            );
        }
        for t in every_settings_trouble() {
            let what = format!("{t:?}");
            let (english, spanish) = (settings(&en, &t), settings(&es, &t));
            check_both(&what, &english, &spanish);
            assert!(spanish.ends_with(": /data/cases/c1.ron"), "{spanish}");
        }
    }

    #[test]
    fn every_print_and_pdf_error_reads_in_both_languages() {
        let (en, es) = (Tr::new(Lang::En), Tr::new(Lang::Es));
        for e in every_print_error() {
            let what = format!("{e:?}");
            check_both(&what, &print(&en, &e), &print(&es, &e));
            assert_eq!(print(&en, &e), e.to_string(), "{what}");
        }
        for e in every_pdf_error() {
            let what = format!("{e:?}");
            check_both(&what, &pdf(&en, &e), &pdf(&es, &e));
            assert_eq!(pdf(&en, &e), e.to_string(), "{what}");
        }
    }

    #[test]
    fn february_names_its_year_and_other_months_do_not_in_spanish() {
        let es = Tr::new(Lang::Es);
        let february = InputError::DaysInMonth {
            month: Month::February,
            year: Some(2026),
            last: 28,
        };
        assert_eq!(
            input(&es, &february),
            "En febrero de 2026 solo hay 28 días."
        );
        let april = InputError::DaysInMonth {
            month: Month::April,
            year: None,
            last: 30,
        };
        assert_eq!(input(&es, &april), "En abril solo hay 30 días.");
    }

    #[test]
    fn long_text_counts_stay_grouped_in_spanish() {
        let es = Tr::new(Lang::Es);
        let e = InputError::TooLong {
            count: 10_000,
            max: 2_000,
        };
        let text = input(&es, &e);
        assert!(text.contains("10,000") && text.contains("2,000"), "{text}");
    }
}
