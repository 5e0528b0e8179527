//! Screen readers: on every step, every control has a name, and no two controls share one.

mod common;

use common::{app_harness, click};
use egui_kittest::kittest::{NodeT, Queryable};

#[test]
fn every_control_on_every_step_has_a_name_of_its_own() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    click(&mut h, "New case");
    click(&mut h, "Original Medicare (Part A, Part B)");
    click(&mut h, "Someone I am helping");
    for step in common::STEP_NAMES {
        common::go_to_step(&mut h, step);
        if step.contains("Call your insurer") {
            click(&mut h, "Start call");
        }
        if step.contains("FSA") {
            click(&mut h, "Flexible spending account (FSA)");
        }
        let names: Vec<String> = h
            .query_all_by(|n| common::INTERACTIVE.contains(&n.role()) && !n.is_hidden())
            .map(|n| n.accesskit_node().label().unwrap_or_default())
            .collect();
        assert!(names.len() > 5, "{step}: only {} controls", names.len());
        let unnamed = names.iter().filter(|n| n.trim().is_empty()).count();
        assert_eq!(unnamed, 0, "{step}: {unnamed} controls have no name");
        let mut seen = std::collections::BTreeMap::new();
        for n in &names {
            *seen.entry(n.clone()).or_insert(0) += 1;
        }
        let shared: Vec<_> = seen.iter().filter(|(_, c)| **c > 1).collect();
        assert!(
            shared.is_empty(),
            "{step}: names shared by several controls: {shared:?}"
        );
    }
}
