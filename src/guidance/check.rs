//! Reading and checking content files: every problem with its file, line and what is wrong.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::de::DeserializeOwned;

use super::model::{
    ActionsFile, CodeText, ConditionsFile, Fact, Figure, HelpingFile, Question, ReasonsFile,
    RoutesFile, Section, StepText, StepsFile, Term,
};
use super::{ActionId, FILES, FigureId, Guidance, REQUIRED_QUESTIONS, ReasonId, Route};
use crate::case::{ConditionKind, Step};

/// One thing wrong in a content folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentProblem {
    /// The file's name, e.g. `facts.ron`.
    pub file: String,
    /// The line, from 1.
    pub line: usize,
    /// What is wrong, in one sentence.
    pub message: String,
}

impl fmt::Display for ContentProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// The problems found so far, and the files' texts to find lines in.
struct Checker<'a> {
    files: &'a [(String, String)],
    problems: Vec<ContentProblem>,
}

impl<'a> Checker<'a> {
    fn text(&self, file: &str) -> &'a str {
        self.files
            .iter()
            .find(|(n, _)| n == file)
            .map_or("", |(_, t)| t.as_str())
    }

    fn report(&mut self, file: &str, line: usize, message: String) {
        self.problems.push(ContentProblem {
            file: file.to_owned(),
            line,
            message,
        });
    }

    /// Reports at the line of the `nth` (from 0) quoted `needle` in `file`, or line 1.
    fn report_at(&mut self, file: &str, needle: &str, nth: usize, message: String) {
        let line = line_of(self.text(file), &format!("\"{needle}\""), nth).unwrap_or(1);
        self.report(file, line, message);
    }

    fn parse<T: DeserializeOwned>(&mut self, file: &str) -> Option<T> {
        if !self.files.iter().any(|(n, _)| n == file) {
            self.report(
                file,
                1,
                "This file is missing from the content folder.".to_owned(),
            );
            return None;
        }
        let text = self.text(file);
        match ron::from_str(text) {
            Ok(v) => Some(v),
            Err(e) => {
                let message = format!("{}.", e.code.to_string().trim_end_matches('.'));
                self.report(file, e.span.start.line, message);
                None
            }
        }
    }

    /// Checks that ids in `file` are unique; returns them.
    fn unique_ids<'i>(
        &mut self,
        file: &str,
        ids: impl Iterator<Item = &'i str>,
    ) -> BTreeSet<String> {
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for id in ids {
            let count = seen.entry(id.to_owned()).or_default();
            if *count == 1 {
                self.report_at(
                    file,
                    id,
                    1,
                    format!("The id \"{id}\" is used twice; each id must be unique."),
                );
            }
            *count += 1;
            if id.trim().is_empty() {
                self.report(file, 1, "An entry has an empty id.".to_owned());
            }
        }
        seen.into_keys().collect()
    }

    /// Checks that every id in `refs` is a defined fact.
    fn refs_defined(&mut self, file: &str, refs: &[String], facts: &BTreeSet<String>) {
        for r in refs {
            if !facts.contains(r) {
                self.report_at(
                    file,
                    r,
                    0,
                    format!("The fact \"{r}\" is referred to here but not defined in facts.ron."),
                );
            }
        }
    }

    /// Checks that every variant in `all` has an entry in a map file.
    fn all_present<K: Ord + fmt::Debug, V>(
        &mut self,
        file: &str,
        map: &BTreeMap<K, V>,
        all: &[K],
        what: &str,
    ) {
        for k in all {
            if !map.contains_key(k) {
                self.report(
                    file,
                    1,
                    format!("The {what} {k:?} has no text; add an entry for it."),
                );
            }
        }
    }
}

/// Finds the line (from 1) of the `nth` occurrence (from 0) of `needle`.
fn line_of(text: &str, needle: &str, nth: usize) -> Option<usize> {
    let (at, _) = text.match_indices(needle).nth(nth)?;
    Some(text[..at].matches('\n').count() + 1)
}

/// Every file, parsed; `None` where a file is missing or does not parse.
struct Parsed {
    steps: Option<StepsFile>,
    facts: Option<Vec<Fact>>,
    figures: Option<Vec<Figure>>,
    glossary: Option<Vec<Term>>,
    conditions: Option<ConditionsFile>,
    codes: Option<Vec<CodeText>>,
    questions: Option<Vec<Question>>,
    routes: Option<RoutesFile>,
    reasons: Option<ReasonsFile>,
    actions: Option<ActionsFile>,
    helping: Option<HelpingFile>,
}

