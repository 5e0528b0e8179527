//! The plan summary: every payment route that applies with its verdict and next actions, the
//! dated follow-ups, and the history of calls to the insurer.

use time::Date;

use super::words::{self, known};
use super::{Block, Document};
use crate::case::{CallRecord, Case};
use crate::coverage::{self, Verdict};
use crate::guidance::Guidance;

/// The patient's plan on `today`.
pub fn summary(case: &Case, guidance: &Guidance, today: Date) -> Document {
    let mut blocks = Vec::new();
    let about: Vec<(String, String)> = [
        ("Patient", known(&case.about.patient_name)),
        ("Date of birth", case.about.date_of_birth.map(words::date)),
        ("Condition", words::conditions(case)),
        ("Insurer", known(&case.insurer.name)),
        ("Member ID", known(&case.insurer.member_id)),
        ("Group number", known(&case.insurer.group_number)),
        ("Phone", known(&case.insurer.phone)),
    ]
    .into_iter()
    .filter_map(|(k, v)| Some((k.to_owned(), v?)))
    .collect();
    if !about.is_empty() {
        blocks.push(Block::Table(about));
    }

    blocks.push(Block::Heading("Ways to pay".to_owned()));
    let mut skipped = 0;
    for a in coverage::assess(case) {
        if a.verdict == Verdict::NotApplicable {
            skipped += 1;
            continue;
        }
        let mut route = vec![Block::Subheading(format!(
            "{}: {}",
            guidance.route(a.route).name.trim(),
            words::verdict(a.verdict)
        ))];
        route.extend(
            a.reasons
                .iter()
                .map(|r| Block::Note(guidance.reason(*r).text.trim().to_owned())),
        );
        route.extend(
            a.todos
                .iter()
                .map(|t| Block::Bullet(words::todo(guidance, *t))),
        );
        blocks.push(Block::Keep(route));
    }
    if skipped > 0 {
        blocks.push(Block::Note(if skipped == 1 {
            "One other way to pay does not apply to this case and is left out.".to_owned()
        } else {
            format!("{skipped} other ways to pay do not apply to this case and are left out.")
        }));
    }

    blocks.push(Block::Heading("Dates to remember".to_owned()));
    let dated: Vec<(String, String)> = coverage::plan(case, today)
        .iter()
        .filter_map(|t| Some((words::date(t.due?), words::todo(guidance, *t))))
        .collect();
    if dated.is_empty() {
        blocks.push(Block::Paragraph("No dated follow-ups yet.".to_owned()));
    } else {
        blocks.push(Block::Table(dated));
    }

    blocks.push(Block::Heading("Calls to the insurer".to_owned()));
    let calls = &case.insurer.calls;
    if calls.is_empty() {
        blocks.push(Block::Paragraph(
            earlier_call(case).unwrap_or_else(|| "No calls logged yet.".to_owned()),
        ));
    }
    for (n, call) in calls.iter().enumerate() {
        blocks.push(Block::Subheading(match call.started {
            Some(t) => format!("Call {} of {}, {}", n + 1, calls.len(), words::date_time(t)),
            None => format!("Call {} of {}", n + 1, calls.len()),
        }));
        blocks.push(Block::Table(call_rows(call, guidance)));
    }

    Document {
        title: "Your plan for getting massage therapy paid for".to_owned(),
        blocks,
        footer_note: guidance.disclaimer.trim().to_owned(),
    }
}

/// What one call recorded, as rows: the call's facts, then every question answered.
fn call_rows(call: &CallRecord, guidance: &Guidance) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = [
        ("Representative", known(&call.rep_name)),
        ("Reference number", known(&call.reference)),
        (
            "Time on the phone",
            (call.hold_seconds > 0 || call.talk_seconds > 0).then(|| words::phone_time(call)),
        ),
        ("Outcome", known(&call.outcome)),
        ("Call again by", call.follow_up.map(words::date)),
    ]
    .into_iter()
    .filter_map(|(k, v)| Some((k.to_owned(), v?)))
    .collect();
    // Questions in content order first, then answers to questions the content no longer has.
    let order = guidance
        .questions
        .iter()
        .filter_map(|q| {
            call.answers
                .get(&q.id)
                .map(|a| (q.text.trim().to_owned(), a))
        })
        .chain(
            call.answers
                .iter()
                .filter(|(id, _)| !guidance.questions.iter().any(|q| &q.id == *id))
                .map(|(id, a)| (id.clone(), a)),
        );
    rows.extend(order.filter_map(|(question, a)| Some((question, words::said(a)?))));
    if rows.is_empty() {
        rows.push((
            "Notes".to_owned(),
            "Nothing was written down for this call.".to_owned(),
        ));
    }
    rows
}

/// The call recorded on the "Call your insurer" step before the call log existed, if any.
fn earlier_call(case: &Case) -> Option<String> {
    let i = &case.insurer;
    let parts: Vec<String> = [
        i.call_date.map(|d| format!("Called on {}", words::date(d))),
        known(&i.rep_name).map(|r| format!("spoke with {r}")),
        known(&i.reference).map(|r| format!("reference number {r}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| format!("{}.", parts.join(", ")))
}
