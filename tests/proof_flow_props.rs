//! Property tests: random sequences of edits and Back / Next / Go to over the real flow never
//! panic and never lose an answer.
//!
//! Two levels. The pure rules (`flow::*`) on many random cases and sequences, fast. Then the real
//! app driven by its labels, as a patient would: random ticks, typed answers and moves through
//! Back, Next, the step map and the plan's "Change" buttons, checked after every action against a
//! model that applies the same edits and `flow::apply`; at the end the case file on disk must
//! hold every answer. `MC_PROP_CASES` sets how many sequences the app-level test runs (16).

mod common;

use std::collections::BTreeSet;

use common::{NOW, shows};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use massage_coverage::case::{
    Account, Alternative, Answer, Case, CaseId, ConditionKind, Coverage, ForWhom, MedicarePart,
    Paperwork, Step, toggle_exclusive,
};
use massage_coverage::flow::{self, Nav};
use massage_coverage::guidance::Guidance;
use massage_coverage::store::{DiskStore, from_ron, to_ron};
use massage_coverage::ui::files::NoDialogs;
use massage_coverage::ui::{App, FixedClock};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use time::Date;
use time::macros::date;

const TODAY: Date = date!(2026 - 11 - 29);

// ---------------------------------------------------------------------------------------------
// Random cases and edits

fn subset<T: Ord + Copy + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = BTreeSet<T>> {
    proptest::collection::vec(any::<bool>(), all.len()).prop_map(move |bits| {
        all.iter()
            .zip(bits)
            .filter_map(|(item, on)| on.then_some(*item))
            .collect()
    })
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    proptest::option::of(proptest::sample::select(Answer::ALL.to_vec()))
}

/// Any text, including quotes, backslashes, control characters and non-Latin scripts.
fn text() -> impl Strategy<Value = String> {
    proptest::string::string_regex("(.|\\n){0,40}").expect("a valid pattern")
}

fn date() -> impl Strategy<Value = Option<Date>> {
    proptest::option::of(
        (1900_i32..2030, 1_u16..366).prop_map(|(y, d)| {
            Date::from_ordinal_date(y, d.min(365)).expect("a valid ordinal date")
        }),
    )
}

prop_compose! {
    fn any_case()(
        step in proptest::sample::select(Step::ALL.to_vec()),
        for_whom in proptest::option::of(prop_oneof![Just(ForWhom::Myself), Just(ForWhom::SomeoneElse)]),
        name in text(),
        dob in date(),
        age in proptest::option::of(0_u8..=120),
        coverage in subset(&Coverage::ALL),
        kinds in subset(&ConditionKind::ALL),
        other in text(),
        paperwork in subset(&Paperwork::ALL),
        insurer in text(),
        covered in answer(),
        copay in proptest::option::of(0_i64..1_000_000),
        parts in subset(&MedicarePart::ALL),
        accounts in subset(&Account::ALL),
        fsa in proptest::option::of(0_i64..10_000_000),
        lmn in answer(),
        wanted in subset(&Alternative::ALL),
        notes in text(),
    ) -> Case {
        let mut case = Case::new(CaseId::parse("c20261129-100000-0001").expect("id"), common::NOW);
        case.step = step;
        case.about.for_whom = for_whom;
        case.about.patient_name = name;
        case.about.date_of_birth = dob;
        case.about.age = age;
        case.about.coverage = coverage;
        case.condition.kinds = kinds;
        case.condition.other = other;
        case.condition.paperwork = paperwork;
        case.insurer.name = insurer;
        case.insurer.massage_covered = covered;
        case.insurer.copay = copay;
        case.medicare.parts = parts;
        case.accounts.kinds = accounts;
        case.accounts.fsa_balance = fsa;
        case.accounts.lmn_on_file = lmn;
        case.alternatives.wanted = wanted;
        case.alternatives.notes = notes;
        case
    }
}

/// One thing the patient does; indexes are taken modulo what the current step offers.
#[derive(Clone, Debug)]
enum Action {
    Back,
    Next,
    /// A click on the step map (or, on the plan, a "Change" button).
    GoTo(Step),
    /// A tick box of the current step.
    Tick(usize),
    /// A text field of the current step.
    Type(usize, String),
    /// A radio choice of the current step.
    Choose(usize),
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        3 => Just(Action::Next),
        2 => Just(Action::Back),
        2 => proptest::sample::select(Step::ALL.to_vec()).prop_map(Action::GoTo),
        4 => (0_usize..16).prop_map(Action::Tick),
        2 => (0_usize..4, "[A-Z][a-z]{0,8}( [A-Z][a-z]{0,8})?").prop_map(|(i, s)| Action::Type(i, s)),
        1 => (0_usize..5).prop_map(Action::Choose),
    ]
}

