//! The content: what each step says, the facts with their sources, yearly figures, the
//! glossary, conditions, codes, the questions for the insurer, and the texts of verdicts.
//!
//! No egui and no disk here: the built-in English content is embedded with `include_str!`, and
//! `main.rs` reads a clinic's folder and hands its files to [`Guidance::from_files`].

mod check;
pub mod ids;
pub mod model;
pub mod strings;

use std::collections::BTreeMap;
use std::fmt;

use crate::case::{ConditionKind, Step};

pub use check::ContentProblem;
pub use ids::{ActionId, FigureId, ReasonId, Route};
pub use model::{
    CodeText, ConditionText, Fact, Figure, FigureValue, Question, RouteText, Section, Sentence,
    Source, StepText, Strength, Term,
};

/// The questions the app itself refers to by id (the call log copies their answers into the
/// step's quick answers), so every content folder must define them.
pub const REQUIRED_QUESTIONS: [&str; 3] = ["covered", "prescription", "prior-authorization"];

/// The content files of one language, in the order they are checked.
pub const FILES: [&str; 11] = [
    "steps.ron",
    "facts.ron",
    "figures.ron",
    "glossary.ron",
    "conditions.ron",
    "codes.ron",
    "questions.ron",
    "routes.ron",
    "reasons.ron",
    "actions.ron",
    "helping.ron",
];

const BUILTIN_EN: [(&str, &str); 11] = [
    (
        "steps.ron",
        include_str!("../../assets/content/en/steps.ron"),
    ),
    (
        "facts.ron",
        include_str!("../../assets/content/en/facts.ron"),
    ),
    (
        "figures.ron",
        include_str!("../../assets/content/en/figures.ron"),
    ),
    (
        "glossary.ron",
        include_str!("../../assets/content/en/glossary.ron"),
    ),
    (
        "conditions.ron",
        include_str!("../../assets/content/en/conditions.ron"),
    ),
    (
        "codes.ron",
        include_str!("../../assets/content/en/codes.ron"),
    ),
    (
        "questions.ron",
        include_str!("../../assets/content/en/questions.ron"),
    ),
    (
        "routes.ron",
        include_str!("../../assets/content/en/routes.ron"),
    ),
    (
        "reasons.ron",
        include_str!("../../assets/content/en/reasons.ron"),
    ),
    (
        "actions.ron",
        include_str!("../../assets/content/en/actions.ron"),
    ),
    (
        "helping.ron",
        include_str!("../../assets/content/en/helping.ron"),
    ),
];

const BUILTIN_ES: [(&str, &str); 11] = [
    (
        "steps.ron",
        include_str!("../../assets/content/es/steps.ron"),
    ),
    (
        "facts.ron",
        include_str!("../../assets/content/es/facts.ron"),
    ),
    (
        "figures.ron",
        include_str!("../../assets/content/es/figures.ron"),
    ),
    (
        "glossary.ron",
        include_str!("../../assets/content/es/glossary.ron"),
    ),
    (
        "conditions.ron",
        include_str!("../../assets/content/es/conditions.ron"),
    ),
    (
        "codes.ron",
        include_str!("../../assets/content/es/codes.ron"),
    ),
    (
        "questions.ron",
        include_str!("../../assets/content/es/questions.ron"),
    ),
    (
        "routes.ron",
        include_str!("../../assets/content/es/routes.ron"),
    ),
    (
        "reasons.ron",
        include_str!("../../assets/content/es/reasons.ron"),
    ),
    (
        "actions.ron",
        include_str!("../../assets/content/es/actions.ron"),
    ),
    (
        "helping.ron",
        include_str!("../../assets/content/es/helping.ron"),
    ),
];

/// A language the built-in content is written in (defined with the case, which stores it).
pub use crate::case::Lang;

