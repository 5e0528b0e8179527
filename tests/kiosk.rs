//! The reception kiosk, driven by label with an injected clock: idle reset, wipe, printing,
//! the staff exit PIN, and configuration errors from the command line.

mod common;

use std::process::Command;
use std::sync::{Arc, Mutex};

use common::{TestClock, click, shows, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use massage_coverage::documents::PaperSize;
use massage_coverage::documents::print::{PrintError, PrinterState, Printers};
use massage_coverage::guidance::Guidance;
use massage_coverage::kiosk::{KioskConfig, hash_pin};
use massage_coverage::ui::kiosk::KioskApp;
use massage_coverage::ui::paper::PrintService;

const BIN: &str = env!("CARGO_BIN_EXE_massage-coverage");

/// A printer service that records the printer each job went to, and the jobs purged.
#[derive(Default)]
struct Recorder(Mutex<Vec<Option<String>>>, Mutex<Vec<String>>);

impl PrintService for Recorder {
    fn printers(&self) -> Result<Printers, PrintError> {
        Ok(Printers {
            names: vec!["Front".into()],
            default: Some("Front".into()),
        })
    }

    fn print(
        &self,
        pdf: &[u8],
        printer: Option<&str>,
        _title: &str,
        _paper: PaperSize,
    ) -> Result<String, PrintError> {
        assert!(pdf.starts_with(b"%PDF"));
        let mut jobs = self.0.lock().expect("jobs");
        jobs.push(printer.map(str::to_owned));
        Ok(format!("Front-{}", jobs.len()))
    }

    fn printer_state(&self, _printer: &str) -> Result<PrinterState, PrintError> {
        Ok(PrinterState::Ready)
    }

    fn purge(&self, jobs: &[String]) -> Result<(), PrintError> {
        self.1.lock().expect("purged").extend(jobs.iter().cloned());
        Ok(())
    }
}

fn config(timeout: u32, warning: u32) -> KioskConfig {
    config_with(timeout, warning, "")
}

/// The test configuration with `extra` fields at the end.
fn config_with(timeout: u32, warning: u32, extra: &str) -> KioskConfig {
    let hash = hash_pin("2468").expect("hash");
    KioskConfig::parse(&format!(
        r#"(clinic_name: "Riverside Clinic", clinic_phone: "(555) 010-0199", clinic_address: "100 Main Street",
            printer: "Front", idle_timeout_seconds: {timeout}, warning_seconds: {warning}, language: "en",
            documents: [Checklist, Letter], staff_pin_hash: "{hash}", {extra})"#
    ))
    .expect("valid configuration")
}

fn kiosk(clock: &TestClock, printing: Arc<Recorder>) -> Harness<'static, KioskApp> {
    kiosk_with(clock, printing, config(120, 30))
}

fn kiosk_with(
    clock: &TestClock,
    printing: Arc<Recorder>,
    config: KioskConfig,
) -> Harness<'static, KioskApp> {
    let app = KioskApp::new(
        config,
        Guidance::builtin().expect("content"),
        Box::new(clock.clone()),
        printing,
    );
    Harness::builder()
        .with_size(egui::vec2(1280.0, 2400.0))
        // A print job answers from another thread and asks for a repaint when it does, so a
        // frame may need a few more steps to settle.
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut KioskApp| app.ui(ui), app)
}

