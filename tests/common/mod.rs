//! One way to start the app in a test harness, so every UI test starts the same way.

#![allow(dead_code, reason = "each test file uses a different part")]

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use massage_coverage::guidance::{Guidance, Lang};
use massage_coverage::store::DiskStore;
use massage_coverage::ui::files::NoDialogs;
use massage_coverage::ui::{App, FixedClock};
use std::sync::{Arc, Mutex};

use massage_coverage::ui::Clock;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

/// The moment every UI test happens at.
pub const NOW: OffsetDateTime = datetime!(2026-11-29 10:00 UTC);

/// The real app on `data_dir`, with a fixed clock and no file dialogs, in a window tall enough
/// that no step needs scrolling.
pub fn app_harness(data_dir: &Path) -> Harness<'static, App> {
    let store = DiskStore::open(data_dir).expect("data dir opens");
    let app = App::new(
        store,
        Guidance::builtin().expect("built-in content"),
        Box::new(FixedClock(NOW)),
        Box::new(NoDialogs),
    );
    Harness::builder()
        .with_size(egui::vec2(1280.0, 2400.0))
        .with_step_dt(0.25)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

/// The real app like [`app_harness`], with the screen and the guidance in Spanish from the
/// first frame, as a patient who chose Spanish last time sees it.
pub fn spanish_app_harness(data_dir: &Path) -> Harness<'static, App> {
    let mut h = app_harness(data_dir);
    h.state_mut().set_lang(Lang::Es);
    h.run();
    h
}

