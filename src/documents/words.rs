//! The words documents print around the content: headings and labels from the Fluent files
//! `assets/i18n/<lang>/documents.ftl`, and the text of stored values and dates. Stored variants
//! are never translated; their text is looked up here (documents may not import `ui`).

use std::sync::OnceLock;

use time::{Date, OffsetDateTime};

use crate::case::input::format_date;
use crate::case::{Answer, CallAnswer, CallRecord, Case, ConditionKind, Lang, Period};
use crate::coverage::{Todo, Verdict};
use crate::guidance::Guidance;
use crate::guidance::strings::{Arg, Strings, answer_key, condition_key};

/// The English document words.
const EN: &str = include_str!("../../assets/i18n/en/documents.ftl");
/// The Spanish document words, written for patients (usted).
const ES: &str = include_str!("../../assets/i18n/es/documents.ftl");

/// The Fluent source of `lang`'s document words.
fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => EN,
        Lang::Es => ES,
    }
}

/// Every problem found while parsing `lang`'s document words: for tests.
#[cfg(test)]
fn problems(lang: Lang) -> Vec<String> {
    Strings::parse(lang, "documents.ftl", source(lang)).1
}

/// The words of one language's documents.
#[derive(Debug)]
pub(super) struct Words(Strings);

impl Words {
    /// The built-in document words of `lang`, parsed once per run.
    pub(super) fn of(lang: Lang) -> &'static Self {
        static EN_WORDS: OnceLock<Words> = OnceLock::new();
        static ES_WORDS: OnceLock<Words> = OnceLock::new();
        let cell = match lang {
            Lang::En => &EN_WORDS,
            Lang::Es => &ES_WORDS,
        };
        cell.get_or_init(|| Self(Strings::new(lang, "documents.ftl", source(lang))))
    }

    /// The language of these words.
    pub(super) fn lang(&self) -> Lang {
        self.0.lang()
    }

    /// The messages themselves, for sentences other layers format (the savings note).
    pub(super) fn strings(&self) -> &Strings {
        &self.0
    }

    /// The text of `key`.
    pub(super) fn t(&self, key: &str) -> String {
        self.0.t(key)
    }

    /// The text of `key` with its arguments filled in.
    pub(super) fn t_args(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.0.t_args(key, args)
    }

    /// Text for a yes / no / not sure answer.
    pub(super) fn answer(&self, a: Answer) -> String {
        self.t(answer_key(a))
    }

    /// The options of a yes / no / not sure question, in [`Answer::ALL`] order.
    pub(super) fn answer_options(&self) -> Vec<String> {
        Answer::ALL.iter().map(|a| self.answer(*a)).collect()
    }

    /// Text for a condition.
    pub(super) fn condition(&self, c: ConditionKind) -> String {
        self.t(condition_key(c))
    }

    /// Text for a verdict, after a route's name (the words the app's plan step uses).
    pub(super) fn verdict(&self, v: Verdict) -> String {
        self.t(match v {
            Verdict::Likely => "verdict-likely",
            Verdict::Possible => "verdict-possible",
            Verdict::Unlikely => "verdict-unlikely",
            Verdict::NotApplicable => "verdict-not-applicable",
        })
    }

    /// "2 sessions a month", or `None` when the paper does not say.
    pub(super) fn frequency(&self, case: &Case) -> Option<String> {
        let c = &case.condition;
        let key = match c.per {
            Period::Week => "frequency-week",
            Period::Month => "frequency-month",
        };
        Some(self.t_args(key, &[("n", c.sessions?.into())]))
    }

    /// "6 months", or `None` when the paper does not say.
    pub(super) fn duration(&self, case: &Case) -> Option<String> {
        let c = &case.condition;
        let key = match c.duration_unit {
            Period::Week => "duration-week",
            Period::Month => "duration-month",
        };
        Some(self.t_args(key, &[("n", c.duration?.into())]))
    }

    /// The diagnosed conditions in words, e.g. "Sciatica; Low back pain"; the patient's own
    /// words stand in for "Other".
    pub(super) fn conditions(&self, case: &Case) -> Option<String> {
        let c = &case.condition;
        let names: Vec<String> = c
            .kinds
            .iter()
            .map(|k| match k {
                ConditionKind::Other if !c.other.trim().is_empty() => c.other.trim().to_owned(),
                _ => self.condition(*k),
            })
            .collect();
        (!names.is_empty()).then(|| names.join("; "))
    }

    /// A moment as "11/03/2026 at 10:15 AM", in the offset it was recorded in.
    pub(super) fn date_time(&self, t: OffsetDateTime) -> String {
        let (hour, key) = match t.hour() {
            0 => (12, "doc-time-am"),
            h @ 1..=11 => (h, "doc-time-am"),
            12 => (12, "doc-time-pm"),
            h => (h - 12, "doc-time-pm"),
        };
        let time = self.t_args(
            key,
            &[
                ("hour", hour.to_string().into()),
                ("minute", format!("{:02}", t.minute()).into()),
            ],
        );
        self.t_args(
            "doc-date-time",
            &[("date", date(t.date()).into()), ("time", time.into())],
        )
    }

    /// Seconds as "12 min" (rounded up to a whole minute, "0 min" for none).
    pub(super) fn minutes(&self, seconds: u32) -> String {
        self.t_args("doc-minutes", &[("n", seconds.div_ceil(60).into())])
    }

    /// What was said to a question, e.g. "Yes. Only with a prescription."; `None` when nothing.
    pub(super) fn said(&self, a: &CallAnswer) -> Option<String> {
        let parts: Vec<String> = [a.answer.map(|x| self.answer(x)), known(&a.note)]
            .into_iter()
            .flatten()
            .collect();
        (!parts.is_empty()).then(|| parts.join(". "))
    }

    /// "13 min on hold, 8 min talking".
    pub(super) fn phone_time(&self, call: &CallRecord) -> String {
        self.t_args(
            "doc-phone-time",
            &[
                ("hold", self.minutes(call.hold_seconds).into()),
                ("talk", self.minutes(call.talk_seconds).into()),
            ],
        )
    }

    /// The text of a to-do, with its date filled in, in the words for someone helping the
    /// patient when `helping`.
    pub(super) fn todo(&self, guidance: &Guidance, todo: Todo, helping: bool) -> String {
        let text = guidance.action_text(todo.action, helping);
        let when = todo.due.map_or_else(|| self.t("doc-the-date"), format_date);
        text.replace("{date}", &when)
    }

    /// A label and a line to write on, with `value` on it if known.
    pub(super) fn line(&self, key: &str, value: Option<String>) -> super::Block {
        super::Block::AnswerLine {
            label: self.t(key),
            value,
        }
    }
}

