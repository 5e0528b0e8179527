//! Step 6, "Alternatives": the other ways to get care or pay less that the patient wants to look
//! into, and their notes. Writes `case.alternatives`. Never skipped.

use egui::Ui;

use crate::case::{Alternative, Case};
use crate::flow::Nav;
use crate::ui::labels;
use crate::ui::widgets::{hint, note_field, section, tick_set};

use super::StepCx;

/// Draws the step.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    let a = &mut case.alternatives;
    section(ui, "Which would you like to look into?");
    hint(ui, "Tick any that interest you, or \"None for now\".");
    tick_set(
        ui,
        &mut a.wanted,
        &Alternative::ALL,
        Some(Alternative::NoneForNow),
        labels::alternative,
    );
    note_field(
        ui,
        cx.drafts,
        "alternatives_notes",
        "Your notes",
        &mut a.notes,
    );
    Nav::Stay
}
