//! The builders and the layout, checked on the renderer's own coordinates.

use time::macros::{date, datetime};

use super::layout::{self, Fonts, Item};
use super::*;
use crate::case::{Answer, CallAnswer, ConditionKind, Coverage};
use crate::guidance::Question;

const TODAY: Date = date!(2026 - 11 - 29);

fn guidance() -> Guidance {
    Guidance::builtin().unwrap_or_else(|e| panic!("built-in content has problems:\n{e}"))
}

fn case() -> Case {
    let mut case = Case::default();
    case.about.patient_name = "José Núñez Peña".into();
    case.about.date_of_birth = Some(date!(1955 - 03 - 14));
    case.about.coverage.insert(Coverage::EmployerOrIndividual);
    case.condition.kinds.insert(ConditionKind::Sciatica);
    case.insurer.name = "Acme Health".into();
    case.insurer.member_id = "XJ-445566".into();
    case.insurer.phone = "(800) 555-0123".into();
    case
}

fn call(guidance: &Guidance) -> CallRecord {
    let mut call = CallRecord {
        started: Some(datetime!(2026-11-03 10:15 -8)),
        rep_name: "Dana".into(),
        reference: "REF-778".into(),
        outcome: "Send the prescription by fax.".into(),
        ..CallRecord::default()
    };
    call.answers.insert(
        guidance.questions[0].id.clone(),
        CallAnswer {
            answer: Some(Answer::No),
            note: "Not under this plan.".into(),
        },
    );
    call
}

/// Every text of a document, in order, flattened.
fn texts(doc: &Document) -> String {
    to_text(doc, &PageSetup::letter(TODAY))
}

/// A case and content long enough for several pages: 40 calls, 30 questions, long names.
fn long_case_and_guidance() -> (Case, Guidance) {
    let mut g = guidance();
    let base = g.questions.clone();
    for n in 0..30usize.saturating_sub(base.len()) {
        let q = &base[n % base.len()];
        g.questions.push(Question {
            id: format!("extra-{n}"),
            ..q.clone()
        });
    }
    let mut c = case();
    c.about.patient_name =
        "María de los Ángeles Guadalupe Hernández-Villaseñor y Nuñez de Balboa".into();
    c.insurer.name =
        "Compañía de Seguros Médicos del Pacífico Noroeste, Plan Advantage Preferido Plus".into();
    c.insurer.member_id = "ZX".repeat(40);
    for n in 0..40 {
        let mut record = call(&g);
        record.rep_name = format!("Representative number {n} with a rather long name, Ñ");
        record.outcome =
            "They will call back after checking with the medical review team. ".repeat(3);
        for q in &g.questions {
            record.answers.insert(
                q.id.clone(),
                CallAnswer {
                    answer: Some(Answer::NotSure),
                    note: "Needs a callback.".into(),
                },
            );
        }
        c.insurer.calls.push(record);
    }
    (c, g)
}

#[test]
fn the_blank_checklist_is_prefilled_from_the_case_and_asks_every_question() {
    let g = guidance();
    let text = texts(&checklist(&case(), &g, None, TODAY));
    for needle in [
        "José Núñez Peña",
        "03/14/1955",
        "Acme Health",
        "XJ-445566",
        "(800) 555-0123",
        "Sciatica",
        "97124",
    ] {
        assert!(text.contains(needle), "{needle} missing:\n{text}");
    }
    assert!(
        text.contains("Group number: ___"),
        "unknown values are blanks:\n{text}"
    );
    for q in &g.questions {
        let start: String = q
            .text
            .split_whitespace()
            .take(5)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(&start), "question {} missing", q.id);
    }
    for blank in [
        "Date and time: ___",
        "Representative's name: ___",
        "Reference number: ___",
        "Next steps: ___",
    ] {
        assert!(text.contains(blank), "{blank} missing:\n{text}");
    }
    assert!(!text.contains("[x]"), "a blank form has no ticks:\n{text}");
}

#[test]
fn a_checklist_from_a_logged_call_ticks_its_answers_and_fills_its_lines() {
    let g = guidance();
    let c = call(&g);
    let text = texts(&checklist(&case(), &g, Some(&c), TODAY));
    assert!(text.contains("[ ] Yes   [x] No   [ ] Not sure"), "{text}");
    assert!(text.contains("Answer: Not under this plan."), "{text}");
    assert!(text.contains("Representative's name: Dana"), "{text}");
    assert!(text.contains("Reference number: REF-778"), "{text}");
    assert!(text.contains("11/03/2026 at 10:15 AM"), "{text}");
    assert!(
        text.contains("Next steps: Send the prescription by fax."),
        "{text}"
    );
}

