//! Every text/background pair of every theme meets WCAG AA: 4.5:1 for text, 3:1 for outlines,
//! computed from the theme tokens as the app applies them.

use egui::Color32;
use massage_coverage::ui::theme::{self, HIGH_CONTRAST, LIGHT, Palette};

/// WCAG 2 relative luminance of an sRGB colour.
fn luminance(c: Color32) -> f64 {
    let channel = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.039_28 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
}

/// WCAG 2 contrast ratio, from 1 to 21.
fn contrast(a: Color32, b: Color32) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[test]
fn the_contrast_formula_matches_known_values() {
    assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
    assert!((contrast(Color32::from_gray(0x76), Color32::WHITE) - 4.54).abs() < 0.02);
    assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
}

/// Every pair the app draws in this theme, as applied to a real egui context.
fn pairs(palette: &Palette) -> Vec<(&'static str, Color32, Color32, f64)> {
    let ctx = egui::Context::default();
    theme::apply_palette(&ctx, palette);
    let v = ctx.global_style().visuals.clone();
    let w = &v.widgets;
    let mut out = vec![
        (
            "text on panel",
            w.noninteractive.fg_stroke.color,
            v.panel_fill,
            4.5,
        ),
        (
            "text on window",
            w.noninteractive.fg_stroke.color,
            v.window_fill,
            4.5,
        ),
        (
            "text in a field",
            w.noninteractive.fg_stroke.color,
            v.extreme_bg_color,
            4.5,
        ),
        (
            "button text",
            w.inactive.fg_stroke.color,
            w.inactive.weak_bg_fill,
            4.5,
        ),
        (
            "button text, hovered",
            w.hovered.fg_stroke.color,
            w.hovered.weak_bg_fill,
            4.5,
        ),
        (
            "button text, pressed",
            w.active.fg_stroke.color,
            w.active.weak_bg_fill,
            4.5,
        ),
        (
            "chosen item",
            v.selection.stroke.color,
            v.selection.bg_fill,
            4.5,
        ),
        ("link", v.hyperlink_color, v.panel_fill, 4.5),
        (
            "field outline",
            w.inactive.bg_stroke.color,
            v.panel_fill,
            3.0,
        ),
        (
            "field outline on a field",
            w.inactive.bg_stroke.color,
            v.extreme_bg_color,
            3.0,
        ),
        ("window outline", v.window_stroke.color, v.panel_fill, 3.0),
        (
            "focus ring around a button",
            w.active.bg_stroke.color,
            v.panel_fill,
            3.0,
        ),
        (
            "focus ring on a pressed button",
            w.active.bg_stroke.color,
            w.active.weak_bg_fill,
            3.0,
        ),
        (
            "focus ring around a field",
            v.selection.stroke.color,
            v.panel_fill,
            3.0,
        ),
        (
            "focus ring inside a field",
            v.selection.stroke.color,
            v.extreme_bg_color,
            3.0,
        ),
    ];
    for (name, fg) in [
        ("error text", theme::ERROR),
        ("saved text", theme::OK),
        ("hint text", theme::MUTED),
    ] {
        out.push((name, fg, v.panel_fill, 4.5));
        out.push((name, fg, v.extreme_bg_color, 4.5));
        out.push((name, fg, w.inactive.weak_bg_fill, 4.5));
    }
    out
}

fn check(name: &str, palette: &Palette) {
    let mut failures = Vec::new();
    for (what, fg, bg, min) in pairs(palette) {
        let ratio = contrast(fg, bg);
        println!("{name}: {what}: {ratio:.2}:1 (needs {min}:1)");
        if ratio < min {
            failures.push(format!("{what}: {ratio:.2}:1 < {min}:1"));
        }
    }
    assert!(
        failures.is_empty(),
        "{name} theme fails WCAG AA: {failures:?}"
    );
}

#[test]
fn the_light_theme_meets_wcag_aa() {
    check("light", &LIGHT);
}

#[test]
fn the_high_contrast_theme_meets_wcag_aa() {
    check("high contrast", &HIGH_CONTRAST);
}

#[test]
fn high_contrast_is_stronger_than_light_for_text_and_outlines() {
    let light = pairs(&LIGHT);
    let high = pairs(&HIGH_CONTRAST);
    for (l, h) in light
        .iter()
        .zip(&high)
        .filter(|(l, _)| ["text on panel", "field outline"].contains(&l.0))
    {
        assert!(contrast(h.1, h.2) > contrast(l.1, l.2), "{}", l.0);
    }
}

#[test]
fn the_keyboard_focus_ring_is_thicker_than_a_resting_outline_in_every_theme() {
    for (name, palette) in [("light", &LIGHT), ("high contrast", &HIGH_CONTRAST)] {
        let ctx = egui::Context::default();
        theme::apply_palette(&ctx, palette);
        let v = ctx.global_style().visuals.clone();
        let resting = v.widgets.inactive.bg_stroke.width;
        assert!(
            v.widgets.active.bg_stroke.width >= resting + 1.0,
            "{name}: a focused button's ring is no thicker than its outline"
        );
        assert!(
            v.selection.stroke.width >= resting + 1.0,
            "{name}: a focused field's ring is no thicker than its outline"
        );
    }
}
