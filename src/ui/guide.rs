//! Showing the guidance: a step's explanations, where facts come from, and the glossary.

use egui::{RichText, Ui};

use crate::case::input::format_money;
use crate::case::{Case, Step};
use crate::guidance::{Fact, FigureId, FigureValue, Guidance, Strength};

use super::i18n::Tr;
use super::theme;

/// Which glossary entry is open, if any; `Some("")` shows the whole glossary.
pub type GlossaryOpen = Option<String>;

/// "Where does this come from?": the facts behind a text, with their sources and review dates.
pub fn sources_ui(ui: &mut Ui, tr: &Tr, guidance: &Guidance, facts: &[String], salt: &str) {
    let facts: Vec<&Fact> = guidance.facts(facts).collect();
    if facts.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(RichText::new(tr.t("sources-heading")).small())
        .id_salt(("sources", salt))
        .show(ui, |ui| {
            for fact in facts {
                ui.label(&fact.text);
                for s in &fact.sources {
                    ui.label(
                        RichText::new(format!("{} – {}", s.title, s.url))
                            .small()
                            .color(theme::MUTED),
                    );
                }
                let strength = match fact.strength {
                    Strength::Official => "official",
                    Strength::Secondary => "secondary",
                    Strength::Unverified => "unverified",
                };
                let date = format!(
                    "{}/{}/{}",
                    u8::from(fact.reviewed.month()),
                    fact.reviewed.day(),
                    fact.reviewed.year()
                );
                ui.label(
                    RichText::new(tr.t_args(
                        "sources-checked",
                        &[("date", date.into()), ("strength", strength.into())],
                    ))
                    .small()
                    .color(theme::MUTED),
                );
                ui.add_space(6.0);
            }
        });
}

/// "Words used here": a link to the glossary entry of every term in `texts`.
pub fn words_used_ui<'a>(
    ui: &mut Ui,
    tr: &Tr,
    guidance: &Guidance,
    texts: impl IntoIterator<Item = &'a str>,
    open: &mut GlossaryOpen,
) {
    let joined: String = texts.into_iter().collect::<Vec<_>>().join("\n");
    let terms = guidance.terms_in(&joined);
    if terms.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        // Each word stays whole; the row wraps between words, never inside one.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        ui.label(RichText::new(tr.t("words-used-here")).color(theme::MUTED));
        for t in terms {
            if ui
                .link(&t.term)
                .on_hover_text(&t.definition)
                .accessible_name(tr.t_args("explain-term", &[("term", t.term.as_str().into())]))
                .clicked()
            {
                *open = Some(t.id.clone());
            }
        }
    });
}

/// A step's intro, why it matters and what to do: shown above its questions, in the words for
/// someone helping the patient when `helping`.
pub fn step_intro_ui(ui: &mut Ui, tr: &Tr, guidance: &Guidance, step: Step, case: &Case) {
    let text = guidance.step_for(step, case.helping());
    if step == Step::CallInsurer && crate::flow::asks_injury_claim(case) {
        // A work injury or a car accident: the claim usually pays first, and its adjuster is
        // called with the claim number, not member services with plan questions.
        ui.label(
            RichText::new(tr.t_args(
                "insurer-injury-first",
                &[("who", super::labels::who(case).into())],
            ))
            .strong(),
        );
    }
    if step == Step::CallInsurer && crate::flow::calls_medicare(case) {
        // A Medicare card has no member services number on its back.
        ui.label(tr.t_args(
            "insurer-medicare-intro",
            &[("who", super::labels::who(case).into())],
        ));
    } else {
        ui.label(&text.intro);
    }
    egui::CollapsingHeader::new(tr.t("why-this-matters"))
        .id_salt(("why", step))
        .show(ui, |ui| {
            ui.label(&text.why);
        });
    if !text.todo.is_empty() {
        egui::CollapsingHeader::new(tr.t("what-to-do"))
            .id_salt(("todo", step))
            .default_open(true)
            .show(ui, |ui| {
                for (n, line) in text.todo.iter().enumerate() {
                    ui.label(format!("{}. {line}", n + 1));
                }
            });
    }
}