/// Parses and checks every file; a `Guidance` only when nothing is wrong.
pub(super) fn load(files: &[(String, String)]) -> Result<Guidance, Vec<ContentProblem>> {
    let mut c = Checker {
        files,
        problems: Vec::new(),
    };
    for (name, _) in files {
        if !FILES.contains(&name.as_str()) {
            let expected = FILES.join(", ");
            c.report(
                name,
                1,
                format!("This file is not a content file; expected one of: {expected}."),
            );
        }
    }
    let p = Parsed {
        steps: c.parse("steps.ron"),
        facts: c.parse("facts.ron"),
        figures: c.parse("figures.ron"),
        glossary: c.parse("glossary.ron"),
        conditions: c.parse("conditions.ron"),
        codes: c.parse("codes.ron"),
        questions: c.parse("questions.ron"),
        routes: c.parse("routes.ron"),
        reasons: c.parse("reasons.ron"),
        actions: c.parse("actions.ron"),
        helping: c.parse("helping.ron"),
    };
    cross_check(&mut c, &p);
    if !c.problems.is_empty() {
        return Err(c.problems);
    }
    assemble(p).ok_or(c.problems)
}

/// Checks what spans entries or files: unique ids, every needed entry, fact references.
fn cross_check(c: &mut Checker<'_>, p: &Parsed) {
    let fact_ids = p
        .facts
        .as_ref()
        .map_or_else(BTreeSet::new, |facts| check_facts(c, facts));
    if let Some(figures) = &p.figures {
        check_figures(c, figures);
    }
    if let Some(steps) = &p.steps {
        c.all_present("steps.ron", &steps.steps, &Step::ALL, "step");
    }
    if let Some(conditions) = &p.conditions {
        c.all_present(
            "conditions.ron",
            conditions,
            &ConditionKind::ALL,
            "condition",
        );
    }
    if let Some(routes) = &p.routes {
        c.all_present("routes.ron", routes, Route::ALL, "route");
    }
    if let Some(reasons) = &p.reasons {
        c.all_present("reasons.ron", reasons, ReasonId::ALL, "reason");
    }
    if let Some(actions) = &p.actions {
        c.all_present("actions.ron", actions, ActionId::ALL, "action");
    }
    if let Some(helping) = &p.helping {
        check_helping(c, helping, p.steps.as_ref(), p.actions.as_ref());
    }
    if let Some(glossary) = &p.glossary {
        c.unique_ids("glossary.ron", glossary.iter().map(|t| t.id.as_str()));
    }
    if let Some(codes) = &p.codes {
        c.unique_ids("codes.ron", codes.iter().map(|t| t.code.as_str()));
    }
    if let Some(questions) = &p.questions {
        c.unique_ids("questions.ron", questions.iter().map(|q| q.id.as_str()));
        for id in REQUIRED_QUESTIONS {
            if !questions.iter().any(|q| q.id == id) {
                c.report(
                    "questions.ron",
                    1,
                    format!(
                        "The question \"{id}\" is used by the call log but not defined; add it."
                    ),
                );
            }
        }
    }
    let learn_more = p
        .steps
        .iter()
        .flat_map(|f| f.steps.values().flat_map(|t| &t.learn_more));
    let fact_refs = learn_more
        .map(|s| ("steps.ron", &s.facts))
        .chain(
            p.glossary
                .iter()
                .flatten()
                .map(|t| ("glossary.ron", &t.facts)),
        )
        .chain(
            p.conditions
                .iter()
                .flat_map(|m| m.values())
                .map(|t| ("conditions.ron", &t.facts)),
        )
        .chain(p.codes.iter().flatten().map(|t| ("codes.ron", &t.facts)))
        .chain(
            p.questions
                .iter()
                .flatten()
                .map(|q| ("questions.ron", &q.facts)),
        )
        .chain(
            p.reasons
                .iter()
                .flat_map(|m| m.values())
                .map(|t| ("reasons.ron", &t.facts)),
        )
        .chain(
            p.actions
                .iter()
                .flat_map(|m| m.values())
                .map(|t| ("actions.ron", &t.facts)),
        );
    for (file, refs) in fact_refs {
        c.refs_defined(file, refs, &fact_ids);
    }
}

