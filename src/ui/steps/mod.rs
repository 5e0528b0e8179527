//! One file per step. Each view reads the guidance, edits the case and returns a [`Nav`]; it
//! never changes the current step itself.

mod about;
mod accounts;
mod alternatives;
mod call_log;
mod condition;
mod insurer;
mod medicare;
mod plan;

use egui::Ui;
use time::{Date, OffsetDateTime};

use crate::case::{Case, Step};
use crate::flow::Nav;

pub use self::call_log::CallUi;
use super::i18n::Tr;
use super::paper::{KioskPrinting, PaperRequest};
use super::widgets::Drafts;
use crate::documents::PaperSize;
use crate::guidance::Guidance;

/// What every step view may read or keep besides the case.
pub struct StepCx<'a> {
    /// The screen's words, in the current language.
    pub tr: &'a Tr,
    /// The content.
    pub guidance: &'a Guidance,
    /// Today's date, from the app's clock.
    pub today: Date,
    /// Half-typed answers of the fields on screen.
    pub drafts: &'a mut Drafts,
    /// The current time, from the app's clock (for the call timer).
    pub now: OffsetDateTime,
    /// The call log's open call and timer.
    pub call: &'a mut CallUi,
    /// Set to save or print a document.
    pub paper: &'a mut Option<PaperRequest>,
    /// Set in the kiosk: only its documents, printed straight to its printer; no files.
    pub kiosk: Option<&'a KioskPrinting>,
    /// The paper size documents are made for.
    pub paper_size: &'a mut PaperSize,
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
