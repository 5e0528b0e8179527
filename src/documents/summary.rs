//! The plan summary: every payment route that applies with its verdict and next actions, the
//! dated follow-ups, and the history of calls to the insurer.

use time::Date;

use super::words::{self, Words, known};
use super::{Block, Document};
use crate::case::input::format_money;
use crate::case::{Account, CallRecord, Case};
use crate::coverage::{self, Verdict};
use crate::guidance::Guidance;

/// The patient's plan on `today`.
pub fn summary(case: &Case, guidance: &Guidance, today: Date) -> Document {
    let w = Words::of(case.language);
    let mut blocks = Vec::new();
    let about: Vec<(String, String)> = [
        ("label-patient", known(&case.about.patient_name)),
        (
            "label-date-of-birth",
            case.about.date_of_birth.map(words::date),
        ),
        ("label-condition", w.conditions(case)),
        ("label-insurer", known(&case.insurer.name)),
        ("label-member-id", known(&case.insurer.member_id)),
        ("label-group-number", known(&case.insurer.group_number)),
        ("label-phone", known(&case.insurer.phone)),
    ]
    .into_iter()
    .chain(words::injury_rows(case))
    .filter_map(|(k, v)| Some((w.t(k), v?)))
    .collect();
    if !about.is_empty() {
        blocks.push(Block::Table(about));
    }

    blocks.push(Block::Heading(w.t("summary-heading-ways")));
    let mut skipped = 0;
    for a in coverage::assess(case) {
        if a.verdict == Verdict::NotApplicable {
            skipped += 1;
            continue;
        }
        let mut route = vec![Block::Subheading(w.t_args(
            "summary-route",
            &[
                ("route", guidance.route(a.route).name.trim().into()),
                ("verdict", w.verdict(a.verdict).into()),
            ],
        ))];
        route.extend(
            a.reasons
                .iter()
                .map(|r| Block::Note(guidance.reason(*r).text.trim().to_owned())),
        );
        route.extend(
            a.todos
                .iter()
                .map(|t| Block::Bullet(w.todo(guidance, *t, case.helping()))),
        );
        blocks.push(Block::Keep(route));
    }
    if skipped > 0 {
        blocks.push(Block::Note(
            w.t_args("summary-skipped", &[("n", skipped.into())]),
        ));
    }

    if let Some(s) = coverage::savings(case, guidance, today) {
        blocks.push(Block::Keep(savings_blocks(w, guidance, &s)));
    }

    blocks.push(Block::Heading(w.t("summary-heading-dates")));
    let dated: Vec<(String, String)> = coverage::plan(case, today)
        .iter()
        .filter_map(|t| Some((words::date(t.due?), w.todo(guidance, *t, case.helping()))))
        .collect();
    if dated.is_empty() {
        blocks.push(Block::Paragraph(w.t("summary-no-dates")));
    } else {
        blocks.push(Block::Table(dated));
    }

    blocks.push(Block::Heading(w.t("summary-heading-calls")));
    let calls = &case.insurer.calls;
    if calls.is_empty() {
        blocks.push(Block::Paragraph(
            earlier_call(w, case).unwrap_or_else(|| w.t("summary-no-calls")),
        ));
    }
    for (n, call) in calls.iter().enumerate() {
        let count = [("n", (n + 1).into()), ("total", calls.len().into())];
        blocks.push(Block::Subheading(match call.started {
            Some(t) => {
                let mut args = count.to_vec();
                args.push(("when", w.date_time(t).into()));
                w.t_args("summary-call-dated", &args)
            }
            None => w.t_args("summary-call", &count),
        }));
        blocks.push(Block::Table(call_rows(w, call, guidance)));
    }

    Document {
        title: w.t(if case.helping() {
            "summary-title-they"
        } else {
            "summary-title"
        }),
        blocks,
        footer_note: guidance.disclaimer.trim().to_owned(),
        lang: w.lang(),
    }
}

