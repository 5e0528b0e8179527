//! The guidance on screen: verdicts with sources, the glossary, the savings estimate.

mod common;

use common::{app_harness, click, shows, type_into};
use egui_kittest::kittest::Queryable;
use massage_coverage::guidance::Guidance;

fn open_new_case_at(h: &mut egui_kittest::Harness<'_, massage_coverage::ui::App>, step: &str) {
    click(h, "New case");
    click(h, step);
}

#[test]
fn the_savings_estimate_appears_once_price_visits_and_bracket_are_known() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    open_new_case_at(&mut h, "Step 5, FSA / HSA, still to do");
    click(&mut h, "Flexible spending account (FSA)");
    assert!(shows(
        &h,
        "Fill in the price, the visits and your tax bracket"
    ));
    type_into(&mut h, "Price of one visit", "90");
    type_into(&mut h, "Visits a year", "24");
    click(&mut h, "Federal bracket 22%");
    type_into(&mut h, "State income tax rate, in percent", "5");
    // 24 x $90 = $2,160; 22% + 5% + 7.65% payroll tax = 34.65% -> $748.44.
    assert!(shows(&h, "about $2,160.00 a year (24 visits)"));
    assert!(shows(&h, "save about $748.44 a year (34.65% in taxes)"));
    type_into(&mut h, "State income tax rate, in percent", "40");
    assert!(shows(&h, "at most about 15%"));
}

#[test]
fn the_plan_shows_each_route_with_its_verdict_and_where_it_comes_from() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    click(&mut h, "New case");
    click(&mut h, "Original Medicare (Part A, Part B)");
    click(&mut h, "Step 7, Your plan, still to do");
    let g = Guidance::builtin().expect("content");
    let reason = &g
        .reason(massage_coverage::guidance::ReasonId::OriginalMedicareExcludesMassage)
        .text;
    assert!(
        shows(&h, &reason[..30]),
        "the Original Medicare reason is shown"
    );
    assert!(shows(&h, "Unlikely"));
    let before = h.query_all_by_label_contains("https://").count();
    for node in h.get_all_by_label("Where does this come from?") {
        node.click_accesskit();
    }
    h.run();
    let after = h.query_all_by_label_contains("https://").count();
    assert!(after > before, "sources appear when opened");
}

#[test]
fn the_glossary_opens_from_the_top_bar_and_from_words_used_on_a_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    click(&mut h, "New case");
    click(&mut h, "Glossary");
    let g = Guidance::builtin().expect("content");
    let deductible = g.term("deductible").expect("term");
    click(&mut h, &format!("Explain {}", deductible.term));
    assert!(shows(&h, &deductible.definition[..30]));
    click(&mut h, "Step 5, FSA / HSA, still to do");
    let words: Vec<String> = g
        .terms_in(&g.step(massage_coverage::case::Step::Accounts).intro)
        .iter()
        .map(|t| t.term.clone())
        .collect();
    assert!(
        !words.is_empty(),
        "the FSA step's intro uses glossary words"
    );
    click(&mut h, &format!("Explain {}", words[0]));
    let term = g
        .glossary
        .iter()
        .find(|t| t.term == words[0])
        .expect("term");
    assert!(shows(&h, &term.definition[..20]));
}

#[test]
fn the_condition_step_explains_a_ticked_condition_with_its_code_hint() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    open_new_case_at(
        &mut h,
        "Step 2, Your condition and prescription, still to do",
    );
    click(&mut h, "Sciatica");
    let g = Guidance::builtin().expect("content");
    let hint = &g
        .condition(massage_coverage::case::ConditionKind::Sciatica)
        .code_hint;
    assert!(shows(&h, &hint[..30]));
}

#[test]
fn the_call_step_lists_every_question_from_the_content() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    open_new_case_at(&mut h, "Step 3, Call your insurer, still to do");
    let g = Guidance::builtin().expect("content");
    for q in &g.questions {
        assert!(shows(&h, &q.text), "{}", q.id);
    }
}
