//! The call log with an injected clock, and getting documents onto paper from the app.

mod common;

use std::path::Path;
use std::sync::Arc;

use common::{FakePrinters, NOW, TestClock, click, shows, type_into};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use massage_coverage::case::Answer;
use massage_coverage::documents::PaperSize;
use massage_coverage::documents::print::Printers;
use massage_coverage::guidance::Guidance;
use massage_coverage::store::DiskStore;
use massage_coverage::ui::App;
use massage_coverage::ui::files::NoDialogs;

fn harness(dir: &Path, clock: TestClock, printing: Arc<FakePrinters>) -> Harness<'static, App> {
    let app = App::new(
        DiskStore::open(dir).expect("store"),
        Guidance::builtin().expect("content"),
        Box::new(clock),
        Box::new(NoDialogs),
    )
    .with_printing(printing);
    Harness::builder()
        .with_size(egui::vec2(1280.0, 2400.0))
        // A print job answers from another thread and asks for a repaint when it does, so a
        // frame may need a few more steps to settle.
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

/// Runs frames until `text` shows (printing answers from another thread).
fn wait_for(h: &mut Harness<'_, App>, text: &str) {
    for _ in 0..200 {
        h.run();
        if shows(h, text) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("\"{text}\" never showed");
}

#[test]
fn the_call_log_times_hold_and_talk_keeps_every_answer_and_survives_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = TestClock::new();
    let mut h = harness(dir.path(), clock.clone(), Arc::default());
    click(&mut h, "New case");
    click(&mut h, "Step 3, Call your insurer, still to do");
    click(&mut h, "Start call");
    clock.advance(90);
    h.run();
    assert!(shows(&h, "On hold – on hold 1:30 – talking 0:00"));
    click(&mut h, "A person answered");
    clock.advance(125);
    h.run();
    assert!(shows(&h, "Talking – on hold 1:30 – talking 2:05"));

    let g = Guidance::builtin().expect("content");
    assert!(shows(&h, &g.questions[0].text));
    click(&mut h, "Call answer Yes");
    type_into(&mut h, "What they said", "Yes, under physical medicine");
    click(&mut h, "Next question");
    assert!(shows(&h, &g.questions[1].text));
    click(&mut h, "Call answer No");
    type_into(&mut h, "Representative's name", "Sam");
    type_into(&mut h, "Reference number", "REF-778");
    click(&mut h, "End call");
    clock.advance(600);
    h.run();
    assert!(
        shows(&h, "on hold 1:30 – talking 2:05"),
        "the clock stops when the call ends"
    );

    let case = h.state().open_case().expect("open").clone();
    let call = &case.insurer.calls[0];
    assert_eq!((call.hold_seconds, call.talk_seconds), (90, 125));
    assert_eq!(call.started, Some(NOW));
    assert_eq!(call.answers[&g.questions[0].id].answer, Some(Answer::Yes));
    assert_eq!(
        call.answers[&g.questions[0].id].note,
        "Yes, under physical medicine"
    );
    assert_eq!(call.answers[&g.questions[1].id].answer, Some(Answer::No));
    assert_eq!(
        (call.rep_name.as_str(), call.reference.as_str()),
        ("Sam", "REF-778")
    );
    drop(h);

    let mut h = harness(dir.path(), clock, Arc::default());
    // Nothing says yet who the case is for or what about: it is named by its day.
    click(&mut h, "Continue Case started Nov 29, 2026");
    assert_eq!(
        h.state().open_case().expect("open").insurer.calls,
        case.insurer.calls
    );
    assert!(shows(&h, "reference REF-778"));
}

