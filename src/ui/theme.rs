//! All colours and sizes in one place.

use egui::{Color32, FontFamily, FontId, TextStyle};

/// Text of an error beside a field.
pub const ERROR: Color32 = Color32::from_rgb(0xB0, 0x1E, 0x1E);
/// Text that confirms something went well ("Saved just now").
pub const OK: Color32 = Color32::from_rgb(0x1E, 0x6B, 0x35);
/// Ordinary text: near black, for contrast.
pub const TEXT: Color32 = Color32::from_rgb(0x1A, 0x1A, 0x1A);
/// Outline of fields, tick boxes and buttons: at least 3:1 against the background.
pub const OUTLINE: Color32 = Color32::from_rgb(0x76, 0x76, 0x76);
/// Text that is less important (hints, "not needed").
pub const MUTED: Color32 = Color32::from_rgb(0x55, 0x55, 0x55);
/// The smallest height of anything clickable, in points.
pub const MIN_TARGET: f32 = 36.0;
/// The widest a column of text gets, so lines stay readable.
pub const READING_WIDTH: f32 = 720.0;
/// Width of a one-line text field.
pub const FIELD_WIDTH: f32 = 360.0;

/// The smallest touch target at a kiosk, in points.
pub const KIOSK_MIN_TARGET: f32 = 48.0;

/// The kiosk look: the same calm look with larger text and 48-point touch targets.
pub fn apply_kiosk(ctx: &egui::Context) {
    apply(ctx);
    ctx.all_styles_mut(|style| {
        for font in style.text_styles.values_mut() {
            font.size += 4.0;
        }
        style.spacing.interact_size.y = KIOSK_MIN_TARGET;
        style.spacing.button_padding = egui::vec2(18.0, 12.0);
        style.spacing.icon_width = 28.0;
    });
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
}

/// Applies the calm, large-text look to every frame.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(28.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(18.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(18.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(15.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(17.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.interact_size.y = MIN_TARGET;
        style.spacing.button_padding = egui::vec2(14.0, 8.0);
        style.spacing.item_spacing = egui::vec2(10.0, 10.0);
        style.visuals = egui::Visuals::light();
        style.visuals.widgets.noninteractive.fg_stroke.color = TEXT;
        style.visuals.widgets.inactive.fg_stroke.color = TEXT;
        style.visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, OUTLINE);
        style.visuals.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.0, OUTLINE);
    });
}
