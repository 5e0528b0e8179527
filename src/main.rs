//! The command line: the app in a window, and headless commands for staff and scripts.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context as _;
use clap::{Parser, Subcommand};

use massage_coverage::documents::{self, DocumentKind, PageSetup, PaperSize};
use massage_coverage::guidance::{Guidance, Lang};
use massage_coverage::kiosk::KioskConfig;
use massage_coverage::store::DiskStore;
use massage_coverage::ui::kiosk::KioskApp;
use massage_coverage::ui::paper::Cups;
use massage_coverage::ui::{self, App, SystemClock, files::NativePicker};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

/// Massage Coverage Guide: step by step, get massage therapy paid for.
#[derive(Debug, Parser)]
#[command(name = "massage-coverage", version, about)]
struct Cli {
    /// Folder for saved cases (default: the usual data folder for your account).
    #[arg(long, value_name = "DIR", global = true)]
    data_dir: Option<PathBuf>,

    /// A content folder to use instead of the built-in one (checked first).
    #[arg(long, value_name = "DIR", global = true)]
    content: Option<PathBuf>,

    /// The language of the content and documents: en or es (the window remembers the last one
    /// chosen when this is left out; a document prints in its case's language).
    #[arg(long, value_name = "LANG", global = true, value_parser = ["en", "es"])]
    lang: Option<String>,

    /// Close the window by itself after this many frames (for smoke tests).
    #[arg(long, value_name = "N", hide = true)]
    exit_after_frames: Option<u32>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the app as a reception kiosk: fullscreen, large touch targets, nothing kept on disk.
    Kiosk {
        /// The kiosk configuration file (see assets/kiosk-example.ron).
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        #[command(subcommand)]
        action: Option<KioskAction>,
    },
    /// Check a content folder and report every problem with its file and line.
    CheckContent {
        /// The folder holding steps.ron, facts.ron and the other content files.
        dir: PathBuf,
        /// Check the yearly figures as on this day (YYYY-MM-DD) instead of today (for tests).
        #[arg(long, value_name = "DATE", hide = true, value_parser = parse_day)]
        today: Option<time::Date>,
    },
    /// Write the checklist for calling the insurer, for a saved case file.
    Checklist {
        #[command(flatten)]
        doc: DocumentArgs,
        /// Fill the checklist in from logged call N (1 is the first); blank by default.
        #[arg(long, value_name = "N")]
        call: Option<usize>,
    },
    /// Write the letter asking the patient's doctor for a letter of medical necessity.
    Letter {
        #[command(flatten)]
        doc: DocumentArgs,
    },
    /// Write the patient's plan: ways to pay, dates to remember and the calls made.
    Summary {
        #[command(flatten)]
        doc: DocumentArgs,
    },
    /// Print a document for a saved case file through CUPS.
    Print {
        /// The saved case file (.ron).
        case: PathBuf,
        /// Which document to print.
        #[arg(long, value_enum)]
        document: DocumentChoice,
        /// The printer; the default printer when left out.
        #[arg(long, value_name = "NAME")]
        printer: Option<String>,
        /// The paper size.
        #[arg(long, value_enum, default_value_t = Paper::Letter)]
        paper: Paper,
        /// For the checklist: fill it in from logged call N (1 is the first).
        #[arg(long, value_name = "N")]
        call: Option<usize>,
    },
}

#[derive(Debug, Subcommand)]
enum KioskAction {
    /// Print the `staff_pin_hash` value for a PIN read from standard input (digits, at least 4).
    HashPin,
}

