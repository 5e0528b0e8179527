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
