//! The content: what each step is for and why it matters, loaded from `assets/content/`.
//!
//! No egui here. The built-in English content is embedded in the binary.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::case::Step;

/// The texts one step shows above its questions.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepText {
    /// What the patient does on this step, in one or two sentences.
    pub intro: String,
    /// Why it matters.
    pub why: String,
}

/// All the content the app shows.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guidance {
    /// "This is guidance, not advice", always reachable.
    pub disclaimer: String,
    /// The texts of every step.
    pub steps: BTreeMap<Step, StepText>,
}

/// Why the content could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum GuidanceError {
    /// The file is not valid RON of the expected shape.
    #[error("The content file {file} has a mistake at line {line}: {message}")]
    Parse {
        /// The file's name.
        file: String,
        /// The line of the mistake, from 1.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A step has no text.
    #[error("The content file {file} has no text for the step \"{step}\".")]
    MissingStep {
        /// The file's name.
        file: String,
        /// The step's title.
        step: &'static str,
    },
}

const STEPS_EN: &str = include_str!("../../assets/content/en/steps.ron");

impl Guidance {
    /// The English content built into the app.
    pub fn builtin() -> Result<Self, GuidanceError> {
        Self::parse(STEPS_EN, "en/steps.ron")
    }

    /// Parses the steps file; `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Self, GuidanceError> {
        let guidance: Self = ron::from_str(text).map_err(|e| GuidanceError::Parse {
            file: file.to_owned(),
            line: e.span.start.line,
            message: e.code.to_string(),
        })?;
        if let Some(step) = Step::ALL
            .into_iter()
            .find(|s| !guidance.steps.contains_key(s))
        {
            return Err(GuidanceError::MissingStep {
                file: file.to_owned(),
                step: step.title(),
            });
        }
        Ok(guidance)
    }

    /// The texts of `step`.
    pub fn step(&self, step: Step) -> &StepText {
        self.steps
            .get(&step)
            .expect("`parse` checks that every step has its text")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_content_loads_with_every_step() {
        let g = Guidance::builtin().expect("built-in content");
        for step in Step::ALL {
            assert!(!g.step(step).intro.is_empty(), "{step:?}");
        }
    }

    #[test]
    fn a_missing_step_is_named() {
        let text = STEPS_EN.replace("Plan: (", "Plan2: (");
        let err = Guidance::parse(&text, "x.ron").expect_err("must fail");
        assert!(err.to_string().contains("x.ron"), "{err}");
    }

    #[test]
    fn a_mistake_reports_its_line() {
        let err = Guidance::parse(
            "(\n disclaimer: \"a\",\n steps: {\n Nope: () }\n)",
            "bad.ron",
        )
        .expect_err("must fail");
        match err {
            GuidanceError::Parse { line, .. } => assert_eq!(line, 4),
            other @ GuidanceError::MissingStep { .. } => panic!("{other}"),
        }
    }
}