/// What every document command takes.
#[derive(Debug, clap::Args)]
struct DocumentArgs {
    /// The saved case file (.ron).
    case: PathBuf,
    /// Where to write the document (written owner-only); `-` for standard output.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// pdf or txt; by default from the extension of --out, else pdf.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// The paper size of a PDF.
    #[arg(long, value_enum, default_value_t = Paper::Letter)]
    paper: Paper,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Pdf,
    Txt,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Paper {
    Letter,
    A4,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum DocumentChoice {
    Checklist,
    Letter,
    Summary,
}

fn main() -> ExitCode {
    // Read the time zone before any thread exists: `time` refuses to afterwards.
    let offset = time::UtcOffset::current_local_offset().unwrap_or(time::UtcOffset::UTC);
    let cli = Cli::parse();
    match run(cli, offset) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("massage-coverage: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, offset: time::UtcOffset) -> anyhow::Result<ExitCode> {
    let content = ContentChoice {
        dir: cli.content.as_deref(),
        lang: cli
            .lang
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or_default(),
        explicit_lang: cli.lang.is_some(),
    };
    match cli.command {
        Some(Command::CheckContent { dir, today: day }) => {
            check_content(&dir, day.unwrap_or_else(|| today(offset)))
        }
        Some(Command::Kiosk {
            action: Some(KioskAction::HashPin),
            ..
        }) => hash_pin(),
        Some(Command::Kiosk {
            config: Some(config),
            action: None,
        }) => {
            run_kiosk(&config, content, cli.exit_after_frames, offset)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Kiosk {
            config: None,
            action: None,
        }) => {
            anyhow::bail!("Say which configuration to use: massage-coverage kiosk --config FILE")
        }
        Some(Command::Checklist { doc, call }) => {
            write_document(DocumentKind::Checklist, &doc, call, content, offset)
        }
        Some(Command::Letter { doc }) => {
            write_document(DocumentKind::Letter, &doc, None, content, offset)
        }
        Some(Command::Summary { doc }) => {
            write_document(DocumentKind::Summary, &doc, None, content, offset)
        }
        Some(Command::Print {
            case,
            document,
            printer,
            paper,
            call,
        }) => {
            let kind = match document {
                DocumentChoice::Checklist => DocumentKind::Checklist,
                DocumentChoice::Letter => DocumentKind::Letter,
                DocumentChoice::Summary => DocumentKind::Summary,
            };
            print_document(
                kind,
                &case,
                printer.as_deref(),
                paper,
                call,
                content,
                offset,
            )
        }
        None => {
            open_window(cli.data_dir, content, cli.exit_after_frames, offset)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Reads every content file in `dir`: the known ones (missing ones are reported by the check)
/// and any other `.ron` file (reported as unexpected).
fn read_content_dir(dir: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let entries = std::fs::read_dir(dir).with_context(|| {
        format!(
            "Could not open the content folder; check the name: {}",
            dir.display()
        )
    })?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        if !path.is_file()
            || !std::path::Path::new(&name)
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        {
            continue;
        }
        let text = std::fs::read_to_string(&path).with_context(|| {
            format!("Could not read a content file as text: {}", path.display())
        })?;
        files.push((name, text));
    }
    files.sort();
    Ok(files)
}

fn load_content(dir: &Path) -> anyhow::Result<Guidance> {
    let files = read_content_dir(dir)?;
    Guidance::from_files(&files).map_err(|problems| {
        anyhow::anyhow!(
            "The content folder has problems; run `massage-coverage check-content {}` to see them all:\n{problems}",
            dir.display()
        )
    })
}

/// A day written as YYYY-MM-DD.
fn parse_day(s: &str) -> Result<time::Date, String> {
    time::Date::parse(s, time::macros::format_description!("[year]-[month]-[day]"))
        .map_err(|_| format!("Write the day as YYYY-MM-DD, for example 2026-12-02, not {s:?}."))
}

fn check_content(dir: &Path, today: time::Date) -> anyhow::Result<ExitCode> {
    let files = read_content_dir(dir)?;
    // Warnings only print: the content still works, showing the latest year it has.
    let warnings = Guidance::year_warnings(&files, today);
    for w in &warnings {
        eprintln!(
            "{}:{}: warning: {}",
            dir.join(&w.file).display(),
            w.line,
            w.message
        );
    }
    if !warnings.is_empty() {
        eprintln!("{} warning(s).", warnings.len());
    }
    match Guidance::from_files(&files) {
        Ok(g) => {
            println!(
                "The content is fine: {} facts, {} figures, {} glossary words, {} questions ({}).",
                g.facts.len(),
                g.figures.len(),
                g.glossary.len(),
                g.questions.len(),
                dir.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            for p in &problems.0 {
                eprintln!("{}:{}: {}", dir.join(&p.file).display(), p.line, p.message);
            }
            eprintln!(
                "{} problem(s) found. Fix them and run check-content again; the app keeps using its built-in content until then.",
                problems.0.len()
            );
            Ok(ExitCode::FAILURE)
        }
    }
}

fn open_window(
    data_dir: Option<PathBuf>,
    content: ContentChoice<'_>,
    exit_after_frames: Option<u32>,
    offset: time::UtcOffset,
) -> anyhow::Result<()> {
    let data_dir = match data_dir {
        Some(dir) => dir,
        None => DiskStore::default_dir().context(
            "Could not find your home folder to keep cases in. Start the app with --data-dir DIR.",
        )?,
    };
    let store = DiskStore::open(&data_dir)?;
    let lang = content.lang;
    let guidance = content.load()?;
    let mut app = App::new(
        store,
        guidance,
        Box::new(SystemClock { offset }),
        Box::new(NativePicker),
    )
    .with_lang(lang)
    .exit_after_frames(exit_after_frames);
    // A clinic's own content folder has one language: no switch, and the saved language does
    // not apply (text size and contrast do).
    if content.dir.is_some() {
        app = app.with_fixed_content();
    }
    if let Some(config_dir) = massage_coverage::store::default_config_dir() {
        app = app.with_settings_dir(config_dir);
        if content.explicit_lang {
            app.set_lang(lang);
        }
    }

    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(ui::WINDOW_TITLE)
            .with_app_id("massage-coverage")
            .with_inner_size([1100.0, 780.0])
            .with_min_inner_size([640.0, 480.0]),
        ..Default::default()
    };
    // A logout, a shutdown or `kill` ends the app the way closing the window does: the open
    // case is saved first. Registered before the window opens, so no signal is missed.
    let stop = Arc::new(AtomicBool::new(false));
    let signals = Signals::new([SIGTERM, SIGHUP, SIGINT])
        .context("Could not prepare the app to save your case when the computer shuts down.")?;
    let app = app.with_stop_flag(Arc::clone(&stop));
    eframe::run_native(
        ui::WINDOW_TITLE,
        options,
        Box::new(move |cc| {
            stop_on_signals(signals, cc.egui_ctx.clone(), stop);
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("The window could not be opened: {e}"))
}

/// Wakes the app when the system asks it to end, so it saves and closes; a second request
/// while it is still closing ends it at once (every case file is written whole or not at all).
fn stop_on_signals(mut signals: Signals, ctx: egui::Context, stop: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        for _ in signals.forever() {
            if stop.swap(true, Ordering::SeqCst) {
                std::process::exit(1);
            }
            ctx.request_repaint();
        }
    });
}

/// Where the content comes from: a clinic's folder, or the built-in one in a language.
#[derive(Clone, Copy)]
struct ContentChoice<'a> {
    dir: Option<&'a Path>,
    lang: Lang,
    /// Whether the language was asked for on the command line (else the settings decide).
    explicit_lang: bool,
}

impl ContentChoice<'_> {
    fn load(self) -> anyhow::Result<Guidance> {
        match self.dir {
            Some(dir) => load_content(dir),
            None => Ok(Guidance::builtin_for(self.lang)?),
        }
    }
}

/// Reads a PIN from standard input and prints its salted hash for the kiosk configuration.
fn hash_pin() -> anyhow::Result<ExitCode> {
    let mut pin = String::new();
    std::io::stdin()
        .read_line(&mut pin)
        .context("Could not read the PIN from standard input.")?;
    println!("{}", massage_coverage::kiosk::hash_pin(&pin)?);
    Ok(ExitCode::SUCCESS)
}

/// The configuration's text, read no further than one byte past the largest accepted size,
/// so that a huge file is refused without filling memory.
fn read_kiosk_config(path: &Path) -> std::io::Result<String> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(u64::try_from(massage_coverage::kiosk::MAX_CONFIG_BYTES).unwrap_or(u64::MAX) + 1)
        .read_to_end(&mut bytes)?;
    // A file cut off at the limit parses as too large, not as broken text.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn run_kiosk(
    config_path: &Path,
    content: ContentChoice<'_>,
    exit_after_frames: Option<u32>,
    offset: time::UtcOffset,
) -> anyhow::Result<()> {
    let text = read_kiosk_config(config_path).with_context(|| {
        format!(
            "Could not read the kiosk configuration; check the file name: {}",
            config_path.display()
        )
    })?;
    let config =
        KioskConfig::parse(&text).with_context(|| format!("In {}", config_path.display()))?;
    // The kiosk starts in the language its configuration names.
    let lang = Lang::from_code(&config.language).unwrap_or_default();
    let guidance = ContentChoice { lang, ..content }.load()?;
    let app = KioskApp::new(
        config,
        guidance,
        Box::new(SystemClock { offset }),
        Arc::new(Cups),
    )
    .exit_after_frames(exit_after_frames);
    let app = if content.dir.is_some() {
        app.with_fixed_content()
    } else {
        app
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(ui::WINDOW_TITLE)
            .with_app_id("massage-coverage-kiosk")
            .with_fullscreen(true)
            .with_decorations(false)
            .with_close_button(false)
            .with_minimize_button(false)
            .with_maximize_button(false),
        ..Default::default()
    };
    eframe::run_native(ui::WINDOW_TITLE, options, Box::new(|_cc| Ok(Box::new(app))))
        .map_err(|e| anyhow::anyhow!("The kiosk window could not be opened: {e}"))
}

/// Builds `kind` for the case file at `case_path`, for printing on `today`.
fn build_document(
    kind: DocumentKind,
    case_path: &Path,
    call: Option<usize>,
    content: ContentChoice<'_>,
    today: time::Date,
) -> anyhow::Result<documents::Document> {
    let mut case = massage_coverage::store::import_case(case_path)?;
    // A document prints in the case's language unless --lang asks for another.
    if content.explicit_lang {
        case.language = content.lang;
    }
    let guidance = ContentChoice {
        lang: case.language,
        ..content
    }
    .load()?;
    let calls = &case.insurer.calls;
    let record = match call {
        None => None,
        Some(_) if calls.is_empty() => anyhow::bail!(
            "This case has no logged calls; leave out --call for a blank checklist: {}",
            case_path.display()
        ),
        Some(n) => Some(calls.get(n.wrapping_sub(1)).with_context(|| {
            format!(
                "This case has {} logged calls; choose --call 1 to {}: {}",
                calls.len(),
                calls.len(),
                case_path.display()
            )
        })?),
    };
    Ok(kind.build(&case, &guidance, record, today))
}

fn page_setup(paper: Paper, today: time::Date) -> PageSetup {
    let size = match paper {
        Paper::Letter => PaperSize::Letter,
        Paper::A4 => PaperSize::A4,
    };
    PageSetup {
        size,
        printed_on: today,
    }
}

fn today(offset: time::UtcOffset) -> time::Date {
    time::OffsetDateTime::now_utc().to_offset(offset).date()
}

/// `checklist`, `letter` and `summary`: the document as PDF or text, to a file or stdout.
fn write_document(
    kind: DocumentKind,
    args: &DocumentArgs,
    call: Option<usize>,
    content: ContentChoice<'_>,
    offset: time::UtcOffset,
) -> anyhow::Result<ExitCode> {
    let today = today(offset);
    let doc = build_document(kind, &args.case, call, content, today)?;
    let format = args.format.unwrap_or_else(|| {
        let is_txt = args
            .out
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
        if is_txt { Format::Txt } else { Format::Pdf }
    });
    let setup = page_setup(args.paper, today);
    let bytes = match format {
        Format::Pdf => documents::to_pdf(&doc, &setup)?,
        Format::Txt => documents::to_text(&doc, &setup).into_bytes(),
    };
    if args.out.as_os_str() == "-" {
        use std::io::Write as _;
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(&bytes)
            .and_then(|()| stdout.flush())
            .context("Could not write the document to standard output.")?;
    } else {
        massage_coverage::store::write_atomic(&args.out, &bytes)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `print`: the document as a PDF, sent to CUPS.
fn print_document(
    kind: DocumentKind,
    case_path: &Path,
    printer: Option<&str>,
    paper: Paper,
    call: Option<usize>,
    content: ContentChoice<'_>,
    offset: time::UtcOffset,
) -> anyhow::Result<ExitCode> {
    let today = today(offset);
    let doc = build_document(kind, case_path, call, content, today)?;
    let setup = page_setup(paper, today);
    let pdf = documents::to_pdf(&doc, &setup)?;
    let job = documents::print::print_pdf_on(&pdf, printer, &kind.job_title(doc.lang), setup.size)?;
    println!("Sent to the printer as job {job}.");
    Ok(ExitCode::SUCCESS)
}