/// The file with the texts for someone helping the patient.
const HELPING: &str = "helping.ron";

/// Checks `helping.ron`: a variant for every step and action there is (so a new one cannot be
/// forgotten), no empty text, as many learn-more sections as `steps.ron` and the same
/// `{date}` as the usual action.
fn check_helping(
    c: &mut Checker<'_>,
    helping: &HelpingFile,
    steps: Option<&StepsFile>,
    actions: Option<&ActionsFile>,
) {
    for step in Step::ALL {
        if !helping.steps.contains_key(&step) {
            c.report(
                HELPING,
                1,
                format!("The step {step:?} has no text for someone helping the patient; add an entry for it."),
            );
        }
    }
    for action in ActionId::ALL {
        if !helping.actions.contains_key(action) {
            c.report(
                HELPING,
                1,
                format!("The action {action:?} has no text for someone helping the patient; add an entry for it."),
            );
        }
    }
    for (step, text) in &helping.steps {
        let line = line_of(c.text(HELPING), &format!("{step:?}:"), 0).unwrap_or(1);
        let lines = std::iter::once(&text.intro)
            .chain(std::iter::once(&text.why))
            .chain(&text.todo)
            .chain(text.learn_more.iter().flat_map(|s| [&s.title, &s.body]));
        if lines.into_iter().any(|t| t.trim().is_empty()) {
            c.report(
                HELPING,
                line,
                format!("The step {step:?} has an empty text; write it or leave the entry out."),
            );
        }
        let usual = steps
            .and_then(|f| f.steps.get(step))
            .map_or(0, |t| t.learn_more.len());
        if !text.learn_more.is_empty() && text.learn_more.len() != usual {
            c.report(
                HELPING,
                line,
                format!(
                    "The step {step:?} has {} learn-more sections here but {usual} in steps.ron; give one for each, in the same order.",
                    text.learn_more.len()
                ),
            );
        }
    }
    for (action, text) in &helping.actions {
        let line = line_of(c.text(HELPING), &format!("{action:?}:"), 0).unwrap_or(1);
        if text.trim().is_empty() {
            c.report(HELPING, line, format!("The action {action:?} has no text."));
        }
        if let Some(usual) = actions.and_then(|a| a.get(action))
            && usual.text.matches("{date}").count() != text.matches("{date}").count()
        {
            c.report(
                HELPING,
                line,
                format!("The action {action:?} must hold {{date}} as often as in actions.ron."),
            );
        }
    }
}

/// The usual text of a step with the helping variant's words put in.
fn helping_step(usual: &StepText, helping: Option<&super::model::HelpingStep>) -> StepText {
    let Some(h) = helping else {
        return usual.clone();
    };
    let learn_more = if h.learn_more.len() == usual.learn_more.len() {
        usual
            .learn_more
            .iter()
            .zip(&h.learn_more)
            .map(|(u, h)| Section {
                title: h.title.clone(),
                body: h.body.clone(),
                facts: u.facts.clone(),
            })
            .collect()
    } else {
        usual.learn_more.clone()
    };
    StepText {
        intro: h.intro.clone(),
        why: h.why.clone(),
        todo: if h.todo.is_empty() {
            usual.todo.clone()
        } else {
            h.todo.clone()
        },
        learn_more,
    }
}

/// The guidance, once every file parsed.
fn assemble(p: Parsed) -> Option<Guidance> {
    let steps = p.steps?;
    let helping = p.helping?;
    let helping_steps = steps
        .steps
        .iter()
        .map(|(step, usual)| (*step, helping_step(usual, helping.steps.get(step))))
        .collect();
    Some(Guidance {
        disclaimer: steps.disclaimer,
        steps: steps.steps,
        facts: p.facts?.into_iter().map(|f| (f.id.clone(), f)).collect(),
        figures: p.figures?,
        glossary: p.glossary?,
        conditions: p.conditions?,
        codes: p.codes?,
        questions: p.questions?,
        routes: p.routes?,
        reasons: p.reasons?,
        actions: p.actions?,
        helping_steps,
        helping_actions: helping.actions,
    })
}

