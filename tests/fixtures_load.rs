//! Case files written by earlier versions keep loading as the schema grows.

use std::path::Path;

use massage_coverage::case::{Answer, Coverage, Step};
use massage_coverage::store;
use time::macros::date;

#[test]
fn the_schema_1_fixture_loads_with_every_answer() {
    let path = Path::new("tests/fixtures/case-v1.ron");
    let case = store::import_case(path).expect("the fixture loads");
    assert_eq!(case.title, "My back");
    assert_eq!(case.step, Step::CallInsurer);
    assert_eq!(case.about.patient_name, "José Núñez Peña");
    assert_eq!(case.about.date_of_birth, Some(date!(1955 - 03 - 14)));
    assert!(case.about.coverage.contains(&Coverage::MedicareAdvantage));
    assert_eq!(case.insurer.member_id, "XJ-445566");
    assert_eq!(case.insurer.massage_covered, Some(Answer::NotSure));
    assert_eq!(case.accounts.hsa_balance, Some(120_000));
}

#[test]
fn a_file_missing_newer_fields_loads_with_them_empty() {
    let text = r#"(schema: 1, case: (id: "c1", title: "Old", about: (patient_name: "Ana")))"#;
    let case = store::from_ron(text, Path::new("old.ron")).expect("loads");
    assert_eq!(case.title, "Old");
    assert_eq!(case.about.patient_name, "Ana");
    assert!(case.insurer.member_id.is_empty());
    assert_eq!(case.step, Step::AboutYou);
}

#[test]
fn the_schema_1_fixture_loads_under_schema_2_with_the_new_questions_not_answered() {
    let path = Path::new("tests/fixtures/case-v1.ron");
    let text = std::fs::read_to_string(path).expect("read the fixture");
    assert!(
        text.contains("schema: 1"),
        "the fixture stays a schema 1 file"
    );
    let case = store::import_case(path).expect("the fixture loads");
    assert_eq!(massage_coverage::case::SCHEMA, 2);
    assert_eq!(case.accounts.owner, None);
    assert_eq!(case.accounts.owner_age_at_year_end, None);
    assert_eq!(case.accounts.owner_on_medicare, None);
    assert_eq!(case.accounts.hsa_plan_kind, None);
    assert_eq!(case.accounts.spouse_general_fsa, None);
    assert_eq!(case.accounts.fsa_kind, None);
    assert_eq!(case.insurer.self_funded, None);
    assert_eq!(case.medicare.card, None);
    assert!(case.about.injury.claim_number.is_empty());
    assert_eq!(case.about.injury.date_of_injury, None);
}

#[test]
fn the_schema_1_fixture_is_saved_as_schema_2_and_reads_back_the_same() {
    let case = store::import_case(Path::new("tests/fixtures/case-v1.ron")).expect("loads");
    let saved = store::to_ron(&case).expect("serialises");
    assert!(saved.starts_with("(\n    schema: 2,"), "{saved}");
    assert!(saved.contains("hsa_plan_kind: None"), "{saved}");
    let back = store::from_ron(&saved, Path::new("again.ron")).expect("reads back");
    assert!(back == case, "saving as schema 2 changed the case");
}
