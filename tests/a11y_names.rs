//! Screen readers: on every step, every control has a name, and no two controls share one.

mod common;

use common::{app_harness, click};

#[test]
fn every_control_on_every_step_has_a_name_of_its_own() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    click(&mut h, "New case");
    click(&mut h, "Original Medicare (Part A, Part B)");
    click(&mut h, "Someone I am helping");
    for step in common::HELPING_STEP_NAMES {
        common::go_to_step(&mut h, step);
        if step.contains("insurer") {
            click(&mut h, "Start call");
        }
        if step.contains("FSA") {
            click(&mut h, "Flexible spending account (FSA)");
        }
        common::assert_named(&h, step, 5);
    }
}
