//! The PDFs, checked from outside with poppler and qpdf: their text, their fonts, their
//! structure, and that a very long case paginates with nothing outside the page.
//!
//! These need `pdftotext`, `pdffonts`, `pdfinfo` (poppler-utils) and `qpdf`, which
//! `scripts/test.sh` installs and then runs them with
//! `cargo test --locked --test documents_pdf -- --ignored`. Without the tools they fail and
//! say so; they never pass silently.

use std::path::Path;
use std::process::Command;

use massage_coverage::case::{Answer, CallAnswer, CallRecord, Case};
use massage_coverage::documents::{self, Document, PageSetup, PaperSize};
use massage_coverage::guidance::{Guidance, Question};
use massage_coverage::store;
use time::Date;
use time::macros::{date, datetime};

const TODAY: Date = date!(2026 - 11 - 29);
const NEEDS: &str = "needs poppler-utils and qpdf; run scripts/test.sh, which installs them";

fn fixture(name: &str) -> Case {
    store::import_case(&Path::new("tests/fixtures").join(name))
        .unwrap_or_else(|e| panic!("{name} loads: {e}"))
}

fn guidance() -> Guidance {
    Guidance::builtin().unwrap_or_else(|e| panic!("built-in content has problems:\n{e}"))
}

/// Runs a PDF tool on `pdf` (written to a temp file) and returns its standard output.
fn tool(name: &str, args: &[&str], pdf: &[u8]) -> (bool, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).expect("write the PDF");
    let out = Command::new(name)
        .args(args)
        .arg(&path)
        .args(if name == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| panic!("{name} could not be run ({e}): this test {NEEDS}"));
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn pdf(doc: &Document, size: PaperSize) -> Vec<u8> {
    documents::to_pdf(
        doc,
        &PageSetup {
            size,
            printed_on: TODAY,
        },
    )
    .expect("a PDF")
}

