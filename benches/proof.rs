//! Figures for BENCHMARKS.md: one frame of each step, autosave of a case with 50 logged calls,
//! the call checklist PDF, and the start screen with 1,000 saved cases. Figures, not timed
//! tests: nothing here fails on a slow machine.
//!
//! ```sh
//! cargo bench --bench proof
//! ```
//!
//! A frame is what the app does each time it paints: `App::ui` inside `Context::run_ui`, then
//! `Context::tessellate`, headless at 1280×800 (the GPU upload is left out; there is no GPU).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

use divan::Bencher;
use egui::{Context, RawInput, Rect, pos2, vec2};
use massage_coverage::case::{
    Account, Alternative, Answer, CallAnswer, CallRecord, Case, CaseId, ConditionKind, Coverage,
    ForWhom, MedicarePart, Paperwork, Period, Prescriber, Step,
};
use massage_coverage::documents::{DocumentKind, PageSetup, to_pdf};
use massage_coverage::guidance::Guidance;
use massage_coverage::store::{DiskStore, Saver, to_ron, write_atomic};
use massage_coverage::ui::files::NoDialogs;
use massage_coverage::ui::{App, FixedClock};
use time::OffsetDateTime;
use time::macros::{date, datetime};

/// The moment every bench happens at.
const NOW: OffsetDateTime = datetime!(2026-11-29 10:00 UTC);

/// The screen the frame figures are for.
const SCREEN: [f32; 2] = [1280.0, 800.0];

/// How many saved cases the start-screen figures use.
const MANY_CASES: usize = 1_000;

/// Logged calls in the case the frame figures use: a patient who called a few times.
const SOME_CALLS: usize = 3;

/// Logged calls in the case the autosave and checklist figures use.
const MANY_CALLS: usize = 50;

fn main() {
    divan::main();
}

/// A case as a patient who went through every step would leave it, with the notes field at its
/// limit (2,000 characters, the most the UI accepts) and `calls` logged calls, each with every
/// question of the content answered with a note.
fn filled_case(id: &str, step: Step, calls: usize) -> Case {
    let mut case = Case::new(CaseId::parse(id).expect("a valid id"), NOW);
    case.title = "My back, after the fall in October".into();
    case.step = step;
    let a = &mut case.about;
    a.for_whom = Some(ForWhom::SomeoneElse);
    a.patient_name = "José Núñez Peña".into();
    a.relationship = "father".into();
    a.date_of_birth = Some(date!(1955 - 03 - 14));
    a.state = Some("WA".into());
    a.coverage = BTreeSet::from([Coverage::MedicareAdvantage, Coverage::EmployerOrIndividual]);
    let c = &mut case.condition;
    c.kinds = BTreeSet::from([ConditionKind::Sciatica, ConditionKind::LowBackPain]);
    c.paperwork = BTreeSet::from([Paperwork::Prescription, Paperwork::Referral]);
    c.prescriber = Some(Prescriber::Physician);
    c.prescriber_name = "Dr. Maria Lopez".into();
    c.written_on = Some(date!(2026 - 10 - 20));
    c.sessions = Some(2);
    c.per = Period::Week;
    c.duration = Some(6);
    c.duration_unit = Period::Month;
    let i = &mut case.insurer;
    i.name = "Acme Health Advantage".into();
    i.phone = "(800) 555-0123".into();
    i.member_id = "XJ-445566".into();
    i.group_number = "G-100".into();
    i.massage_covered = Some(Answer::Yes);
    i.benefit = "Physical medicine and rehabilitation".into();
    i.prescription_needed = Some(Answer::Yes);
    i.prior_authorization = Some(Answer::NotSure);
    i.visit_limit = Some(12);
    i.in_network = "Seattle Massage Clinic, Capitol Hill Bodywork, ask for the list by mail".into();
    i.copay = Some(2_500);
    i.coinsurance_percent = Some(20);
    i.deductible_left = Some(45_000);
    i.rep_name = "Sam".into();
    i.reference = "REF-778-2026-11-28".into();
    i.call_date = Some(date!(2026 - 11 - 28));
    let m = &mut case.medicare;
    m.parts = BTreeSet::from([MedicarePart::PartA, MedicarePart::Advantage]);
    m.advantage_plan = "Acme Advantage Plus (HMO)".into();
    m.advantage_massage_benefit = Some(Answer::Yes);
    let acc = &mut case.accounts;
    acc.kinds = BTreeSet::from([Account::Fsa, Account::Hsa]);
    acc.fsa_balance = Some(125_050);
    acc.hsa_balance = Some(340_000);
    acc.plan_year_end = Some(date!(2026 - 12 - 31));
    acc.lmn_on_file = Some(Answer::No);
    let alt = &mut case.alternatives;
    alt.wanted = BTreeSet::from([
        Alternative::PhysicalTherapy,
        Alternative::MassageSchoolClinic,
    ]);
    let line = "Called the clinic on Tuesday; they take Acme, ask about the sliding scale. ";
    alt.notes = line.repeat(2_000 / line.chars().count());
    case.insurer.calls = (0..calls).map(logged_call).collect();
    case
}

