//! The "done when", one patient at a time: a keyboard-only user, a screen-reader user,
//! a low-vision user at 200% text and a Spanish speaker each start a case, go through every
//! step to the plan, and print their call checklist.

mod common;

use std::path::Path;
use std::sync::Arc;

use common::{FakePrinters, NOW, click, run_until, shows, type_into};
use egui::Key;
use egui::accesskit::{Live, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use massage_coverage::case::{Case, ConditionKind, ForWhom, Lang, Step};
use massage_coverage::documents::print::Printers;
use massage_coverage::documents::{self, PageSetup};
use massage_coverage::guidance::Guidance;
use massage_coverage::store::DiskStore;
use massage_coverage::ui::files::NoDialogs;
use massage_coverage::ui::{App, FixedClock};

/// The app in a laptop-sized window (so long steps scroll), with one printer, "Desk".
fn harness(dir: &Path, printing: &Arc<FakePrinters>) -> Harness<'static, App> {
    let app = App::new(
        DiskStore::open(dir).expect("store"),
        Guidance::builtin().expect("content"),
        Box::new(FixedClock(NOW)),
        Box::new(NoDialogs),
    )
    .with_printing(Arc::clone(printing) as _);
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

fn desk() -> Arc<FakePrinters> {
    Arc::new(FakePrinters {
        printers: Some(Printers {
            names: vec!["Desk".into()],
            default: Some("Desk".into()),
        }),
        ..FakePrinters::default()
    })
}

fn case(h: &Harness<'_, App>) -> Case {
    h.state().open_case().expect("a case is open").clone()
}

/// The printed job's title, once exactly one job was sent to "Desk".
fn one_job_to_desk(printing: &FakePrinters) -> String {
    let jobs = printing.jobs.lock().expect("jobs");
    assert_eq!(jobs.len(), 1, "one job printed");
    let (printer, title, pdf, _) = &jobs[0];
    assert_eq!(printer.as_deref(), Some("Desk"));
    assert!(pdf.starts_with(b"%PDF"));
    title.clone()
}

// --- Keyboard only ---------------------------------------------------------------------

/// The name of the control with the keyboard focus.
fn focused(h: &Harness<'_, App>) -> Option<String> {
    #[expect(
        clippy::redundant_closure_for_method_calls,
        reason = "the method alone is not general over the lifetime kittest needs"
    )]
    h.query_all_by(|n| n.is_focused())
        .next()
        .map(|n| n.accesskit_node().label().unwrap_or_default())
}

fn press(h: &mut Harness<'_, App>, key: Key) {
    h.key_press(key);
    h.run();
}

/// Presses Tab until the focused control's name starts with `name`.
fn tab_to(h: &mut Harness<'_, App>, name: &str) {
    for _ in 0..300 {
        press(h, Key::Tab);
        if focused(h).is_some_and(|n| n.starts_with(name)) {
            return;
        }
    }
    panic!("Tab never reached \"{name}\"");
}

/// Types into the focused field, as a keyboard does.
fn type_keys(h: &mut Harness<'_, App>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
}