/// Steps frames until `done` holds, giving other threads (the saver, a print job) real time
/// too; fails naming `what` after 120 frames (30 s of simulated time) *and* 20 s of real time,
/// so that a busy machine (CI runs tests in parallel) is not mistaken for a bug.
pub fn run_until(h: &mut Harness<'_, App>, what: &str, done: impl Fn(&Harness<'_, App>) -> bool) {
    let started = std::time::Instant::now();
    let mut frames = 0;
    while frames < 120 || started.elapsed() < std::time::Duration::from_secs(20) {
        if done(h) {
            return;
        }
        h.run_steps(1);
        frames += 1;
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("waited {frames} frames and 20 s for: {what}");
}

/// Clicks the widget named `label` and lets the app react.
pub fn click(h: &mut Harness<'_, App>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

/// Clicks into the field named `label`, selects what is there, and types `text` over it.
pub fn type_into(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// The text in the field named `label`.
pub fn value_of(h: &Harness<'_, App>, label: &str) -> String {
    h.get_by_label(label).value().unwrap_or_default()
}

/// Whether any text on screen contains `text`.
pub fn shows(h: &Harness<'_, App>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// A clock the test moves by hand.
#[derive(Clone)]
pub struct TestClock(pub Arc<Mutex<OffsetDateTime>>);

impl TestClock {
    /// A clock at [`NOW`].
    pub fn new() -> Self {
        Self(Arc::new(Mutex::new(NOW)))
    }

    /// Moves the clock on by `seconds`.
    pub fn advance(&self, seconds: i64) {
        let mut t = self.0.lock().expect("clock");
        *t += Duration::seconds(seconds);
    }
}

impl Clock for TestClock {
    fn now(&self) -> OffsetDateTime {
        *self.0.lock().expect("clock")
    }
}

/// Presses Next, whose accessible name says where it goes ("Next: Call your insurer").
pub fn next(h: &mut Harness<'_, App>) {
    let name = nav_name(h, &["Next: ", "Siguiente: "]);
    click(h, &name);
}

/// The full accessible name of the first control whose name starts with one of `starts`.
fn nav_name(h: &Harness<'_, App>, starts: &[&str]) -> String {
    h.query_all_by(|n| {
        n.label()
            .is_some_and(|l| starts.iter().any(|s| l.starts_with(s)))
    })
    .next()
    .and_then(|n| n.accesskit_node().label())
    .unwrap_or_else(|| panic!("no control named {starts:?}"))
}

/// Presses Back, whose accessible name says where it goes ("Back: About you").
pub fn back(h: &mut Harness<'_, App>) {
    let name = nav_name(h, &["Back: ", "Atrás: "]);
    click(h, &name);
}

/// The start of every step's name on the step map ("Step 3, Call your insurer, still to do").
pub const STEP_NAMES: [&str; 7] = [
    "Step 1, About you",
    "Step 2, Your condition and prescription",
    "Step 3, Call your insurer",
    "Step 4, Medicare",
    "Step 5, FSA / HSA",
    "Step 6, Alternatives",
    "Step 7, Your plan",
];

/// [`STEP_NAMES`] as someone helping the patient sees them ("Step 1, About them").
pub const HELPING_STEP_NAMES: [&str; 7] = [
    "Step 1, About them",
    "Step 2, Their condition and prescription",
    "Step 3, Call their insurer",
    "Step 4, Medicare",
    "Step 5, FSA / HSA",
    "Step 6, Alternatives",
    "Step 7, Their plan",
];

/// The accessibility roles of the controls a patient can use.
pub const INTERACTIVE: [egui::accesskit::Role; 7] = [
    egui::accesskit::Role::Button,
    egui::accesskit::Role::CheckBox,
    egui::accesskit::Role::RadioButton,
    egui::accesskit::Role::TextInput,
    egui::accesskit::Role::MultilineTextInput,
    egui::accesskit::Role::ComboBox,
    egui::accesskit::Role::Link,
];

/// Goes to the step whose step-map name starts with `step` (one of [`STEP_NAMES`]).
pub fn go_to_step(h: &mut Harness<'_, App>, step: &str) {
    let name = h
        .get_by_label_contains(step)
        .accesskit_node()
        .label()
        .unwrap_or_default();
    click(h, &name);
}

/// One print job: the printer, the title, the PDF and the paper size.
pub type Job = (
    Option<String>,
    String,
    Vec<u8>,
    massage_coverage::documents::PaperSize,
);

/// A printer service that records what it was asked to print.
#[derive(Default)]
pub struct FakePrinters {
    /// The printers it reports, or `None` for "no printer is set up".
    pub printers: Option<massage_coverage::documents::print::Printers>,
    /// Every job sent, in order.
    pub jobs: Mutex<Vec<Job>>,
}

impl massage_coverage::ui::paper::PrintService for FakePrinters {
    fn printers(
        &self,
    ) -> Result<
        massage_coverage::documents::print::Printers,
        massage_coverage::documents::print::PrintError,
    > {
        self.printers
            .clone()
            .ok_or(massage_coverage::documents::print::PrintError::NoPrinter)
    }

    fn print(
        &self,
        pdf: &[u8],
        printer: Option<&str>,
        title: &str,
        paper: massage_coverage::documents::PaperSize,
    ) -> Result<String, massage_coverage::documents::print::PrintError> {
        let mut jobs = self.jobs.lock().expect("jobs");
        jobs.push((
            printer.map(str::to_owned),
            title.to_owned(),
            pdf.to_vec(),
            paper,
        ));
        Ok(format!("Fake-{}", jobs.len()))
    }

    fn printer_state(
        &self,
        _printer: &str,
    ) -> Result<
        massage_coverage::documents::print::PrinterState,
        massage_coverage::documents::print::PrintError,
    > {
        Ok(massage_coverage::documents::print::PrinterState::Ready)
    }

    fn purge(
        &self,
        _jobs: &[String],
    ) -> Result<(), massage_coverage::documents::print::PrintError> {
        Ok(())
    }
}

/// No two controls on screen overlap (by more than a pixel); `what` names the screen.
pub fn assert_no_overlap<S>(h: &Harness<'_, S>, what: &str) {
    let rects: Vec<(String, egui::Rect)> = h
        .query_all_by(|n| INTERACTIVE.contains(&n.role()))
        .map(|n| (n.accesskit_node().label().unwrap_or_default(), n.rect()))
        .collect();
    assert!(rects.len() > 5, "{what}: only {} controls", rects.len());
    for (i, (a_name, a)) in rects.iter().enumerate() {
        for (b_name, b) in &rects[i + 1..] {
            let overlap = a.intersect(*b);
            let area = overlap.width().max(0.0) * overlap.height().max(0.0);
            assert!(
                area < 1.0,
                "{what}: \"{a_name}\" {a:?} overlaps \"{b_name}\" {b:?}"
            );
        }
    }
}

/// Every control on screen has a name of its own, as a screen reader reads it, and there are
/// more than `min` of them; `what` names the screen.
pub fn assert_named<S>(h: &Harness<'_, S>, what: &str, min: usize) {
    let names: Vec<String> = h
        .query_all_by(|n| INTERACTIVE.contains(&n.role()) && !n.is_hidden())
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert!(names.len() > min, "{what}: only {} controls", names.len());
    let unnamed = names.iter().filter(|n| n.trim().is_empty()).count();
    assert_eq!(unnamed, 0, "{what}: {unnamed} controls have no name");
    let mut seen = std::collections::BTreeMap::new();
    for n in &names {
        *seen.entry(n.clone()).or_insert(0) += 1;
    }
    let shared: Vec<_> = seen.iter().filter(|(_, c)| **c > 1).collect();
    assert!(
        shared.is_empty(),
        "{what}: names shared by several controls: {shared:?}"
    );
}

/// A 44-year-old in Oregon on a plan from work, with low back pain and no paper yet, left on
/// `step`: the case several tests open directly.
pub fn case_on(id: &str, step: massage_coverage::case::Step) -> massage_coverage::case::Case {
    use massage_coverage::case::{Case, CaseId, ConditionKind, Coverage, ForWhom, Paperwork};
    let mut case = Case::new(CaseId::parse(id).expect("a valid case id"), NOW);
    case.step = step;
    case.about.for_whom = Some(ForWhom::Myself);
    case.about.age = Some(44);
    case.about.state = Some("OR".into());
    case.about.coverage.insert(Coverage::EmployerOrIndividual);
    case.condition.kinds.insert(ConditionKind::LowBackPain);
    case.condition.paperwork.insert(Paperwork::NotYet);
    case
}

/// Runs `xdotool` with `args` (for the tests of the real window under Xvfb) and returns what it
/// printed, trimmed.
pub fn xdotool(args: &[&str]) -> String {
    let out = std::process::Command::new("xdotool")
        .args(args)
        .output()
        .expect("xdotool runs (scripts/test.sh installs it)");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}
