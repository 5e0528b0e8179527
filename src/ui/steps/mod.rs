//! One file per step. Each view reads the guidance, edits the case and returns a [`Nav`]; it
//! never changes the current step itself.

mod about;
mod accounts;
mod alternatives;
mod condition;
mod insurer;
mod medicare;
mod plan;

use egui::Ui;
use time::Date;

use crate::case::{Case, Step};
use crate::flow::Nav;

use super::widgets::Drafts;

/// What every step view may read or keep besides the case.
pub struct StepCx<'a> {
    /// Today's date, from the app's clock.
    pub today: Date,
    /// Half-typed answers of the fields on screen.
    pub drafts: &'a mut Drafts,
}

/// Draws `step` for `case`.
pub fn step_ui(ui: &mut Ui, step: Step, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    match step {
        Step::AboutYou => about::ui(ui, case, cx),
        Step::Condition => condition::ui(ui, case, cx),
        Step::CallInsurer => insurer::ui(ui, case, cx),
        Step::Medicare => medicare::ui(ui, case, cx),
        Step::Accounts => accounts::ui(ui, case, cx),
        Step::Alternatives => alternatives::ui(ui, case, cx),
        Step::Plan => plan::ui(ui, case, cx),
    }
}
