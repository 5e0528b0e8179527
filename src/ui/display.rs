//! Text size and contrast: the strip at the top of every screen (the app's and the kiosk's),
//! and putting the choice on screen.

use egui::Ui;

use super::i18n::Tr;
use super::theme;
use crate::store::{MAX_TEXT_SIZE, MIN_TEXT_SIZE};

/// How much one press of A- or A+ changes the text size, in percent.
pub const TEXT_SIZE_STEP: u16 = 10;

/// Draws "Text size  A-  120%  A+  [ ] High contrast" in a strip across the top of the screen,
/// changing `text_size` (percent) and `high_contrast` when the patient asks.
pub fn strip_ui(ui: &mut Ui, tr: &Tr, text_size: &mut u16, high_contrast: &mut bool) {
    egui::Panel::top("display_settings").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            ui.label(tr.t("settings-text-size"));
            if ui
                .add_enabled(*text_size > MIN_TEXT_SIZE, egui::Button::new("A-"))
                .accessible_name(tr.t("settings-smaller"))
                .clicked()
            {
                *text_size = text_size.saturating_sub(TEXT_SIZE_STEP).max(MIN_TEXT_SIZE);
            }
            ui.label(format!("{text_size}%"));
            if ui
                .add_enabled(*text_size < MAX_TEXT_SIZE, egui::Button::new("A+"))
                .accessible_name(tr.t("settings-larger"))
                .clicked()
            {
                *text_size = (*text_size + TEXT_SIZE_STEP).min(MAX_TEXT_SIZE);
            }
            ui.checkbox(high_contrast, tr.t("settings-high-contrast"));
        });
    });
}

/// One person's choice of text size and contrast, e.g. a kiosk patient's (the app keeps its
/// choice in the saved settings instead).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// The text size in percent, from 100 to 200.
    pub text_size: u16,
    /// The high-contrast theme instead of the usual one.
    pub high_contrast: bool,
}

impl Default for Choice {
    fn default() -> Self {
        Self {
            text_size: MIN_TEXT_SIZE,
            high_contrast: false,
        }
    }
}

/// What is on screen now, so a choice is applied once, when it changes.
#[derive(Debug, Default)]
pub struct Applied(Option<(u16, bool)>);

impl Applied {
    /// Puts `text_size` (percent) and `high_contrast` on screen if they changed; `kiosk` keeps
    /// the kiosk's larger text and touch targets under either palette.
    pub fn apply(&mut self, ctx: &egui::Context, text_size: u16, high_contrast: bool, kiosk: bool) {
        let wanted = (text_size, high_contrast);
        if self.0 == Some(wanted) {
            return;
        }
        let palette = if high_contrast {
            &theme::HIGH_CONTRAST
        } else {
            &theme::LIGHT
        };
        if kiosk {
            theme::apply_kiosk(ctx, palette);
        } else {
            theme::apply_palette(ctx, palette);
        }
        ctx.set_zoom_factor(f32::from(text_size) / 100.0);
        self.0 = Some(wanted);
    }
}
