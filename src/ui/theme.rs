//! All colours and sizes in one place: a calm light theme and a high-contrast one, each built
//! from a palette of tokens that a test checks against WCAG AA.

use egui::{Color32, FontFamily, FontId, Stroke, TextStyle};

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

/// The colour tokens of one theme. The colours above (`ERROR`, `OK`, `MUTED`) are drawn on
/// every palette's backgrounds, so they must pass on all of them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Panels and windows.
    pub background: Color32,
    /// Inside text fields.
    pub field: Color32,
    /// Buttons and tick boxes at rest.
    pub button: Color32,
    /// Buttons under the pointer.
    pub button_hovered: Color32,
    /// Buttons being pressed.
    pub button_active: Color32,
    /// Ordinary text.
    pub text: Color32,
    /// Outlines of fields, boxes and buttons.
    pub outline: Color32,
    /// How thick outlines are.
    pub outline_width: f32,
    /// The chosen item's background (the current step, a chosen answer).
    pub selected: Color32,
    /// Text on the chosen item; also the keyboard focus ring, drawn around the focused field,
    /// button or box, so it must stand out on the background and on fields too.
    pub selected_text: Color32,
    /// How thick the focus ring is: thicker than `outline_width`, so focus shows without
    /// relying on colour alone.
    pub focus_width: f32,
    /// Links (glossary words).
    pub link: Color32,
}

/// The everyday theme: calm, light, with dark text.
pub const LIGHT: Palette = Palette {
    background: Color32::from_gray(248),
    field: Color32::from_gray(255),
    button: Color32::from_gray(230),
    button_hovered: Color32::from_gray(220),
    button_active: Color32::from_gray(200),
    text: TEXT,
    outline: OUTLINE,
    outline_width: 1.0,
    selected: Color32::from_rgb(0xCC, 0xE6, 0xFF),
    selected_text: Color32::from_rgb(0x00, 0x3C, 0x64),
    focus_width: 3.0,
    link: Color32::from_rgb(0x00, 0x55, 0xA5),
};

/// The high-contrast theme: black on white, thick black outlines.
pub const HIGH_CONTRAST: Palette = Palette {
    background: Color32::WHITE,
    field: Color32::WHITE,
    button: Color32::from_gray(235),
    button_hovered: Color32::from_gray(215),
    button_active: Color32::from_gray(190),
    text: Color32::BLACK,
    outline: Color32::BLACK,
    outline_width: 2.0,
    // Black on yellow, the usual high-contrast highlight: white text on blue made the focus
    // ring (the same colour as the text) white on white fields.
    selected: Color32::from_rgb(0xFF, 0xE0, 0x66),
    selected_text: Color32::BLACK,
    focus_width: 4.0,
    link: Color32::from_rgb(0x00, 0x3C, 0x8C),
};

/// The kiosk look in `palette`'s colours: the same calm look with larger text and 48-point
/// touch targets.
pub fn apply_kiosk(ctx: &egui::Context, palette: &Palette) {
    apply_palette(ctx, palette);
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

/// Applies the calm, large-text look.
pub fn apply(ctx: &egui::Context) {
    apply_palette(ctx, &LIGHT);
}

/// Applies the large-text look in `palette`'s colours.
pub fn apply_palette(ctx: &egui::Context, palette: &Palette) {
    let p = *palette;
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
        let mut v = egui::Visuals::light();
        v.panel_fill = p.background;
        v.window_fill = p.background;
        v.extreme_bg_color = p.field;
        v.hyperlink_color = p.link;
        v.selection.bg_fill = p.selected;
        // egui outlines a focused text field with the selection stroke.
        v.selection.stroke = Stroke::new(p.focus_width, p.selected_text);
        let outline = Stroke::new(p.outline_width, p.outline);
        v.window_stroke = outline;
        for (w, fill) in [
            (&mut v.widgets.noninteractive, p.background),
            (&mut v.widgets.inactive, p.button),
            (&mut v.widgets.hovered, p.button_hovered),
            (&mut v.widgets.active, p.button_active),
            (&mut v.widgets.open, p.button_hovered),
        ] {
            w.fg_stroke = Stroke::new(w.fg_stroke.width.max(1.0), p.text);
            w.bg_stroke = Stroke::new(w.bg_stroke.width.max(p.outline_width), p.outline);
            w.bg_fill = fill;
            w.weak_bg_fill = fill;
        }
        // egui draws a focused button, tick box or choice in the "active" look: the focus ring.
        v.widgets.active.bg_stroke = Stroke::new(p.focus_width, p.selected_text);
        style.visuals = v;
    });
}