#[test]
fn the_letter_names_the_patient_the_request_and_every_element_a_letter_needs() {
    let mut c = case();
    c.condition.prescriber_name = "Dr. Maria Lopez".into();
    c.condition.sessions = Some(2);
    c.condition.duration = Some(6);
    let text = texts(&letter(&c, &guidance(), TODAY));
    for needle in [
        "Dear Dr. Maria Lopez,",
        "José Núñez Peña",
        "licensed massage therapist",
        "2 sessions a month",
        "6 months",
        "ICD-10-CM",
        "NPI",
        "Signature: ___",
        "Credentials: ___",
        "Date: 11/29/2026",
    ] {
        assert!(text.contains(needle), "{needle} missing:\n{text}");
    }
}

#[test]
fn the_summary_lists_routes_with_verdicts_dates_and_every_call() {
    let g = guidance();
    let mut c = case();
    c.insurer.call_date = Some(date!(2026 - 11 - 20));
    c.insurer.calls = vec![call(&g), call(&g)];
    let text = texts(&summary(&c, &g, TODAY));
    assert!(
        text.contains(&format!(
            "{}: Possible",
            g.route(crate::guidance::Route::PrivatePlan).name
        )),
        "{text}"
    );
    assert!(
        text.contains("11/27/2026"),
        "the insurer follow-up date:\n{text}"
    );
    assert!(
        text.contains("Call 1 of 2") && text.contains("Call 2 of 2"),
        "{text}"
    );
    assert!(text.contains("REF-778"), "{text}");
    assert!(!text.contains("{date}"), "{text}");
}

#[test]
fn documents_do_not_show_patient_data_in_debug_output() {
    let doc = checklist(&case(), &guidance(), None, TODAY);
    let debug = format!("{doc:?}");
    assert!(
        !debug.contains("José") && !debug.contains("XJ-445566"),
        "{debug}"
    );
}

/// Checks every page of a layout: items inside the paper's margins, and its footer.
fn assert_clean_pages(doc: &Document, size: PaperSize) -> usize {
    let fonts = Fonts::new().expect("built-in fonts");
    let setup = PageSetup {
        size,
        printed_on: TODAY,
    };
    let laid = layout::layout(doc, setup, &fonts);
    let pages = laid.pages.len();
    for (n, page) in laid.pages.iter().enumerate() {
        for item in &page.items {
            let (l, t, r, b) = item.bounds(&fonts);
            let inside = l >= layout::MARGIN_X - 0.01
                && r <= laid.width - layout::MARGIN_X + 0.01
                && t >= 18.0
                && b <= laid.height - 18.0;
            assert!(
                inside,
                "{size:?} page {}: {item:?} is outside the margins ({l}, {t}, {r}, {b})",
                n + 1
            );
        }
        let footer = page_footer(doc.lang, n + 1, pages, TODAY);
        assert!(
            page.items
                .iter()
                .any(|i| matches!(i, Item::Text { text, .. } if *text == footer)),
            "{size:?} page {} has no footer",
            n + 1
        );
        // Nothing of the body overlaps the footer.
        let footer_top = page
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Rule { x1, y, .. }
                    if (*x1 - layout::MARGIN_X).abs() < 0.01 && *y > laid.height - 80.0 =>
                {
                    Some(*y)
                }
                _ => None,
            })
            .fold(f32::MAX, f32::min);
        for item in &page.items {
            if let Item::Text { y, text, .. } = item
                && *y < footer_top
            {
                assert!(
                    *y < footer_top - 2.0,
                    "page {}: {text:?} touches the footer",
                    n + 1
                );
            }
        }
    }
    pages
}

#[test]
fn a_very_long_case_paginates_with_everything_inside_the_margins_and_a_footer_on_each_page() {
    let (c, g) = long_case_and_guidance();
    let call = c.insurer.calls[0].clone();
    for size in PaperSize::ALL {
        let checklist_pages = assert_clean_pages(&checklist(&c, &g, Some(&call), TODAY), size);
        let summary_pages = assert_clean_pages(&summary(&c, &g, TODAY), size);
        let letter_pages = assert_clean_pages(&letter(&c, &g, TODAY), size);
        assert!(
            checklist_pages > 1 && summary_pages > 5,
            "{size:?}: {checklist_pages} {summary_pages}"
        );
        assert!(letter_pages >= 1);
    }
}

