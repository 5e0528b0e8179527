//! The smallest eframe window this crate's dependencies can make: the baseline that
//! `scripts/bench-startup.sh` compares the app's start-up time and memory with.
//!
//! Same eframe features (glow, default fonts, accesskit, x11, wayland, clipboard), same release
//! profile, same window size as the app; it draws one heading and one line of text.
//!
//! ```sh
//! cargo run --release --example minimal_window -- --exit-after-frames 1
//! ```

use std::process::ExitCode;

/// Closes the window by itself after this many frames, like the app's hidden flag.
const EXIT_FLAG: &str = "--exit-after-frames";

struct Minimal {
    frames: u32,
    exit_after_frames: Option<u32>,
}

impl eframe::App for Minimal {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading("Minimal window");
            ui.label("The baseline for start-up time and memory.");
        });
        self.frames += 1;
        if let Some(n) = self.exit_after_frames {
            if self.frames >= n {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                ui.ctx().request_repaint();
            }
        }
    }
}

/// The value of `--exit-after-frames N` (or `--exit-after-frames=N`), if given.
fn exit_after_frames() -> Result<Option<u32>, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = match args.as_slice() {
        [] => return Ok(None),
        [flag, n] if flag == EXIT_FLAG => n.as_str(),
        [arg] => arg
            .strip_prefix(EXIT_FLAG)
            .and_then(|rest| rest.strip_prefix('='))
            .ok_or_else(|| format!("unknown argument {arg}"))?,
        _ => return Err(format!("usage: minimal_window [{EXIT_FLAG} N]")),
    };
    value
        .parse()
        .map(Some)
        .map_err(|_| format!("{EXIT_FLAG} needs a whole number"))
}

fn main() -> ExitCode {
    let exit_after_frames = match exit_after_frames() {
        Ok(n) => n,
        Err(e) => {
            eprintln!("minimal_window: {e}");
            return ExitCode::FAILURE;
        }
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Minimal window")
            .with_app_id("minimal-window")
            .with_inner_size([1100.0, 780.0]),
        ..Default::default()
    };
    let app = Minimal {
        frames: 0,
        exit_after_frames,
    };
    match eframe::run_native("Minimal window", options, Box::new(|_cc| Ok(Box::new(app)))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("minimal_window: the window could not be opened: {e}");
            ExitCode::FAILURE
        }
    }
}
