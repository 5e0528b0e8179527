//! Someone helping a patient reads about the patient as "they": the step guidance, the choice
//! labels, the step titles and the plan's to-dos, on screen and on paper, in English and
//! Spanish; the patient's own case still says "you".

mod common;

use common::{app_harness, click, go_to_step, shows, spanish_app_harness};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use massage_coverage::case::{Case, CaseId, Coverage, ForWhom, Lang};
use massage_coverage::documents::{self, PageSetup};
use massage_coverage::guidance::Guidance;
use massage_coverage::ui::App;
use time::macros::date;

/// What one language says on each screen the test looks at.
struct Words {
    new_case: &'static str,
    who: &'static str,
    heading_1: &'static str,
    guidance_1: &'static str,
    coverage: &'static str,
    map_1: &'static str,
    map_3: &'static str,
    next_name: &'static str,
    coming_up: &'static str,
    map_7: &'static str,
    heading_7: &'static str,
    everything_1: &'static str,
    change_1: &'static str,
    todo: &'static str,
}

const HELPING_EN: Words = Words {
    new_case: "New case",
    who: "Someone I am helping",
    heading_1: "Step 1 of 7: About them",
    guidance_1: "Tick every kind of coverage they have.",
    coverage: "A plan from work, or one they bought",
    map_1: "Step 1, About them",
    map_3: "Step 3, Call their insurer",
    next_name: "Next: Their condition and prescription",
    coming_up: "Coming up: Their condition and prescription",
    map_7: "Step 7, Their plan",
    heading_7: "Step 7 of 7: Their plan",
    everything_1: "1. About them",
    change_1: "Change About them",
    todo: "Ask their doctor for a prescription for massage. It should give their diagnosis code",
};

const MYSELF_EN: Words = Words {
    new_case: "New case",
    who: "Myself",
    heading_1: "Step 1 of 7: About you",
    guidance_1: "Tick every kind of coverage you have.",
    coverage: "A plan from work, or one I bought myself",
    map_1: "Step 1, About you",
    map_3: "Step 3, Call your insurer",
    next_name: "Next: Your condition and prescription",
    coming_up: "Coming up: Your condition and prescription",
    map_7: "Step 7, Your plan",
    heading_7: "Step 7 of 7: Your plan",
    everything_1: "1. About you",
    change_1: "Change About you",
    todo: "Ask your doctor for a prescription for massage. It should give your diagnosis code",
};

const HELPING_ES: Words = Words {
    new_case: "Caso nuevo",
    who: "Para alguien a quien ayudo",
    heading_1: "Paso 1 de 7: Sobre la persona a quien ayuda",
    guidance_1: "Marque cada tipo de cobertura que tiene la persona a quien ayuda.",
    coverage: "Un plan del trabajo, o uno que esa persona compró",
    map_1: "Paso 1, Sobre la persona a quien ayuda",
    map_3: "Paso 3, Llame al seguro de esa persona",
    next_name: "Siguiente: Problema de salud y receta de esa persona",
    coming_up: "A continuación: Problema de salud y receta de esa persona",
    map_7: "Paso 7, El plan de esa persona",
    heading_7: "Paso 7 de 7: El plan de esa persona",
    everything_1: "1. Sobre la persona a quien ayuda",
    change_1: "Cambiar Sobre la persona a quien ayuda",
    todo: "Pida al médico de la persona a quien ayuda una receta para masaje",
};

const MYSELF_ES: Words = Words {
    new_case: "Caso nuevo",
    who: "Para mí",
    heading_1: "Paso 1 de 7: Sobre usted",
    guidance_1: "Marque cada tipo de cobertura que tenga.",
    coverage: "Un plan del trabajo, o uno que usted compró",
    map_1: "Paso 1, Sobre usted",
    map_3: "Paso 3, Llame a su seguro",
    next_name: "Siguiente: Su problema de salud y su receta",
    coming_up: "A continuación: Su problema de salud y su receta",
    map_7: "Paso 7, Su plan",
    heading_7: "Paso 7 de 7: Su plan",
    everything_1: "1. Sobre usted",
    change_1: "Cambiar Sobre usted",
    todo: "Pida a su médico una receta para masaje que tenga su código de diagnóstico",
};