#[test]
fn a_keyboard_only_user_completes_a_case_and_prints_the_checklist() {
    let dir = tempfile::tempdir().expect("temp dir");
    let printing = desk();
    let mut h = harness(dir.path(), &printing);
    tab_to(&mut h, "New case");
    press(&mut h, Key::Enter);

    tab_to(&mut h, "Myself");
    press(&mut h, Key::Space);
    tab_to(&mut h, "Your full name");
    type_keys(&mut h, "Ana Ruiz");
    // The list of states opens with Space; Tab walks its entries and Enter picks one.
    tab_to(&mut h, "The state where you live");
    press(&mut h, Key::Space);
    tab_to(&mut h, "Oregon");
    press(&mut h, Key::Enter);
    assert_eq!(case(&h).about.state.as_deref(), Some("OR"));
    // Shift+Tab goes back to the choice just made, and Tab forward again.
    h.key_press_modifiers(egui::Modifiers::SHIFT, Key::Tab);
    h.run();
    assert_ne!(focused(&h).as_deref(), Some("Your full name"));
    tab_to(&mut h, "Next: ");
    press(&mut h, Key::Enter);
    assert_eq!(case(&h).step, Step::Condition);

    tab_to(&mut h, "Sciatica");
    press(&mut h, Key::Space);
    tab_to(&mut h, "Next: ");
    press(&mut h, Key::Enter);
    assert_eq!(case(&h).step, Step::CallInsurer);

    // The call log: start the call, answer the first question, write the reference, end it.
    tab_to(&mut h, "Start call");
    press(&mut h, Key::Enter);
    tab_to(&mut h, "A person answered");
    press(&mut h, Key::Enter);
    tab_to(&mut h, "Call answer Yes");
    press(&mut h, Key::Space);
    tab_to(&mut h, "Reference number");
    type_keys(&mut h, "REF-1234");
    tab_to(&mut h, "End call");
    press(&mut h, Key::Enter);
    let call = case(&h)
        .insurer
        .calls
        .first()
        .cloned()
        .expect("a call was logged");
    assert_eq!(call.reference, "REF-1234");
    assert_eq!(
        call.answers
            .values()
            .filter_map(|a| a.answer)
            .collect::<Vec<_>>(),
        [massage_coverage::case::Answer::Yes]
    );

    // Every other step: straight on with Next until the plan.
    for _ in 0..8 {
        if case(&h).step == Step::Plan {
            break;
        }
        tab_to(&mut h, "Next: ");
        press(&mut h, Key::Enter);
    }
    let c = case(&h);
    assert_eq!(c.step, Step::Plan);
    assert_eq!(c.about.for_whom, Some(ForWhom::Myself));
    assert_eq!(c.about.patient_name, "Ana Ruiz");
    assert!(c.condition.kinds.contains(&ConditionKind::Sciatica));

    tab_to(&mut h, "Print… Call checklist");
    press(&mut h, Key::Enter);
    run_until(&mut h, "the printer list", |h| shows(h, "Desk (default)"));
    tab_to(&mut h, "Print now");
    press(&mut h, Key::Enter);
    run_until(&mut h, "the job", |h| shows(h, "Sent to the printer"));
    assert!(one_job_to_desk(&printing).contains("call checklist"));
}

// --- Screen reader ---------------------------------------------------------------------

/// The one control with `role` whose accessible name starts with `name`, as a screen reader
/// finds it: by role and name only, never by position.
fn control<'h>(h: &'h Harness<'_, App>, role: Role, name: &str) -> egui_kittest::Node<'h> {
    let wanted = name.to_owned();
    let mut found = h.query_all_by(move |n| {
        n.role() == role && n.label().is_some_and(|l| l.starts_with(&wanted))
    });
    let first = found
        .next()
        .unwrap_or_else(|| panic!("no {role:?} named \"{name}…\""));
    assert!(found.next().is_none(), "two {role:?}s named \"{name}…\"");
    first
}

/// Activates a control the way assistive technology does: an accessibility action.
fn activate(h: &mut Harness<'_, App>, role: Role, name: &str) {
    control(h, role, name).scroll_to_me();
    h.run();
    control(h, role, name).click_accesskit();
    h.run();
}

/// Focuses a text field by its name and types into it.
fn fill(h: &mut Harness<'_, App>, name: &str, text: &str) {
    control(h, Role::TextInput, name).focus();
    h.run();
    control(h, Role::TextInput, name).type_text(text);
    h.run();
}

#[test]
fn a_screen_reader_user_completes_a_case_by_roles_and_names_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let printing = desk();
    let mut h = harness(dir.path(), &printing);
    activate(&mut h, Role::Button, "New case");
    activate(&mut h, Role::RadioButton, "Someone I am helping");
    fill(&mut h, "Their full name", "Rosa Díaz");
    // A mistake is announced with its field: the field's description is the message.
    fill(&mut h, "Date of birth", "02/31/1950");
    let field = control(&h, Role::TextInput, "Date of birth");
    let description = field.accesskit_node().description().unwrap_or_default();
    assert!(
        description.contains("February 1950 has only 28 days"),
        "{description:?}"
    );
    // Next with a mistake on the page is refused, and the reason is announced at once.
    activate(&mut h, Role::Button, "Next: ");
    assert_eq!(case(&h).step, Step::AboutYou);
    assert_eq!(
        announced(&h, "needs fixing before you move on"),
        Live::Assertive
    );
    control(&h, Role::TextInput, "Date of birth").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.run();
    control(&h, Role::TextInput, "Date of birth").type_text("02/28/1950");
    h.run();
    activate(&mut h, Role::Button, "Next: ");
    activate(&mut h, Role::CheckBox, "Concussion");
    for _ in 0..8 {
        if case(&h).step == Step::Plan {
            break;
        }
        activate(&mut h, Role::Button, "Next: ");
    }
    let c = case(&h);
    assert_eq!(c.step, Step::Plan);
    assert_eq!(c.about.patient_name, "Rosa Díaz");
    assert!(c.about.date_of_birth.is_some());
    assert!(c.condition.kinds.contains(&ConditionKind::Concussion));

    activate(&mut h, Role::Button, "Print… Call checklist");
    run_until(&mut h, "the printer list", |h| shows(h, "Desk (default)"));
    activate(&mut h, Role::Button, "Print now");
    run_until(&mut h, "the job", |h| shows(h, "Sent to the printer"));
    // The news is read out without the patient having to look for it.
    assert_eq!(announced(&h, "Sent to the printer"), Live::Polite);
    one_job_to_desk(&printing);
}

