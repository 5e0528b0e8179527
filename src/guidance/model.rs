//! The shapes of the content files, as a clinic editing them sees them.

use std::collections::BTreeMap;

use serde::Deserialize;
use time::Date;

use super::ids::{ActionId, FigureId, ReasonId, Route};
use crate::case::{ConditionKind, Step};

/// Where a fact comes from.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The page or document title.
    pub title: String,
    /// Its address.
    pub url: String,
}

/// How strong a fact's source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Strength {
    /// From the agency, law or plan itself.
    Official,
    /// From a third party (a law firm, a vendor, a blog).
    Secondary,
    /// Common practice that no source confirmed; the app words it carefully.
    Unverified,
}

/// One statement the app makes, with where it comes from.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Referred to by other content.
    pub id: String,
    /// The fact in plain words.
    pub text: String,
    /// At least one source.
    pub sources: Vec<Source>,
    /// When someone last checked it against its sources.
    pub reviewed: Date,
    /// How strong the sources are.
    pub strength: Strength,
}

/// A "learn more" section of a step.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Its heading.
    pub title: String,
    /// Its text.
    pub body: String,
    /// The facts it states, by id.
    #[serde(default)]
    pub facts: Vec<String>,
}

/// The texts one step shows beside its questions.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepText {
    /// What this step is for.
    pub intro: String,
    /// Why it matters.
    pub why: String,
    /// What to do, as short lines.
    #[serde(default)]
    pub todo: Vec<String>,
    /// Deeper explanations.
    #[serde(default)]
    pub learn_more: Vec<Section>,
}

/// `steps.ron`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepsFile {
    /// "This is guidance, not advice", always reachable.
    pub disclaimer: String,
    /// The texts of every step.
    pub steps: BTreeMap<Step, StepText>,
}

/// A learn-more section's words for someone helping the patient; its facts stay those of
/// `steps.ron`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpingSection {
    /// Its heading.
    pub title: String,
    /// Its text.
    pub body: String,
}

/// A step's words for someone helping the patient, who is "they" here.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpingStep {
    /// What this step is for.
    pub intro: String,
    /// Why it matters.
    pub why: String,
    /// What to do, as short lines.
    #[serde(default)]
    pub todo: Vec<String>,
    /// The learn-more sections, in the order of `steps.ron`; empty keeps the usual ones.
    #[serde(default)]
    pub learn_more: Vec<HelpingSection>,
}

/// `helping.ron`: the texts for someone helping the patient, where the usual ones say "you".
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpingFile {
    /// Every step's helping texts.
    pub steps: BTreeMap<Step, HelpingStep>,
    /// Every next action's helping sentence; it may hold `{date}` like the usual one.
    pub actions: BTreeMap<ActionId, String>,
}

/// A figure's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum FigureValue {
    /// An amount of money in cents.
    Cents(i64),
    /// A share, in basis points (7.5% is 750).
    BasisPoints(u32),
}

/// One yearly figure.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Which figure.
    pub figure: FigureId,
    /// The year it applies to.
    pub year: i32,
    /// Its value.
    pub value: FigureValue,
    /// Where it comes from.
    pub source: Source,
    /// When someone last checked it.
    pub reviewed: Date,
}

/// A word the glossary explains.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Referred to by other content.
    pub id: String,
    /// The word as shown.
    pub term: String,
    /// Other spellings found in texts, e.g. "LMN" for "letter of medical necessity".
    #[serde(default)]
    pub also: Vec<String>,
    /// What it means, in plain words.
    pub definition: String,
    /// The facts the definition states, by id.
    #[serde(default)]
    pub facts: Vec<String>,
}

/// A condition explained, with the code family as a hint for the doctor.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionText {
    /// What it is, plainly.
    pub description: String,
    /// The ICD-10 code family, as a hint; the doctor chooses the code.
    pub code_hint: String,
    /// The facts stated, by id.
    #[serde(default)]
    pub facts: Vec<String>,
}

/// A procedure code therapists bill, explained.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeText {
    /// The CPT code, e.g. "97124".
    pub code: String,
    /// What it covers, in plain words.
    pub plain: String,
    /// The facts stated, by id.
    #[serde(default)]
    pub facts: Vec<String>,
}

/// A question to ask the insurer.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Referred to by call logs and checklists.
    pub id: String,
    /// The question, as the patient asks it.
    pub text: String,
    /// Why it matters.
    pub why: String,
    /// The facts stated, by id.
    #[serde(default)]
    pub facts: Vec<String>,
}

/// A route's name and what it is.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RouteText {
    /// Its short name.
    pub name: String,
    /// What it is, in one sentence.
    pub summary: String,
}

/// A sentence with the facts it states: a verdict's reason or a next action.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sentence {
    /// The sentence; an action's may hold `{date}`.
    pub text: String,
    /// The facts stated, by id.
    #[serde(default)]
    pub facts: Vec<String>,
}

/// `routes.ron`.
pub type RoutesFile = BTreeMap<Route, RouteText>;
/// `reasons.ron`.
pub type ReasonsFile = BTreeMap<ReasonId, Sentence>;
/// `actions.ron`.
pub type ActionsFile = BTreeMap<ActionId, Sentence>;
/// `conditions.ron`.
pub type ConditionsFile = BTreeMap<ConditionKind, ConditionText>;