/// Checks every fact has text and a real source; returns the fact ids.
fn check_facts(c: &mut Checker<'_>, facts: &[Fact]) -> BTreeSet<String> {
    let ids = c.unique_ids("facts.ron", facts.iter().map(|f| f.id.as_str()));
    for f in facts {
        if f.text.trim().is_empty() {
            c.report_at(
                "facts.ron",
                &f.id,
                0,
                format!("The fact \"{}\" has no text.", f.id),
            );
        }
        if f.sources.is_empty() {
            c.report_at(
                "facts.ron",
                &f.id,
                0,
                format!("The fact \"{}\" has no source; every fact needs one.", f.id),
            );
        }
        for s in &f.sources {
            if s.title.trim().is_empty()
                || !(s.url.starts_with("https://") || s.url.starts_with("http://"))
            {
                c.report_at(
                    "facts.ron",
                    &f.id,
                    0,
                    format!("A source of the fact \"{}\" needs a title and a web address starting with http.", f.id),
                );
            }
        }
    }
    ids
}

/// Checks each figure once a year, with a source, and every figure present.
fn check_figures(c: &mut Checker<'_>, figures: &[Figure]) {
    let mut seen = BTreeSet::new();
    for f in figures {
        if !seen.insert((f.figure, f.year)) {
            // With the key, so a comment naming the figure is not taken for an entry.
            let needle = format!("figure: {:?},", f.figure);
            let nth = figures
                .iter()
                .take_while(|g| !std::ptr::eq(*g, f))
                .filter(|g| g.figure == f.figure)
                .count();
            let line = line_of(c.text("figures.ron"), &needle, nth).unwrap_or(1);
            c.report(
                "figures.ron",
                line,
                format!("{:?} for {} is given twice.", f.figure, f.year),
            );
        }
        if f.source.title.trim().is_empty() || !f.source.url.starts_with("http") {
            c.report(
                "figures.ron",
                1,
                format!(
                    "{:?} for {} needs a source with a title and a web address.",
                    f.figure, f.year
                ),
            );
        }
    }
    for id in FigureId::ALL {
        if !figures.iter().any(|f| f.figure == *id) {
            c.report(
                "figures.ron",
                1,
                format!("The figure {id:?} has no value for any year."),
            );
        }
    }
}

/// The day from which the next year's figures are expected: the IRS publishes its yearly
/// amounts by the autumn, and open enrolment starts in the autumn too.
const NEXT_YEAR_EXPECTED_FROM: (time::Month, u8) = (time::Month::October, 1);

/// Warnings, not errors: every figure of `figures.ron` with no value for `today`'s year, or
/// from October 1 for the next year. Each points at the figure's latest entry, where the new
/// year's line belongs. Nothing when `figures.ron` is missing or does not parse (`load`
/// reports that).
pub(super) fn year_warnings(files: &[(String, String)], today: time::Date) -> Vec<ContentProblem> {
    let Some((_, text)) = files.iter().find(|(n, _)| n == "figures.ron") else {
        return Vec::new();
    };
    let Ok(figures) = ron::from_str::<Vec<Figure>>(text) else {
        return Vec::new();
    };
    let mut years = vec![today.year()];
    if (today.month(), today.day()) >= NEXT_YEAR_EXPECTED_FROM {
        years.push(today.year() + 1);
    }
    let mut warnings = Vec::new();
    for year in years {
        for id in FigureId::ALL {
            let entries = || figures.iter().filter(|f| f.figure == *id);
            if entries().any(|f| f.year == year) {
                continue;
            }
            // The last entry of the latest year, so the new line goes right after it.
            let Some((nth, latest)) = entries()
                .enumerate()
                .filter(|(_, f)| f.year < year)
                .max_by_key(|(n, f)| (f.year, *n))
            else {
                continue;
            };
            let line = line_of(text, &format!("figure: {id:?},"), nth).unwrap_or(1);
            let when = if year == today.year() {
                "this year"
            } else {
                "next year, which people plan for from October"
            };
            warnings.push(ContentProblem {
                file: "figures.ron".to_owned(),
                line,
                message: format!(
                    "{id:?} has no value for {year} ({when}); the app shows the {} value and says so. Add the {year} value once it is published.",
                    latest.year
                ),
            });
        }
    }
    warnings
}
