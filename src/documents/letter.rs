//! The request for a letter of medical necessity, for the patient's own physician or
//! chiropractor: who the patient is, the condition, what is asked for, what the letter must
//! contain for a plan or an FSA / HSA administrator (domain notes §3), and space for the doctor.

use time::Date;

use super::words::{self, Words, known};
use super::{Block, Document};
use crate::case::Case;
use crate::guidance::Guidance;

/// What a letter needs so that a plan or an FSA / HSA administrator accepts it, as document
/// words.
const MUST_CONTAIN: [&str; 9] = [
    "letter-must-patient",
    "letter-must-diagnosis",
    "letter-must-treatment",
    "letter-must-often",
    "letter-must-long",
    "letter-must-how",
    "letter-must-necessary",
    "letter-must-provider",
    "letter-must-signature",
];

/// The letter asking the patient's doctor for a letter of medical necessity, dated `today`.
pub fn letter(case: &Case, guidance: &Guidance, today: Date) -> Document {
    let w = Words::of(case.language);
    let line = |key: &str, value: Option<String>| w.line(key, value);
    let c = &case.condition;
    let doctor = known(&c.prescriber_name);
    let mut blocks = vec![
        line("label-date", Some(words::date(today))),
        line("letter-to", doctor.clone()),
        Block::Spacer,
        Block::Paragraph(match &doctor {
            Some(name) => w.t_args("letter-dear", &[("name", name.as_str().into())]),
            None => w.t("letter-dear-doctor"),
        }),
        Block::Paragraph(w.t("letter-request")),
        Block::Heading(w.t("letter-heading-patient")),
        line("label-name", known(&case.about.patient_name)),
        line(
            "label-date-of-birth",
            case.about.date_of_birth.map(words::date),
        ),
        line("label-health-plan", known(&case.insurer.name)),
        line("label-member-id", known(&case.insurer.member_id)),
        Block::Heading(w.t("letter-heading-condition")),
        line("label-diagnosis", w.conditions(case)),
    ];
    blocks.push(line("letter-icd-codes", None));

    blocks.push(Block::Heading(w.t("letter-heading-asked")));
    blocks.push(Block::Paragraph(w.t("letter-asked")));
    blocks.push(line("letter-how-often", w.frequency(case)));
    blocks.push(line("letter-how-long", w.duration(case)));
    blocks.push(line("letter-starting-on", None));

    blocks.push(Block::Heading(w.t("letter-heading-needs")));
    blocks.push(Block::Paragraph(w.t("letter-needs-intro")));
    blocks.extend(MUST_CONTAIN.iter().map(|key| Block::CheckItem {
        text: w.t(key),
        checked: false,
    }));

    blocks.push(Block::Heading(w.t("letter-heading-provider")));
    blocks.push(Block::Paragraph(w.t("letter-provider-intro")));
    blocks.push(Block::Keep(vec![
        line("letter-diagnosis-codes", None),
        Block::BlankLines(1),
        line("letter-how-treats", None),
        Block::BlankLines(2),
        line("letter-how-often", None),
        line("letter-how-long-from", None),
        Block::CheckItem {
            text: w.t("letter-confirm"),
            checked: false,
        },
        line("letter-provider-name", doctor),
        line("letter-credentials", None),
        line("letter-npi", None),
        line("letter-address-phone", None),
        line("letter-signature", None),
        line("label-date", None),
    ]));
    blocks.push(Block::Spacer);
    blocks.push(Block::Paragraph(match known(&case.about.patient_name) {
        Some(name) => w.t_args("letter-thanks-name", &[("name", name.into())]),
        None => w.t("letter-thanks"),
    }));

    Document {
        title: w.t("letter-title"),
        blocks,
        footer_note: guidance.disclaimer.trim().to_owned(),
        lang: w.lang(),
    }
}