/// The `n`th logged call: 20 minutes on hold, 12 talking, every question answered with a note.
fn logged_call(n: usize) -> CallRecord {
    let guidance = guidance();
    let answers: BTreeMap<String, CallAnswer> = guidance
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let answer = CallAnswer {
                answer: Some(Answer::ALL[(n + i) % Answer::ALL.len()]),
                note: format!(
                    "They said to ask again after the referral is on file; call {n}, question {i}."
                ),
            };
            (q.id.clone(), answer)
        })
        .collect();
    let days = i64::try_from(n).expect("small");
    CallRecord {
        started: Some(NOW - time::Duration::days(days)),
        hold_seconds: 1_200,
        talk_seconds: 720,
        rep_name: "Sam Ortega".into(),
        reference: format!("REF-{n:04}-2026"),
        answers,
        outcome: "Covered under physical medicine with a prescription; 12 visits a year.".into(),
        follow_up: Some(date!(2026 - 12 - 15)),
    }
}

/// The built-in content, loaded once.
fn guidance() -> &'static Guidance {
    static GUIDANCE: OnceLock<Guidance> = OnceLock::new();
    GUIDANCE.get_or_init(|| Guidance::builtin().expect("built-in content"))
}

/// The input of one frame at `t` seconds, on a 1280×800 screen.
fn input(t: f64) -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(
            pos2(0.0, 0.0),
            vec2(SCREEN[0], SCREEN[1]),
        )),
        time: Some(t),
        ..RawInput::default()
    }
}

/// The real app on `dir`, with a fixed clock and no file dialogs.
fn app(dir: &Path) -> App {
    App::new(
        DiskStore::open(dir).expect("data dir opens"),
        guidance().clone(),
        Box::new(FixedClock(NOW)),
        Box::new(NoDialogs),
    )
}

/// A context and a frame counter: one frame is laid out and tessellated per call.
struct Screen {
    ctx: Context,
    frame: u32,
}

impl Screen {
    fn new() -> Self {
        Self {
            ctx: Context::default(),
            frame: 0,
        }
    }

    /// Draws one frame of `app` and tessellates it; returns the number of triangles' vertices.
    fn frame(&mut self, app: &mut App) -> usize {
        self.frame += 1;
        let mut output = self
            .ctx
            .run_ui(input(f64::from(self.frame) / 60.0), |ui| app.ui(ui));
        // No renderer here to upload font textures to.
        output.textures_delta.clear();
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        primitives
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum()
    }

    /// Frames until the layout has settled (fonts loaded, sizes measured).
    fn settle(&mut self, app: &mut App) {
        for _ in 0..10 {
            self.frame(app);
        }
    }
}

/// One frame of each step, for a filled case, after the first frames have settled.
#[divan::bench(args = Step::ALL)]
fn frame_of_step(bencher: Bencher, step: Step) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    app.open(filled_case("c20261129-100000-0001", step, SOME_CALLS));
    assert_eq!(
        app.open_case().map(|c| c.step),
        Some(step),
        "the step applies"
    );
    let mut screen = Screen::new();
    screen.settle(&mut app);
    bencher.bench_local(|| screen.frame(&mut app));
}

/// One frame of "Call your insurer" for a case with 50 logged calls.
#[divan::bench]
fn frame_of_call_step_with_50_calls(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    app.open(filled_case(
        "c20261129-100000-0001",
        Step::CallInsurer,
        MANY_CALLS,
    ));
    let mut screen = Screen::new();
    screen.settle(&mut app);
    bencher.bench_local(|| screen.frame(&mut app));
}