/// Starts a case for `w.who`, ticks the plan from work, and checks every place that speaks of
/// the patient on step 1 and on the plan; `not` holds words of the other form that must not show.
fn walk(h: &mut Harness<'_, App>, w: &Words, not: &Words) {
    click(h, w.new_case);
    click(h, w.who);
    assert!(shows(h, w.heading_1), "{}", w.heading_1);
    assert!(shows(h, w.guidance_1), "{}", w.guidance_1);
    assert!(!shows(h, not.guidance_1), "{}", not.guidance_1);
    click(h, w.coverage);
    assert!(
        h.query_by_label(not.coverage).is_none(),
        "{} is not offered",
        not.coverage
    );
    assert!(shows(h, w.map_1), "{}", w.map_1);
    assert!(shows(h, w.map_3), "{}", w.map_3);
    assert!(shows(h, w.map_7), "{}", w.map_7);
    assert!(h.query_by_label(w.next_name).is_some(), "{}", w.next_name);
    assert!(shows(h, w.coming_up), "{}", w.coming_up);
    go_to_step(h, w.map_7);
    assert!(shows(h, w.heading_7), "{}", w.heading_7);
    assert!(shows(h, w.everything_1), "{}", w.everything_1);
    assert!(h.query_by_label(w.change_1).is_some(), "{}", w.change_1);
    assert!(shows(h, w.todo), "{}", w.todo);
    assert!(!shows(h, not.todo), "{}", not.todo);
}

#[test]
fn someone_helping_reads_they_and_their_in_english() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    walk(&mut h, &HELPING_EN, &MYSELF_EN);
}

#[test]
fn the_patients_own_case_still_reads_you_in_english() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    walk(&mut h, &MYSELF_EN, &HELPING_EN);
}

#[test]
fn someone_helping_reads_about_la_persona_a_quien_ayuda_in_spanish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = spanish_app_harness(dir.path());
    walk(&mut h, &HELPING_ES, &MYSELF_ES);
}

#[test]
fn the_patients_own_case_still_reads_usted_in_spanish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = spanish_app_harness(dir.path());
    walk(&mut h, &MYSELF_ES, &HELPING_ES);
}

#[test]
fn the_printed_plan_of_someone_helping_says_their_doctor_in_both_languages() {
    let today = date!(2026 - 11 - 29);
    for (lang, helping, myself) in [
        (Lang::En, HELPING_EN.todo, MYSELF_EN.todo),
        (Lang::Es, HELPING_ES.todo, MYSELF_ES.todo),
    ] {
        let g = Guidance::builtin_for(lang).expect("built-in content");
        let mut case = Case::new(
            CaseId::parse("c20261129-100000-0001").expect("id"),
            common::NOW,
        );
        case.language = lang;
        case.about.coverage.insert(Coverage::EmployerOrIndividual);
        for (who, expected, other) in [
            (ForWhom::SomeoneElse, helping, myself),
            (ForWhom::Myself, myself, helping),
        ] {
            case.about.for_whom = Some(who);
            let doc = documents::summary(&case, &g, today);
            // The text renderer wraps lines; compare with every run of spaces made one.
            let text = documents::to_text(&doc, &PageSetup::letter(today));
            let squashed = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(squashed.contains(expected), "{lang:?} {who:?}:\n{text}");
            assert!(!squashed.contains(other), "{lang:?} {who:?}:\n{text}");
        }
    }
}

#[test]
fn the_call_checklist_of_someone_helping_says_their_insurance_card() {
    let today = date!(2026 - 11 - 29);
    let g = Guidance::builtin().expect("built-in content");
    let mut case = Case::new(
        CaseId::parse("c20261129-100000-0001").expect("id"),
        common::NOW,
    );
    for (who, expected) in [
        (ForWhom::SomeoneElse, "Their insurance card:"),
        (ForWhom::Myself, "Your insurance card:"),
    ] {
        case.about.for_whom = Some(who);
        let doc = documents::checklist(&case, &g, None, today);
        let text = documents::to_text(&doc, &PageSetup::letter(today));
        assert!(text.contains(expected), "{who:?}:\n{text}");
    }
}