fn click_k(h: &mut Harness<'_, KioskApp>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

fn type_k(h: &mut Harness<'_, KioskApp>, label: &str, text: &str) {
    click_k(h, label);
    h.get_by_label(label).type_text(text);
    h.run();
}

fn shows_k(h: &Harness<'_, KioskApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// Starts a case and types a name and a member ID that must not survive a wipe.
fn start_and_type(h: &mut Harness<'_, KioskApp>) {
    click_k(h, "Start");
    type_k(h, "Your full name", "Zelda Quartermaine");
    click_k(h, "Step 3, Call your insurer, still to do");
    type_k(h, "Member ID", "QX-99871");
    assert!(
        shows_k(h, "Zelda Quartermaine")
            || h.state()
                .case()
                .is_some_and(|c| c.about.patient_name == "Zelda Quartermaine")
    );
}

fn nothing_typed_remains(h: &Harness<'_, KioskApp>) {
    for typed in ["Zelda", "Quartermaine", "QX-99871"] {
        assert!(!shows_k(h, typed), "\"{typed}\" is still on screen");
        let in_values = h
            .query_all_by(|n| n.value().is_some_and(|v| v.contains(typed)))
            .count();
        assert_eq!(in_values, 0, "\"{typed}\" is still in a field");
    }
    assert!(h.state().case().is_none());
}

#[test]
fn the_warning_appears_exactly_at_the_timeout_and_more_time_restarts_the_clock() {
    let clock = TestClock::new();
    let mut h = kiosk(&clock, Arc::default());
    start_and_type(&mut h);
    clock.advance(119);
    h.run();
    assert!(!shows_k(&h, "Do you need more time?"), "too early");
    clock.advance(1);
    h.run();
    assert!(shows_k(&h, "Do you need more time?"));
    assert!(shows_k(&h, "cleared in 30 seconds"));
    clock.advance(10);
    h.run();
    assert!(shows_k(&h, "cleared in 20 seconds"));
    // A screen reader's "scroll into view" would count as a touch; click as a finger would.
    h.get_by_label("Yes, more time").click();
    h.run();
    assert!(!shows_k(&h, "Do you need more time?"));
    clock.advance(119);
    h.run();
    assert!(
        !shows_k(&h, "Do you need more time?"),
        "the timer restarted"
    );
    assert_eq!(
        h.state()
            .case()
            .map(|c| c.insurer.member_id.clone())
            .as_deref(),
        Some("QX-99871")
    );
}

#[test]
fn at_the_end_of_the_countdown_everything_typed_is_gone_and_the_welcome_screen_is_back() {
    let clock = TestClock::new();
    let mut h = kiosk(&clock, Arc::default());
    start_and_type(&mut h);
    clock.advance(120);
    h.run();
    assert!(shows_k(&h, "Do you need more time?"));
    clock.advance(30);
    h.run();
    h.run();
    assert!(shows_k(&h, "Riverside Clinic"));
    assert!(h.query_by_label("Start").is_some());
    nothing_typed_remains(&h);
    // A new patient starts with empty fields, not the last one's undo history.
    click_k(&mut h, "Start");
    assert_eq!(
        h.get_by_label("Your full name").value().unwrap_or_default(),
        ""
    );
}

#[test]
fn im_finished_offers_to_print_to_the_clinic_printer_then_wipes() {
    let clock = TestClock::new();
    let printing = Arc::new(Recorder::default());
    let mut h = kiosk(&clock, Arc::clone(&printing));
    start_and_type(&mut h);
    click_k(&mut h, "I'm finished");
    assert!(shows_k(&h, "Before you go"));
    click_k(&mut h, "Print the call checklist");
    for _ in 0..200 {
        h.run();
        if shows_k(&h, "Printed. Your pages are at the printer.") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(shows_k(&h, "Printed. Your pages are at the printer."));
    assert_eq!(
        *printing.0.lock().expect("jobs"),
        vec![Some("Front".to_owned())]
    );
    assert!(
        !shows_k(&h, "Print the plan"),
        "only the configured documents are offered"
    );
    click_k(&mut h, "Clear my answers and finish");
    nothing_typed_remains(&h);
    assert!(h.query_by_label("Start").is_some());
}

#[test]
fn the_kiosk_offers_no_file_dialogs_and_no_case_list() {
    let clock = TestClock::new();
    let mut h = kiosk(&clock, Arc::default());
    click_k(&mut h, "Start");
    click_k(&mut h, "Step 7, Your plan, still to do");
    assert!(
        h.query_all_by_label_contains("Save as PDF")
            .next()
            .is_none()
    );
    assert!(h.query_by_label("All cases").is_none());
    assert!(h.query_by_label("Print Call checklist").is_some());
    assert!(
        h.query_by_label("Print Your plan").is_none(),
        "not configured"
    );
}

#[test]
fn the_staff_pin_opens_the_exit_wrong_pins_are_refused_and_then_rate_limited() {
    let clock = TestClock::new();
    let mut h = kiosk(&clock, Arc::default());
    // Five taps on the clinic's name open the staff exit.
    for _ in 0..5 {
        click_k(&mut h, "Riverside Clinic");
    }
    assert!(shows_k(&h, "Staff exit"));
    for _ in 0..2 {
        type_k(&mut h, "Staff PIN", "1111");
        click_k(&mut h, "Exit kiosk");
        assert!(shows_k(&h, "That PIN is not right."));
        assert!(!h.state().wants_to_quit());
    }
    type_k(&mut h, "Staff PIN", "1111");
    click_k(&mut h, "Exit kiosk");
    assert!(shows_k(&h, "Too many wrong PINs. Try again in 30 seconds."));
    // Locked: even the right PIN does nothing now.
    type_k(&mut h, "Staff PIN", "2468");
    click_k(&mut h, "Exit kiosk");
    assert!(!h.state().wants_to_quit());
    clock.advance(31);
    h.run();
    assert!(!shows_k(&h, "Too many wrong PINs"));
    // The right PIN typed during the lock is still in the field.
    click_k(&mut h, "Exit kiosk");
    assert!(h.state().wants_to_quit());
}

#[test]
fn a_configuration_problem_is_one_message_naming_the_field_and_nothing_starts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kiosk.ron");
    std::fs::write(&path, "(clinic_name: \"X\")").expect("write");
    let out = Command::new(BIN)
        .args(["kiosk", "--config"])
        .arg(&path)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("run");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("clinic_phone"), "{stderr}");
    assert!(stderr.contains("kiosk.ron"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");

    let missing = Command::new(BIN)
        .args(["kiosk", "--config", "/nonexistent/kiosk.ron"])
        .output()
        .expect("run");
    assert!(!missing.status.success());
    assert!(
        String::from_utf8_lossy(&missing.stderr).contains("Could not read the kiosk configuration")
    );
}

#[test]
fn the_example_configuration_is_valid_and_its_pin_is_2468() {
    let text = std::fs::read_to_string("assets/kiosk-example.ron").expect("example");
    let config = KioskConfig::parse(&text).expect("valid");
    assert_eq!(config.printer, "PDF");
    assert_eq!(config.idle_timeout_seconds, 120);
    assert!(massage_coverage::kiosk::pin_matches(
        "2468",
        &config.staff_pin_hash
    ));
}

#[test]
fn hash_pin_prints_a_hash_that_the_kiosk_accepts() {
    use std::io::Write as _;
    let mut child = Command::new(BIN)
        .args(["kiosk", "hash-pin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"97531\n")
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    let hash = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    assert!(hash.starts_with("$argon2id$"));
    assert!(massage_coverage::kiosk::pin_matches("97531", &hash));
    let _ = (click, shows, type_into);
}

#[test]
fn a_patient_can_enlarge_the_text_and_choose_high_contrast_and_the_next_patient_starts_plain() {
    let clock = TestClock::new();
    let mut h = kiosk(&clock, Arc::default());
    // On the welcome screen already, before Start.
    assert!(shows_k(&h, "100%"));
    for _ in 0..12 {
        if h.get_by_label("Larger text").accesskit_node().is_disabled() {
            break;
        }
        click_k(&mut h, "Larger text");
    }
    assert!(shows_k(&h, "200%"));
    assert!((h.ctx.zoom_factor() - 2.0).abs() < 1e-6);
    click_k(&mut h, "High contrast");
    assert_eq!(
        h.ctx.global_style().visuals.panel_fill,
        egui::Color32::WHITE
    );
    // The kiosk's touch targets stay 48 points tall under the high-contrast theme.
    assert!(h.ctx.global_style().spacing.interact_size.y >= 48.0);
    start_and_type(&mut h);
    assert!(
        (h.ctx.zoom_factor() - 2.0).abs() < 1e-6,
        "kept while in use"
    );

    clock.advance(150);
    h.run();
    h.run();
    assert!(h.query_by_label("Start").is_some(), "wiped");
    assert!(shows_k(&h, "100%"));
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-6);
    assert_ne!(
        h.ctx.global_style().visuals.panel_fill,
        egui::Color32::WHITE
    );
}

#[test]
fn at_200_percent_no_two_kiosk_controls_overlap_on_any_step() {
    let clock = TestClock::new();
    let app = KioskApp::new(
        config(120, 30),
        Guidance::builtin().expect("content"),
        Box::new(clock.clone()),
        Arc::new(Recorder::default()),
    );
    // Tall enough that at 200% with the kiosk's large text no step scrolls.
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 16_000.0))
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut KioskApp| app.ui(ui), app);
    for _ in 0..10 {
        click_k(&mut h, "Larger text");
    }
    click_k(&mut h, "Start");
    click_k(&mut h, "Original Medicare (Part A, Part B)");
    for step in common::STEP_NAMES {
        let name = h
            .get_by_label_contains(step)
            .accesskit_node()
            .label()
            .unwrap_or_default();
        click_k(&mut h, &name);
        common::assert_no_overlap(&h, step);
    }
}

#[test]
fn every_kiosk_control_has_a_name_of_its_own_in_both_languages() {
    for (start, finished) in [("Start", "I'm finished"), ("Empezar", "Ya terminé")] {
        let clock = TestClock::new();
        let mut h = kiosk(&clock, Arc::default());
        if start == "Empezar" {
            h.state_mut().set_lang(massage_coverage::case::Lang::Es);
            h.run();
        }
        common::assert_named(&h, "the welcome screen", 3);
        click_k(&mut h, start);
        let mut visited = 0;
        for n in 1..=7 {
            let step = format!("{} {n},", if start == "Start" { "Step" } else { "Paso" });
            let Some(node) = h.query_by_label_contains(&step) else {
                continue; // Medicare is not offered to this case.
            };
            let name = node.accesskit_node().label().unwrap_or_default();
            click_k(&mut h, &name);
            common::assert_named(&h, &name, 5);
            visited += 1;
        }
        assert!(visited >= 6, "only {visited} steps found");
        click_k(&mut h, finished);
        common::assert_named(&h, finished, 3);
    }
}

/// How long egui was asked to wait before the next frame, after the last one.
fn repaint_delay(h: &Harness<'_, KioskApp>) -> std::time::Duration {
    h.output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map_or(std::time::Duration::MAX, |v| v.repaint_delay)
}

#[test]
fn after_the_idle_timeout_with_no_input_the_very_next_frame_shows_the_welcome_screen() {
    use std::time::Duration;
    let clock = TestClock::new();
    let mut h = kiosk(&clock, Arc::default());
    start_and_type(&mut h);
    // No field has focus (its cursor would blink), and nothing touches the screen.
    h.ctx.memory_mut(egui::Memory::stop_text_input);
    h.run();
    h.step();
    let delay = repaint_delay(&h);
    assert!(
        delay > Duration::from_secs(100) && delay <= Duration::from_mins(2),
        "woken at the idle deadline, not {delay:?}"
    );
    clock.advance(60);
    h.step();
    assert!(repaint_delay(&h) <= Duration::from_mins(1));
    // Past the timeout and the countdown: this frame wipes.
    clock.advance(90);
    h.step();
    assert_eq!(
        repaint_delay(&h),
        Duration::ZERO,
        "the wipe asks for the next frame at once"
    );
    let commands = &h.output().platform_output.commands;
    assert!(commands.contains(&egui::OutputCommand::CopyText(String::new())));
    assert!(
        commands.contains(&egui::OutputCommand::TextSelectionSettled(String::new())),
        "the PRIMARY selection is emptied too: {commands:?}"
    );
    h.step();
    assert!(h.query_by_label("Start").is_some(), "the welcome screen");
    nothing_typed_remains(&h);
    assert!(
        !h.ctx
            .plugin::<egui::text_selection::LabelSelectionState>()
            .lock()
            .has_selection()
    );
}

/// A printer service whose every job fails with what CUPS might say.
struct Broken;

impl PrintService for Broken {
    fn printers(&self) -> Result<Printers, PrintError> {
        Err(PrintError::NotRunning)
    }

    fn print(
        &self,
        _pdf: &[u8],
        _printer: Option<&str>,
        _title: &str,
        _paper: PaperSize,
    ) -> Result<String, PrintError> {
        Err(PrintError::Refused {
            message: "client-error-document-format-not-supported".into(),
        })
    }

    fn printer_state(&self, _printer: &str) -> Result<PrinterState, PrintError> {
        Err(PrintError::NotRunning)
    }

    fn purge(&self, _jobs: &[String]) -> Result<(), PrintError> {
        Ok(())
    }
}

#[test]
fn a_failed_kiosk_print_sends_the_patient_to_the_front_desk_in_the_screens_language() {
    for (lang, finished, print, desk) in [
        (
            massage_coverage::case::Lang::En,
            "I'm finished",
            "Print the call checklist",
            "Please ask at the front desk, or call (555) 010-0199.",
        ),
        (
            massage_coverage::case::Lang::Es,
            "Ya terminé",
            "Imprimir la lista para la llamada",
            "Por favor, pregunte en la recepción, o llame al (555) 010-0199.",
        ),
    ] {
        let clock = TestClock::new();
        let app = KioskApp::new(
            config(120, 30),
            Guidance::builtin().expect("content"),
            Box::new(clock.clone()),
            Arc::new(Broken),
        );
        let mut h = Harness::builder()
            .with_size(egui::vec2(1280.0, 2400.0))
            .with_max_steps(64)
            .build_ui_state(|ui, app: &mut KioskApp| app.ui(ui), app);
        h.state_mut().set_lang(lang);
        h.run();
        click_k(
            &mut h,
            if lang == massage_coverage::case::Lang::En {
                "Start"
            } else {
                "Empezar"
            },
        );
        click_k(&mut h, finished);
        click_k(&mut h, print);
        for _ in 0..200 {
            h.run();
            if shows_k(&h, desk) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(shows_k(&h, desk), "{lang:?}");
        for offered in ["client-error", "another printer", "PDF", "otra impresora"] {
            assert!(!shows_k(&h, offered), "{lang:?} shows \"{offered}\"");
        }
    }
}

/// Opens the staff exit with five taps on the clinic's name.
fn open_staff_exit(h: &mut Harness<'_, KioskApp>) {
    for _ in 0..5 {
        click_k(h, "Riverside Clinic");
    }
    assert!(shows_k(h, "Staff exit"));
}

fn wrong_pins(h: &mut Harness<'_, KioskApp>, n: usize) {
    for _ in 0..n {
        type_k(h, "Staff PIN", "1111");
        click_k(h, "Exit kiosk");
    }
}

#[test]
fn the_wrong_pin_lockout_survives_a_patient_wipe_and_keeps_growing() {
    let clock = TestClock::new();
    let mut h = kiosk(&clock, Arc::default());
    open_staff_exit(&mut h);
    wrong_pins(&mut h, 3);
    assert!(shows_k(&h, "Try again in 30 seconds."));
    click_k(&mut h, "Cancel");
    // A patient comes and goes.
    start_and_type(&mut h);
    click_k(&mut h, "I'm finished");
    click_k(&mut h, "Clear my answers and finish");
    assert!(h.query_by_label("Start").is_some());
    open_staff_exit(&mut h);
    assert!(
        shows_k(&h, "Too many wrong PINs. Try again in 30 seconds."),
        "still locked, no free try"
    );
    type_k(&mut h, "Staff PIN", "2468");
    click_k(&mut h, "Exit kiosk");
    assert!(!h.state().wants_to_quit());
    clock.advance(31);
    h.run();
    // The next wrong PIN waits twice as long, not 30 seconds again.
    wrong_pins(&mut h, 1);
    assert!(shows_k(&h, "Try again in 60 seconds."));
}

#[test]
fn the_wrong_pin_lockout_survives_a_restart_in_a_small_owner_only_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("kiosk/pin-lockout.ron");
    let config = || {
        config_with(
            120,
            30,
            &format!("lockout_file: Some({:?})", file.display().to_string()),
        )
    };
    let clock = TestClock::new();
    let mut h = kiosk_with(&clock, Arc::default(), config());
    open_staff_exit(&mut h);
    wrong_pins(&mut h, 3);
    clock.advance(31);
    h.run();
    wrong_pins(&mut h, 1);
    assert!(shows_k(&h, "Try again in 60 seconds."));
    drop(h);
    let text = std::fs::read_to_string(&file).expect("lockout file");
    assert!(text.len() < 60 && text.contains("wrong:4"), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&file).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    clock.advance(10);
    let mut h = kiosk_with(&clock, Arc::default(), config());
    open_staff_exit(&mut h);
    assert!(
        shows_k(&h, "Try again in 50 seconds."),
        "locked after the restart"
    );
    type_k(&mut h, "Staff PIN", "2468");
    click_k(&mut h, "Exit kiosk");
    assert!(!h.state().wants_to_quit());
    clock.advance(51);
    h.run();
    click_k(&mut h, "Exit kiosk");
    assert!(h.state().wants_to_quit());
    let text = std::fs::read_to_string(&file).expect("lockout file");
    assert!(
        text.contains("wrong:0"),
        "the right PIN clears the count: {text}"
    );
}

#[test]
fn enter_submits_the_staff_pin() {
    let clock = TestClock::new();
    let mut h = kiosk(&clock, Arc::default());
    open_staff_exit(&mut h);
    type_k(&mut h, "Staff PIN", "1111");
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(shows_k(&h, "That PIN is not right."));
    type_k(&mut h, "Staff PIN", "2468");
    h.key_press(egui::Key::Enter);
    h.run();
    assert!(h.state().wants_to_quit());
}

#[test]
fn the_longest_clinic_name_allowed_keeps_start_on_a_small_screen() {
    let hash = hash_pin("2468").expect("hash");
    let name = "W".repeat(60);
    let address = "M".repeat(120);
    let config = KioskConfig::parse(&format!(
        r#"(clinic_name: "{name}", clinic_phone: "(555) 010-0199", clinic_address: "{address}",
            printer: "Front", idle_timeout_seconds: 120, warning_seconds: 30, language: "en",
            documents: [Checklist], staff_pin_hash: "{hash}")"#
    ))
    .expect("the longest texts allowed");
    let app = KioskApp::new(
        config,
        Guidance::builtin().expect("content"),
        Box::new(TestClock::new()),
        Arc::new(Recorder::default()),
    );
    let mut h = Harness::builder()
        .with_size(egui::vec2(1024.0, 768.0))
        .build_ui_state(|ui, app: &mut KioskApp| app.ui(ui), app);
    h.run();
    let start = h.get_by_label("Start").rect();
    assert!(
        start.max.y <= 768.0 && start.max.x <= 1024.0 && start.min.x >= 0.0,
        "Start is off the screen at {start:?}"
    );
}

