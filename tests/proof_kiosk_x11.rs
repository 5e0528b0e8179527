//! The real kiosk binary, fullscreen under Xvfb and openbox, as a front desk would see it:
//! after the idle timeout with no input the screen is the welcome screen again (pixel for
//! pixel) and the X PRIMARY selection no longer holds what the patient selected; and the
//! wrong-PIN lockout survives a restart through the lockout file.
//!
//! Needs an X display, openbox, xdotool, xwd (x11-apps) and xclip; `scripts/test.sh` installs
//! them and runs `cargo test --test proof_kiosk_x11 -- --ignored` under Xvfb. Where to click
//! is found by laying out the same screens in the test harness at the screen's size.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use massage_coverage::guidance::Guidance;
use massage_coverage::kiosk::KioskConfig;
use massage_coverage::ui::FixedClock;
use massage_coverage::ui::kiosk::KioskApp;
use time::macros::datetime;

const SCREEN: egui::Vec2 = egui::vec2(1280.0, 800.0);
/// The example configuration's hash, of the PIN 2468.
const PIN_HASH: &str = "$argon2id$v=19$m=8192,t=2,p=1$WBjHnAB2/TOziHKLQ9p31A$b93POE2YXqqs/oJFjPGf6fGY+FIkJJTHrcLuRiZkTzk";

/// The shortest idle timeout and countdown the configuration allows.
const IDLE: u64 = 30;
const WARNING: u64 = 5;

fn config_text(extra: &str) -> String {
    format!(
        r#"(clinic_name: "Riverside Clinic", clinic_phone: "(555) 010-0199", clinic_address: "100 Main Street",
            printer: "PDF", idle_timeout_seconds: {IDLE}, warning_seconds: {WARNING}, language: "en",
            documents: [Checklist], staff_pin_hash: "{PIN_HASH}", {extra})"#
    )
}

fn write_config(dir: &Path, extra: &str) -> PathBuf {
    let path = dir.join("kiosk.ron");
    std::fs::write(&path, config_text(extra)).expect("config written");
    path
}

/// The kiosk laid out in the harness at the screen's size, on its welcome screen.
fn harness() -> Harness<'static, KioskApp> {
    let config = KioskConfig::parse(&config_text("")).expect("valid configuration");
    let app = KioskApp::new(
        config,
        Guidance::builtin().expect("content"),
        Box::new(FixedClock(datetime!(2026-12-02 10:00 UTC))),
        std::sync::Arc::new(massage_coverage::ui::paper::Cups),
    );
    let mut h = Harness::builder()
        .with_size(SCREEN)
        .build_ui_state(|ui, app: &mut KioskApp| app.ui(ui), app);
    h.run();
    h
}

fn centre(h: &Harness<'_, KioskApp>, label: &str) -> egui::Pos2 {
    h.get_by_label(label).rect().center()
}

fn click_at(p: egui::Pos2, times: u32) {
    common::xdotool(&["mousemove", &format!("{:.0}", p.x), &format!("{:.0}", p.y)]);
    std::thread::sleep(Duration::from_millis(200));
    common::xdotool(&[
        "click",
        "--repeat",
        &times.to_string(),
        "--delay",
        "80",
        "1",
    ]);
    std::thread::sleep(Duration::from_millis(600));
}

/// The whole screen as `xwd` dumps it (the pointer is not in it).
fn screen() -> Vec<u8> {
    Command::new("xwd")
        .args(["-root", "-silent"])
        .output()
        .expect("xwd runs (x11-apps)")
        .stdout
}