/// All the content the app shows, checked: every id it needs has text, every fact has a source.
#[derive(Clone, Debug, PartialEq)]
pub struct Guidance {
    /// "This is guidance, not advice", always reachable.
    pub disclaimer: String,
    /// The texts of every step.
    pub steps: BTreeMap<Step, StepText>,
    /// Every fact, by id.
    pub facts: BTreeMap<String, Fact>,
    /// Yearly figures, every year the content has.
    pub figures: Vec<Figure>,
    /// The glossary, in file order.
    pub glossary: Vec<Term>,
    /// Every condition, explained.
    pub conditions: BTreeMap<ConditionKind, ConditionText>,
    /// Procedure codes, explained.
    pub codes: Vec<CodeText>,
    /// The questions to ask the insurer, in the order to ask them.
    pub questions: Vec<Question>,
    /// Every route's name.
    pub routes: BTreeMap<Route, RouteText>,
    /// Every verdict reason's sentence.
    pub reasons: BTreeMap<ReasonId, Sentence>,
    /// Every next action's sentence.
    pub actions: BTreeMap<ActionId, Sentence>,
    /// The texts of every step for someone helping the patient, the usual ones filled in
    /// where `helping.ron` has no variant.
    pub helping_steps: BTreeMap<Step, StepText>,
    /// Every next action's text for someone helping the patient, with `{date}` still in it.
    pub helping_actions: BTreeMap<ActionId, String>,
}

/// Every problem found in a content folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentProblems(pub Vec<ContentProblem>);

impl fmt::Display for ContentProblems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, p) in self.0.iter().enumerate() {
            if n > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentProblems {}

/// A yearly figure, and whether it is for the year asked about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearFigure<'a> {
    /// The figure found.
    pub figure: &'a Figure,
    /// False when the content has no figure for the year asked, and this is an older one.
    pub current: bool,
}

impl Guidance {
    /// The English content built into the app.
    pub fn builtin() -> Result<Self, ContentProblems> {
        Self::builtin_for(Lang::En)
    }

    /// The content built into the app, in `lang`.
    pub fn builtin_for(lang: Lang) -> Result<Self, ContentProblems> {
        let files = match lang {
            Lang::En => BUILTIN_EN,
            Lang::Es => BUILTIN_ES,
        };
        Self::from_files(&files.map(|(name, text)| (name.to_owned(), text.to_owned())))
    }

    /// Parses and checks a content folder's files, given as (file name, text). Every problem is
    /// reported, with its file and line.
    pub fn from_files(files: &[(String, String)]) -> Result<Self, ContentProblems> {
        check::load(files).map_err(ContentProblems)
    }

    /// What a content folder's files lack for `today` without being wrong: a yearly figure with
    /// no value for this year, or from October 1 for next year. Each warning has its file and
    /// line; the app still loads the content and shows the latest year, saying which.
    pub fn year_warnings(files: &[(String, String)], today: time::Date) -> Vec<ContentProblem> {
        check::year_warnings(files, today)
    }

    /// The texts of `step`.
    pub fn step(&self, step: Step) -> &StepText {
        self.steps
            .get(&step)
            .expect("`from_files` checks that every step has its text")
    }

    /// The texts of `step`, for someone helping the patient when `helping` (see
    /// [`Case::helping`](crate::case::Case::helping)); the usual ones where there is no variant.
    pub fn step_for(&self, step: Step, helping: bool) -> &StepText {
        match self.helping_steps.get(&step) {
            Some(text) if helping => text,
            _ => self.step(step),
        }
    }

    /// The text of `action`, with `{date}` still in it, for someone helping the patient when
    /// `helping`; the usual one where there is no variant. Its facts are `action(..).facts`.
    pub fn action_text(&self, action: ActionId, helping: bool) -> &str {
        match self.helping_actions.get(&action) {
            Some(text) if helping => text,
            _ => &self.action(action).text,
        }
    }

    /// The name and summary of `route`.
    pub fn route(&self, route: Route) -> &RouteText {
        self.routes
            .get(&route)
            .expect("`from_files` checks that every route has its text")
    }

    /// The sentence of `reason`.
    pub fn reason(&self, reason: ReasonId) -> &Sentence {
        self.reasons
            .get(&reason)
            .expect("`from_files` checks that every reason has its text")
    }

    /// The sentence of `action`, with `{date}` still in it.
    pub fn action(&self, action: ActionId) -> &Sentence {
        self.actions
            .get(&action)
            .expect("`from_files` checks that every action has its text")
    }

    /// The explanation of `condition`.
    pub fn condition(&self, condition: ConditionKind) -> &ConditionText {
        self.conditions
            .get(&condition)
            .expect("`from_files` checks that every condition has its text")
    }

