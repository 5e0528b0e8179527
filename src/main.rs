//! The command line: open the app in a window. Subcommands (kiosk, documents, content checks)
//! join the `Command` list as they arrive.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Parser;

use massage_coverage::guidance::Guidance;
use massage_coverage::store::DiskStore;
use massage_coverage::ui::{self, App, SystemClock, files::NativePicker};

/// Massage Coverage Guide: step by step, get massage therapy paid for.
#[derive(Debug, Parser)]
#[command(name = "massage-coverage", version, about)]
struct Cli {
    /// Folder for saved cases (default: the usual data folder for your account).
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    /// Close the window by itself after this many frames (for smoke tests).
    #[arg(long, value_name = "N", hide = true)]
    exit_after_frames: Option<u32>,
}

fn main() -> ExitCode {
    // Read the time zone before any thread exists: `time` refuses to afterwards.
    let offset = time::UtcOffset::current_local_offset().unwrap_or(time::UtcOffset::UTC);
    let cli = Cli::parse();
    match run(cli, offset) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("massage-coverage: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, offset: time::UtcOffset) -> anyhow::Result<()> {
    let data_dir = match cli.data_dir {
        Some(dir) => dir,
        None => DiskStore::default_dir().context(
            "Could not find your home folder to keep cases in. Start the app with --data-dir DIR.",
        )?,
    };
    let store = DiskStore::open(&data_dir)?;
    let guidance = Guidance::builtin()?;
    let app = App::new(
        store,
        guidance,
        Box::new(SystemClock { offset }),
        Box::new(NativePicker),
    )
    .exit_after_frames(cli.exit_after_frames);

    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(ui::WINDOW_TITLE)
            .with_app_id("massage-coverage")
            .with_inner_size([1100.0, 780.0])
            .with_min_inner_size([640.0, 480.0]),
        ..Default::default()
    };
    eframe::run_native(ui::WINDOW_TITLE, options, Box::new(|_cc| Ok(Box::new(app))))
        .map_err(|e| anyhow::anyhow!("The window could not be opened: {e}"))
}