/// Flips `item` in `set` the way the step's tick boxes do.
fn flip<T: Ord + Copy>(set: &mut BTreeSet<T>, item: T, none: Option<T>) {
    let on = !set.contains(&item);
    match none {
        Some(none) => toggle_exclusive(set, item, on, none),
        None if on => {
            set.insert(item);
        }
        None => {
            set.remove(&item);
        }
    }
}

/// An edit on the screen: the label the patient clicks or types into, and what it does to the case.
type Edit = (String, Box<dyn Fn(&mut Case)>);

/// The tick boxes of `step`, as on screen, in the words for someone helping when `helping`.
fn ticks(step: Step, helping: bool) -> Vec<Edit> {
    fn each<T: Ord + Copy + 'static>(
        all: &[T],
        none: Option<T>,
        label: impl Fn(T) -> &'static str,
        set: fn(&mut Case) -> &mut BTreeSet<T>,
    ) -> Vec<Edit> {
        all.iter()
            .map(|&item| -> Edit {
                (
                    label(item).to_owned(),
                    Box::new(move |case: &mut Case| flip(set(case), item, none)),
                )
            })
            .collect()
    }
    match step {
        Step::AboutYou => each(
            &Coverage::ALL,
            Some(Coverage::NoCoverage),
            |c| coverage_label(c, helping),
            |c| &mut c.about.coverage,
        ),
        Step::Condition => {
            let mut edits = each(&ConditionKind::ALL, None, condition_label, |c| {
                &mut c.condition.kinds
            });
            edits.extend(each(
                &Paperwork::ALL,
                Some(Paperwork::NotYet),
                paperwork_label,
                |c| &mut c.condition.paperwork,
            ));
            edits
        }
        Step::Medicare => each(
            &MedicarePart::ALL,
            Some(MedicarePart::NotEnrolled),
            part_label,
            |c| &mut c.medicare.parts,
        ),
        Step::Accounts => each(
            &Account::ALL,
            Some(Account::NoAccount),
            account_label,
            |c| &mut c.accounts.kinds,
        ),
        Step::Alternatives => each(
            &Alternative::ALL,
            Some(Alternative::NoneForNow),
            |a| alternative_label(a, helping),
            |c| &mut c.alternatives.wanted,
        ),
        Step::CallInsurer | Step::Plan => Vec::new(),
    }
}

/// The text fields of `step` that are always on screen, with what typing `text` does.
fn fields(step: Step, case: &Case, text: &str) -> Vec<Edit> {
    let t = text.to_owned();
    let set = |label: &str, f: fn(&mut Case, String)| -> Edit {
        let t = t.clone();
        (
            label.to_owned(),
            Box::new(move |c: &mut Case| f(c, t.clone())),
        )
    };
    match step {
        Step::AboutYou => {
            let name = if case.about.for_whom == Some(ForWhom::SomeoneElse) {
                "Their full name"
            } else {
                "Your full name"
            };
            let age: u8 = u8::try_from(text.len() * 7 % 121).expect("at most 120");
            vec![
                set(name, |c, t| c.about.patient_name = t),
                (
                    "Age in years".to_owned(),
                    Box::new(move |c: &mut Case| c.about.age = Some(age)),
                ),
            ]
        }
        Step::CallInsurer => vec![
            set("Insurance company or plan", |c, t| c.insurer.name = t),
            set("Member ID", |c, t| c.insurer.member_id = t),
            set("Group number", |c, t| c.insurer.group_number = t),
        ],
        Step::Alternatives => vec![set("Your notes", |c, t| c.alternatives.notes = t)],
        Step::Condition | Step::Medicare | Step::Accounts | Step::Plan => Vec::new(),
    }
}

