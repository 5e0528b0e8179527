//! Printing against a real CUPS spooler with a PDF printer (cups-pdf).
//!
//! `scripts/test.sh` installs CUPS and cups-pdf, sets cups-pdf's output folder, starts
//! `cupsd`, adds the printer `PDF`, and runs these with
//! `cargo test --locked --test documents_print -- --ignored`. `MC_TEST_PRINTER` and
//! `CUPS_PDF_OUT` override the printer name (`PDF`) and cups-pdf's output folder. (Not
//! `PRINTER`: CUPS itself takes that as the default printer.)
//!
//! cups-pdf re-renders the job through Ghostscript, so the printed file's text cannot be
//! compared; its page count and page size can.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

use massage_coverage::documents::print::{self, PrintError};

fn printer() -> String {
    std::env::var("MC_TEST_PRINTER").unwrap_or_else(|_| "PDF".to_owned())
}

fn out_dir() -> PathBuf {
    std::env::var_os("CUPS_PDF_OUT")
        .map_or_else(|| PathBuf::from("/var/spool/cups-pdf/out"), PathBuf::from)
}

fn app(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_massage-coverage"))
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn pdfs_in(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
                .collect()
        })
        .unwrap_or_default()
}

/// The page count and page size line `pdfinfo` gives.
fn pdfinfo(path: &Path) -> (usize, String) {
    let out = Command::new("pdfinfo")
        .arg(path)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "pdfinfo could not be run ({e}); run scripts/test.sh, which installs poppler-utils"
            )
        });
    let info = String::from_utf8_lossy(&out.stdout).into_owned();
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count for {}:\n{info}", path.display()));
    let size = info
        .lines()
        .find(|l| l.starts_with("Page size:"))
        .unwrap_or("")
        .to_owned();
    (pages, size)
}

/// Whether `job` is still in `printer`'s queue (`lpstat -o`).
fn job_queued(printer: &str, job: &str) -> bool {
    Command::new("lpstat")
        .args(["-o", printer])
        .env("LC_ALL", "C")
        .output()
        .is_ok_and(|o| {
            String::from_utf8_lossy(&o.stdout)
                .split_whitespace()
                .any(|w| w == job)
        })
}