/// One frame of the start screen listing 1,000 saved cases, after it has settled.
#[divan::bench]
fn frame_of_start_screen_with_1000_cases(bencher: Bencher) {
    let mut app = app(many_cases_dir());
    let mut screen = Screen::new();
    screen.settle(&mut app);
    bencher.bench_local(|| screen.frame(&mut app));
}

/// Opening the start screen with 1,000 saved cases: open the store, read and parse every case
/// file, build the app and draw its first frame (in a context whose fonts are already loaded,
/// as they are by the time the app's first frame comes; the figure for starting the whole
/// process is in `scripts/bench-startup.sh`).
#[divan::bench(sample_count = 20, sample_size = 1)]
fn open_start_screen_with_1000_cases(bencher: Bencher) {
    let dir = many_cases_dir();
    let mut screen = Screen::new();
    screen.settle(&mut app(tempfile::tempdir().expect("temp dir").path()));
    bencher.bench_local(|| {
        let mut app = app(dir);
        screen.frame(&mut app);
        app
    });
}

/// Reading and parsing 1,000 case files alone: the start screen's listing.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn list_1000_cases(bencher: Bencher) {
    let store = DiskStore::open(many_cases_dir()).expect("open");
    bencher.bench_local(|| store.list());
}

/// A data folder with 1,000 filled cases, made once per bench run.
fn many_cases_dir() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = DiskStore::open(dir.path()).expect("open");
        for n in 0..MANY_CASES {
            let step = Step::ALL[n % Step::ALL.len()];
            let mut case = filled_case(&format!("c20261129-100000-{n:04x}"), step, SOME_CALLS);
            case.title = format!("Case number {n}");
            case.updated = NOW - time::Duration::hours(i64::try_from(n).expect("small"));
            store.save(&case).expect("save");
        }
        dir
    })
    .path()
}

/// Autosave as the writer thread does it, for a case with 50 logged calls: the case to pretty
/// RON, a temp file, `sync_all`, and a rename over the old file.
#[divan::bench]
fn autosave_write_to_disk(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = DiskStore::open(dir.path()).expect("open");
    let case = filled_case("c20261129-100000-0001", Step::Plan, MANY_CALLS);
    eprintln!(
        "autosave: the case file with {MANY_CALLS} calls is {} KB",
        to_ron(&case).expect("to RON").len() / 1_000
    );
    store.save(&case).expect("first save");
    bencher.bench_local(|| store.save(&case).expect("save"));
}

/// The disk's floor for any atomic save: the same steps (temp file, `sync_all`, rename, folder
/// sync) for a 10-byte file, so the figure above can be read as "this much is the disk".
#[divan::bench]
fn atomic_write_of_10_bytes(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("small.ron");
    bencher.bench_local(|| write_atomic(&path, b"(small: 1)").expect("write"));
}

/// The case to pretty RON alone, without the disk.
#[divan::bench]
fn autosave_to_ron(bencher: Bencher) {
    let case = filled_case("c20261129-100000-0001", Step::Plan, MANY_CALLS);
    bencher.bench_local(|| to_ron(&case).expect("to RON"));
}

/// What the UI thread pays for an autosave: clone the case and queue it for the writer thread.
#[divan::bench]
fn autosave_ui_thread_cost(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let saver = Saver::new(DiskStore::open(dir.path()).expect("open"));
    let case = filled_case("c20261129-100000-0001", Step::Plan, MANY_CALLS);
    bencher.bench_local(|| saver.save(case.clone()));
    saver.flush();
}

/// The call checklist, built from the case and the content and rendered to PDF (US Letter):
/// blank for the next call, and filled in from the last of 50 logged calls.
#[divan::bench(args = ["blank", "filled in from a call"])]
fn checklist_pdf(bencher: Bencher, which: &str) {
    let case = filled_case("c20261129-100000-0001", Step::CallInsurer, MANY_CALLS);
    let call = (which != "blank")
        .then(|| case.insurer.calls.last())
        .flatten();
    let today = NOW.date();
    let setup = PageSetup::letter(today);
    let pdf = to_pdf(
        &DocumentKind::Checklist.build(&case, guidance(), call, today),
        &setup,
    )
    .expect("PDF");
    eprintln!("checklist ({which}): {} KB", pdf.len() / 1_000);
    bencher.bench_local(|| {
        let doc = DocumentKind::Checklist.build(&case, guidance(), call, today);
        to_pdf(&doc, &setup).expect("PDF")
    });
}