/// The radio choices of `step`.
fn choices(step: Step) -> Vec<Edit> {
    match step {
        Step::AboutYou => [ForWhom::Myself, ForWhom::SomeoneElse]
            .into_iter()
            .map(|w| -> Edit {
                let label = match w {
                    ForWhom::Myself => "Myself",
                    ForWhom::SomeoneElse => "Someone I am helping",
                };
                (
                    label.to_owned(),
                    Box::new(move |c: &mut Case| c.about.for_whom = Some(w)),
                )
            })
            .collect(),
        Step::CallInsurer => Answer::ALL
            .into_iter()
            .map(|a| -> Edit {
                let word = match a {
                    Answer::Yes => "Yes",
                    Answer::No => "No",
                    Answer::NotSure => "Not sure",
                };
                (
                    format!("Is massage therapy covered? {word}"),
                    Box::new(move |c: &mut Case| c.insurer.massage_covered = Some(a)),
                )
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn coverage_label(c: Coverage, helping: bool) -> &'static str {
    match c {
        Coverage::EmployerOrIndividual if helping => "A plan from work, or one they bought",
        Coverage::EmployerOrIndividual => "A plan from work, or one I bought myself",
        Coverage::Marketplace => "A Marketplace plan (HealthCare.gov or a state exchange)",
        Coverage::OriginalMedicare => "Original Medicare (Part A, Part B)",
        Coverage::MedicareAdvantage => "Medicare Advantage (Part C)",
        Coverage::Medigap => "Medigap (Medicare Supplement)",
        Coverage::Medicaid => "Medicaid",
        Coverage::AutoInsurance => "Auto insurance, after an accident",
        Coverage::WorkersComp => "Workers' compensation, after a work injury",
        Coverage::NoCoverage => "No coverage",
    }
}

fn condition_label(c: ConditionKind) -> &'static str {
    match c {
        ConditionKind::Sciatica => "Sciatica",
        ConditionKind::RepetitiveStrain => {
            "Repetitive strain (for example carpal tunnel, tennis elbow)"
        }
        ConditionKind::AfterSurgery => "Recovery after surgery",
        ConditionKind::SportsInjury => "Sports injury, sprain or strain",
        ConditionKind::Concussion => "Concussion",
        ConditionKind::LowBackPain => "Low back pain",
        ConditionKind::NeckPain => "Neck pain",
        ConditionKind::Other => "Something else",
    }
}

fn paperwork_label(p: Paperwork) -> &'static str {
    match p {
        Paperwork::Prescription => "A prescription",
        Paperwork::Referral => "A referral",
        Paperwork::LetterOfMedicalNecessity => "A letter of medical necessity (LMN)",
        Paperwork::NotYet => "Nothing yet",
    }
}

fn part_label(p: MedicarePart) -> &'static str {
    match p {
        MedicarePart::PartA => "Part A (hospital)",
        MedicarePart::PartB => "Part B (medical)",
        MedicarePart::Advantage => "Medicare Advantage (Part C)",
        MedicarePart::Medigap => "Medigap (Medicare Supplement)",
        MedicarePart::NotEnrolled => "Not enrolled yet",
    }
}

fn account_label(a: Account) -> &'static str {
    match a {
        Account::Fsa => "Flexible spending account (FSA)",
        Account::Hsa => "Health savings account (HSA)",
        Account::Hra => "Health reimbursement arrangement (HRA)",
        Account::NoAccount => "None of these",
    }
}

fn alternative_label(a: Alternative, helping: bool) -> &'static str {
    match a {
        Alternative::PhysicalTherapy => "Physical therapy",
        Alternative::Chiropractic => "Chiropractic care",
        Alternative::SportsMedicineClinic => "A sports medicine or orthopedic clinic",
        Alternative::MassageSchoolClinic => "A massage school student clinic (lower prices)",
        Alternative::CommunityHealthCenter => "A community health center (sliding-scale fees)",
        Alternative::EmployerProgram if helping => "A program from their employer",
        Alternative::EmployerProgram => "A program from my employer",
        Alternative::CashPackage => "Paying cash, with a package or a discount",
        Alternative::NoneForNow => "None for now",
    }
}

// ---------------------------------------------------------------------------------------------
// The pure rules

/// The answers of a case, without where the patient is and when it changed.
fn answers(case: &Case) -> Case {
    let mut c = case.clone();
    c.step = Step::AboutYou;
    c.updated = NOW;
    c
}