/// The savings estimate for its plan year, saying when no new tax is saved, when the state rate
/// is left out, what the estimate leaves out, and when a limit is from an older year.
fn savings_blocks(w: &Words, guidance: &Guidance, s: &coverage::Savings) -> Vec<Block> {
    let account = if s.account == Account::Fsa {
        "fsa"
    } else {
        "hsa"
    };
    let rate = format!("{}.{:02}", s.rate_bp / 100, s.rate_bp % 100);
    let mut blocks = vec![
        Block::Heading(w.t_args(
            "summary-heading-savings",
            &[("year", s.plan_year.to_string().into())],
        )),
        Block::Paragraph(w.t_args(
            "savings-cost",
            &[
                ("cost", format_money(s.yearly_cost).into()),
                ("visits", s.visits.into()),
            ],
        )),
    ];
    if s.new_money {
        blocks.push(Block::Paragraph(w.t_args(
            "savings-saved",
            &[
                ("account", account.into()),
                ("saved", format_money(s.saved).into()),
                ("rate", rate.into()),
            ],
        )));
        if s.pre_tax < s.yearly_cost {
            blocks.push(Block::Paragraph(w.t_args(
                "savings-capped",
                &[("amount", format_money(s.pre_tax).into())],
            )));
        }
        if !s.state_rate_counted {
            blocks.push(Block::Paragraph(w.t("savings-state-left-out")));
        }
    } else {
        blocks.push(Block::Paragraph(w.t("savings-no-new-money")));
        if s.pre_tax < s.yearly_cost {
            blocks.push(Block::Paragraph(w.t_args(
                "savings-balance-capped",
                &[("amount", format_money(s.pre_tax).into())],
            )));
        }
    }
    blocks.extend(
        s.notes
            .iter()
            .map(|r| Block::Note(guidance.reason(*r).text.trim().to_owned())),
    );
    if let Some(note) = s.older_limit_note(w.strings()) {
        blocks.push(Block::Note(note));
    }
    blocks
}

/// What one call recorded, as rows: the call's facts, then every question answered.
fn call_rows(w: &Words, call: &CallRecord, guidance: &Guidance) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = [
        ("label-representative", known(&call.rep_name)),
        ("label-reference", known(&call.reference)),
        (
            "label-phone-time",
            (call.hold_seconds > 0 || call.talk_seconds > 0).then(|| w.phone_time(call)),
        ),
        ("label-outcome", known(&call.outcome)),
        ("label-call-again-by", call.follow_up.map(words::date)),
    ]
    .into_iter()
    .filter_map(|(k, v)| Some((w.t(k), v?)))
    .collect();
    // Questions in content order first, then answers to questions the content no longer has.
    let order = guidance
        .questions
        .iter()
        .filter_map(|q| {
            call.answers
                .get(&q.id)
                .map(|a| (q.text.trim().to_owned(), a))
        })
        .chain(
            call.answers
                .iter()
                .filter(|(id, _)| !guidance.questions.iter().any(|q| &q.id == *id))
                .map(|(id, a)| (id.clone(), a)),
        );
    rows.extend(order.filter_map(|(question, a)| Some((question, w.said(a)?))));
    if rows.is_empty() {
        rows.push((w.t("label-notes"), w.t("summary-nothing-written")));
    }
    rows
}

/// The call recorded on the "Call your insurer" step before the call log existed, if any.
fn earlier_call(w: &Words, case: &Case) -> Option<String> {
    let i = &case.insurer;
    let parts: Vec<String> = [
        i.call_date
            .map(|d| w.t_args("summary-called-on", &[("date", words::date(d).into())])),
        known(&i.rep_name).map(|r| w.t_args("summary-spoke-with", &[("name", r.into())])),
        known(&i.reference).map(|r| w.t_args("summary-reference", &[("reference", r.into())])),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| format!("{}.", parts.join(", ")))
}
