//! The screen's words live in the Fluent files: every key exists in every language, both files
//! parse, and no English sentence is left in the UI code.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use massage_coverage::guidance::Lang;
use massage_coverage::ui::i18n::{Tr, source};

/// The message ids of a Fluent file: lines that start with an identifier and "=".
fn keys(ftl: &str) -> BTreeSet<String> {
    ftl.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
        .collect()
}

#[test]
fn every_english_key_exists_in_spanish_and_the_other_way_round() {
    let en = keys(source(Lang::En));
    let es = keys(source(Lang::Es));
    assert!(en.len() > 100, "only {} keys found in English", en.len());
    let missing_in_spanish: Vec<_> = en.difference(&es).collect();
    let missing_in_english: Vec<_> = es.difference(&en).collect();
    assert!(
        missing_in_spanish.is_empty(),
        "missing in es/ui.ftl: {missing_in_spanish:?}"
    );
    assert!(
        missing_in_english.is_empty(),
        "missing in en/ui.ftl: {missing_in_english:?}"
    );
}

#[test]
fn both_fluent_files_parse_without_a_problem() {
    for lang in Lang::ALL {
        let problems = Tr::problems(lang);
        assert!(problems.is_empty(), "{}: {problems:?}", lang.code());
    }
}

#[test]
fn every_message_formats_in_both_languages_with_glyphs_egui_can_draw() {
    // egui's default fonts lack these; a debug build panics when it meets one.
    const MISSING: &[char] = &['✔', '▶', '⚠', '→', '●', '✓', '○', '\u{2068}', '\u{2069}'];
    for lang in Lang::ALL {
        let text = source(lang);
        let bad: Vec<char> = text.chars().filter(|c| MISSING.contains(c)).collect();
        assert!(bad.is_empty(), "{}: {bad:?}", lang.code());
        let tr = Tr::new(lang);
        // Arguments are filled in so selectors and placeholders resolve.
        let args = [
            ("n", 2.into()),
            ("total", 7.into()),
            ("who", "other".into()),
            ("title", "T".into()),
        ];
        let heading = tr.t_args("wizard-step-heading", &args);
        assert!(
            !heading.contains('\u{2068}'),
            "isolation marks in {heading:?}"
        );
    }
}

