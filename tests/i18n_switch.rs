//! Switching the language mid-case: every answer and every half-typed field stays, the screen
//! and the guidance change language, and switching back restores English.

mod common;

use common::{app_harness, click, shows, type_into, value_of};
use egui_kittest::kittest::Queryable;
use massage_coverage::case::{ConditionKind, ForWhom};
use massage_coverage::guidance::Lang;

#[test]
fn switching_to_spanish_mid_case_keeps_every_answer_and_switching_back_restores_english() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    click(&mut h, "New case");
    click(&mut h, "Myself");
    type_into(&mut h, "Your full name", "José Núñez");
    type_into(&mut h, "Date of birth", "03/14/1955");
    common::next(&mut h);
    click(&mut h, "Sciatica");
    click(&mut h, "A prescription");
    type_into(&mut h, "Sessions", "2");
    // Not a date: kept on screen as a draft, not saved.
    type_into(&mut h, "Date on the paper", "13/45/2026");
    let before = h.state().open_case().expect("a case is open").clone();

    click(&mut h, "Español");
    assert_eq!(h.state().lang(), Lang::Es);
    assert!(shows(&h, "Paso 2 de 7: Su problema de salud y su receta"));
    assert!(
        shows(&h, "Ciática"),
        "labels of stored values are in Spanish"
    );
    assert_eq!(value_of(&h, "Sesiones"), "2");
    assert_eq!(
        value_of(&h, "Fecha del papel"),
        "13/45/2026",
        "the draft stays"
    );
    let after = h.state().open_case().expect("still open");
    assert_eq!(after.about, before.about);
    assert_eq!(after.condition, before.condition);
    assert!(after.condition.kinds.contains(&ConditionKind::Sciatica));

    // Back to step 1 in Spanish: the answers are there.
    type_into(&mut h, "Fecha del papel", "11/01/2026");
    common::back(&mut h);
    assert!(shows(&h, "Paso 1 de 7: Sobre usted"));
    assert_eq!(value_of(&h, "Su nombre completo"), "José Núñez");
    assert_eq!(value_of(&h, "Fecha de nacimiento"), "03/14/1955");

    click(&mut h, "English");
    assert_eq!(h.state().lang(), Lang::En);
    assert!(shows(&h, "Step 1 of 7: About you"));
    assert_eq!(value_of(&h, "Your full name"), "José Núñez");
    let case = h.state().open_case().expect("still open");
    assert_eq!(case.about.for_whom, Some(ForWhom::Myself));
    assert_eq!(case.about.patient_name, "José Núñez");
}

#[test]
fn the_start_screen_switches_language_before_a_case_is_opened() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    click(&mut h, "Español");
    assert!(shows(&h, "Todavía no tiene casos guardados"));
    click(&mut h, "Caso nuevo");
    assert!(shows(&h, "Paso 1 de 7: Sobre usted"));
    assert!(shows(&h, "¿Para quién es?"));
}

#[test]
fn questions_speak_about_the_person_being_helped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    click(&mut h, "New case");
    click(&mut h, "Someone I am helping");
    assert!(shows(&h, "Their full name"));
    assert!(shows(&h, "Their health coverage"));
    click(&mut h, "The state where they live");
    h.get_by_label("Washington").scroll_to_me();
    h.run();
    click(&mut h, "Washington");
    click(&mut h, "Original Medicare (Part A, Part B)");
    common::next(&mut h);
    common::next(&mut h);
    assert!(shows(&h, "Log your call about them"));
    common::next(&mut h);
    assert!(shows(&h, "Which parts of Medicare do they have?"));
    common::next(&mut h);
    assert!(shows(&h, "Which of these accounts do they have?"));
    click(&mut h, "Español");
    assert!(shows(&h, "¿Cuáles de estas cuentas tiene esa persona?"));
}

#[test]
fn a_clinics_own_content_has_no_language_switch_and_is_never_replaced() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut clinic = massage_coverage::guidance::Guidance::builtin().expect("content");
    clinic.disclaimer = "Riverside Clinic's own guidance, reviewed by our billing office.".into();
    let app = massage_coverage::ui::App::new(
        massage_coverage::store::DiskStore::open(dir.path()).expect("store"),
        clinic,
        Box::new(massage_coverage::ui::FixedClock(common::NOW)),
        Box::new(massage_coverage::ui::files::NoDialogs),
    )
    .with_fixed_content();
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 2400.0))
        .build_ui_state(|ui, app: &mut massage_coverage::ui::App| app.ui(ui), app);
    h.run();
    assert!(
        h.query_by_label("Español").is_none(),
        "no switch on the start screen"
    );
    click(&mut h, "New case");
    assert!(
        h.query_by_label("Español").is_none(),
        "no switch in the wizard"
    );
    assert!(shows(&h, "Riverside Clinic's own guidance"));
    // Even when asked (saved settings, the command line), the clinic's content stays.
    h.state_mut().set_lang(Lang::Es);
    h.run();
    assert_eq!(h.state().lang(), Lang::En);
    assert!(shows(&h, "Riverside Clinic's own guidance"));
}
