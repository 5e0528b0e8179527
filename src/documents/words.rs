//! The words documents print for stored values and dates. Stored variants are never
//! translated; their text is looked up here (documents may not import `ui`).

use time::{Date, OffsetDateTime};

use crate::case::input::format_date;
use crate::case::{Answer, CallAnswer, CallRecord, Case, ConditionKind, Period};
use crate::coverage::{Todo, Verdict};
use crate::guidance::Guidance;

/// Text for a yes / no / not sure answer.
pub(super) fn answer(a: Answer) -> &'static str {
    match a {
        Answer::Yes => "Yes",
        Answer::No => "No",
        Answer::NotSure => "Not sure",
    }
}

/// The options of a yes / no / not sure question, in [`Answer::ALL`] order.
pub(super) fn answer_options() -> Vec<String> {
    Answer::ALL.iter().map(|a| answer(*a).to_owned()).collect()
}

/// Text for a condition.
pub(super) fn condition(c: ConditionKind) -> &'static str {
    match c {
        ConditionKind::Sciatica => "Sciatica",
        ConditionKind::RepetitiveStrain => "Repetitive strain",
        ConditionKind::AfterSurgery => "Recovery after surgery",
        ConditionKind::SportsInjury => "Sports injury, sprain or strain",
        ConditionKind::Concussion => "Concussion",
        ConditionKind::LowBackPain => "Low back pain",
        ConditionKind::NeckPain => "Neck pain",
        ConditionKind::Other => "Another condition",
    }
}

/// Text for a verdict, after a route's name (the words the app's plan step uses).
pub(super) fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Likely => "Likely",
        Verdict::Possible => "Possible",
        Verdict::Unlikely => "Unlikely",
        Verdict::NotApplicable => "Does not apply",
    }
}

/// "2 sessions a month", or `None` when the paper does not say.
pub(super) fn frequency(case: &Case) -> Option<String> {
    let c = &case.condition;
    let n = c.sessions?;
    let unit = if n == 1 { "session" } else { "sessions" };
    Some(format!("{n} {unit} a {}", period(c.per, false)))
}

/// "6 months", or `None` when the paper does not say.
pub(super) fn duration(case: &Case) -> Option<String> {
    let c = &case.condition;
    let n = c.duration?;
    Some(format!("{n} {}", period(c.duration_unit, n != 1)))
}

fn period(p: Period, plural: bool) -> &'static str {
    match (p, plural) {
        (Period::Week, false) => "week",
        (Period::Week, true) => "weeks",
        (Period::Month, false) => "month",
        (Period::Month, true) => "months",
    }
}

/// The diagnosed conditions in words, e.g. "Sciatica; Low back pain"; the patient's own words
/// stand in for "Other".
pub(super) fn conditions(case: &Case) -> Option<String> {
    let c = &case.condition;
    let names: Vec<String> = c
        .kinds
        .iter()
        .map(|k| match k {
            ConditionKind::Other if !c.other.trim().is_empty() => c.other.trim().to_owned(),
            _ => condition(*k).to_owned(),
        })
        .collect();
    (!names.is_empty()).then(|| names.join("; "))
}

/// What the content says about each condition's diagnosis code, as a hint for the patient.
pub(super) fn code_hints(case: &Case, guidance: &Guidance) -> Vec<String> {
    case.condition
        .kinds
        .iter()
        .filter_map(|k| known(&guidance.conditions.get(k)?.code_hint))
        .collect()
}

/// The first sentence of `text` (up to the first ". "), for a short table cell.
pub(super) fn first_sentence(text: &str) -> String {
    let t = text.trim();
    t.find(". ")
        .map_or_else(|| t.to_owned(), |end| t[..=end].to_owned())
}

/// The procedure codes the content explains, e.g. "97124, 97140".
pub(super) fn cpt_codes(guidance: &Guidance) -> Option<String> {
    let codes: Vec<&str> = guidance.codes.iter().map(|c| c.code.as_str()).collect();
    (!codes.is_empty()).then(|| codes.join(", "))
}

/// A non-empty trimmed value, or `None`.
pub(super) fn known(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// A date as the US writes it.
pub(super) fn date(d: Date) -> String {
    format_date(d)
}

/// A moment as "11/03/2026 at 10:15 AM", in the offset it was recorded in.
pub(super) fn date_time(t: OffsetDateTime) -> String {
    let (hour, suffix) = match t.hour() {
        0 => (12, "AM"),
        h @ 1..=11 => (h, "AM"),
        12 => (12, "PM"),
        h => (h - 12, "PM"),
    };
    format!(
        "{} at {hour}:{:02} {suffix}",
        format_date(t.date()),
        t.minute()
    )
}

/// Seconds as "12 min" (rounded up to a whole minute, "0 min" for none).
pub(super) fn minutes(seconds: u32) -> String {
    format!("{} min", seconds.div_ceil(60))
}

/// What was said to a question, e.g. "Yes. Only with a prescription."; `None` when nothing.
pub(super) fn said(a: &CallAnswer) -> Option<String> {
    let parts: Vec<String> = [a.answer.map(|x| answer(x).to_owned()), known(&a.note)]
        .into_iter()
        .flatten()
        .collect();
    (!parts.is_empty()).then(|| parts.join(". "))
}

/// "13 min on hold, 8 min talking".
pub(super) fn phone_time(call: &CallRecord) -> String {
    format!(
        "{} on hold, {} talking",
        minutes(call.hold_seconds),
        minutes(call.talk_seconds)
    )
}

/// The text of a to-do, with its date filled in.
pub(super) fn todo(guidance: &Guidance, todo: Todo) -> String {
    let text = &guidance.action(todo.action).text;
    let when = todo.due.map_or_else(|| "the date".to_owned(), format_date);
    text.replace("{date}", &when)
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn times_read_as_a_us_clock() {
        assert_eq!(
            date_time(datetime!(2026-11-03 00:05 UTC)),
            "11/03/2026 at 12:05 AM"
        );
        assert_eq!(
            date_time(datetime!(2026-11-03 12:30 -8)),
            "11/03/2026 at 12:30 PM"
        );
        assert_eq!(
            date_time(datetime!(2026-11-03 15:07 UTC)),
            "11/03/2026 at 3:07 PM"
        );
    }

    #[test]
    fn a_first_sentence_keeps_its_full_stop() {
        assert_eq!(first_sentence("One. Two. Three."), "One.");
        assert_eq!(first_sentence(" Only one. "), "Only one.");
    }

    #[test]
    fn minutes_round_up() {
        assert_eq!(minutes(0), "0 min");
        assert_eq!(minutes(61), "2 min");
    }
}
