//! Text size from 100% to 200% and the high-contrast theme: applied at once, saved in
//! settings.ron, back after a restart; and at 200% no two controls on any step overlap.

mod common;

use std::path::Path;

use common::{NOW, click, shows};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use massage_coverage::guidance::Guidance;
use massage_coverage::store::{DiskStore, load_settings};
use massage_coverage::ui::files::NoDialogs;
use massage_coverage::ui::{App, FixedClock};

fn harness(data: &Path, config: &Path) -> Harness<'static, App> {
    harness_sized(data, config, 2400.0)
}

/// The app in a window `height` pixels tall: tall enough, nothing scrolls out of view.
fn harness_sized(data: &Path, config: &Path, height: f32) -> Harness<'static, App> {
    let app = App::new(
        DiskStore::open(data).expect("store"),
        Guidance::builtin().expect("content"),
        Box::new(FixedClock(NOW)),
        Box::new(NoDialogs),
    )
    .with_settings_dir(config.to_path_buf());
    Harness::builder()
        .with_size(egui::vec2(1280.0, height))
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app)
}

#[test]
fn text_size_and_contrast_apply_at_once_are_saved_and_come_back_after_a_restart() {
    let data = tempfile::tempdir().expect("temp dir");
    let config = tempfile::tempdir().expect("temp dir");
    let mut h = harness(data.path(), config.path());
    assert!(shows(&h, "100%"));
    for _ in 0..12 {
        if h.get_by_label("Larger text").accesskit_node().is_disabled() {
            break;
        }
        click(&mut h, "Larger text");
    }
    assert!(shows(&h, "200%"));
    assert!(
        h.get_by_label("Larger text").accesskit_node().is_disabled(),
        "200% is the largest"
    );
    assert!((h.ctx.zoom_factor() - 2.0).abs() < 1e-6);
    click(&mut h, "High contrast");
    assert_eq!(
        h.ctx.global_style().visuals.panel_fill,
        egui::Color32::WHITE
    );
    let (saved, trouble) = load_settings(config.path());
    assert_eq!((saved.text_size, saved.high_contrast), (200, true));
    assert!(trouble.is_none(), "{trouble:?}");
    drop(h);

    let mut h = harness(data.path(), config.path());
    h.run();
    assert_eq!(h.state().settings().text_size, 200);
    assert!((h.ctx.zoom_factor() - 2.0).abs() < 1e-6);
    assert_eq!(
        h.ctx.global_style().visuals.panel_fill,
        egui::Color32::WHITE
    );
}

#[test]
fn at_200_percent_no_two_controls_overlap_on_any_step() {
    let data = tempfile::tempdir().expect("temp dir");
    let config = tempfile::tempdir().expect("temp dir");
    // Tall enough that at 200% no step scrolls, so every control is laid out in view.
    let mut h = harness_sized(data.path(), config.path(), 12_000.0);
    for _ in 0..10 {
        click(&mut h, "Larger text");
    }
    click(&mut h, "New case");
    click(&mut h, "Original Medicare (Part A, Part B)");
    for step in common::STEP_NAMES {
        common::go_to_step(&mut h, step);
        common::assert_no_overlap(&h, step);
    }
}