#[test]
fn printing_sends_the_pdf_to_the_default_printer_with_a_title_free_of_patient_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let printing = Arc::new(FakePrinters {
        printers: Some(Printers {
            names: vec!["Front".into(), "Desk".into()],
            default: Some("Desk".into()),
        }),
        ..FakePrinters::default()
    });
    let mut h = harness(dir.path(), TestClock::new(), Arc::clone(&printing));
    click(&mut h, "New case");
    type_into(&mut h, "Your full name", "José Núñez");
    click(&mut h, "Step 7, Your plan, still to do");
    // In English there is no second, English letter to offer.
    assert!(h.query_by_label_contains("in English").is_none());
    click(&mut h, "Print… Call checklist");
    wait_for(&mut h, "Desk (default)");
    click(&mut h, "Print now");
    wait_for(&mut h, "Sent to the printer");
    let jobs = printing.jobs.lock().expect("jobs");
    assert_eq!(jobs.len(), 1);
    let (printer, title, pdf, paper) = &jobs[0];
    assert_eq!(printer.as_deref(), Some("Desk"));
    assert!(pdf.starts_with(b"%PDF"));
    assert!(!title.contains("José"), "{title}");
    assert_eq!(*paper, PaperSize::Letter);
}

#[test]
fn without_a_printer_the_app_says_so_and_still_saves_the_pdf() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = tempfile::tempdir().expect("temp dir");
    let target = out.path().join("letter.pdf");
    let mut h = harness(dir.path(), TestClock::new(), Arc::default());
    click(&mut h, "New case");
    click(&mut h, "Step 7, Your plan, still to do");
    click(&mut h, "A4");
    click(&mut h, "Print… Letter for your doctor");
    wait_for(&mut h, "No printer is set up");
    click(&mut h, "Save as PDF instead…");
    assert!(shows(&h, "No file window can be shown"));
    type_into(
        &mut h,
        "Save the PDF to this file",
        &target.display().to_string(),
    );
    click(&mut h, "Save PDF");
    assert!(shows(&h, "Saved the PDF to"));
    let bytes = std::fs::read(&target).expect("the PDF was written");
    assert!(bytes.starts_with(b"%PDF"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&target)
            .expect("meta")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
    }
    assert!(h.query_by_label_contains("Print… Your plan").is_some());
}

#[test]
fn in_spanish_the_letter_for_the_doctor_can_also_be_printed_in_english() {
    let dir = tempfile::tempdir().expect("temp dir");
    let printing = Arc::new(FakePrinters {
        printers: Some(Printers {
            names: vec!["Desk".into()],
            default: Some("Desk".into()),
        }),
        ..FakePrinters::default()
    });
    let mut h = harness(dir.path(), TestClock::new(), Arc::clone(&printing));
    h.state_mut().set_lang(massage_coverage::case::Lang::Es);
    h.run();
    click(&mut h, "Caso nuevo");
    click(&mut h, "Paso 7, Su plan, por hacer");
    click(&mut h, "Imprimir… Carta para su médico, en inglés");
    wait_for(&mut h, "Desk (la de siempre)");
    click(&mut h, "Imprimir ahora");
    wait_for(&mut h, "Se mandó a la impresora");
    click(&mut h, "Imprimir… Carta para su médico");
    wait_for(&mut h, "Desk (la de siempre)");
    click(&mut h, "Imprimir ahora");
    run_until_jobs(&mut h, &printing, 2);
    let jobs = printing.jobs.lock().expect("jobs");
    let (_, english_title, english_pdf, _) = &jobs[0];
    let (_, spanish_title, spanish_pdf, _) = &jobs[1];
    assert_eq!(
        english_title,
        "Massage Coverage Guide – letter for your doctor"
    );
    assert_eq!(
        spanish_title,
        "Guía de cobertura de masajes – carta para su médico"
    );
    let has = |pdf: &[u8], what: &[u8]| pdf.windows(what.len()).any(|w| w == what);
    assert!(has(english_pdf, b"en-US") && !has(english_pdf, b"es-US"));
    assert!(has(spanish_pdf, b"es-US"));
    // The case itself stays Spanish.
    assert_eq!(
        h.state().open_case().expect("open").language,
        massage_coverage::case::Lang::Es
    );
}

/// Runs frames until `printing` has `n` jobs.
fn run_until_jobs(h: &mut Harness<'_, App>, printing: &FakePrinters, n: usize) {
    common::run_until(h, "the print jobs", |_| {
        printing.jobs.lock().expect("jobs").len() >= n
    });
}
