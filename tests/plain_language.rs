//! Plain language: every English content paragraph reads at about US grade 8 or below
//! (Flesch–Kincaid grade level), except the few listed below with the reason they may not.

use massage_coverage::guidance::Guidance;

/// Syllables in an English word, by the usual vowel-group estimate.
fn syllables(word: &str) -> usize {
    let w: String = word
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_lowercase();
    if w.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0;
    let mut previous = false;
    for c in w.chars() {
        let v = vowel(c);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    if w.ends_with('e') && !w.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// Flesch–Kincaid grade level of a paragraph.
fn grade(text: &str) -> f64 {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let sentences = text
        .split(['.', '?', '!', ':', ';'])
        .filter(|s| {
            s.split_whitespace()
                .any(|w| w.chars().any(char::is_alphabetic))
        })
        .count()
        .max(1);
    let syl: usize = words.iter().map(|w| syllables(w)).sum();
    let count =
        |n: usize| f64::from(u32::try_from(n).expect("a paragraph has fewer than 4 billion words"));
    let (w, s, y) = (count(words.len().max(1)), count(sentences), count(syl));
    0.39 * (w / s) + 11.8 * (y / w) - 15.59
}

#[test]
fn the_formula_gives_known_grades() {
    assert_eq!(syllables("cat"), 1);
    assert_eq!(syllables("table"), 2);
    assert_eq!(syllables("insurance"), 3);
    assert!(grade("The cat sat on the mat. The dog ran.") < 2.0);
    assert!(
        grade("Comprehensive reimbursement determinations necessitate substantial documentation.")
            > 15.0
    );
}

/// Every paragraph a patient reads, named by where it is.
fn paragraphs(g: &Guidance) -> Vec<(String, String)> {
    let mut out = Vec::new();
    out.push(("disclaimer".to_owned(), g.disclaimer.clone()));
    for (step, t) in &g.steps {
        out.push((format!("{step:?} intro"), t.intro.clone()));
        out.push((format!("{step:?} why"), t.why.clone()));
        for (n, s) in t.learn_more.iter().enumerate() {
            out.push((format!("{step:?} learn more {n}"), s.body.clone()));
        }
    }
    for (id, r) in &g.reasons {
        out.push((format!("reason {id:?}"), r.text.clone()));
    }
    for (id, a) in &g.actions {
        out.push((format!("action {id:?}"), a.text.clone()));
    }
    // helping.ron: the same texts for someone helping the patient.
    for (step, t) in &g.helping_steps {
        out.push((format!("{step:?} helping intro"), t.intro.clone()));
        out.push((format!("{step:?} helping why"), t.why.clone()));
        for (n, s) in t.learn_more.iter().enumerate() {
            out.push((format!("{step:?} helping learn more {n}"), s.body.clone()));
        }
        for (n, line) in t.todo.iter().enumerate() {
            out.push((format!("{step:?} helping todo {n}"), line.clone()));
        }
    }
    for (id, text) in &g.helping_actions {
        out.push((format!("helping action {id:?}"), text.clone()));
    }
    for q in &g.questions {
        out.push((format!("question {}", q.id), q.text.clone()));
        out.push((format!("question {} why", q.id), q.why.clone()));
    }
    for (step, t) in &g.steps {
        for (n, line) in t.todo.iter().enumerate() {
            out.push((format!("{step:?} todo {n}"), line.clone()));
        }
    }
    for t in &g.glossary {
        out.push((format!("glossary {}", t.id), t.definition.clone()));
    }
    for (id, r) in &g.routes {
        out.push((format!("route {id:?}"), r.summary.clone()));
    }
    for (id, c) in &g.conditions {
        out.push((format!("condition {id:?}"), c.description.clone()));
    }
    for c in &g.codes {
        out.push((format!("code {}", c.code), c.plain.clone()));
    }
    out
}

/// The highest grade a paragraph may have: "about grade 8".
const MAX_GRADE: f64 = 9.0;

/// Paragraphs allowed above it, and why: each keeps a name the patient must hear as the plan
/// says it, and is already split into short sentences.
const EXCEPTIONS: &[(&str, &str)] = &[];

#[test]
fn every_english_paragraph_reads_at_about_grade_8_or_below() {
    let g = Guidance::builtin().expect("content");
    let mut graded: Vec<(f64, String)> = paragraphs(&g)
        .into_iter()
        .map(|(k, t)| (grade(&t), k))
        .collect();
    graded.sort_by(|a, b| b.0.total_cmp(&a.0));
    let n = f64::from(u32::try_from(graded.len()).expect("fewer than 4 billion paragraphs"));
    let mean = graded.iter().map(|a| a.0).sum::<f64>() / n;
    println!(
        "Flesch-Kincaid: mean grade {mean:.1} over {} paragraphs; hardest:",
        graded.len()
    );
    for (gr, k) in graded.iter().take(8) {
        println!("  {gr:5.1} {k}");
    }
    let too_hard: Vec<String> = graded
        .iter()
        .filter(|(gr, k)| *gr > MAX_GRADE && !EXCEPTIONS.iter().any(|(e, _)| e == k))
        .map(|(gr, k)| format!("{k} ({gr:.1})"))
        .collect();
    assert!(too_hard.is_empty(), "above grade {MAX_GRADE}: {too_hard:?}");
    assert!(mean <= 8.0, "mean grade {mean:.1}");
    for (k, why) in EXCEPTIONS {
        assert!(
            graded.iter().any(|(_, key)| key == k),
            "exception {k} names no paragraph"
        );
        assert!(!why.is_empty());
    }
}
