//! The text renderer against golden files, and the document commands of the command line.
//!
//! Golden files live in `tests/golden/`. When a change to the layout or to the content is
//! intended, regenerate them with `UPDATE_GOLDEN=1 cargo test --test documents_text` and review
//! the diff before committing.

use std::path::{Path, PathBuf};
use std::process::Command;

use massage_coverage::case::{Case, Lang};
use massage_coverage::documents::{self, Document, PageSetup};
use massage_coverage::guidance::Guidance;
use massage_coverage::store;
use time::Date;
use time::macros::date;

const TODAY: Date = date!(2026 - 11 - 29);

fn fixture(name: &str) -> Case {
    store::import_case(&Path::new("tests/fixtures").join(name))
        .unwrap_or_else(|e| panic!("{name} loads: {e}"))
}

fn guidance() -> Guidance {
    Guidance::builtin().unwrap_or_else(|e| panic!("built-in content has problems:\n{e}"))
}

/// Compares `doc` as text with `tests/golden/<name>.txt`, or writes it with `UPDATE_GOLDEN=1`.
fn golden(name: &str, doc: &Document) {
    let text = documents::to_text(doc, &PageSetup::letter(TODAY));
    let path = PathBuf::from("tests/golden").join(format!("{name}.txt"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all("tests/golden").expect("create tests/golden");
        std::fs::write(&path, &text).expect("write the golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{} is missing ({e}); create it with UPDATE_GOLDEN=1 cargo test --test documents_text",
            path.display()
        )
    });
    if text != expected {
        let line = text
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || text.lines().count().min(expected.lines().count()) + 1,
                |n| n + 1,
            );
        panic!(
            "{} differs from the rendered text at line {line}:\n  golden: {:?}\n  now:    {:?}\n\
             If the change is intended (layout or content), run UPDATE_GOLDEN=1 cargo test --test documents_text \
             and review the diff.",
            path.display(),
            expected.lines().nth(line - 1).unwrap_or(""),
            text.lines().nth(line - 1).unwrap_or(""),
        );
    }
}

#[test]
fn the_fixture_with_logged_calls_loads_with_both_calls() {
    let case = fixture("case-calls.ron");
    assert_eq!(case.insurer.calls.len(), 2);
    assert_eq!(case.insurer.calls[1].rep_name, "Ramón Ibáñez");
    assert_eq!(case.about.patient_name, "José Núñez Peña");
}

#[test]
fn the_blank_checklist_matches_its_golden_file() {
    golden(
        "checklist-blank",
        &documents::checklist(&fixture("case-v1.ron"), &guidance(), None, TODAY),
    );
}

#[test]
fn the_checklist_filled_from_a_logged_call_matches_its_golden_file() {
    let case = fixture("case-calls.ron");
    golden(
        "checklist-call-1",
        &documents::checklist(&case, &guidance(), Some(&case.insurer.calls[0]), TODAY),
    );
}

#[test]
fn the_letter_for_the_doctor_matches_its_golden_file() {
    golden(
        "letter",
        &documents::letter(&fixture("case-v1.ron"), &guidance(), TODAY),
    );
}

#[test]
fn the_plan_summary_with_call_history_matches_its_golden_file() {
    golden(
        "summary",
        &documents::summary(&fixture("case-calls.ron"), &guidance(), TODAY),
    );
}

/// The fixture, as a case used in Spanish.
fn spanish(name: &str) -> Case {
    let mut case = fixture(name);
    case.language = Lang::Es;
    case
}

fn spanish_guidance() -> Guidance {
    Guidance::builtin_for(Lang::Es).unwrap_or_else(|e| panic!("Spanish content:\n{e}"))
}

#[test]
fn the_spanish_documents_match_their_golden_files() {
    let case = spanish("case-calls.ron");
    let g = spanish_guidance();
    golden(
        "checklist-call-1-es",
        &documents::checklist(&case, &g, Some(&case.insurer.calls[0]), TODAY),
    );
    golden("summary-es", &documents::summary(&case, &g, TODAY));
    golden(
        "letter-es",
        &documents::letter(&spanish("case-v1.ron"), &g, TODAY),
    );
}

// --- The command line -------------------------------------------------------------------

fn app() -> Command {
    Command::new(env!("CARGO_BIN_EXE_massage-coverage"))
}