/// The injury claim's details for a work injury or a car accident, as (label key, value) rows:
/// the claims adjuster is called with the claim number and the date of injury.
pub(super) fn injury_rows(case: &Case) -> Vec<(&'static str, Option<String>)> {
    if !case.has_injury_claim() {
        return Vec::new();
    }
    let i = &case.about.injury;
    vec![
        ("label-claim-number", known(&i.claim_number)),
        ("label-date-of-injury", i.date_of_injury.map(date)),
        ("label-adjuster", known(&i.adjuster_name)),
        ("label-adjuster-phone", known(&i.adjuster_phone)),
    ]
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

/// A date as the US writes it (in both languages: US forms use month/day/year).
pub(super) fn date(d: Date) -> String {
    format_date(d)
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn times_read_as_a_us_clock() {
        let w = Words::of(Lang::En);
        assert_eq!(
            w.date_time(datetime!(2026-11-03 00:05 UTC)),
            "11/03/2026 at 12:05 AM"
        );
        assert_eq!(
            w.date_time(datetime!(2026-11-03 12:30 -8)),
            "11/03/2026 at 12:30 PM"
        );
        assert_eq!(
            w.date_time(datetime!(2026-11-03 15:07 UTC)),
            "11/03/2026 at 3:07 PM"
        );
        assert_eq!(
            Words::of(Lang::Es).date_time(datetime!(2026-11-03 15:07 UTC)),
            "11/03/2026 a las 3:07 p. m."
        );
    }

    #[test]
    fn a_first_sentence_keeps_its_full_stop() {
        assert_eq!(first_sentence("One. Two. Three."), "One.");
        assert_eq!(first_sentence(" Only one. "), "Only one.");
    }

    #[test]
    fn minutes_round_up() {
        let w = Words::of(Lang::En);
        assert_eq!(w.minutes(0), "0 min");
        assert_eq!(w.minutes(61), "2 min");
    }

    #[test]
    fn counts_agree_with_their_number_in_both_languages() {
        let mut case = Case::default();
        case.condition.sessions = Some(1);
        case.condition.per = Period::Week;
        case.condition.duration = Some(6);
        case.condition.duration_unit = Period::Month;
        let en = Words::of(Lang::En);
        assert_eq!(en.frequency(&case).as_deref(), Some("1 session a week"));
        assert_eq!(en.duration(&case).as_deref(), Some("6 months"));
        let es = Words::of(Lang::Es);
        assert_eq!(es.frequency(&case).as_deref(), Some("1 sesión por semana"));
        assert_eq!(es.duration(&case).as_deref(), Some("6 meses"));
    }

    #[test]
    fn both_document_word_files_parse_and_have_the_same_keys() {
        let keys = |lang| -> std::collections::BTreeSet<String> {
            source(lang)
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
                .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
                .collect()
        };
        for lang in Lang::ALL {
            assert!(
                problems(lang).is_empty(),
                "{}: {:?}",
                lang.code(),
                problems(lang)
            );
        }
        let (en, es) = (keys(Lang::En), keys(Lang::Es));
        assert!(en.len() > 100, "only {} keys", en.len());
        assert_eq!(
            en.symmetric_difference(&es).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "keys in one language only"
        );
    }
}