/// A step's learn-more sections and the glossary words its texts use: shown below its
/// questions, in the words for someone helping the patient when `helping`.
pub fn step_learn_more_ui(
    ui: &mut Ui,
    tr: &Tr,
    guidance: &Guidance,
    step: Step,
    helping: bool,
    extra: &[&str],
    open: &mut GlossaryOpen,
) {
    let text = guidance.step_for(step, helping);
    if !text.learn_more.is_empty() {
        ui.add_space(12.0);
        ui.label(RichText::new(tr.t("learn-more")).strong().size(20.0));
    }
    for (n, section) in text.learn_more.iter().enumerate() {
        egui::CollapsingHeader::new(&section.title)
            .id_salt(("learn", step, n))
            .show(ui, |ui| {
                ui.label(&section.body);
                sources_ui(ui, tr, guidance, &section.facts, &format!("{step:?}-{n}"));
            });
    }
    let texts = std::iter::once(text.intro.as_str())
        .chain(std::iter::once(text.why.as_str()))
        .chain(text.todo.iter().map(String::as_str))
        .chain(text.learn_more.iter().map(|s| s.body.as_str()))
        .chain(extra.iter().copied());
    words_used_ui(ui, tr, guidance, texts, open);
}

/// The glossary window: one entry, or the whole list when `open` is `Some("")`.
pub fn glossary_window(ctx: &egui::Context, tr: &Tr, guidance: &Guidance, open: &mut GlossaryOpen) {
    let Some(id) = open.clone() else { return };
    let mut still_open = true;
    let mut go_to = None;
    // The window keeps one id across languages, so switching does not open a second one.
    egui::Window::new(tr.t("glossary"))
        .id(egui::Id::unique("glossary_window"))
        .open(&mut still_open)
        .collapsible(false)
        .default_width(480.0)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .max_height(420.0)
                .show(ui, |ui| match guidance.term(&id) {
                    Some(term) => {
                        ui.label(RichText::new(&term.term).strong().size(20.0));
                        ui.label(&term.definition);
                        sources_ui(ui, tr, guidance, &term.facts, &term.id);
                        if ui.button(tr.t("glossary-all-words")).clicked() {
                            go_to = Some(String::new());
                        }
                    }
                    None => {
                        for term in &guidance.glossary {
                            if ui
                                .link(&term.term)
                                .accessible_name(
                                    tr.t_args(
                                        "explain-term",
                                        &[("term", term.term.as_str().into())],
                                    ),
                                )
                                .clicked()
                            {
                                go_to = Some(term.id.clone());
                            }
                        }
                    }
                });
        });
    if !still_open {
        *open = None;
    } else if let Some(to) = go_to {
        *open = Some(to);
    }
}

/// This year's figures, each with its year; says plainly when only an older year is known.
pub fn figures_ui(
    ui: &mut Ui,
    tr: &Tr,
    guidance: &Guidance,
    year: i32,
    figures: &[(FigureId, &str)],
) {
    let heading = tr.t_args("figures-for", &[("year", year.to_string().into())]);
    egui::CollapsingHeader::new(heading)
        .id_salt(("figures", figures.first().map(|f| f.0)))
        .show(ui, |ui| {
            let mut older = None;
            egui::Grid::new(("figures-grid", figures.first().map(|f| f.0)))
                .num_columns(2)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    for (id, label) in figures {
                        let Some(found) = guidance.figure(*id, year) else {
                            continue;
                        };
                        let value = match found.figure.value {
                            FigureValue::Cents(c) => format_money(c),
                            FigureValue::BasisPoints(bp) => {
                                let n = format!("{}.{}", bp / 100, (bp % 100) / 10);
                                tr.t_args("percent", &[("n", n.into())])
                            }
                        };
                        ui.label(*label);
                        let figure_year = found.figure.year.to_string();
                        ui.label(tr.t_args(
                            "figure-value",
                            &[("value", value.into()), ("year", figure_year.into())],
                        ));
                        ui.end_row();
                        if !found.current {
                            older = Some(found.figure.year);
                        }
                    }
                });
            if let Some(y) = older {
                let args = [
                    ("older", y.to_string().into()),
                    ("year", year.to_string().into()),
                ];
                ui.label(RichText::new(tr.t_args("figures-older", &args)).color(theme::MUTED));
            }
            sources_of_figures_ui(ui, tr, guidance, year, figures);
        });
}

fn sources_of_figures_ui(
    ui: &mut Ui,
    tr: &Tr,
    guidance: &Guidance,
    year: i32,
    figures: &[(FigureId, &str)],
) {
    egui::CollapsingHeader::new(RichText::new(tr.t("figures-sources")).small())
        .id_salt(("figure-sources", figures.first().map(|f| f.0)))
        .show(ui, |ui| {
            for (id, _) in figures {
                if let Some(found) = guidance.figure(*id, year) {
                    let s = &found.figure.source;
                    ui.label(
                        RichText::new(format!("{} – {}", s.title, s.url))
                            .small()
                            .color(theme::MUTED),
                    );
                }
            }
        });
}
