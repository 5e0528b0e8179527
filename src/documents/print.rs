//! Printing through CUPS: the list of printers from `lpstat`, and a PDF sent to `lp` on its
//! standard input. The only place besides `store` and `main.rs` that runs processes.
//!
//! Both are run by their absolute paths ([`LP`], [`LPSTAT`]), never looked up on `PATH`: a folder
//! earlier on `PATH` must not be able to receive patients' PDFs. Both run with `LC_ALL=C` so
//! that CUPS's messages can be recognised. Neither blocks for
//! long on a local CUPS, but the UI should still call them off the frame thread. Nothing here
//! sees patient data except the PDF bytes themselves: job titles are fixed texts
//! ([`super::DocumentKind::job_title`]) and errors name only printers.

use std::io::{self, Write as _};
use std::process::{Command, Output, Stdio};

use super::PaperSize;

/// Where CUPS installs `lp` on Debian and most Linux systems; when it is not there, printing
/// is "not installed".
pub const LP: &str = "/usr/bin/lp";
/// Where CUPS installs `lpstat`.
pub const LPSTAT: &str = "/usr/bin/lpstat";
/// Where CUPS installs `cancel`.
pub const CANCEL: &str = "/usr/bin/cancel";

/// What CUPS says of a printer (`lpstat -p NAME`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrinterState {
    /// Idle or printing: jobs come out.
    Ready,
    /// Stopped (paused) by someone: jobs wait in the queue until it is started again.
    Paused,
}

/// The printers CUPS knows, and the one it prints to by default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Printers {
    /// Every printer (or class) name, as CUPS lists them.
    pub names: Vec<String>,
    /// The default printer, if one is set; always one of `names` when they are not empty.
    pub default: Option<String>,
}

/// The id CUPS gave a print job, e.g. `PDF-3`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct JobId(pub String);

impl std::fmt::Display for JobId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Printing did not work. Each message is one plain sentence for the patient or the front
/// desk, and never holds patient data.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// `lp` or `lpstat` is not installed where CUPS puts them ([`LP`], [`LPSTAT`]).
    #[error(
        "Printing is not available: CUPS is not installed on this computer. Save the PDF and print it from another program."
    )]
    NotInstalled,
    /// CUPS is installed but its scheduler is not running.
    #[error(
        "Printing is not available: the CUPS print service is not running. Start it, or save the PDF and print it from another program."
    )]
    NotRunning,
    /// No printer was chosen and CUPS has no default ("No default destination").
    #[error(
        "No printer is set up on this computer, or none is chosen as the default. Choose a printer, or save the PDF and print it from another program."
    )]
    NoPrinter,
    /// The printer asked for is not known to CUPS ("The printer or class does not exist").
    #[error(
        "The printer \"{name}\" does not exist on this computer. Choose another printer, or save the PDF and print it from another program."
    )]
    UnknownPrinter {
        /// The name that was asked for.
        name: String,
    },
    /// CUPS took the job, but the printer is paused: the job waits in the queue.
    #[error(
        "The printer \"{name}\" is paused, so the document is waiting in its queue ({job}). Start the printer, or save the PDF and print it from another program."
    )]
    Paused {
        /// The printer.
        name: String,
        /// The job that waits.
        job: JobId,
    },
    /// CUPS refused the job for another reason.
    #[error(
        "The printer did not accept the document ({message}). Save the PDF and print it from another program."
    )]
    Refused {
        /// What CUPS said, on one line.
        message: String,
    },
    /// `lp` or `lpstat` could not be run or talked to.
    #[error(
        "Could not talk to the print service ({source}). Save the PDF and print it from another program."
    )]
    Io {
        /// What the system said.
        source: io::Error,
    },
}

/// The printers CUPS knows and its default, from `lpstat -e` and `lpstat -d`.
pub fn printers() -> Result<Printers, PrintError> {
    if !scheduler_running()? {
        return Err(PrintError::NotRunning);
    }
    let names = run(&["-e"])?;
    let default = run(&["-d"])?;
    Ok(parse_printers(
        &String::from_utf8_lossy(&names.stdout),
        &String::from_utf8_lossy(&default.stdout),
    ))
}

