//! The request for a letter of medical necessity, for the patient's own physician or
//! chiropractor: who the patient is, the condition, what is asked for, what the letter must
//! contain for a plan or an FSA / HSA administrator (domain notes §3), and space for the doctor.

use time::Date;

use super::words::{self, known};
use super::{Block, Document};
use crate::case::Case;
use crate::guidance::Guidance;

/// What a letter needs so that a plan or an FSA / HSA administrator accepts it.
const MUST_CONTAIN: [&str; 9] = [
    "The patient's name and date of birth.",
    "The diagnosis, in words and with its ICD-10-CM code.",
    "The treatment: massage therapy by a licensed massage therapist (LMT).",
    "How often, for example 2 sessions a month.",
    "For how long, and the start date.",
    "How massage therapy treats the condition, for example less pain, more range of motion or better function.",
    "That the treatment is medically necessary for this condition.",
    "Your name, credentials, NPI and contact details.",
    "Your signature and the date.",
];

/// The letter asking the patient's doctor for a letter of medical necessity, dated `today`.
pub fn letter(case: &Case, guidance: &Guidance, today: Date) -> Document {
    let line = |label: &str, value: Option<String>| Block::AnswerLine {
        label: label.to_owned(),
        value,
    };
    let c = &case.condition;
    let doctor = known(&c.prescriber_name);
    let mut blocks = vec![
        line("Date", Some(words::date(today))),
        line("To", doctor.clone()),
        Block::Spacer,
        Block::Paragraph(format!("Dear {},", doctor.as_deref().unwrap_or("Doctor"))),
        Block::Paragraph(
            "This is a request for a letter of medical necessity for massage therapy by a licensed massage \
             therapist, to treat the condition below. The patient's health plan, or the administrator of their \
             flexible spending account (FSA) or health savings account (HSA), asks for such a letter before it \
             pays for treatment."
                .to_owned(),
        ),
        Block::Heading("The patient".to_owned()),
        line("Name", known(&case.about.patient_name)),
        line("Date of birth", case.about.date_of_birth.map(words::date)),
        line("Health plan", known(&case.insurer.name)),
        line("Member ID", known(&case.insurer.member_id)),
        Block::Heading("The condition".to_owned()),
        line("Diagnosis", words::conditions(case)),
    ];
    blocks.push(line("ICD-10-CM code(s)", None));

    blocks.push(Block::Heading("What is asked for".to_owned()));
    blocks.push(Block::Paragraph(
        "Massage therapy by a licensed massage therapist (LMT), to treat the condition above."
            .to_owned(),
    ));
    blocks.push(line("How often", words::frequency(case)));
    blocks.push(line("For how long", words::duration(case)));
    blocks.push(line("Starting on", None));

    blocks.push(Block::Heading("What the letter needs to say".to_owned()));
    blocks.push(Block::Paragraph(
        "Health plans and FSA or HSA administrators can turn down a letter that leaves something out. \
         Please make sure it states:"
            .to_owned(),
    ));
    blocks.extend(MUST_CONTAIN.iter().map(|t| Block::CheckItem {
        text: (*t).to_owned(),
        checked: false,
    }));

    blocks.push(Block::Heading("For the provider".to_owned()));
    blocks.push(Block::Paragraph(
        "You may write your own letter on your letterhead with everything listed above, or complete this part."
            .to_owned(),
    ));
    blocks.push(Block::Keep(vec![
        line("Diagnosis and ICD-10-CM code(s)", None),
        Block::BlankLines(1),
        line("How massage therapy treats the condition", None),
        Block::BlankLines(2),
        line("How often", None),
        line("For how long, from", None),
        Block::CheckItem {
            text: "I confirm that massage therapy is medically necessary to treat this condition."
                .to_owned(),
            checked: false,
        },
        line("Provider's name", doctor),
        line("Credentials", None),
        line("NPI", None),
        line("Address and phone", None),
        line("Signature", None),
        line("Date", None),
    ]));
    blocks.push(Block::Spacer);
    blocks.push(Block::Paragraph(match known(&case.about.patient_name) {
        Some(name) => format!("Thank you,\n{name}"),
        None => "Thank you.".to_owned(),
    }));

    Document {
        title: "Request for a letter of medical necessity for massage therapy".to_owned(),
        blocks,
        footer_note: guidance.disclaimer.trim().to_owned(),
    }
}
