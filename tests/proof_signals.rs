//! The real app, in a real window, is ended by the system (SIGTERM, SIGHUP, SIGINT) a moment
//! after the patient typed, before the autosave's delay has passed: what they typed is in the
//! case file afterwards.
//!
//! Needs an X display, `xdotool` and `xwininfo`; `scripts/test.sh` runs it under Xvfb with
//! `cargo test --test proof_signals -- --ignored`. Where to click is found by laying out the
//! same screens in the test harness at the window's size, 1100x780.

mod common;

use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use egui_kittest::kittest::Queryable;
use massage_coverage::case::{Case, Step};
use massage_coverage::store::DiskStore;

const WINDOW: egui::Vec2 = egui::vec2(1100.0, 780.0);
const ID: &str = "c20261129-100000-0007";

fn saved_case() -> Case {
    let mut case = common::case_on(ID, Step::CallInsurer);
    case.title = "Signal test".into();
    case
}

/// The centres of "Continue" on the start screen and of the Member ID field on step 3, in
/// window coordinates, as the app lays them out at the window's size.
fn click_points(data: &Path) -> (egui::Pos2, egui::Pos2) {
    let store = DiskStore::open(data).expect("data dir");
    let app = massage_coverage::ui::App::new(
        store,
        massage_coverage::guidance::Guidance::builtin().expect("content"),
        Box::new(massage_coverage::ui::FixedClock(common::NOW)),
        Box::new(massage_coverage::ui::files::NoDialogs),
    );
    let mut h = egui_kittest::Harness::builder()
        .with_size(WINDOW)
        .build_ui_state(|ui, app: &mut massage_coverage::ui::App| app.ui(ui), app);
    h.run();
    let cont = h.get_by_label_contains("Continue").rect().center();
    h.get_by_label_contains("Continue").click();
    h.run();
    let field = h.get_by_label("Member ID").rect();
    assert!(
        field.max.y < WINDOW.y - 50.0,
        "the Member ID field is out of view at 1100x780: {field:?}"
    );
    (cont, field.center())
}

/// The app's window id, once it is mapped.
fn window_of(app: &mut Child) -> String {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(30) {
        assert!(
            app.try_wait().expect("app status").is_none(),
            "the app exited before its window opened"
        );
        let found = common::xdotool(&[
            "search",
            "--onlyvisible",
            "--name",
            "Massage Coverage Guide",
        ]);
        if let Some(id) = found.lines().next() {
            return id.to_owned();
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("the app's window did not appear within 30 s");
}

fn click_at(window: &str, p: egui::Pos2) {
    let (x, y) = (format!("{:.0}", p.x), format!("{:.0}", p.y));
    common::xdotool(&["mousemove", "--window", window, &x, &y]);
    std::thread::sleep(Duration::from_millis(150));
    common::xdotool(&["click", "1"]);
    std::thread::sleep(Duration::from_millis(600));
}

fn member_id_after(signal: &str) -> String {
    let data = tempfile::tempdir().expect("data dir");
    let config = tempfile::tempdir().expect("config dir");
    let layout = tempfile::tempdir().expect("layout dir");
    DiskStore::open(data.path())
        .expect("store")
        .save(&saved_case())
        .expect("saved");
    DiskStore::open(layout.path())
        .expect("store")
        .save(&saved_case())
        .expect("saved");
    let (cont, field) = click_points(layout.path());
    println!("clicking Continue at {cont:?}, then Member ID at {field:?}");

    let mut app = Command::new(env!("CARGO_BIN_EXE_massage-coverage"))
        .arg("--data-dir")
        .arg(data.path())
        .env("XDG_CONFIG_HOME", config.path())
        .spawn()
        .expect("the app starts");
    let window = window_of(&mut app);
    // Let the first frames settle at the window's size.
    std::thread::sleep(Duration::from_secs(2));
    click_at(&window, cont);
    click_at(&window, field);
    // With no window manager, X gives the keyboard to nobody until asked.
    common::xdotool(&["windowfocus", "--sync", &window]);
    std::thread::sleep(Duration::from_millis(300));
    common::xdotool(&["type", "--delay", "20", "XJ-445566"]);
    // Well before the autosave's 0.8 s: only the signal can have saved it.
    std::thread::sleep(Duration::from_millis(150));
    let pid = app.id().to_string();
    let sent = Command::new("kill")
        .args([signal, &pid])
        .status()
        .expect("kill runs");
    assert!(sent.success());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = app.try_wait().expect("app status") {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the app did not end within 20 s of {signal}"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    println!(
        "{signal}: the app ended with {status} after {:?}",
        started.elapsed()
    );
    let file = data.path().join("cases").join(format!("{ID}.ron"));
    let case = massage_coverage::store::import_case(&file).expect("the case file reads");
    case.insurer.member_id
}

#[test]
#[ignore = "needs an X display and xdotool: scripts/test.sh runs it under Xvfb"]
fn a_member_id_typed_just_before_sigterm_is_in_the_case_file() {
    assert_eq!(member_id_after("-TERM"), "XJ-445566");
}

#[test]
#[ignore = "needs an X display and xdotool: scripts/test.sh runs it under Xvfb"]
fn a_member_id_typed_just_before_sighup_is_in_the_case_file() {
    assert_eq!(member_id_after("-HUP"), "XJ-445566");
}

#[test]
#[ignore = "needs an X display and xdotool: scripts/test.sh runs it under Xvfb"]
fn a_member_id_typed_just_before_sigint_is_in_the_case_file() {
    assert_eq!(member_id_after("-INT"), "XJ-445566");
}