#[test]
fn spanish_says_usted_and_switches_with_the_language() {
    let es = Tr::new(Lang::Es);
    assert_eq!(es.t("wizard-next"), "Siguiente");
    assert_eq!(es.t("lang-switch"), "English");
    assert_eq!(Tr::new(Lang::En).t("lang-switch"), "Español");
    let other = [("who", "other".into())];
    assert_eq!(
        Tr::new(Lang::En).t_args("medicare-heading", &other),
        "Which parts of Medicare do they have?"
    );
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of Rust source, with their line numbers; skips comments, char
/// literals and everything from `#[cfg(test)]` on (unit tests may say what they like).
fn literals(src: &str) -> Vec<(usize, String)> {
    let src = src.split("#[cfg(test)]").next().unwrap_or_default();
    let chars: Vec<char> = src.chars().collect();
    let (mut out, mut i, mut line) = (Vec::new(), 0, 1);
    while i < chars.len() {
        match chars[i] {
            '\n' => line += 1,
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '\'' if chars.get(i + 1) == Some(&'\\') => {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
            }
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 2,
            '"' => {
                let start = line;
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    text.push(chars[i]);
                    i += 1;
                }
                out.push((start, text));
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Whether a literal reads like words for a person rather than a key, an id or a format.
fn looks_like_words(s: &str) -> bool {
    let is_key = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    };
    // What is left once format placeholders ("{}", "{:02}", "{name}") are taken out.
    let mut bare = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    // Keys and ids, also as a prefix of a format ("month-{}", "route-{:?}").
    if is_key(&bare) {
        return false;
    }
    bare.split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().count() >= 2)
}

/// Literals that are words on purpose, each with why it is not in the Fluent files.
const ALLOWED: &[(&str, &str)] = &[
    (
        "Massage Coverage Guide",
        "WINDOW_TITLE: the app's name for the window manager, the same in every language",
    ),
    (
        "ui.ftl",
        "i18n.rs: the name of the UI strings' file, for developers' messages about a missing key",
    ),
    ("{stem}.ron", "a file name, not text to read"),
    ("{file_stem}.pdf", "a file name, not text to read"),
    (
        "the Back/Next bar changed height",
        "wizard.rs: why a frame is laid out again, for egui's debugging tools, never shown",
    ),
    (
        "Jan",
        "month abbreviations: file names and Fluent key parts, never shown",
    ),
    ("Feb", "month abbreviations"),
    ("Mar", "month abbreviations"),
    ("Apr", "month abbreviations"),
    ("May", "month abbreviations"),
    ("Jun", "month abbreviations"),
    ("Jul", "month abbreviations"),
    ("Aug", "month abbreviations"),
    ("Sep", "month abbreviations"),
    ("Oct", "month abbreviations"),
    ("Nov", "month abbreviations"),
    ("Dec", "month abbreviations"),
    (
        "assets/i18n/{}/ui.ftl: {problems:?}",
        "a debug assertion for developers",
    ),
    (
        "missing UI string {key:?} in {}",
        "a debug assertion for developers",
    ),
    (
        "UI string {key:?} in {}: {errors:?}",
        "a debug assertion for developers",
    ),
    ("Tr", "Debug output of the Tr type"),
    (
        "../../assets/i18n/en/ui.ftl",
        "the path of the English strings, for include_str!",
    ),
    (
        "../../assets/i18n/es/ui.ftl",
        "the path of the Spanish strings, for include_str!",
    ),
    (
        "one call per field reads best with every part named",
        "a lint reason for developers",
    ),
    ("lang", "Debug output of the Tr type"),
];

#[test]
fn no_english_words_are_hard_coded_in_the_ui_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut found = Vec::new();
    for file in files {
        let src = std::fs::read_to_string(&file).expect("readable source");
        for (line, text) in literals(&src) {
            let allowed = ALLOWED.iter().any(|(a, _)| *a == text);
            if looks_like_words(&text) && !allowed {
                let name = file
                    .strip_prefix(&root)
                    .unwrap_or(&file)
                    .display()
                    .to_string();
                found.push(format!("src/ui/{name}:{line}: {text:?}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "UI text outside assets/i18n/*/ui.ftl (move it there, or allow it with a reason):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scanner_finds_a_hard_coded_label_and_passes_keys_ids_and_formats() {
    let src = "ui.label(\"Your steps\"); tr.t(\"wizard-next\"); Panel::top(\"wizard_top\");\n\
               format!(\"{}. {}\", a, b); let c = '\"'; // \"a comment\"";
    let words: Vec<String> = literals(src)
        .into_iter()
        .map(|(_, t)| t)
        .filter(|t| looks_like_words(t))
        .collect();
    assert_eq!(words, ["Your steps"]);
}

#[test]
fn spanish_answer_labels_fit_whoever_is_answering() {
    // Answers are picked by the patient or by someone helping them, so they must not speak as
    // a man about himself ("No estoy seguro", "Todavía no estoy inscrito").
    let es = Tr::new(Lang::Es);
    for key in [
        "answer-not-sure",
        "coverage-none",
        "medicare-part-not-enrolled",
        "prescriber-physician",
        "prescriber-chiropractor",
        "prescriber-physical-therapist",
        "alternative-employer-program",
        "savings-through-payroll",
        "savings-hsa-family",
    ] {
        let text = es.t(key);
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphabetic())
            .map(str::to_lowercase)
            .collect();
        for first_person in ["estoy", "tengo", "yo", "mi", "mis", "inscrito", "seguro"] {
            let medical_insurance = first_person == "seguro" && text.contains("seguro médico");
            assert!(
                medical_insurance || !words.iter().any(|w| w == first_person),
                "{key}: {text:?}"
            );
        }
    }
}