/// What the wizard does with `action` on the pure model: edits change only the current step's
/// answers, moves go through `flow::apply`.
fn model_step(case: &mut Case, step: Step, action: &Action) -> Step {
    fn edit(case: &mut Case, edits: &[Edit], i: usize) {
        if !edits.is_empty() {
            (edits[i % edits.len()].1)(case);
        }
    }
    match action {
        Action::Back => flow::apply(Nav::Back, step, case, TODAY),
        Action::Next => flow::apply(Nav::Next, step, case, TODAY),
        Action::GoTo(to) => flow::apply(Nav::GoTo(*to), step, case, TODAY),
        Action::Tick(i) => {
            let edits = ticks(step, case.helping());
            edit(case, &edits, *i);
            step
        }
        Action::Type(i, text) => {
            let edits = fields(step, case, text);
            edit(case, &edits, *i);
            step
        }
        Action::Choose(i) => {
            edit(case, &choices(step), *i);
            step
        }
    }
}

proptest! {
    #![proptest_config(Config::with_cases(512))]

    #[test]
    fn the_flow_rules_never_panic_and_moves_never_change_an_answer(
        mut case in any_case(),
        actions in proptest::collection::vec(action(), 0..40),
    ) {
        let mut step = flow::resume(&case, TODAY);
        prop_assert!(flow::applies(step, &case, TODAY));
        for action in &actions {
            let before = case.clone();
            step = model_step(&mut case, step, action);
            if matches!(action, Action::Back | Action::Next | Action::GoTo(_)) {
                prop_assert!(case == before, "a move changed an answer");
            }
            // Edits on a step never make that step stop applying, so the patient is never
            // stranded on a step that does not apply.
            prop_assert!(flow::applies(step, &case, TODAY), "on {step:?}, which does not apply");
            for s in Step::ALL {
                let _ = flow::status(s, step, &case, TODAY);
                let _ = flow::is_done(s, &case, TODAY);
            }
            // Back then Next (and Next then Back) come back to the same step.
            if let Some(prev) = flow::back(step, &case, TODAY) {
                prop_assert_eq!(flow::next(prev, &case, TODAY), Some(step));
            }
            if let Some(next) = flow::next(step, &case, TODAY) {
                prop_assert_eq!(flow::back(next, &case, TODAY), Some(step));
            }
            prop_assert_eq!(flow::apply(Nav::GoTo(Step::Plan), step, &case, TODAY), Step::Plan);
        }
        // Every answer survives a save and a load, whatever was typed.
        case.step = step;
        let text = to_ron(&case).expect("to RON");
        let loaded = from_ron(&text, std::path::Path::new("prop.ron")).expect("loads again");
        prop_assert!(loaded == case, "an answer changed on the way through the file:\n{text}");
    }
}

// ---------------------------------------------------------------------------------------------
// The real app

/// The title of `step` on screen, for someone helping the patient when `helping`.
fn title(step: Step, helping: bool) -> &'static str {
    match step {
        Step::AboutYou if helping => "About them",
        Step::Condition if helping => "Their condition and prescription",
        Step::CallInsurer if helping => "Call their insurer",
        Step::Plan if helping => "Their plan",
        _ => step.title(),
    }
}

/// The heading the wizard shows on `step`.
fn heading(step: Step, helping: bool) -> String {
    format!(
        "Step {} of {}: {}",
        step.number(),
        Step::ALL.len(),
        title(step, helping)
    )
}

/// Clicks the tick box or radio button named `label` (the guidance may use the same words).
fn click_role(h: &mut Harness<'_, App>, role: Role, label: &str) {
    h.get_by_role_and_label(role, label).scroll_to_me();
    h.run();
    h.get_by_role_and_label(role, label).click();
    h.run();
}

