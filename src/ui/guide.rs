//! Showing the guidance: a step's explanations, where facts come from, and the glossary.

use egui::{RichText, Ui};

use crate::case::Step;
use crate::case::input::format_money;
use crate::guidance::{Fact, FigureId, FigureValue, Guidance, Strength};

use super::theme;

/// Which glossary entry is open, if any; `Some("")` shows the whole glossary.
pub type GlossaryOpen = Option<String>;

/// "Where does this come from?": the facts behind a text, with their sources and review dates.
pub fn sources_ui(ui: &mut Ui, guidance: &Guidance, facts: &[String], salt: &str) {
    let facts: Vec<&Fact> = guidance.facts(facts).collect();
    if facts.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(RichText::new("Where does this come from?").small())
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
                    Strength::Official => "from the official source",
                    Strength::Secondary => "from a secondary source; check with your plan",
                    Strength::Unverified => "common practice, not confirmed by an official source",
                };
                ui.label(
                    RichText::new(format!(
                        "Checked {}/{}/{}, {strength}.",
                        u8::from(fact.reviewed.month()),
                        fact.reviewed.day(),
                        fact.reviewed.year()
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
        ui.label(RichText::new("Words used here").color(theme::MUTED));
        for t in terms {
            if ui
                .link(&t.term)
                .on_hover_text(&t.definition)
                .accessible_name(format!("Explain {}", t.term))
                .clicked()
            {
                *open = Some(t.id.clone());
            }
        }
    });
}

/// A step's intro, why it matters and what to do: shown above its questions.
pub fn step_intro_ui(ui: &mut Ui, guidance: &Guidance, step: Step) {
    let text = guidance.step(step);
    ui.label(&text.intro);
    egui::CollapsingHeader::new("Why this matters")
        .id_salt(("why", step))
        .show(ui, |ui| {
            ui.label(&text.why);
        });
    if !text.todo.is_empty() {
        egui::CollapsingHeader::new("What to do")
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
/// questions.
pub fn step_learn_more_ui(ui: &mut Ui, guidance: &Guidance, step: Step, open: &mut GlossaryOpen) {
    let text = guidance.step(step);
    if !text.learn_more.is_empty() {
        ui.add_space(12.0);
        ui.label(RichText::new("Learn more").strong().size(20.0));
    }
    for (n, section) in text.learn_more.iter().enumerate() {
        egui::CollapsingHeader::new(&section.title)
            .id_salt(("learn", step, n))
            .show(ui, |ui| {
                ui.label(&section.body);
                sources_ui(ui, guidance, &section.facts, &format!("{step:?}-{n}"));
            });
    }
    let texts = std::iter::once(text.intro.as_str())
        .chain(std::iter::once(text.why.as_str()))
        .chain(text.todo.iter().map(String::as_str))
        .chain(text.learn_more.iter().map(|s| s.body.as_str()));
    words_used_ui(ui, guidance, texts, open);
}

/// The glossary window: one entry, or the whole list when `open` is `Some("")`.
pub fn glossary_window(ctx: &egui::Context, guidance: &Guidance, open: &mut GlossaryOpen) {
    let Some(id) = open.clone() else { return };
    let mut still_open = true;
    let mut go_to = None;
    egui::Window::new("Glossary")
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
                        sources_ui(ui, guidance, &term.facts, &term.id);
                        if ui.button("All words").clicked() {
                            go_to = Some(String::new());
                        }
                    }
                    None => {
                        for term in &guidance.glossary {
                            if ui
                                .link(&term.term)
                                .accessible_name(format!("Explain {}", term.term))
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
pub fn figures_ui(ui: &mut Ui, guidance: &Guidance, year: i32, figures: &[(FigureId, &str)]) {
    egui::CollapsingHeader::new(format!("Figures for {year}")).id_salt(("figures", figures.first().map(|f| f.0))).show(ui, |ui| {
        let mut older = None;
        egui::Grid::new(("figures-grid", figures.first().map(|f| f.0))).num_columns(2).spacing([24.0, 6.0]).show(ui, |ui| {
            for (id, label) in figures {
                let Some(found) = guidance.figure(*id, year) else { continue };
                let value = match found.figure.value {
                    FigureValue::Cents(c) => format_money(c),
                    FigureValue::BasisPoints(bp) => format!("{}.{}%", bp / 100, (bp % 100) / 10),
                };
                ui.label(*label);
                ui.label(format!("{value} ({})", found.figure.year));
                ui.end_row();
                if !found.current {
                    older = Some(found.figure.year);
                }
            }
        });
        if let Some(y) = older {
            ui.label(
                RichText::new(format!(
                    "The app only has figures up to {y}. The {year} amounts may be different: check with your plan or the IRS."
                ))
                .color(theme::MUTED),
            );
        }
        sources_of_figures_ui(ui, guidance, year, figures);
    });
}

fn sources_of_figures_ui(
    ui: &mut Ui,
    guidance: &Guidance,
    year: i32,
    figures: &[(FigureId, &str)],
) {
    egui::CollapsingHeader::new(RichText::new("Where do these come from?").small())
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
