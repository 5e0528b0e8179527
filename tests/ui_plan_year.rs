//! Issue 11, "The year": in December the estimate is for next year unless the patient
//! chooses this one, and a limit that is not out yet is named with the year it comes from.

mod common;

use common::{click, shows, type_into};
use massage_coverage::case::{Account, Answer, Case, Step};
use massage_coverage::guidance::Guidance;
use massage_coverage::store::DiskStore;
use massage_coverage::ui::files::NoDialogs;
use massage_coverage::ui::{App, FixedClock};
use time::macros::datetime;

fn december_harness(dir: &std::path::Path) -> egui_kittest::Harness<'static, App> {
    let app = App::new(
        DiskStore::open(dir).expect("store"),
        Guidance::builtin().expect("content"),
        Box::new(FixedClock(datetime!(2026-12-02 10:00 UTC))),
        Box::new(NoDialogs),
    );
    egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 2400.0))
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

fn fsa_case() -> Case {
    let mut case = common::case_on("c20261202-100000-0001", Step::Accounts);
    case.accounts.kinds.insert(Account::Fsa);
    case.accounts.lmn_on_file = Some(Answer::Yes);
    case
}

#[test]
fn in_december_the_fsa_estimate_is_for_next_year_and_names_the_limit_it_borrows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = december_harness(dir.path());
    h.state_mut().open(fsa_case());
    h.run();
    type_into(&mut h, "Price of one visit", "90");
    type_into(&mut h, "Visits a year", "24");
    click(&mut h, "Federal bracket 22%");
    type_into(&mut h, "State income tax rate, in percent", "0");
    assert!(
        shows(
            &h,
            "The 2027 limits are not out yet, so this estimate uses the 2026 limits"
        ),
        "the 2027 FSA limit is not published: the note says so, with both years"
    );
    assert!(!shows(&h, "The 2026 limits are not out yet"));
    click(&mut h, "Plan year 2026");
    assert!(!shows(&h, "limits are not out yet"));
    let case = h.state().open_case().expect("open case");
    assert_eq!(case.costs.plan_year, Some(2026));
}