#[test]
fn a_question_never_starts_on_one_page_and_ends_on_the_next() {
    let (c, g) = long_case_and_guidance();
    let fonts = Fonts::new().expect("built-in fonts");
    let doc = checklist(&c, &g, None, TODAY);
    let laid = layout::layout(&doc, PageSetup::letter(TODAY), &fonts);
    for (n, page) in laid.pages.iter().enumerate() {
        // A page whose last question has its boxes also has that question's answer line:
        // count boxes rows and "Answer" labels per page.
        let texts: Vec<&str> = page
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        let questions = texts
            .iter()
            .filter(|t| {
                t.split_once(". ")
                    .is_some_and(|(n, _)| n.parse::<u32>().is_ok())
            })
            .count();
        let answers = texts.iter().filter(|t| **t == "Answer").count();
        assert_eq!(
            questions,
            answers,
            "page {}: {questions} questions, {answers} answer lines",
            n + 1
        );
    }
}

#[test]
fn a_long_disclaimer_moves_from_the_footer_to_the_end() {
    let doc = Document {
        title: "T".into(),
        blocks: vec![Block::Paragraph("Body.".into())],
        footer_note: "Guidance only. ".repeat(80),
        lang: Lang::En,
    };
    let fonts = Fonts::new().expect("built-in fonts");
    let laid = layout::layout(&doc, PageSetup::letter(TODAY), &fonts);
    assert_clean_pages(&doc, PaperSize::Letter);
    let body_notes = laid.pages[0]
        .items
        .iter()
        .filter(|i| matches!(i, Item::Text { text, .. } if text.starts_with("Guidance only.")))
        .count();
    assert!(body_notes > 3, "the note is printed in full");
}

#[test]
fn the_pdf_starts_and_ends_like_a_pdf_and_is_small() {
    let g = guidance();
    let pdf = to_pdf(
        &checklist(&case(), &g, None, TODAY),
        &PageSetup::letter(TODAY),
    )
    .expect("a PDF");
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(pdf.windows(5).any(|w| w == b"%%EOF"));
    assert!(pdf.len() < 200_000, "{} bytes", pdf.len());
}

#[test]
fn every_kind_builds_and_has_a_job_title_without_patient_data() {
    let g = guidance();
    for kind in DocumentKind::ALL {
        let doc = kind.build(&case(), &g, None, TODAY);
        assert!(!doc.blocks.is_empty());
        for lang in Lang::ALL {
            assert!(!kind.job_title(lang).contains("José"));
        }
        assert_ne!(kind.job_title(Lang::En), kind.job_title(Lang::Es));
        assert_eq!(doc.footer_note, g.disclaimer.trim());
    }
}

#[test]
fn text_with_combining_marks_and_missing_characters_still_makes_a_pdf() {
    let doc = Document {
        title: "Jose\u{301} Nun\u{303}ez".into(),
        blocks: vec![
            Block::Paragraph("Jose\u{301} Nun\u{303}ez, 日本語, \u{1F600}".into()),
            Block::AnswerLine {
                label: "Nombre".into(),
                value: Some("Jose\u{301}".into()),
            },
        ],
        footer_note: String::new(),
        lang: Lang::Es,
    };
    let pdf = to_pdf(&doc, &PageSetup::letter(TODAY)).expect("a PDF");
    assert!(pdf.starts_with(b"%PDF-"));
    assert_clean_pages(&doc, PaperSize::Letter);
}

/// Every piece of a document's own wording (headings, labels, options), not the patient's data.
fn own_words(doc: &Document) -> Vec<String> {
    fn walk(blocks: &[Block], out: &mut Vec<String>) {
        for b in blocks {
            match b {
                Block::Heading(t) | Block::Subheading(t) => out.push(t.clone()),
                Block::AnswerLine { label, .. } => out.push(label.clone()),
                Block::Choices { options, .. } => out.extend(options.iter().cloned()),
                Block::Table(rows) => out.extend(rows.iter().map(|(k, _)| k.clone())),
                Block::Keep(inner) => walk(inner, out),
                _ => {}
            }
        }
    }
    let mut out = vec![doc.title.clone()];
    walk(&doc.blocks, &mut out);
    out
}

