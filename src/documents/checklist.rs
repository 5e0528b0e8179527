//! The call checklist: what the case knows, what to have ready, every question from the content
//! with Yes / No / Not sure boxes and a line for the answer, and the blanks to record the call.

use time::Date;

use super::words::{self, Words, known};
use super::{Block, Document};
use crate::case::{Answer, CallRecord, Case};
use crate::guidance::Guidance;

/// What to have in hand before calling (domain notes §4, "Have ready"), as document words.
const HAVE_READY: [&str; 6] = [
    "checklist-ready-card",
    "checklist-ready-policyholder",
    "checklist-ready-paper",
    "checklist-ready-codes",
    "checklist-ready-therapist",
    "checklist-ready-pen",
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
    let w = Words::of(case.language);
    // Someone helping calls about the patient: "their insurance card".
    let who = [("who", if case.helping() { "other" } else { "self" }.into())];
    let mut blocks = Vec::new();
    blocks.push(Block::Paragraph(match call {
        None => w.t_args("checklist-intro-blank", &who),
        Some(c) => match c.started {
            Some(t) => w.t_args("checklist-intro-call", &[("when", w.date_time(t).into())]),
            None => w.t("checklist-intro-call-undated"),
        },
    }));

    blocks.push(Block::Heading(w.t("checklist-heading-who")));
    blocks.extend(case_lines(w, case, guidance));

    blocks.push(Block::Heading(w.t("checklist-heading-ready")));
    blocks.extend(HAVE_READY.iter().map(|key| Block::CheckItem {
        text: w.t_args(key, &who),
        checked: false,
    }));

    blocks.push(Block::Heading(w.t("checklist-heading-questions")));
    blocks.extend(questions(w, guidance, call));
    blocks.push(Block::Heading(w.t("checklist-heading-call")));
    blocks.extend(call_lines(w, call));

    Document {
        title: w.t_args("checklist-title", &who),
        blocks,
        footer_note: guidance.disclaimer.trim().to_owned(),
        lang: w.lang(),
    }
}

/// Every question of the content, numbered, with its boxes and answer line; answers from
/// `call` ticked and written in. Answers to questions the content no longer has follow.
fn questions(w: &Words, guidance: &Guidance, call: Option<&CallRecord>) -> Vec<Block> {
    let options = w.answer_options();
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
            w.line("label-answer", answer.and_then(|a| known(&a.note))),
        ]));
    }
    if let Some(c) = call {
        // Answers to questions the content no longer has are still the patient's record.
        let orphans: Vec<(String, String)> = c
            .answers
            .iter()
            .filter(|(id, _)| !guidance.questions.iter().any(|q| &q.id == *id))
            .filter_map(|(id, a)| Some((id.clone(), w.said(a)?)))
            .collect();
        if !orphans.is_empty() {
            blocks.push(Block::Subheading(w.t("checklist-other-answers")));
            blocks.push(Block::Table(orphans));
        }
    }
    blocks
}

/// The record of the call: blanks to fill in, or what `call` logged.
fn call_lines(w: &Words, call: Option<&CallRecord>) -> Vec<Block> {
    let mut blocks = vec![w.line(
        "label-date-and-time",
        call.and_then(|c| c.started).map(|t| w.date_time(t)),
    )];
    if let Some(c) = call.filter(|c| c.hold_seconds > 0 || c.talk_seconds > 0) {
        blocks.push(w.line("label-phone-time", Some(w.phone_time(c))));
    }
    blocks.push(w.line("label-rep-name", call.and_then(|c| known(&c.rep_name))));
    blocks.push(w.line("label-reference", call.and_then(|c| known(&c.reference))));
    let outcome = call.and_then(|c| known(&c.outcome));
    let blank_outcome = outcome.is_none();
    blocks.push(Block::Keep(
        [w.line("label-next-steps", outcome)]
            .into_iter()
            .chain(blank_outcome.then_some(Block::BlankLines(2)))
            .collect(),
    ));
    blocks.push(w.line(
        "label-call-again-by",
        call.and_then(|c| c.follow_up).map(words::date),
    ));
    blocks
}

/// The patient, the plan and the codes: filled in where the case knows them, blank otherwise.
fn case_lines(w: &Words, case: &Case, guidance: &Guidance) -> Vec<Block> {
    let i = &case.insurer;
    let mut blocks = vec![
        w.line("label-patient", known(&case.about.patient_name)),
        w.line(
            "label-date-of-birth",
            case.about.date_of_birth.map(words::date),
        ),
        w.line("label-insurer", known(&i.name)),
        w.line("label-member-id", known(&i.member_id)),
        w.line("label-group-number", known(&i.group_number)),
        w.line("label-phone-to-call", known(&i.phone)),
        w.line("label-diagnosis", w.conditions(case)),
    ];
    blocks.extend(
        words::injury_rows(case)
            .into_iter()
            .map(|(key, value)| w.line(key, value)),
    );
    blocks.extend(
        words::code_hints(case, guidance)
            .into_iter()
            .map(Block::Note),
    );
    if let Some(paper) = prescription(w, case) {
        blocks.push(w.line("label-prescription", Some(paper)));
    }
    blocks.push(w.line("label-cpt-codes", words::cpt_codes(guidance)));
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
fn prescription(w: &Words, case: &Case) -> Option<String> {
    let c = &case.condition;
    let mut parts = Vec::new();
    match (w.frequency(case), w.duration(case)) {
        (Some(f), Some(d)) => parts.push(w.t_args(
            "frequency-for-duration",
            &[("frequency", f.into()), ("duration", d.into())],
        )),
        (Some(f), None) => parts.push(f),
        (None, Some(d)) => parts.push(w.t_args("for-duration", &[("duration", d.into())])),
        (None, None) => {}
    }
    let written = match (c.written_on, known(&c.prescriber_name)) {
        (Some(on), Some(by)) => Some(w.t_args(
            "written-on-by",
            &[("date", words::date(on).into()), ("name", by.into())],
        )),
        (Some(on), None) => Some(w.t_args("written-on", &[("date", words::date(on).into())])),
        (None, Some(by)) => Some(w.t_args("written-by", &[("name", by.into())])),
        (None, None) => None,
    };
    parts.extend(written);
    (!parts.is_empty()).then(|| parts.join(", "))
}
