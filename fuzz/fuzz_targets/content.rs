//! The content loader on any text: it never panics, and content it accepts has every text that
//! the app looks up without checking (steps, routes, reasons, actions, conditions).
//!
//! The first byte picks which of the content files the rest replaces; with its high bit set that
//! file is checked alone, otherwise beside the other built-in files, so that the checks across
//! files run too. Adapt the one `from_files` call when the loader's entry point changes.

#![no_main]

use libfuzzer_sys::fuzz_target;
use massage_coverage::case::{ConditionKind, Step};
use massage_coverage::guidance::{ActionId, FILES, Guidance, ReasonId, Route};

/// The built-in English content, in the order of `FILES`.
const BUILTIN: [&str; 11] = [
    include_str!("../../assets/content/en/steps.ron"),
    include_str!("../../assets/content/en/facts.ron"),
    include_str!("../../assets/content/en/figures.ron"),
    include_str!("../../assets/content/en/glossary.ron"),
    include_str!("../../assets/content/en/conditions.ron"),
    include_str!("../../assets/content/en/codes.ron"),
    include_str!("../../assets/content/en/questions.ron"),
    include_str!("../../assets/content/en/routes.ron"),
    include_str!("../../assets/content/en/reasons.ron"),
    include_str!("../../assets/content/en/actions.ron"),
    include_str!("../../assets/content/en/helping.ron"),
];

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let which = usize::from(first & 0x7f) % FILES.len();
    let alone = first & 0x80 != 0;
    let files: Vec<(String, String)> = FILES
        .iter()
        .zip(BUILTIN)
        .enumerate()
        .filter(|(i, _)| *i == which || !alone)
        .map(|(i, (name, builtin))| {
            let text = if i == which { text } else { builtin };
            ((*name).to_owned(), text.to_owned())
        })
        .collect();
    if let Ok(guidance) = Guidance::from_files(&files) {
        for step in Step::ALL {
            let _ = guidance.step(step);
            let _ = guidance.step_for(step, true);
        }
        for route in Route::ALL {
            let _ = guidance.route(*route);
        }
        for reason in ReasonId::ALL {
            let _ = guidance.reason(*reason);
        }
        for action in ActionId::ALL {
            let _ = guidance.action(*action);
            let _ = guidance.action_text(*action, true);
        }
        for condition in ConditionKind::ALL {
            let _ = guidance.condition(condition);
        }
    }
});