#[test]
fn a_spanish_case_prints_every_document_in_spanish() {
    let english_content = guidance();
    let spanish_content = Guidance::builtin_for(Lang::Es).expect("Spanish content");
    let mut english_case = case();
    english_case.insurer.calls.push(CallRecord {
        started: Some(datetime!(2026-11-20 15:07 UTC)),
        rep_name: "Dana".into(),
        hold_seconds: 600,
        ..CallRecord::default()
    });
    let mut spanish_case = english_case.clone();
    spanish_case.language = Lang::Es;
    for kind in DocumentKind::ALL {
        let call = english_case.insurer.calls.first();
        let en = kind.build(&english_case, &english_content, call, TODAY);
        let es = kind.build(&spanish_case, &spanish_content, call, TODAY);
        assert_eq!((en.lang, es.lang), (Lang::En, Lang::Es));
        let (english_words, spanish_words) = (own_words(&en), own_words(&es));
        assert_eq!(
            english_words.len(),
            spanish_words.len(),
            "{kind:?}: same shape"
        );
        // Words that read the same in both languages, and codes (digits only).
        let same: Vec<_> = english_words
            .iter()
            .zip(&spanish_words)
            .filter(|(a, b)| a == b)
            .map(|(a, _)| a.as_str())
            .filter(|w| !["No", "NPI"].contains(w) && w.contains(char::is_alphabetic))
            .collect();
        assert!(same.is_empty(), "{kind:?}: left in English: {same:?}");
    }
    let es = DocumentKind::Checklist.build(&spanish_case, &spanish_content, None, TODAY);
    let text = to_text(&es, &PageSetup::letter(TODAY));
    assert!(text.contains("Preguntas que hacer"), "{text}");
    assert!(text.contains("No se sabe"), "{text}");
    assert!(
        text.trim_end().ends_with("Impreso el 11/29/2026."),
        "{text}"
    );
    assert!(!text.contains("Questions to ask"));
    assert_eq!(
        page_footer(Lang::Es, 1, 2, TODAY),
        "Página 1 de 2 · impreso el 11/29/2026"
    );
    assert_clean_pages(&es, PaperSize::Letter);
}

/// A document's text with every run of spaces and line breaks made one space.
fn flat(doc: &Document) -> String {
    texts(doc).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_summary_gives_the_savings_for_the_plan_year_and_says_when_a_limit_is_not_out_yet() {
    let december = date!(2026 - 12 - 02);
    let mut c = case();
    c.accounts.kinds.insert(crate::case::Account::Fsa);
    c.costs.price_per_visit = Some(9_000);
    c.costs.visits_per_year = Some(50);
    c.costs.federal_bracket = Some(22);
    let text = flat(&summary(&c, &guidance(), december));
    assert!(text.contains("could save in 2027"), "{text}");
    assert!(
        text.contains("The 2027 limits are not out yet") && text.contains("uses the 2026 limits"),
        "{text}"
    );
    assert!(
        text.contains("Only $3,400.00"),
        "the 2026 FSA limit caps it:\n{text}"
    );
    c.language = Lang::Es;
    let es = Guidance::builtin_for(Lang::Es).expect("Spanish content");
    let text = flat(&summary(&c, &es, december));
    assert!(text.contains("en 2027"), "{text}");
    assert!(text.contains("usa los de 2026"), "{text}");
    // An HSA's 2027 limit is out: no note.
    c.accounts.kinds = [crate::case::Account::Hsa].into_iter().collect();
    let text = flat(&summary(&c, &guidance(), december));
    assert!(!text.contains("not out yet"), "{text}");
}

#[test]
fn the_summary_has_no_savings_section_until_the_estimate_can_be_made() {
    let text = flat(&summary(&case(), &guidance(), TODAY));
    assert!(!text.contains("pre-tax money could save"), "{text}");
}

#[test]
fn after_a_car_accident_the_checklist_and_the_plan_carry_the_claim_number_and_the_day_of_injury() {
    let g = guidance();
    let mut case = case();
    let plain = texts(&checklist::checklist(&case, &g, None, TODAY));
    assert!(!plain.contains("Injury claim number"), "{plain}");
    case.about.coverage.insert(Coverage::AutoInsurance);
    case.about.injury.claim_number = "CL-2026-881".into();
    case.about.injury.date_of_injury = Some(date!(2026 - 10 - 30));
    for doc in [
        checklist::checklist(&case, &g, None, TODAY),
        summary::summary(&case, &g, TODAY),
    ] {
        let text = texts(&doc);
        assert!(text.contains("Injury claim number"), "{text}");
        assert!(text.contains("CL-2026-881"), "{text}");
        assert!(text.contains("10/30/2026"), "{text}");
    }
    let blank = texts(&checklist::checklist(&case, &g, None, TODAY));
    assert!(
        blank.contains("Claims adjuster"),
        "a line to write the adjuster on: {blank}"
    );
}
