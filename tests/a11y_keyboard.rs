//! Keyboard only: Tab reaches every control on a step in reading order, Space ticks, and Enter
//! presses buttons, so a case can be filled in and moved through without a mouse.

mod common;

use common::app_harness;
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use massage_coverage::case::{ForWhom, Step};
use massage_coverage::ui::App;

/// The name and position of the control that has the keyboard focus.
fn focused(h: &Harness<'_, App>) -> Option<(String, egui::Rect)> {
    #[expect(
        clippy::redundant_closure_for_method_calls,
        reason = "the method alone is not general over the lifetime kittest needs"
    )]
    h.query_by(|n| n.is_focused())
        .map(|n| (n.accesskit_node().label().unwrap_or_default(), n.rect()))
}

fn press(h: &mut Harness<'_, App>, key: Key) {
    h.key_press(key);
    h.run();
}

/// Presses Tab until the focused control's name starts with `name`; panics after `max` presses.
fn tab_to(h: &mut Harness<'_, App>, name: &str, max: usize) {
    for _ in 0..max {
        press(h, Key::Tab);
        if focused(h).is_some_and(|(n, _)| n.starts_with(name)) {
            return;
        }
    }
    panic!("Tab never reached \"{name}\"");
}

#[test]
fn a_case_can_be_started_filled_in_and_moved_on_with_the_keyboard_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    tab_to(&mut h, "New case", 40);
    press(&mut h, Key::Enter);
    assert!(
        h.state().open_case().is_some(),
        "Enter on New case opens a case"
    );

    tab_to(&mut h, "Myself", 80);
    press(&mut h, Key::Space);
    assert_eq!(
        h.state().open_case().expect("open").about.for_whom,
        Some(ForWhom::Myself)
    );

    tab_to(&mut h, "Your full name", 10);
    h.get_by_label("Your full name").type_text("Ana Ruiz");
    h.run();
    assert_eq!(
        h.state().open_case().expect("open").about.patient_name,
        "Ana Ruiz"
    );

    tab_to(&mut h, "Medicaid", 40);
    press(&mut h, Key::Space);
    assert!(
        h.state()
            .open_case()
            .expect("open")
            .about
            .coverage
            .contains(&massage_coverage::case::Coverage::Medicaid)
    );

    tab_to(&mut h, "Next: ", 80);
    press(&mut h, Key::Enter);
    assert_eq!(h.state().open_case().expect("open").step, Step::Condition);
}

#[test]
fn tab_reaches_every_control_of_a_step_in_reading_order() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = app_harness(dir.path());
    common::click(&mut h, "New case");
    let all: Vec<String> = h
        .query_all_by(|n| {
            common::INTERACTIVE.contains(&n.role()) && n.role() != Role::Link && !n.is_disabled()
        })
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    let mut seen = Vec::new();
    for _ in 0..(all.len() * 2 + 10) {
        press(&mut h, Key::Tab);
        if let Some(f) = focused(&h)
            && !seen.iter().any(|(n, _): &(String, egui::Rect)| *n == f.0)
        {
            seen.push(f);
        }
    }
    let missed: Vec<&String> = all
        .iter()
        .filter(|n| !seen.iter().any(|(s, _)| s == *n))
        .collect();
    assert!(missed.is_empty(), "Tab never reached {missed:?}");
    // Within the step's own column, focus moves down the page, never back up; the Back/Next
    // bar at the bottom comes after the whole column.
    let next_at = seen
        .iter()
        .position(|(n, _)| n.starts_with("Next: "))
        .expect("Tab reaches Next");
    let nav_top = seen[next_at].1.top();
    let column: Vec<(usize, &(String, egui::Rect))> = seen
        .iter()
        .enumerate()
        .filter(|(_, (_, r))| r.left() > 250.0 && r.top() > 90.0 && r.top() < nav_top - 1.0)
        .collect();
    assert!(
        column.len() > 10,
        "only {} controls in the column",
        column.len()
    );
    for pair in column.windows(2) {
        assert!(
            pair[1].1.1.top() + 1.0 >= pair[0].1.1.top(),
            "focus went up the page from \"{}\" to \"{}\"",
            pair[0].1.0,
            pair[1].1.0
        );
    }
    let (last_at, (last, _)) = column.last().expect("a column");
    assert!(
        *last_at < next_at,
        "Tab reached Next before \"{last}\", a control above it"
    );
}
