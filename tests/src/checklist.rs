//! The checklist driven as a person drives it, by tap or touch: a situation
//! first, then one question at a time. What counts as the safe answer comes
//! from the core's data; which question comes next is read off the screen.

use serde_json::{json, Value};

use crate::{App, Result};

/// Back to the choice of situation, from wherever a run stands.
pub async fn restart(app: &App) -> Result {
    app.open("checklist").await?;
    app.js("document.getElementById('check-restart').click()", vec![])
        .await?;
    app.wait_js("return !document.getElementById('check-situations').hidden")
        .await
}

/// Taps a situation and waits for its first question.
pub async fn choose(app: &App, situation: &str) -> Result {
    app.click(&format!(
        "#check-situation-list [data-situation='{situation}']"
    ))
    .await?;
    app.wait_js("return !document.getElementById('check-question').hidden && !!document.getElementById('check-question').dataset.question")
        .await
}

/// The id of the question on screen, or `None` once the verdict shows.
pub async fn current(app: &App) -> Result<Option<String>> {
    let v = app
        .js(
            "const f = document.getElementById('check-question'); return f.hidden ? null : f.dataset.question;",
            vec![],
        )
        .await?;
    Ok(v.as_str().map(str::to_owned))
}

/// Taps `answer` to the question on screen and waits for the next step.
pub async fn tap(app: &App, answer: &str) -> Result {
    let before = current(app).await?.ok_or("no question on screen")?;
    app.click(&format!("#check-question [data-answer='{answer}']"))
        .await?;
    app.wait_js_with(
        "return !document.getElementById('check-result').hidden || document.getElementById('check-question').dataset.question !== arguments[0]",
        vec![json!(before)],
    )
    .await
}

/// The safe answer to a question ("no", or "yes" where "no" is the risk).
pub fn safe(id: &str) -> Result<String> {
    let q = postvett_core::checklist::question(id).ok_or_else(|| format!("no question {id}"))?;
    Ok(serde_json::to_value(q.safe_answer())?
        .as_str()
        .unwrap_or_default()
        .to_owned())
}

/// Runs `situation` from its choice to the verdict, tapping `given`'s
/// answer where asked and the safe one elsewhere. Returns the questions
/// asked, in order; the taps are one more (the choice).
pub async fn run(app: &App, situation: &str, given: &[(&str, &str)]) -> Result<Vec<String>> {
    restart(app).await?;
    choose(app, situation).await?;
    let mut asked = Vec::new();
    while let Some(id) = current(app).await? {
        let answer = match given.iter().find(|(q, _)| *q == id) {
            Some((_, a)) => (*a).to_owned(),
            None => safe(&id)?,
        };
        tap(app, &answer).await?;
        asked.push(id);
        if asked.len() > 12 {
            return Err(format!("{situation}: the checklist never ended").into());
        }
    }
    for (q, _) in given {
        if !asked.iter().any(|a| a == q) {
            return Err(format!("{situation}: {q} was never asked ({asked:?})").into());
        }
    }
    Ok(asked)
}

/// The verdict's light, and its reasons' question ids in order.
pub async fn verdict(app: &App) -> Result<(String, Vec<String>)> {
    let v: Value = app
        .js(
            "return [document.getElementById('verdict').dataset.light, [...document.querySelectorAll('#verdict-reasons li')].map(li => li.dataset.question)]",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(v)?)
}

/// The answers a run gives where it does not give the safe one.
pub type Given = &'static [(&'static str, &'static str)];

/// One run per situation that does not end in the all-clear, each with the
/// light the core's rules give it: (situation, answers, light, first reason).
pub const RISKY_RUNS: &[(&str, Given, &str, &str)] = &[
    (
        "photo",
        &[("others-pictured", "yes"), ("photo-consent", "no")],
        "stop",
        "photo-consent",
    ),
    (
        "write",
        &[("colleague-respect", "yes")],
        "stop",
        "colleague-respect",
    ),
    (
        "react",
        &[("reaction-patient", "yes")],
        "stop",
        "reaction-patient",
    ),
    (
        "message",
        &[("patient-contact", "yes")],
        "think",
        "patient-contact",
    ),
    (
        "request",
        &[("request-patient", "yes"), ("request-treatment", "yes")],
        "stop",
        "request-treatment",
    ),
    ("question", &[("media", "yes")], "think", "media"),
    ("posted", &[("takedown", "yes")], "stop", "takedown"),
];

/// Every path to a verdict by touch: for each situation an all-clear run
/// (no more taps than the core's path has questions, plus the choice) and a
/// run that stops or asks to think. Returns the taps of each all-clear run.
pub async fn every_path(app: &App) -> Result<Vec<(String, usize)>> {
    let mut taps = Vec::new();
    for s in postvett_core::checklist::SITUATIONS {
        let asked = run(app, s.id, &[]).await?;
        let (light, reasons) = verdict(app).await?;
        if light != "ok" || !reasons.is_empty() {
            return Err(format!("{}: the all-clear run gave {light} {reasons:?}", s.id).into());
        }
        if asked.len() + 1 > 10 {
            return Err(format!("{}: {} taps for an all-clear run", s.id, asked.len() + 1).into());
        }
        taps.push((s.id.to_owned(), asked.len() + 1));
    }
    for (situation, given, light, first) in RISKY_RUNS {
        run(app, situation, given).await?;
        let (got, reasons) = verdict(app).await?;
        if got != *light || reasons.first().map(String::as_str) != Some(*first) {
            return Err(format!(
                "{situation}: {got} {reasons:?}, expected {light} with {first} first"
            )
            .into());
        }
    }
    Ok(taps)
}