/// What a middle click would paste now.
fn primary() -> String {
    let mut child = Command::new("xclip")
        .args(["-o", "-selection", "primary"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("xclip runs");
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(3) {
        if child.try_wait().expect("xclip status").is_some() {
            let out = child.wait_with_output().expect("xclip output");
            return String::from_utf8_lossy(&out.stdout).into_owned();
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    String::new()
}

/// A window manager for the test (the kiosk needs one to be fullscreen), ended when dropped.
struct Openbox(Child);

impl Openbox {
    fn start(home: &Path) -> Self {
        let child = Command::new("openbox")
            .env("HOME", home)
            .env("XDG_CACHE_HOME", home)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("openbox starts (scripts/test.sh installs it)");
        std::thread::sleep(Duration::from_secs(1));
        Self(child)
    }
}

impl Drop for Openbox {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The kiosk binary, ended when dropped.
struct Kiosk(Child);

impl Kiosk {
    fn start(config: &Path, home: &Path) -> Self {
        let child = Command::new(env!("CARGO_BIN_EXE_massage-coverage"))
            .args(["kiosk", "--config"])
            .arg(config)
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("MESA_SHADER_CACHE_DISABLE", "true")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the kiosk starts");
        let started = Instant::now();
        while common::xdotool(&[
            "search",
            "--onlyvisible",
            "--class",
            "massage-coverage-kiosk",
        ])
        .is_empty()
        {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "no kiosk window"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
        // Fullscreen is asked for again on the second frame; let it settle, then give it the
        // keyboard (a window manager may not, with no click yet).
        std::thread::sleep(Duration::from_secs(3));
        let window = common::xdotool(&[
            "search",
            "--onlyvisible",
            "--class",
            "massage-coverage-kiosk",
        ]);
        if let Some(id) = window.lines().next() {
            common::xdotool(&["windowfocus", "--sync", id]);
        }
        std::thread::sleep(Duration::from_millis(300));
        Self(child)
    }

    fn running(&mut self) -> bool {
        self.0.try_wait().expect("kiosk status").is_none()
    }
}

impl Drop for Kiosk {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Somewhere on the screen with nothing under it, so no hover changes what is drawn.
const RESTING: egui::Pos2 = egui::pos2(1270.0, 790.0);

#[test]
#[ignore = "needs an X display with openbox, xdotool, xwd and xclip: scripts/test.sh runs it under Xvfb"]
fn after_the_idle_wipe_with_no_input_the_screen_is_the_welcome_screen_and_primary_is_empty() {
    let mut h = harness();
    let start = centre(&h, "Start");
    h.get_by_label("Start").click();
    h.run();
    let name = centre(&h, "Your full name");

    let home = tempfile::tempdir().expect("home");
    let _wm = Openbox::start(home.path());
    let config = write_config(home.path(), "");
    let mut kiosk = Kiosk::start(&config, home.path());
    common::xdotool(&[
        "mousemove",
        &format!("{}", RESTING.x),
        &format!("{}", RESTING.y),
    ]);
    std::thread::sleep(Duration::from_secs(1));
    let welcome = screen();

    click_at(start, 1);
    click_at(name, 1);
    common::xdotool(&["type", "--delay", "30", "Zelda Quartermaine"]);
    // A double click selects a word, which X offers to a middle click (PRIMARY).
    click_at(name, 2);
    let selected = primary();
    assert!(
        selected.contains("Zelda") || selected.contains("Quartermaine"),
        "the double-click did not select the name (PRIMARY holds {selected:?})"
    );
    common::xdotool(&[
        "mousemove",
        &format!("{}", RESTING.x),
        &format!("{}", RESTING.y),
    ]);
    std::thread::sleep(Duration::from_secs(1));
    assert_ne!(screen(), welcome, "the form is on screen");

    // No input at all from here: the timeout, the countdown, then a little more.
    std::thread::sleep(Duration::from_secs(IDLE + WARNING + 3));
    assert!(kiosk.running(), "the kiosk is still up");
    let after = screen();
    assert!(
        after == welcome,
        "after the idle wipe with no input the screen is not the welcome screen ({} and {} bytes)",
        after.len(),
        welcome.len()
    );
    let left = primary();
    assert!(
        !left.contains("Zelda") && !left.contains("Quartermaine"),
        "a middle click would still paste {left:?}"
    );
    println!("idle wipe: the screen equals the welcome screen; PRIMARY holds {left:?}");
}

#[test]
#[ignore = "needs an X display with openbox and xdotool: scripts/test.sh runs it under Xvfb"]
fn three_wrong_pins_keep_the_staff_exit_locked_after_a_restart() {
    let mut h = harness();
    h.key_press_modifiers(egui::Modifiers::CTRL | egui::Modifiers::SHIFT, egui::Key::E);
    h.run();
    let pin = centre(&h, "Staff PIN");

    let home = tempfile::tempdir().expect("home");
    let _wm = Openbox::start(home.path());
    let lockout = home.path().join("lockout").join("pin-lockout.ron");
    let config = write_config(
        home.path(),
        &format!("lockout_file: Some({:?})", lockout.display().to_string()),
    );
    let mut kiosk = Kiosk::start(&config, home.path());
    common::xdotool(&["key", "ctrl+shift+e"]);
    std::thread::sleep(Duration::from_millis(600));
    click_at(pin, 1);
    for _ in 0..3 {
        common::xdotool(&["type", "--delay", "30", "1111"]);
        common::xdotool(&["key", "Return"]);
        std::thread::sleep(Duration::from_millis(800));
    }
    let kept = std::fs::read_to_string(&lockout).expect("the lockout file was written");
    println!(
        "after three wrong PINs the lockout file holds: {}",
        kept.trim()
    );
    assert!(
        kept.replace(char::is_whitespace, "").contains("wrong:3"),
        "three wrong PINs were not all counted: {kept}"
    );
    drop(kiosk);

    kiosk = Kiosk::start(&config, home.path());
    common::xdotool(&["key", "ctrl+shift+e"]);
    std::thread::sleep(Duration::from_millis(600));
    click_at(pin, 1);
    common::xdotool(&["type", "--delay", "30", "2468"]);
    common::xdotool(&["key", "Return"]);
    std::thread::sleep(Duration::from_secs(2));
    assert!(
        kiosk.running(),
        "the right PIN right after a restart was let through: the lockout was forgotten"
    );
}