    /// The facts with these ids, in order; ids are checked at load time.
    pub fn facts<'a>(&'a self, ids: &'a [String]) -> impl Iterator<Item = &'a Fact> + 'a {
        ids.iter().filter_map(|id| self.facts.get(id))
    }

    /// `figure` for `year`, or the latest earlier year the content has (then `current` is
    /// false); `None` only if the content has no year up to `year`.
    pub fn figure(&self, figure: FigureId, year: i32) -> Option<YearFigure<'_>> {
        self.figures
            .iter()
            .filter(|f| f.figure == figure && f.year <= year)
            .max_by_key(|f| f.year)
            .map(|f| YearFigure {
                figure: f,
                current: f.year == year,
            })
    }

    /// The most unused health FSA money that can carry INTO `plan_year`: the carryover figure
    /// is given for the plan year money carries FROM, so this is the one of the year before
    /// (`current` is false when only an older year is known).
    pub fn fsa_carryover_into(&self, plan_year: i32) -> Option<YearFigure<'_>> {
        self.figure(FigureId::FsaCarryover, plan_year - 1)
    }

    /// The glossary terms that `text` uses, by their word or another spelling, whole words
    /// only and ignoring case.
    pub fn terms_in(&self, text: &str) -> Vec<&Term> {
        let lower = text.to_lowercase();
        self.glossary
            .iter()
            .filter(|t| {
                std::iter::once(&t.term)
                    .chain(&t.also)
                    .any(|w| contains_word(&lower, &w.to_lowercase()))
            })
            .collect()
    }

    /// The glossary term with this id.
    pub fn term(&self, id: &str) -> Option<&Term> {
        self.glossary.iter().find(|t| t.id == id)
    }
}