/// The PDF's text with every run of white space made one space.
fn words(pdf: &[u8]) -> String {
    let (ok, text) = tool("pdftotext", &["-layout", "-enc", "UTF-8"], pdf);
    assert!(ok, "pdftotext failed");
    squash(&text)
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn page_count(pdf: &[u8]) -> usize {
    let (ok, info) = tool("pdfinfo", &[], pdf);
    assert!(ok, "pdfinfo failed");
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo gives the page count")
}

#[test]
#[ignore = "needs poppler-utils and qpdf; scripts/test.sh installs them and runs it"]
fn the_checklist_pdf_holds_the_member_id_every_question_the_blanks_and_the_footer() {
    let g = guidance();
    let bytes = pdf(
        &documents::checklist(&fixture("case-v1.ron"), &g, None, TODAY),
        PaperSize::Letter,
    );
    let text = words(&bytes);
    for needle in [
        "XJ-445566",
        "José Núñez Peña",
        "Acme Health Advantage",
        "(800) 555-0123",
        "97124",
        "97140",
    ] {
        assert!(text.contains(needle), "{needle} missing:\n{text}");
    }
    for q in &g.questions {
        assert!(
            text.contains(&squash(&q.text)),
            "question {:?} missing:\n{text}",
            q.id
        );
    }
    for blank in [
        "Group number",
        "Date and time",
        "Representative's name",
        "Reference number",
        "Next steps",
        "Call again by",
    ] {
        assert!(text.contains(blank), "{blank} missing");
    }
    assert!(text.contains("Yes No Not sure"), "the boxes' labels");
    let pages = page_count(&bytes);
    for n in 1..=pages {
        assert!(
            text.contains(&format!("Page {n} of {pages} · printed on 11/29/2026")),
            "footer of page {n}"
        );
    }
    assert!(text.contains(&squash(&g.disclaimer)), "the disclaimer");
}

#[test]
#[ignore = "needs poppler-utils and qpdf; scripts/test.sh installs them and runs it"]
fn a_checklist_filled_from_a_call_shows_its_answers_in_the_pdf() {
    let case = fixture("case-calls.ron");
    let doc = documents::checklist(&case, &guidance(), Some(&case.insurer.calls[1]), TODAY);
    let text = words(&pdf(&doc, PaperSize::Letter));
    for needle in [
        "Ramón Ibáñez",
        "REF-2026-1112-041",
        "The rider covers 12 massage visits a year",
        "11/12/2026 at 2:02 PM",
    ] {
        assert!(text.contains(needle), "{needle} missing:\n{text}");
    }
}

#[test]
#[ignore = "needs poppler-utils and qpdf; scripts/test.sh installs them and runs it"]
fn every_document_embeds_all_its_fonts_and_passes_qpdf_check() {
    let g = guidance();
    let case = fixture("case-calls.ron");
    let docs = [
        ("checklist", documents::checklist(&case, &g, None, TODAY)),
        ("letter", documents::letter(&case, &g, TODAY)),
        ("summary", documents::summary(&case, &g, TODAY)),
    ];
    for (name, doc) in docs {
        for size in PaperSize::ALL {
            let bytes = pdf(&doc, size);
            let (ok, fonts) = tool("pdffonts", &[], &bytes);
            assert!(ok, "{name}: pdffonts failed");
            let rows: Vec<&str> = fonts
                .lines()
                .skip(2)
                .filter(|l| !l.trim().is_empty())
                .collect();
            assert!(!rows.is_empty(), "{name}: no fonts listed:\n{fonts}");
            for row in rows {
                let cols: Vec<&str> = row.split_whitespace().collect();
                // name, type…, encoding, emb, sub, uni, object, id: `emb` is the 5th from the end.
                let emb = cols.len().checked_sub(5).map(|i| cols[i]);
                assert_eq!(
                    emb,
                    Some("yes"),
                    "{name} {size:?}: a font is not embedded:\n{fonts}"
                );
                assert!(
                    row.contains("DejaVuSans"),
                    "{name}: an unexpected font:\n{fonts}"
                );
            }
            let (ok, said) = tool("qpdf", &["--check"], &bytes);
            assert!(ok, "{name} {size:?}: qpdf --check failed:\n{said}");
            assert!(
                said.contains("No syntax or stream encoding errors"),
                "{name}: {said}"
            );
        }
    }
}

#[test]
#[ignore = "needs poppler-utils and qpdf; scripts/test.sh installs them and runs it"]
fn a4_is_an_option_and_letter_the_default() {
    let doc = documents::letter(&fixture("case-v1.ron"), &guidance(), TODAY);
    let (_, letter) = tool("pdfinfo", &[], &pdf(&doc, PaperSize::default()));
    let (_, a4) = tool("pdfinfo", &[], &pdf(&doc, PaperSize::A4));
    assert!(letter.contains("612 x 792 pts (letter)"), "{letter}");
    assert!(a4.contains("595.28 x 841.89 pts (A4)"), "{a4}");
}

/// A case long enough for many pages: 40 logged calls, 30 questions, long Spanish names.
fn long_case() -> (Case, Guidance) {
    let mut g = guidance();
    let base = g.questions.clone();
    for n in 0..30usize.saturating_sub(base.len()) {
        let q = &base[n % base.len()];
        g.questions.push(Question {
            id: format!("extra-{n}"),
            text: format!("{} (again, {n})", q.text),
            ..q.clone()
        });
    }
    let mut case = fixture("case-v1.ron");
    case.about.patient_name =
        "María de los Ángeles Guadalupe Hernández-Villaseñor y Núñez de Balboa".into();
    case.insurer.name =
        "Compañía de Seguros Médicos del Pacífico Noroeste, Plan Advantage Preferido Plus".into();
    case.insurer.member_id = "ÑANDÚ-".repeat(15);
    for n in 0..40 {
        let mut call = CallRecord {
            started: Some(datetime!(2026-10-01 09:00 -7)),
            rep_name: format!("Representante número {n}, José Ignacio Fernández-Castañeda"),
            reference: format!("REF-{n:04}-{}", "X".repeat(60)),
            outcome: "They will call back after checking with the medical review team; ask for the supervisor. "
                .repeat(3),
            follow_up: Some(date!(2026 - 12 - 01)),
            ..CallRecord::default()
        };
        for q in &g.questions {
            call.answers.insert(
                q.id.clone(),
                CallAnswer {
                    answer: Some(Answer::NotSure),
                    note: "Necesita una llamada de vuelta; ¿quién sabe?".into(),
                },
            );
        }
        case.insurer.calls.push(call);
    }
    (case, g)
}

/// One word from `pdftotext -bbox`: its page's size and its box.
struct Word {
    page: usize,
    page_w: f32,
    page_h: f32,
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
    text: String,
}

fn attr(tag: &str, name: &str) -> f32 {
    let start = tag
        .find(&format!("{name}=\""))
        .map(|i| i + name.len() + 2)
        .expect("attribute");
    let end = tag[start..].find('"').expect("closing quote") + start;
    tag[start..end].parse().expect("a number")
}

fn bbox_words(pdf: &[u8]) -> Vec<Word> {
    let (ok, html) = tool("pdftotext", &["-bbox", "-enc", "UTF-8"], pdf);
    assert!(ok, "pdftotext -bbox failed");
    let mut out = Vec::new();
    let (mut page, mut page_w, mut page_h) = (0, 0.0, 0.0);
    for line in html.lines().map(str::trim) {
        if line.starts_with("<page ") {
            page += 1;
            page_w = attr(line, "width");
            page_h = attr(line, "height");
        } else if line.starts_with("<word ") {
            let text = line
                .split_once('>')
                .and_then(|(_, r)| r.strip_suffix("</word>"))
                .unwrap_or("")
                .to_owned();
            out.push(Word {
                page,
                page_w,
                page_h,
                x0: attr(line, "xMin"),
                y0: attr(line, "yMin"),
                x1: attr(line, "xMax"),
                y1: attr(line, "yMax"),
                text,
            });
        }
    }
    out
}

#[test]
#[ignore = "needs poppler-utils and qpdf; scripts/test.sh installs them and runs it"]
fn a_very_long_case_paginates_with_no_text_outside_the_page_and_a_footer_on_every_page() {
    let (case, g) = long_case();
    let margin = 54.0;
    let docs = [
        (
            "checklist",
            documents::checklist(&case, &g, Some(&case.insurer.calls[39]), TODAY),
        ),
        ("summary", documents::summary(&case, &g, TODAY)),
        ("letter", documents::letter(&case, &g, TODAY)),
    ];
    for (name, doc) in &docs {
        for size in PaperSize::ALL {
            let bytes = pdf(doc, size);
            let pages = page_count(&bytes);
            let list = bbox_words(&bytes);
            for w in &list {
                let inside = w.x0 >= margin - 1.0
                    && w.x1 <= w.page_w - margin + 1.5
                    && w.y0 >= 0.0
                    && w.y1 <= w.page_h;
                assert!(
                    inside,
                    "{name} {size:?} page {}: {:?} at ({}, {})–({}, {}) is outside the page's margins",
                    w.page, w.text, w.x0, w.y0, w.x1, w.y1
                );
            }
            for n in 1..=pages {
                let page: Vec<&str> = list
                    .iter()
                    .filter(|w| w.page == n)
                    .map(|w| w.text.as_str())
                    .collect();
                let footer = format!("Page {n} of {pages} · printed on 11/29/2026");
                assert!(
                    squash(&page.join(" ")).contains(&footer),
                    "{name} {size:?}: page {n} has no footer"
                );
            }
            if *name != "letter" {
                assert!(pages > 1, "{name} {size:?} fits on one page?");
            }
            let text = words(&bytes);
            assert!(
                text.contains("Hernández-Villaseñor"),
                "{name}: accents survive"
            );
            assert!(
                !text.contains('\u{FFFD}'),
                "{name}: no replacement characters"
            );
            eprintln!("{name} {size:?}: {pages} pages, {} bytes", bytes.len());
        }
    }
    let summary = words(&pdf(&docs[1].1, PaperSize::Letter));
    for n in 1..=40 {
        assert!(
            summary.contains(&format!("Call {n} of 40")),
            "call {n} of 40 is missing from the summary"
        );
    }
    let checklist = words(&pdf(&docs[0].1, PaperSize::Letter));
    assert!(
        checklist.contains("(again, 17)"),
        "the 30th question is printed"
    );
}