/// How a screen reader announces the text containing `text` when it appears.
fn announced(h: &Harness<'_, App>, text: &str) -> Live {
    h.get_by_label_contains(text).accesskit_node().live()
}

// --- 200% text -------------------------------------------------------------------------

#[test]
fn at_200_percent_text_a_user_completes_a_case_and_prints_the_checklist() {
    let dir = tempfile::tempdir().expect("temp dir");
    let printing = desk();
    let mut h = harness(dir.path(), &printing);
    while !h.get_by_label("Larger text").accesskit_node().is_disabled() {
        click(&mut h, "Larger text");
    }
    assert!((h.ctx.zoom_factor() - 2.0).abs() < 1e-6);
    click(&mut h, "High contrast");
    click(&mut h, "New case");
    click(&mut h, "Myself");
    type_into(&mut h, "Your full name", "Ana Ruiz");
    // At 200% in an 800-pixel window, Next is still on screen without scrolling.
    let screen = h.ctx.content_rect();
    let next = h
        .query_all_by(|n| n.label().is_some_and(|l| l.starts_with("Next: ")))
        .next()
        .expect("Next")
        .rect();
    assert!(
        screen.contains_rect(next),
        "Next {next:?} is off {screen:?}"
    );
    for _ in 0..8 {
        if case(&h).step == Step::Plan {
            break;
        }
        common::next(&mut h);
    }
    assert_eq!(case(&h).step, Step::Plan);
    click(&mut h, "Print… Call checklist");
    run_until(&mut h, "the printer list", |h| shows(h, "Desk (default)"));
    click(&mut h, "Print now");
    run_until(&mut h, "the job", |h| shows(h, "Sent to the printer"));
    one_job_to_desk(&printing);
}

// --- Spanish ---------------------------------------------------------------------------

#[test]
fn a_spanish_speaker_completes_a_case_and_prints_a_spanish_checklist() {
    let dir = tempfile::tempdir().expect("temp dir");
    let printing = desk();
    let mut h = harness(dir.path(), &printing);
    h.state_mut().set_lang(Lang::Es);
    h.run();
    click(&mut h, "Caso nuevo");
    click(&mut h, "Para mí");
    type_into(&mut h, "Su nombre completo", "Ana Ruiz");
    for _ in 0..8 {
        if case(&h).step == Step::Plan {
            break;
        }
        common::next(&mut h);
    }
    assert_eq!(case(&h).step, Step::Plan);
    assert_eq!(case(&h).language, Lang::Es);
    click(&mut h, "Imprimir… Lista para la llamada");
    run_until(&mut h, "the printer list", |h| {
        shows(h, "Desk (la de siempre)")
    });
    click(&mut h, "Imprimir ahora");
    run_until(&mut h, "the job", |h| shows(h, "Se mandó a la impresora"));
    assert!(one_job_to_desk(&printing).contains("lista para llamar"));

    // What was printed is the case's checklist in Spanish, as saved on disk.
    let saved = DiskStore::open(dir.path())
        .expect("store")
        .load(&case(&h).id)
        .expect("saved");
    assert_eq!(saved.language, Lang::Es);
    let es = Guidance::builtin_for(Lang::Es).expect("Spanish content");
    let doc = documents::checklist(&saved, &es, None, NOW.date());
    let text = documents::to_text(&doc, &PageSetup::letter(NOW.date()));
    assert!(text.contains("Preguntas que hacer"), "{text}");
    assert!(text.contains("Ana Ruiz"));
}