/// Whether `word` stands in `text` as a whole word (not inside another word).
fn contains_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> Guidance {
        Guidance::builtin().unwrap_or_else(|e| panic!("built-in content has problems:\n{e}"))
    }

    #[test]
    fn the_built_in_content_loads_with_every_step_route_reason_and_action() {
        let g = builtin();
        for step in Step::ALL {
            assert!(!g.step(step).intro.is_empty(), "{step:?}");
        }
        for r in Route::ALL {
            assert!(!g.route(*r).name.is_empty(), "{r:?}");
        }
        for r in ReasonId::ALL {
            assert!(!g.reason(*r).text.is_empty(), "{r:?}");
        }
        for a in ActionId::ALL {
            assert!(!g.action(*a).text.is_empty(), "{a:?}");
        }
        for c in ConditionKind::ALL {
            assert!(!g.condition(c).description.is_empty(), "{c:?}");
        }
    }

    #[test]
    fn the_spanish_content_loads_and_has_the_same_ids_sources_and_figures() {
        let en = builtin();
        let es =
            Guidance::builtin_for(Lang::Es).unwrap_or_else(|e| panic!("Spanish content:\n{e}"));
        assert_eq!(
            es.facts.keys().collect::<Vec<_>>(),
            en.facts.keys().collect::<Vec<_>>()
        );
        for (id, fact) in &en.facts {
            assert_eq!(es.facts[id].sources, fact.sources, "{id}");
            assert_eq!(es.facts[id].reviewed, fact.reviewed, "{id}");
        }
        assert_eq!(es.figures, en.figures);
        let ids = |g: &Guidance| g.questions.iter().map(|q| q.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&es), ids(&en));
        let terms = |g: &Guidance| g.glossary.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
        assert_eq!(terms(&es), terms(&en));
        assert_ne!(
            es.step(Step::AboutYou).intro,
            en.step(Step::AboutYou).intro,
            "translated"
        );
        for a in ActionId::ALL {
            let placeholders = |g: &Guidance| g.action(*a).text.matches("{date}").count();
            assert_eq!(placeholders(&es), placeholders(&en), "{a:?}");
        }
    }

    #[test]
    fn someone_helping_reads_they_in_every_step_and_action_in_both_languages() {
        for lang in Lang::ALL {
            let g = Guidance::builtin_for(lang).unwrap_or_else(|e| panic!("{lang:?}:\n{e}"));
            for step in Step::ALL {
                let (usual, helping) = (g.step_for(step, false), g.step_for(step, true));
                assert_eq!(usual, g.step(step), "{lang:?} {step:?}");
                assert_ne!(
                    helping, usual,
                    "{lang:?} {step:?} has its own helping words"
                );
                assert_eq!(
                    helping.learn_more.len(),
                    usual.learn_more.len(),
                    "{lang:?} {step:?}"
                );
                for (h, u) in helping.learn_more.iter().zip(&usual.learn_more) {
                    assert_eq!(h.facts, u.facts, "{lang:?} {step:?} keeps its facts");
                }
            }
            for a in ActionId::ALL {
                let (usual, helping) = (g.action_text(*a, false), g.action_text(*a, true));
                assert_eq!(usual, g.action(*a).text, "{lang:?} {a:?}");
                assert_ne!(helping, usual, "{lang:?} {a:?}");
                assert_eq!(
                    helping.matches("{date}").count(),
                    usual.matches("{date}").count(),
                    "{lang:?} {a:?}"
                );
            }
        }
        let en = builtin();
        assert!(
            en.action_text(ActionId::GetPrescription, true)
                .contains("their diagnosis code")
        );
        assert!(
            en.step_for(Step::AboutYou, true)
                .todo
                .iter()
                .any(|t| t.contains("coverage they have"))
        );
    }

    #[test]
    fn a_missing_helping_variant_falls_back_to_the_usual_words() {
        let mut g = builtin();
        g.helping_steps.remove(&Step::Plan);
        g.helping_actions.remove(&ActionId::KeepReceipts);
        assert_eq!(g.step_for(Step::Plan, true), g.step(Step::Plan));
        assert_eq!(
            g.action_text(ActionId::KeepReceipts, true),
            g.action(ActionId::KeepReceipts).text
        );
    }

    #[test]
    fn every_fact_has_a_source_and_a_review_date() {
        let g = builtin();
        assert!(g.facts.len() >= 30, "only {} facts", g.facts.len());
        for f in g.facts.values() {
            assert!(!f.sources.is_empty(), "{}", f.id);
            assert!(
                f.sources.iter().all(|s| s.url.starts_with("http")),
                "{}",
                f.id
            );
            assert!(f.reviewed.year() >= 2025, "{}", f.id);
        }
    }

    #[test]
    fn every_sentence_shown_as_a_reason_or_action_states_at_least_one_sourced_fact() {
        let g = builtin();
        for (id, s) in &g.reasons {
            assert!(!s.facts.is_empty(), "reason {id:?} has no fact");
        }
        for (id, s) in &g.actions {
            assert!(!s.facts.is_empty(), "action {id:?} has no fact");
        }
    }

    #[test]
    fn every_figure_has_2025_and_2026_values_except_fixed_ones() {
        let g = builtin();
        for f in FigureId::ALL {
            // The direct primary care cap exists only from 2026 (the 2025 reconciliation law).
            let from = if matches!(f, FigureId::DpcFeeCapSelf | FigureId::DpcFeeCapFamily) {
                2026
            } else {
                2025
            };
            for year in from..=2026 {
                let found = g.figure(*f, year).unwrap_or_else(|| panic!("{f:?} {year}"));
                let fixed = matches!(f, FigureId::MedicalDeductionFloor | FigureId::HsaCatchUp);
                assert!(found.current || fixed, "{f:?} has no {year} value");
            }
        }
    }

    #[test]
    fn figures_agree_with_the_domain_notes() {
        let g = builtin();
        let cents = |f, y| match g.figure(f, y).map(|x| x.figure.value) {
            Some(FigureValue::Cents(c)) => c,
            other => panic!("{f:?} {y}: {other:?}"),
        };
        assert_eq!(cents(FigureId::HsaLimitSelf, 2026), 440_000);
        assert_eq!(cents(FigureId::HsaLimitFamily, 2026), 875_000);
        assert_eq!(cents(FigureId::HsaLimitSelf, 2025), 430_000);
        assert_eq!(cents(FigureId::FsaLimit, 2026), 340_000);
        assert_eq!(cents(FigureId::FsaLimit, 2025), 330_000);
        assert_eq!(cents(FigureId::FsaCarryover, 2026), 68_000);
        assert_eq!(cents(FigureId::HdhpMinDeductibleSelf, 2026), 170_000);
        assert_eq!(cents(FigureId::PartBDeductible, 2026), 28_300);
        assert_eq!(cents(FigureId::PartBDeductible, 2025), 25_700);
        assert_eq!(cents(FigureId::KxThreshold, 2026), 248_000);
        assert_eq!(cents(FigureId::HsaCatchUp, 2026), 100_000);
        assert_eq!(cents(FigureId::HdhpOutOfPocketMaxSelf, 2025), 830_000);
        assert_eq!(cents(FigureId::HdhpOutOfPocketMaxFamily, 2026), 1_700_000);
    }

    #[test]
    fn the_2027_figures_are_those_of_rev_proc_2026_24() {
        let g = builtin();
        let found = |f| {
            let y = g.figure(f, 2027).unwrap_or_else(|| panic!("{f:?}"));
            assert!(y.current, "{f:?} has no 2027 value");
            assert!(y.figure.source.url.contains("rp-26-24"), "{f:?}");
            y.figure.value
        };
        for (f, c) in [
            (FigureId::HsaLimitSelf, 450_000),
            (FigureId::HsaLimitFamily, 900_000),
            (FigureId::HdhpMinDeductibleSelf, 175_000),
            (FigureId::HdhpMinDeductibleFamily, 350_000),
            (FigureId::HdhpOutOfPocketMaxSelf, 870_000),
            (FigureId::HdhpOutOfPocketMaxFamily, 1_740_000),
            (FigureId::HraExceptedBenefitLimit, 225_000),
            (FigureId::DpcFeeCapSelf, 15_000),
            (FigureId::DpcFeeCapFamily, 30_000),
        ] {
            assert_eq!(found(f), FigureValue::Cents(c), "{f:?}");
        }
    }

    #[test]
    fn figures_not_out_for_2027_fall_back_to_2026_and_say_so() {
        let g = builtin();
        for f in [
            FigureId::FsaLimit,
            FigureId::FsaCarryover,
            FigureId::PartBDeductible,
            FigureId::PartBPremium,
            FigureId::KxThreshold,
        ] {
            let y = g.figure(f, 2027).unwrap_or_else(|| panic!("{f:?}"));
            assert_eq!((y.figure.year, y.current), (2026, false), "{f:?}");
        }
        assert_eq!(
            g.figure(FigureId::MedicalDeductionFloor, 2026)
                .map(|f| f.figure.value),
            Some(FigureValue::BasisPoints(750))
        );
    }

    #[test]
    fn the_carryover_into_2026_is_the_660_of_the_2025_plan_year() {
        let g = builtin();
        let into = |y| {
            let f = g.fsa_carryover_into(y).expect("a carryover");
            (f.figure.year, f.figure.value, f.current)
        };
        assert_eq!(into(2026), (2025, FigureValue::Cents(66_000), true));
        assert_eq!(into(2027), (2026, FigureValue::Cents(68_000), true));
        assert_eq!(into(2028), (2026, FigureValue::Cents(68_000), false));
    }

    #[test]
    fn a_later_year_uses_the_latest_figure_and_says_it_is_older() {
        let g = builtin();
        let f = g
            .figure(FigureId::HsaLimitSelf, 2030)
            .expect("older figure");
        assert_eq!(f.figure.year, 2027);
        assert!(!f.current);
        assert!(g.figure(FigureId::HsaLimitSelf, 1999).is_none());
    }

    #[test]
    fn glossary_terms_are_found_as_whole_words_in_any_case() {
        let g = builtin();
        let ids: Vec<&str> = g
            .terms_in("Ask for an LMN and check your Deductible.")
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        assert!(ids.contains(&"lmn"), "{ids:?}");
        assert!(ids.contains(&"deductible"), "{ids:?}");
        assert!(!g.terms_in("Hsalmnx").iter().any(|t| t.id == "lmn"));
    }

    #[test]
    fn the_glossary_covers_the_words_the_issue_names() {
        let g = builtin();
        for id in [
            "lmn",
            "prescription",
            "referral",
            "prior-authorization",
            "cpt",
            "icd-10",
            "in-network",
            "deductible",
            "copay",
            "coinsurance",
            "eob",
            "superbill",
            "hdhp",
            "medicare-advantage",
            "medigap",
            "fsa",
            "hsa",
            "hra",
        ] {
            assert!(g.term(id).is_some(), "glossary has no {id}");
        }
    }

    #[test]
    fn every_question_has_a_reason_and_the_main_ones_are_there() {
        let g = builtin();
        assert!(g.questions.len() >= 8);
        assert!(g.questions.iter().all(|q| !q.why.trim().is_empty()));
        assert!(g.questions.iter().any(|q| q.text.contains("97124")));
    }

    #[test]
    fn the_two_massage_codes_are_explained() {
        let g = builtin();
        for code in ["97124", "97140"] {
            assert!(g.codes.iter().any(|c| c.code == code), "{code}");
        }
    }
}