#[test]
fn a_huge_configuration_file_is_refused_at_once_without_reading_it_all() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kiosk.ron");
    let mut text = String::from("(clinic_name: \"");
    text.push_str(&"A".repeat(50 * 1024 * 1024));
    text.push_str("\")");
    std::fs::write(&path, text).expect("write");
    let out = Command::new(BIN)
        .args(["kiosk", "--config"])
        .arg(&path)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("run");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("larger than 64 KiB"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.len() < 500, "the error does not repeat the file");
}

#[test]
fn a_damaged_lockout_file_starts_the_kiosk_locked_not_with_free_tries() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("pin-lockout.ron");
    std::fs::write(&file, "not a lockout").expect("write");
    let config = config_with(
        120,
        30,
        &format!("lockout_file: Some({:?})", file.display().to_string()),
    );
    let clock = TestClock::new();
    let mut h = kiosk_with(&clock, Arc::default(), config);
    open_staff_exit(&mut h);
    assert!(shows_k(&h, "Too many wrong PINs. Try again in 30 seconds."));
    type_k(&mut h, "Staff PIN", "2468");
    click_k(&mut h, "Exit kiosk");
    assert!(!h.state().wants_to_quit());
}

#[test]
fn the_patients_print_jobs_are_purged_from_the_spool_when_they_finish() {
    let clock = TestClock::new();
    let printing = Arc::new(Recorder::default());
    let mut h = kiosk(&clock, Arc::clone(&printing));
    start_and_type(&mut h);
    click_k(&mut h, "I'm finished");
    click_k(&mut h, "Print the call checklist");
    for _ in 0..200 {
        h.run();
        if shows_k(&h, "Printed. Your pages are at the printer.") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(
        printing.1.lock().expect("purged").is_empty(),
        "not before the patient is done"
    );
    click_k(&mut h, "Clear my answers and finish");
    for _ in 0..200 {
        if !printing.1.lock().expect("purged").is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(
        *printing.1.lock().expect("purged"),
        vec!["Front-1".to_owned()]
    );
}

/// A printer service whose printer is paused: CUPS takes the job, and it waits.
struct PausedPrinter;

impl PrintService for PausedPrinter {
    fn printers(&self) -> Result<Printers, PrintError> {
        Ok(Printers {
            names: vec!["Front".into()],
            default: Some("Front".into()),
        })
    }

    fn print(
        &self,
        _pdf: &[u8],
        printer: Option<&str>,
        _title: &str,
        _paper: PaperSize,
    ) -> Result<String, PrintError> {
        Err(PrintError::Paused {
            name: printer.unwrap_or("Front").to_owned(),
            job: massage_coverage::documents::print::JobId("Front-7".into()),
        })
    }

    fn printer_state(&self, _printer: &str) -> Result<PrinterState, PrintError> {
        Ok(PrinterState::Paused)
    }

    fn purge(&self, _jobs: &[String]) -> Result<(), PrintError> {
        Ok(())
    }
}

#[test]
fn a_paused_printer_is_never_reported_as_printed_and_the_front_desk_is_told_at_the_start() {
    let clock = TestClock::new();
    let app = KioskApp::new(
        config(120, 30),
        Guidance::builtin().expect("content"),
        Box::new(clock.clone()),
        Arc::new(PausedPrinter),
    );
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 2400.0))
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut KioskApp| app.ui(ui), app);
    for _ in 0..100 {
        h.run();
        if shows_k(&h, "For the front desk: the printer \"Front\" is paused") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(shows_k(
        &h,
        "For the front desk: the printer \"Front\" is paused"
    ));
    start_and_type(&mut h);
    click_k(&mut h, "I'm finished");
    click_k(&mut h, "Print the call checklist");
    for _ in 0..200 {
        h.run();
        if shows_k(&h, "Your pages are waiting: the printer is paused") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(shows_k(&h, "Your pages are waiting: the printer is paused"));
    assert!(!shows_k(&h, "Printed. Your pages are at the printer."));
}

#[test]
fn the_readme_sends_clinics_to_a_kiosk_compositor_and_names_the_cupsd_settings() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let start = readme.find("## Reception kiosk").expect("a kiosk section");
    let section = &readme[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    // Under a stock window manager Super+D, its desktop menu, Alt+Space and the Print key all
    // escape the kiosk (issue 18); until the compositor set-up lands, none is suggested.
    assert!(section.contains("cage"), "the kiosk compositor is named");
    assert!(
        section.contains("Do not use a stock desktop window manager"),
        "the warning is there"
    );
    assert!(
        !section.contains("such as openbox first"),
        "a stock window manager is suggested"
    );
    for setting in ["PreserveJobFiles No", "PreserveJobHistory No"] {
        assert!(
            section.contains(setting),
            "{setting} is not in the kiosk section"
        );
    }
}