/// Sends `pdf` to `printer` (or the default printer) as a job titled `title`, with
/// `lp [-d NAME] -t TITLE -` and the PDF on standard input. The printer's own paper is used;
/// CUPS scales a page that does not fit. `title` must not hold patient data.
pub fn print_pdf(pdf: &[u8], printer: Option<&str>, title: &str) -> Result<JobId, PrintError> {
    send(pdf, printer, title, None)
}

/// Like [`print_pdf`], and asks for `paper` (`-o media=Letter` or `A4`), to match the PDF.
pub fn print_pdf_on(
    pdf: &[u8],
    printer: Option<&str>,
    title: &str,
    paper: PaperSize,
) -> Result<JobId, PrintError> {
    send(pdf, printer, title, Some(paper))
}

fn send(
    pdf: &[u8],
    printer: Option<&str>,
    title: &str,
    paper: Option<PaperSize>,
) -> Result<JobId, PrintError> {
    if let Some(name) = printer
        && !valid_name(name)
    {
        return Err(PrintError::UnknownPrinter {
            name: name.to_owned(),
        });
    }
    let mut cmd = Command::new(LP);
    if let Some(name) = printer {
        cmd.args(["-d", name]);
    }
    if let Some(paper) = paper {
        let media = match paper {
            PaperSize::Letter => "media=Letter",
            PaperSize::A4 => "media=A4",
        };
        cmd.args(["-o", media]);
    }
    // A title cannot pass for an option, and CUPS shows at most a line of it.
    let title: String = title
        .chars()
        .filter(|c| !c.is_control())
        .take(120)
        .collect();
    cmd.args(["-t", title.trim_start_matches('-'), "-"]);
    let output = with_stdin(cmd, pdf)?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if output.status.success()
        && let Some(id) = parse_job_id(&stdout)
    {
        // `lp` says "request id is …" even when the printer is paused and the job only waits:
        // ask, so nobody is told their pages are at the printer when they are not.
        let name = printer.map_or_else(|| printer_of(&id), str::to_owned);
        if matches!(printer_state(&name), Ok(PrinterState::Paused)) {
            return Err(PrintError::Paused { name, job: id });
        }
        return Ok(id);
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    // Without a scheduler `lp` says "No default destination" or "does not exist" too, which
    // would send the patient looking for a printer that is fine.
    if !scheduler_running().unwrap_or(true) {
        return Err(PrintError::NotRunning);
    }
    Err(classify(&stderr, &stdout, printer))
}

/// What CUPS says of printer `name` (`lpstat -p NAME`): ready, or paused.
pub fn printer_state(name: &str) -> Result<PrinterState, PrintError> {
    if !valid_name(name) {
        return Err(PrintError::UnknownPrinter {
            name: name.to_owned(),
        });
    }
    let out = run(&["-p", name])?;
    let said = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() || said.trim().is_empty() {
        if !scheduler_running()? {
            return Err(PrintError::NotRunning);
        }
        return Err(PrintError::UnknownPrinter {
            name: name.to_owned(),
        });
    }
    Ok(parse_printer_state(&said))
}

/// Cancels `jobs` that still wait or print, and asks CUPS to purge their files and history
/// (`cancel -x`). CUPS 2.4 cannot purge a single job that has already printed ("already
/// completed - can't cancel"): those files and that history go only with the `cupsd.conf`
/// settings `PreserveJobFiles No` and `PreserveJobHistory No`, which the README asks a clinic
/// to set. A job CUPS no longer knows, or that has printed, is fine.
pub fn purge_jobs(jobs: &[JobId]) -> Result<(), PrintError> {
    let ids: Vec<&str> = jobs
        .iter()
        .map(|j| j.0.as_str())
        .filter(|id| valid_name(id))
        .collect();
    if ids.is_empty() {
        return Ok(());
    }
    // One job at a time: `cancel` stops at the first job it cannot cancel.
    for id in ids {
        let mut cmd = Command::new(CANCEL);
        cmd.args(["-x", id]);
        let out = c_locale(&mut cmd)
            .stdin(Stdio::null())
            .output()
            .map_err(spawn_error)?;
        let said = String::from_utf8_lossy(&out.stderr).to_lowercase();
        let gone = [
            "does not exist",
            "not found",
            "already completed",
            "already canceled",
        ]
        .iter()
        .any(|s| said.contains(s));
        if !out.status.success() && !gone {
            return Err(PrintError::Refused {
                message: said.lines().next().unwrap_or_default().trim().to_owned(),
            });
        }
    }
    Ok(())
}

/// The printer a job id names: "PDF-3" is a job on "PDF".
fn printer_of(job: &JobId) -> String {
    job.0
        .rsplit_once('-')
        .map_or_else(|| job.0.clone(), |(name, _)| name.to_owned())
}

/// The state in `lpstat -p` output: "printer PDF is idle.  enabled since …", "printer PDF now
/// printing PDF-3.  enabled since …", or "printer PDF disabled since … -\n\tPaused".
fn parse_printer_state(lpstat_p: &str) -> PrinterState {
    let first = lpstat_p.lines().next().unwrap_or_default();
    if first.contains(" disabled since") {
        PrinterState::Paused
    } else {
        PrinterState::Ready
    }
}

/// Whether the CUPS scheduler answers (`lpstat -r`).
fn scheduler_running() -> Result<bool, PrintError> {
    let out = run(&["-r"])?;
    let said = String::from_utf8_lossy(&out.stdout).to_lowercase();
    Ok(out.status.success() && said.contains("is running") && !said.contains("not running"))
}

/// Runs `lpstat` with `args`; a missing `lpstat` means no CUPS.
fn run(args: &[&str]) -> Result<Output, PrintError> {
    let mut cmd = Command::new(LPSTAT);
    cmd.args(args);
    c_locale(&mut cmd)
        .stdin(Stdio::null())
        .output()
        .map_err(spawn_error)
}

/// Runs `cmd` with `input` on its standard input, collecting its output.
fn with_stdin(mut cmd: Command, input: &[u8]) -> Result<Output, PrintError> {
    let mut child = c_locale(&mut cmd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(spawn_error)?;
    let mut stdin = child.stdin.take().ok_or_else(|| PrintError::Io {
        source: io::Error::other("no stdin pipe"),
    })?;
    // Write from another thread: a child that answers before reading everything must not
    // leave both sides waiting on full pipes.
    let written = std::thread::scope(|s| {
        let writer = s.spawn(move || stdin.write_all(input));
        let output = child.wait_with_output();
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the writer stopped")));
        (output, written)
    });
    let (output, written) = written;
    let output = output.map_err(|source| PrintError::Io { source })?;
    match written {
        // A job accepted without all of the PDF would print wrong. When `lp` failed, its own
        // message (not the broken pipe) says why.
        Err(source) if output.status.success() => Err(PrintError::Io { source }),
        _ => Ok(output),
    }
}

fn c_locale(cmd: &mut Command) -> &mut Command {
    cmd.env("LC_ALL", "C")
        .env("LANG", "C")
        .env_remove("LANGUAGE")
}

fn spawn_error(source: io::Error) -> PrintError {
    if source.kind() == io::ErrorKind::NotFound {
        PrintError::NotInstalled
    } else {
        PrintError::Io { source }
    }
}

/// A name CUPS could have given a printer: printable, no spaces, `/` or `#`, and not an option.
fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 127
        && !name.starts_with('-')
        && name
            .chars()
            .all(|c| !c.is_control() && !c.is_whitespace() && c != '/' && c != '#')
}

/// Names from `lpstat -e` (one per line) and the default from `lpstat -d`
/// ("system default destination: NAME" or "no system default destination").
fn parse_printers(names: &str, default: &str) -> Printers {
    let names: Vec<String> = names
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    let default = default
        .lines()
        .find_map(|l| l.trim().strip_prefix("system default destination:"))
        .map(|d| d.trim().to_owned())
        .filter(|d| !d.is_empty());
    Printers { names, default }
}

/// The job id from "request id is PDF-1 (1 file(s))".
fn parse_job_id(stdout: &str) -> Option<JobId> {
    stdout.lines().find_map(|l| {
        let rest = l.trim().strip_prefix("request id is ")?;
        let id = rest.split_whitespace().next()?;
        Some(JobId(id.to_owned()))
    })
}

/// The error for what `lp` said.
fn classify(stderr: &str, stdout: &str, printer: Option<&str>) -> PrintError {
    let said = format!("{stderr}\n{stdout}");
    let lower = said.to_lowercase();
    if lower.contains("no default destination") {
        PrintError::NoPrinter
    } else if lower.contains("does not exist") || lower.contains("unknown destination") {
        PrintError::UnknownPrinter {
            name: printer.unwrap_or_default().to_owned(),
        }
    } else if lower.contains("scheduler is not running") || lower.contains("unable to connect") {
        PrintError::NotRunning
    } else {
        let message = said
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("no reason given")
            .trim_start_matches("lp: ")
            .chars()
            .take(200)
            .collect();
        PrintError::Refused { message }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printer_list_and_default_come_from_lpstat_output() {
        let p = parse_printers(
            "PDF\nOffice_Laser\n",
            "system default destination: Office_Laser\n",
        );
        assert_eq!(p.names, ["PDF", "Office_Laser"]);
        assert_eq!(p.default.as_deref(), Some("Office_Laser"));
        let none = parse_printers("", "no system default destination\n");
        assert!(none.names.is_empty());
        assert_eq!(none.default, None);
    }

    #[test]
    fn the_job_id_comes_from_lp_output() {
        assert_eq!(
            parse_job_id("request id is PDF-12 (0 file(s))\n"),
            Some(JobId("PDF-12".into()))
        );
        assert_eq!(parse_job_id("something else"), None);
    }

    #[test]
    fn cups_messages_become_plain_errors() {
        assert!(matches!(
            classify("lp: Error - No default destination.", "", None),
            PrintError::NoPrinter
        ));
        let e = classify(
            "lp: Error - The printer or class does not exist.",
            "",
            Some("Front_Desk"),
        );
        assert!(matches!(&e, PrintError::UnknownPrinter { name } if name == "Front_Desk"));
        assert!(
            e.to_string()
                .starts_with("The printer \"Front_Desk\" does not exist"),
            "{e}"
        );
        let other = classify(
            "lp: Error - Destination \"PDF\" is not accepting jobs.",
            "",
            Some("PDF"),
        );
        assert!(
            other.to_string().contains("is not accepting jobs"),
            "{other}"
        );
    }

    #[test]
    fn names_that_could_be_options_or_paths_are_refused_before_running_lp() {
        assert!(valid_name("Office_Laser-2"));
        for bad in ["", "-o", "a b", "a/b", "a#b", "a\nb"] {
            assert!(!valid_name(bad), "{bad:?}");
        }
        assert!(matches!(
            print_pdf(b"%PDF", Some("-x"), "t"),
            Err(PrintError::UnknownPrinter { .. })
        ));
    }

    #[test]
    fn a_paused_printer_is_told_from_lpstat() {
        assert_eq!(
            parse_printer_state(
                "printer PDF disabled since Wed 02 Dec 2026 02:41:01 PM UTC -\n\tPaused\n"
            ),
            PrinterState::Paused
        );
        assert_eq!(
            parse_printer_state("printer PDF is idle.  enabled since Wed 02 Dec 2026\n"),
            PrinterState::Ready
        );
        assert_eq!(
            parse_printer_state("printer PDF now printing PDF-3.  enabled since Wed 02 Dec\n"),
            PrinterState::Ready
        );
    }

    #[test]
    fn a_job_id_names_its_printer() {
        assert_eq!(printer_of(&JobId("Front-Desk-12".into())), "Front-Desk");
        assert_eq!(printer_of(&JobId("PDF-3".into())), "PDF");
    }
}
