//! Step 1, "About you": who the case is for, their age or date of birth, their state and every
//! kind of coverage that applies. Reads nothing else; writes `case.about`. Never skipped.

use egui::Ui;

use crate::case::{Case, Coverage, ForWhom, US_STATES, state_name};
use crate::flow::Nav;
use crate::ui::widgets::{
    count_field, date_field, hint, radio_choice, section, text_field, tick_set,
};
use crate::ui::{labels, theme};

use super::StepCx;

/// The oldest age the field accepts.
const MAX_AGE: u32 = 120;

/// Draws the step.
pub fn ui(ui: &mut Ui, case: &mut Case, cx: &mut StepCx<'_>) -> Nav {
    let about = &mut case.about;

    section(ui, "Who is this for?");
    radio_choice(
        ui,
        &mut about.for_whom,
        &[ForWhom::Myself, ForWhom::SomeoneElse],
        labels::for_whom,
    );
    let helping = about.for_whom == Some(ForWhom::SomeoneElse);
    text_field(
        ui,
        cx.drafts,
        "patient_name",
        if helping {
            "Their full name"
        } else {
            "Your full name"
        },
        "As on the insurance card",
        &mut about.patient_name,
    );
    if helping {
        text_field(
            ui,
            cx.drafts,
            "relationship",
            "Who they are to you",
            "For example: my mother",
            &mut about.relationship,
        );
    }

    section(ui, if helping { "Their age" } else { "Your age" });
    hint(
        ui,
        "Give the date of birth or the age. The date of birth goes on the papers you print.",
    );
    let today = cx.today;
    date_field(
        ui,
        cx.drafts,
        "date_of_birth",
        "Date of birth",
        &mut about.date_of_birth,
        Some(today),
    );
    count_field(
        ui,
        cx.drafts,
        "age",
        "Age in years",
        "For example: 67",
        &mut about.age,
        0..=MAX_AGE,
    );

    section(ui, "State");
    let selected = about
        .state
        .as_deref()
        .and_then(state_name)
        .unwrap_or("Choose a state");
    let label = ui.label("The state where you live");
    egui::ComboBox::from_id_salt("state")
        .selected_text(selected)
        .width(theme::FIELD_WIDTH)
        .show_ui(ui, |ui| {
            for (code, name) in US_STATES {
                ui.selectable_value(&mut about.state, Some(code.to_owned()), name);
            }
        })
        .response
        .labelled_by(label.id);

    section(ui, "Health coverage");
    hint(ui, "Tick every one that applies.");
    tick_set(
        ui,
        &mut about.coverage,
        &Coverage::ALL,
        Some(Coverage::NoCoverage),
        labels::coverage,
    );
    Nav::Stay
}