/// Does `action` on screen, as a patient would.
fn act(h: &mut Harness<'_, App>, action: &Action) {
    let case = h.state().open_case().expect("a case is open").clone();
    let step = case.step;
    // Scrolls the widget into view first, as a patient would.
    let click = common::click;
    match action {
        Action::Back => {
            // On the first step Back does nothing (its name has no destination then).
            if h.query_all_by_label_contains("Back: ").next().is_some() {
                common::back(h);
            }
        }
        Action::Next => {
            // On the last step there is no Next button at all.
            if h.query_all_by_label_contains("Next: ").next().is_some() {
                common::next(h);
            }
        }
        Action::GoTo(to) => {
            let to_title = title(*to, case.helping());
            let change = format!("Change {to_title}");
            if step == Step::Plan && h.query_by_label(&change).is_some() {
                click(h, &change);
            } else {
                let prefix = format!("Step {}, {to_title},", to.number());
                h.query_all_by_label_contains(&prefix)
                    .next()
                    .expect("every step is on the step map")
                    .scroll_to_me();
                h.run();
                h.query_all_by_label_contains(&prefix)
                    .next()
                    .expect("every step is on the step map")
                    .click();
                h.run();
            }
        }
        Action::Tick(i) => {
            let edits = ticks(step, case.helping());
            if !edits.is_empty() {
                click_role(h, Role::CheckBox, &edits[i % edits.len()].0);
            }
        }
        Action::Choose(i) => {
            let edits = choices(step);
            if !edits.is_empty() {
                click_role(h, Role::RadioButton, &edits[i % edits.len()].0);
            }
        }
        Action::Type(i, text) => {
            let edits = fields(step, &case, text);
            if !edits.is_empty() {
                let label = &edits[i % edits.len()].0;
                let typed = if label == "Age in years" {
                    (text.len() * 7 % 121).to_string()
                } else {
                    text.clone()
                };
                common::type_into(h, label, &typed);
            }
        }
    }
}

/// The app as `common::app_harness` makes it, except that a character egui's fonts lack is drawn
/// as a box, as in the real app, instead of failing the test: stored answers here may hold any
/// character (a hand-edited or imported file, a name in any script).
fn harness_for_any_text(data_dir: &std::path::Path) -> Harness<'static, App> {
    let app = App::new(
        DiskStore::open(data_dir).expect("data dir opens"),
        Guidance::builtin().expect("built-in content"),
        Box::new(FixedClock(NOW)),
        Box::new(NoDialogs),
    );
    Harness::builder()
        .with_size(egui::vec2(1280.0, 2400.0))
        .with_step_dt(0.25)
        .allow_missing_glyphs()
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

fn run_app_sequence(start: &Case, actions: &[Action]) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = DiskStore::open(dir.path()).expect("open");
    store.save(start).expect("save the starting case");
    let mut model = start.clone();
    let mut step = flow::resume(&model, TODAY);
    // Arriving on the Medicare step ticks there what step 1 already says (issue 17).
    if step == Step::Medicare {
        model.carry_coverage_into_medicare();
    }
    let mut h = harness_for_any_text(dir.path());
    h.state_mut().open(start.clone());
    h.run();
    for (n, action) in actions.iter().enumerate() {
        act(&mut h, action);
        let before = step;
        step = model_step(&mut model, step, action);
        if step == Step::Medicare && before != Step::Medicare {
            model.carry_coverage_into_medicare();
        }
        let shown = h.state().open_case().expect("a case is open").clone();
        prop_assert_eq!(
            shown.step,
            step,
            "after action {} ({:?}) the app is on another step than the flow says",
            n,
            action
        );
        let heading = heading(step, model.helping());
        prop_assert!(shows(&h, &heading), "the screen shows {}", heading);
        prop_assert!(
            answers(&shown) == answers(&model),
            "after action {n} ({action:?}) the app's answers differ from the model's"
        );
    }
    drop(h);
    let saved = store.load(&start.id).expect("the case file loads");
    prop_assert!(
        answers(&saved) == answers(&model),
        "the file lost an answer"
    );
    prop_assert_eq!(saved.step, step);
    Ok(())
}

/// A starting case for the app: what the model types is plain, but the stored answers may be anything.
fn app_case() -> impl Strategy<Value = Case> {
    any_case().prop_map(|mut case| {
        // The age box decides Medicare when there is no date of birth; keep it in play.
        case.about.date_of_birth = None;
        case
    })
}

#[test]
fn the_real_app_follows_the_flow_and_keeps_every_answer_through_random_clicks_and_typing() {
    let cases = std::env::var("MC_PROP_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(16);
    let mut runner = TestRunner::new(Config {
        cases,
        // Each case drives a real app for dozens of frames; shrinking a failure is still worth it.
        max_shrink_iters: 200,
        ..Config::default()
    });
    let strategy = (app_case(), proptest::collection::vec(action(), 1..30));
    runner
        .run(&strategy, |(start, actions)| {
            run_app_sequence(&start, &actions)
        })
        .unwrap_or_else(|e| panic!("{e}"));
    println!("app-level property test: {cases} random sequences passed");
}
