//! The call checklist: what the case knows, what to have ready, every question from the content
//! with Yes / No / Not sure boxes and a line for the answer, and the blanks to record the call.

use time::Date;

use super::words::{self, known};
use super::{Block, Document};
use crate::case::{Answer, CallRecord, Case};
use crate::guidance::Guidance;

/// What to have in hand before calling (domain notes §4, "Have ready").
const HAVE_READY: [&str; 6] = [
    "Your insurance card: the member ID, the group number and the member services number on the back.",
    "The policyholder's name and date of birth, if the plan is in someone else's name.",
    "The prescription, referral or letter from your doctor, with the diagnosis code if it has one.",
    "The procedure (CPT) codes the massage therapist will bill, listed above.",
    "The massage therapist's name, NPI and tax ID, if you know them.",
    "A pen, and this sheet.",
];

/// The checklist for calling the insurer: a blank form pre-filled from the case when `call` is
/// `None`; with a logged call, its boxes ticked and its lines filled in from that call.
///
/// `today` is accepted for symmetry with the other documents; the printing date is in the footer.
pub fn checklist(
    case: &Case,
    guidance: &Guidance,
    call: Option<&CallRecord>,
    _today: Date,
) -> Document {
    let mut blocks = Vec::new();
    blocks.push(Block::Paragraph(match call {
        None => {
            "Call the member services number on the back of your insurance card before you book. \
                 Tick a box for each answer and write down what they say."
                .to_owned()
        }
        Some(c) => match c.started {
            Some(t) => format!("Filled in from the call logged on {}.", words::date_time(t)),
            None => "Filled in from a logged call.".to_owned(),
        },
    }));

    blocks.push(Block::Heading("Who and what the call is about".to_owned()));
    blocks.extend(case_lines(case, guidance));

    blocks.push(Block::Heading("Have this ready before you call".to_owned()));
    blocks.extend(HAVE_READY.iter().map(|t| Block::CheckItem {
        text: (*t).to_owned(),
        checked: false,
    }));

    blocks.push(Block::Heading("Questions to ask".to_owned()));
    blocks.extend(questions(guidance, call));
    blocks.push(Block::Heading("About this call".to_owned()));
    blocks.extend(call_lines(call));

    Document {
        title: "Checklist for calling your insurer".to_owned(),
        blocks,
        footer_note: guidance.disclaimer.trim().to_owned(),
    }
}

/// Every question of the content, numbered, with its boxes and answer line; answers from
/// `call` ticked and written in. Answers to questions the content no longer has follow.
fn questions(guidance: &Guidance, call: Option<&CallRecord>) -> Vec<Block> {
    let options = words::answer_options();
    let mut blocks = Vec::new();
    for (n, q) in guidance.questions.iter().enumerate() {
        let answer = call.and_then(|c| c.answers.get(&q.id));
        let chosen = answer
            .and_then(|a| a.answer)
            .and_then(|a| Answer::ALL.iter().position(|x| *x == a));
        blocks.push(Block::Keep(vec![
            Block::Choices {
                question: format!("{}. {}", n + 1, q.text.trim()),
                note: known(&q.why),
                options: options.clone(),
                chosen,
            },
            Block::AnswerLine {
                label: "Answer".to_owned(),
                value: answer.and_then(|a| known(&a.note)),
            },
        ]));
    }
    if let Some(c) = call {
        // Answers to questions the content no longer has are still the patient's record.
        let orphans: Vec<(String, String)> = c
            .answers
            .iter()
            .filter(|(id, _)| !guidance.questions.iter().any(|q| &q.id == *id))
            .filter_map(|(id, a)| Some((id.clone(), words::said(a)?)))
            .collect();
        if !orphans.is_empty() {
            blocks.push(Block::Subheading("Other answers from this call".to_owned()));
            blocks.push(Block::Table(orphans));
        }
    }
    blocks
}

/// The record of the call: blanks to fill in, or what `call` logged.
fn call_lines(call: Option<&CallRecord>) -> Vec<Block> {
    let line = |label: &str, value: Option<String>| Block::AnswerLine {
        label: label.to_owned(),
        value,
    };
    let mut blocks = vec![line(
        "Date and time",
        call.and_then(|c| c.started).map(words::date_time),
    )];
    if let Some(c) = call.filter(|c| c.hold_seconds > 0 || c.talk_seconds > 0) {
        blocks.push(line("Time on the phone", Some(words::phone_time(c))));
    }
    blocks.push(line(
        "Representative's name",
        call.and_then(|c| known(&c.rep_name)),
    ));
    blocks.push(line(
        "Reference number",
        call.and_then(|c| known(&c.reference)),
    ));
    let outcome = call.and_then(|c| known(&c.outcome));
    let blank_outcome = outcome.is_none();
    blocks.push(Block::Keep(
        [line("Next steps", outcome)]
            .into_iter()
            .chain(blank_outcome.then_some(Block::BlankLines(2)))
            .collect(),
    ));
    blocks.push(line(
        "Call again by",
        call.and_then(|c| c.follow_up).map(words::date),
    ));
    blocks
}

/// The patient, the plan and the codes: filled in where the case knows them, blank otherwise.
fn case_lines(case: &Case, guidance: &Guidance) -> Vec<Block> {
    let i = &case.insurer;
    let line = |label: &str, value: Option<String>| Block::AnswerLine {
        label: label.to_owned(),
        value,
    };
    let mut blocks = vec![
        line("Patient", known(&case.about.patient_name)),
        line("Date of birth", case.about.date_of_birth.map(words::date)),
        line("Insurer", known(&i.name)),
        line("Member ID", known(&i.member_id)),
        line("Group number", known(&i.group_number)),
        line("Phone number to call", known(&i.phone)),
        line("Diagnosis", words::conditions(case)),
    ];
    blocks.extend(
        words::code_hints(case, guidance)
            .into_iter()
            .map(Block::Note),
    );
    if let Some(paper) = prescription(case) {
        blocks.push(line("Prescription", Some(paper)));
    }
    blocks.push(line(
        "Procedure (CPT) codes to ask about",
        words::cpt_codes(guidance),
    ));
    let codes: Vec<(String, String)> = guidance
        .codes
        .iter()
        .filter(|c| !c.plain.trim().is_empty())
        .map(|c| (c.code.clone(), words::first_sentence(&c.plain)))
        .collect();
    if !codes.is_empty() {
        blocks.push(Block::Table(codes));
    }
    blocks
}

/// What the paper allows, e.g. "2 sessions a month for 6 months, written 10/20/2026 by Dr. Lopez".
fn prescription(case: &Case) -> Option<String> {
    let c = &case.condition;
    let mut parts = Vec::new();
    match (words::frequency(case), words::duration(case)) {
        (Some(f), Some(d)) => parts.push(format!("{f} for {d}")),
        (Some(f), None) => parts.push(f),
        (None, Some(d)) => parts.push(format!("for {d}")),
        (None, None) => {}
    }
    let written = match (c.written_on, known(&c.prescriber_name)) {
        (Some(on), Some(by)) => Some(format!("written {} by {by}", words::date(on))),
        (Some(on), None) => Some(format!("written {}", words::date(on))),
        (None, Some(by)) => Some(format!("written by {by}")),
        (None, None) => None,
    };
    parts.extend(written);
    (!parts.is_empty()).then(|| parts.join(", "))
}
