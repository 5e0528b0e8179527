//! "No repaint while idle": once the app has settled and nothing happens, no screen asks egui to
//! paint again, so the window uses no CPU while the patient reads or is away.
//!
//! Headless: each frame is `App::ui` inside `Context::run_ui`; egui reports in the frame's output
//! when it wants the next one (`repaint_delay`), and `Duration::MAX` means never, until input.

use std::time::Duration;

use egui::{Context, RawInput, Rect, ViewportId, pos2, vec2};
use massage_coverage::case::{Case, CaseId, Coverage, Step};
use massage_coverage::guidance::Guidance;
use massage_coverage::store::DiskStore;
use massage_coverage::ui::files::NoDialogs;
use massage_coverage::ui::{App, FixedClock};
use time::OffsetDateTime;
use time::macros::datetime;

const NOW: OffsetDateTime = datetime!(2026-11-29 10:00 UTC);

/// Frames with nothing happening, a second apart, before the app must be idle: enough for
/// egui's own settling passes and the autosave's "Saving…" poll.
const SETTLE_FRAMES: u32 = 10;

fn app(dir: &std::path::Path) -> App {
    App::new(
        DiskStore::open(dir).expect("data dir opens"),
        Guidance::builtin().expect("built-in content"),
        Box::new(FixedClock(NOW)),
        Box::new(NoDialogs),
    )
}

/// Draws frames one second apart with no input; returns the repaint delays egui asked for.
fn idle_frames(ctx: &Context, app: &mut App, from: f64, frames: u32) -> Vec<Duration> {
    (0..frames)
        .map(|n| {
            let input = RawInput {
                screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 800.0))),
                time: Some(from + f64::from(n)),
                ..RawInput::default()
            };
            let mut output = ctx.run_ui(input, |ui| app.ui(ui));
            // No renderer here to upload font textures to.
            output.textures_delta.clear();
            output
                .viewport_output
                .get(&ViewportId::ROOT)
                .map_or(Duration::ZERO, |v| v.repaint_delay)
        })
        .collect()
}

/// The delay egui asked for after the last frame, once settled.
fn settled_delay(ctx: &Context, app: &mut App, from: f64) -> Duration {
    *idle_frames(ctx, app, from, SETTLE_FRAMES)
        .last()
        .expect("at least one frame")
}

#[test]
fn the_start_screen_asks_for_no_repaint_while_idle() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let ctx = Context::default();
    assert_eq!(settled_delay(&ctx, &mut app, 0.0), Duration::MAX);
}

#[test]
fn every_step_asks_for_no_repaint_while_idle() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path());
    let ctx = Context::default();
    let mut t = 0.0;
    for step in Step::ALL {
        let mut case = Case::new(CaseId::parse("c20261129-100000-0001").expect("id"), NOW);
        // Medicare coverage, so that every step applies.
        case.about.coverage.insert(Coverage::OriginalMedicare);
        case.step = step;
        app.open(case);
        assert_eq!(app.open_case().map(|c| c.step), Some(step));
        let delay = settled_delay(&ctx, &mut app, t);
        t += f64::from(SETTLE_FRAMES);
        assert_eq!(delay, Duration::MAX, "{step:?} keeps asking for repaints");
    }
}

#[test]
fn the_check_can_fail_an_app_that_keeps_painting() {
    // The same measurement on the smoke-test mode that paints every frame on purpose.
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = app(dir.path()).exit_after_frames(Some(1_000));
    let ctx = Context::default();
    assert_eq!(settled_delay(&ctx, &mut app, 0.0), Duration::ZERO);
}