fn run(args: &[&str]) -> (bool, String, String) {
    let out = app().args(args).output().expect("the binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_document_commands_write_pdf_or_text_by_the_extension_owner_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    for command in ["checklist", "letter", "summary"] {
        let pdf = dir.path().join(format!("{command}.pdf"));
        let text_file = dir.path().join(format!("{command}.txt"));
        let other = dir.path().join(format!("{command}.out"));
        for out in [&pdf, &text_file, &other] {
            let (ok, _, err) = run(&[
                command,
                "tests/fixtures/case-calls.ron",
                "--out",
                out.to_str().expect("utf-8"),
            ]);
            assert!(ok, "{command} {}: {err}", out.display());
        }
        let pdf_bytes = std::fs::read(&pdf).expect("the PDF");
        assert!(pdf_bytes.starts_with(b"%PDF-"), "{command}");
        assert!(
            std::fs::read(&other)
                .expect("the file")
                .starts_with(b"%PDF-"),
            "{command}: PDF by default"
        );
        let text = std::fs::read_to_string(&text_file).expect("the text");
        assert!(text.contains("José Núñez Peña"), "{command}: {text}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = std::fs::metadata(&pdf)
                .expect("metadata")
                .permissions()
                .mode()
                & 0o777;
            assert_eq!(mode, 0o600, "{command}: {mode:o}");
        }
    }
}

#[test]
fn format_and_paper_can_be_chosen_and_standard_output_is_a_target() {
    let (ok, out, err) = run(&[
        "summary",
        "tests/fixtures/case-calls.ron",
        "--out",
        "-",
        "--format",
        "txt",
    ]);
    assert!(ok, "{err}");
    assert!(out.contains("Call 2 of 2"), "{out}");
    let dir = tempfile::tempdir().expect("temp dir");
    let a4 = dir.path().join("a4.txt");
    let (ok, _, err) = run(&[
        "checklist",
        "tests/fixtures/case-v1.ron",
        "--out",
        a4.to_str().expect("utf-8"),
        "--format",
        "pdf",
        "--paper",
        "a4",
    ]);
    assert!(ok, "{err}");
    let bytes = std::fs::read(&a4).expect("the PDF");
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(bytes.windows(7).any(|w| w == b"595.28 "), "an A4 media box");
}

#[test]
fn a_document_prints_in_its_case_language_unless_lang_asks_for_another() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("es.ron");
    store::export_case(&spanish("case-calls.ron"), &path).expect("write the case");
    let path = path.to_str().expect("utf-8");
    let (ok, out, err) = run(&["summary", path, "--out", "-", "--format", "txt"]);
    assert!(ok, "{err}");
    assert!(out.contains("Llamada 2 de 2"), "{out}");
    assert!(out.contains("Formas de pagar"), "{out}");
    let (ok, out, err) = run(&[
        "summary", path, "--out", "-", "--format", "txt", "--lang", "en",
    ]);
    assert!(ok, "{err}");
    assert!(out.contains("Call 2 of 2"), "{out}");
    assert!(!out.contains("Formas de pagar"), "{out}");
}

#[test]
fn the_checklist_command_fills_in_a_logged_call_by_number() {
    let (ok, out, err) = run(&[
        "checklist",
        "tests/fixtures/case-calls.ron",
        "--out",
        "-",
        "--format",
        "txt",
        "--call",
        "2",
    ]);
    assert!(ok, "{err}");
    assert!(out.contains("Representative's name: Ramón Ibáñez"), "{out}");
    assert!(out.contains("[x] Yes"), "{out}");
    let (ok, _, err) = run(&[
        "checklist",
        "tests/fixtures/case-calls.ron",
        "--out",
        "-",
        "--call",
        "3",
    ]);
    assert!(!ok);
    assert!(
        err.contains("This case has 2 logged calls; choose --call 1 to 2"),
        "{err}"
    );
}

#[test]
fn a_missing_case_file_is_one_clear_sentence_and_a_failure() {
    let (ok, _, err) = run(&["letter", "tests/fixtures/no-such-case.ron", "--out", "-"]);
    assert!(!ok);
    assert!(
        err.contains("Could not read the case file because it does not exist"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[test]
fn printing_to_a_name_no_printer_can_have_fails_clearly_without_patient_data() {
    let (ok, _, err) = run(&[
        "print",
        "tests/fixtures/case-v1.ron",
        "--document",
        "checklist",
        "--printer",
        "no/such printer",
    ]);
    assert!(!ok);
    assert!(
        err.contains("The printer \"no/such printer\" does not exist"),
        "{err}"
    );
    assert!(!err.contains("José") && !err.contains("XJ-445566"), "{err}");
}