#[test]
#[ignore = "needs a running cupsd with a cups-pdf printer; scripts/test.sh sets one up and runs it"]
fn a_printed_checklist_comes_out_of_the_pdf_printer_with_the_same_page_count() {
    let printer = printer();
    let listed = print::printers().unwrap_or_else(|e| panic!("the printer list: {e}"));
    assert!(
        listed.names.contains(&printer),
        "CUPS lists {:?}, not {printer}",
        listed.names
    );

    let dir = tempfile::tempdir().expect("temp dir");
    let saved = dir.path().join("checklist.pdf");
    let (ok, _, err) = app(&[
        "checklist",
        "tests/fixtures/case-v1.ron",
        "--out",
        saved.to_str().expect("utf-8"),
    ]);
    assert!(ok, "{err}");
    let (expected_pages, _) = pdfinfo(&saved);

    let out = out_dir();
    // cups-pdf names files after the title and job number, and job numbers can repeat after
    // cupsd loses its state: look for files written from now on, not for new names.
    let since = SystemTime::now() - Duration::from_secs(1);
    let started = Instant::now();
    let (ok, said, err) = app(&[
        "print",
        "tests/fixtures/case-v1.ron",
        "--document",
        "checklist",
        "--printer",
        &printer,
    ]);
    assert!(ok, "print failed: {err}");
    let job = said
        .trim()
        .strip_prefix("Sent to the printer as job ")
        .and_then(|s| s.strip_suffix('.'))
        .unwrap_or_else(|| panic!("no job id in {said:?}"))
        .to_owned();
    assert!(job.starts_with(&format!("{printer}-")), "{job}");

    // cups-pdf creates the file empty first: wait until the job has left the queue and a
    // file written since the job started is not empty.
    let output = loop {
        let written = pdfs_in(&out).into_iter().find(|p| {
            std::fs::metadata(p)
                .is_ok_and(|m| m.len() > 0 && m.modified().is_ok_and(|t| t >= since))
        });
        if let Some(path) = written
            && !job_queued(&printer, &job)
        {
            break path;
        }
        assert!(
            started.elapsed() < Duration::from_mins(1),
            "no printed file in {} after 60 s; job {job} queued: {}",
            out.display(),
            job_queued(&printer, &job)
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    let (pages, size) = pdfinfo(&output);
    eprintln!(
        "printed {} in {:.2} s: {pages} pages, {size}",
        output.display(),
        started.elapsed().as_secs_f32()
    );
    assert_eq!(
        pages, expected_pages,
        "the printed checklist has {pages} pages, the PDF {expected_pages}"
    );
    assert!(size.contains("612 x 792"), "printed on US Letter: {size}");
    let name = output.file_name().and_then(|n| n.to_str()).unwrap_or("");
    assert!(
        !name.contains("Jos") && !name.contains("XJ-445566"),
        "the job title holds no patient data: {name}"
    );
}

#[test]
#[ignore = "needs a running cupsd with a cups-pdf printer; scripts/test.sh sets one up and runs it"]
fn printing_to_a_printer_that_does_not_exist_fails_with_a_clear_message() {
    let (ok, _, err) = app(&[
        "print",
        "tests/fixtures/case-v1.ron",
        "--document",
        "letter",
        "--printer",
        "NoSuchPrinter",
    ]);
    assert!(!ok, "printing to a missing printer succeeded");
    assert!(
        err.contains("The printer \"NoSuchPrinter\" does not exist on this computer"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[test]
#[ignore = "needs a running cupsd with a cups-pdf printer; scripts/test.sh sets one up and runs it"]
fn printing_without_a_printer_name_and_no_default_says_no_printer_is_set_up() {
    let listed = print::printers().unwrap_or_else(|e| panic!("the printer list: {e}"));
    if let Some(default) = &listed.default {
        // Never send a test page to someone's real default printer.
        eprintln!("not checked: this computer has a default printer ({default})");
        return;
    }
    let result = print::print_pdf(b"%PDF-1.7\n%%EOF\n", None, "Massage Coverage Guide – test");
    assert!(matches!(result, Err(PrintError::NoPrinter)), "{result:?}");
    assert!(
        PrintError::NoPrinter
            .to_string()
            .starts_with("No printer is set up on this computer"),
        "the message"
    );
}

/// The spool files CUPS keeps for job `job` ("PDF-12" has `d00012-001`, `c00012`).
fn spool_files(job: &str) -> Vec<PathBuf> {
    let number: u32 = job
        .rsplit_once('-')
        .and_then(|(_, n)| n.parse().ok())
        .unwrap_or_else(|| panic!("a job id ends in its number: {job}"));
    let prefixes = [format!("d{number:05}-"), format!("c{number:05}")];
    std::fs::read_dir("/var/spool/cups")
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| prefixes.iter().any(|pre| n.starts_with(pre.as_str())))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn checklist_pdf() -> Vec<u8> {
    let case = massage_coverage::store::import_case(Path::new("tests/fixtures/case-v1.ron"))
        .expect("the fixture loads");
    let guidance = massage_coverage::guidance::Guidance::builtin().expect("content");
    let today = time::macros::date!(2026 - 11 - 29);
    let doc =
        massage_coverage::documents::DocumentKind::Checklist.build(&case, &guidance, None, today);
    massage_coverage::documents::to_pdf(
        &doc,
        &massage_coverage::documents::PageSetup::letter(today),
    )
    .expect("a PDF")
}

/// Starts the printer again when dropped, so a failing test leaves it as it found it.
struct Resume(String);

impl Drop for Resume {
    fn drop(&mut self) {
        let _ = Command::new("/usr/sbin/cupsenable").arg(&self.0).status();
    }
}

#[test]
#[ignore = "needs a running cupsd with a cups-pdf printer; scripts/test.sh sets one up and runs it"]
fn a_paused_printer_is_reported_as_paused_and_its_waiting_job_is_purged() {
    let printer = printer();
    let paused = Command::new("/usr/sbin/cupsdisable")
        .arg(&printer)
        .status()
        .expect("cupsdisable runs");
    assert!(paused.success(), "could not pause {printer}");
    let _resume = Resume(printer.clone());
    assert_eq!(
        print::printer_state(&printer).expect("state"),
        print::PrinterState::Paused
    );
    let result = print::print_pdf(
        &checklist_pdf(),
        Some(&printer),
        "Massage Coverage Guide – test",
    );
    let Err(PrintError::Paused { name, job }) = result else {
        panic!("a job for a paused printer must not count as printed: {result:?}");
    };
    println!("paused printer {name}: job {job} waits");
    assert_eq!(name, printer);
    assert!(job_queued(&printer, &job.0), "the job waits in the queue");
    assert!(
        !spool_files(&job.0).is_empty(),
        "CUPS holds its file while it waits"
    );
    print::purge_jobs(std::slice::from_ref(&job)).expect("purged");
    assert!(
        !job_queued(&printer, &job.0),
        "the purged job is gone from the queue"
    );
    let left = spool_files_after_a_moment(&job.0);
    assert!(left.is_empty(), "the purged job left spool files: {left:?}");
}

#[test]
#[ignore = "needs a running cupsd with a cups-pdf printer; scripts/test.sh sets one up and runs it"]
fn with_the_readmes_cupsd_settings_a_printed_job_leaves_no_file_and_no_history() {
    let printer = printer();
    assert_eq!(
        print::printer_state(&printer).expect("state"),
        print::PrinterState::Ready
    );
    let job = print::print_pdf(
        &checklist_pdf(),
        Some(&printer),
        "Massage Coverage Guide – test",
    )
    .expect("printed");
    let started = Instant::now();
    while job_queued(&printer, &job.0) {
        assert!(
            started.elapsed() < Duration::from_mins(1),
            "the job never finished"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    // A job that has printed cannot be purged on its own in CUPS 2.4; the clinic's cupsd.conf
    // (PreserveJobFiles No, PreserveJobHistory No, set by scripts/test.sh as the README says)
    // keeps nothing of it, and purging it anyway is no error.
    print::purge_jobs(std::slice::from_ref(&job)).expect("purging a printed job is fine");
    let left = spool_files_after_a_moment(&job.0);
    assert!(
        left.is_empty(),
        "the printed job left spool files: {left:?}"
    );
    let history = Command::new("lpstat")
        .args(["-W", "completed", "-o", &printer])
        .env("LC_ALL", "C")
        .output()
        .expect("lpstat runs");
    let history = String::from_utf8_lossy(&history.stdout);
    assert!(
        !history.split_whitespace().any(|w| w == job.0),
        "the purged job is still in the history:\n{history}"
    );
}

/// The spool files of `job` once CUPS has had up to 5 s to remove them.
fn spool_files_after_a_moment(job: &str) -> Vec<PathBuf> {
    let started = Instant::now();
    loop {
        let left = spool_files(job);
        if left.is_empty() || started.elapsed() > Duration::from_secs(5) {
            return left;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}
