//! One-thumb use: what a phone shows of a screen before any scrolling.

use serde_json::json;

use crate::{App, Result};

/// With a name remembered, the decline screen shows its copy button above
/// the bottom navigation without scrolling; with `whole_message`, the message
/// too, from its first line to its last, uncovered.
pub async fn decline_copy_in_reach(app: &App, whole_message: bool) -> Result {
    app.open("decline").await?;
    app.wait_js("return document.getElementById('decline-preview').textContent.length > 0 && document.getElementById('decline-warning').hidden")
        .await?;
    app.painted().await?;
    let (copy_top, copy_bottom, usable) = app.unscrolled_position("#decline-copy").await?;
    let (preview_top, preview_bottom, _) = app.unscrolled_position("#decline-preview").await?;
    let size = app.js("return [innerWidth, innerHeight]", vec![]).await?;
    assert!(
        copy_bottom <= usable && copy_top >= 0.0,
        "{size}: the copy button lies at {copy_top}–{copy_bottom}, outside the usable screen (0–{usable})"
    );
    if whole_message {
        assert!(
            preview_top >= 0.0 && preview_bottom <= copy_top,
            "{size}: the message lies at {preview_top}–{preview_bottom}, not wholly above the copy button at {copy_top}"
        );
    }
    let scrolled = app.js("return scrollY", vec![]).await?;
    assert_eq!(scrolled, json!(0), "measured unscrolled");
    Ok(())
}

/// Each screen's primary action: what a person opens the screen to do.
pub const PRIMARY_ACTIONS: &[(&str, &str)] = &[
    (
        "checklist",
        "#check-situation-list li:first-child [data-situation]",
    ),
    ("guideline", "#reader-q"),
    ("decline", "#decline-copy"),
    ("shift", "#shift-add-details summary"),
    ("settings", "input[name='language']"),
];

/// Every situation to choose from lies above the bottom navigation without
/// scrolling, the last one included (checked at 390×844).
pub async fn situations_out_of_reach(app: &App) -> Result<Vec<String>> {
    app.open("checklist").await?;
    crate::checklist::restart(app).await?;
    app.painted().await?;
    let mut out = Vec::new();
    for s in postvett_core::checklist::SITUATIONS {
        let css = format!("#check-situation-list [data-situation='{}']", s.id);
        let (top, bottom, usable) = app.unscrolled_position(&css).await?;
        if top < 0.0 || bottom > usable {
            out.push(format!(
                "situation {}: at {top}–{bottom}, usable 0–{usable}",
                s.id
            ));
        }
    }
    Ok(out)
}

/// The longest question's answers, "what counts" and the way back lie above
/// the bottom navigation without scrolling, with the question above them.
pub async fn answers_out_of_reach(app: &App) -> Result<Vec<String>> {
    let mut out = Vec::new();
    app.open("checklist").await?;
    crate::checklist::restart(app).await?;
    // The longest question of all, in the app's language, is the first of
    // the path chosen here; checked, so a text change cannot hide a miss.
    let lang = app.lang().await?;
    let l = postvett_core::i18n::Localizer::embedded();
    let longest = postvett_core::checklist::QUESTIONS
        .iter()
        .max_by_key(|q| {
            l.text(&lang, &format!("check-{}", q.id))
                .map_or(0, |t| t.chars().count())
        })
        .map(|q| q.id);
    let situation = postvett_core::checklist::SITUATIONS
        .iter()
        .find(|s| Some(s.steps[0].question.id) == longest)
        .ok_or_else(|| format!("no path starts with the longest question, {longest:?}"))?;
    crate::checklist::choose(app, situation.id).await?;
    app.painted().await?;
    for css in [
        "#check-q",
        "#check-question [data-answer='not-sure']",
        "#check-counts summary",
    ] {
        let (top, bottom, usable) = app.unscrolled_position(css).await?;
        if top < 0.0 || bottom > usable {
            out.push(format!(
                "checklist question: {css} at {top}–{bottom}, usable 0–{usable}"
            ));
        }
    }
    crate::checklist::restart(app).await?;
    Ok(out)
}

/// With a photo open, its save button stays in reach above the bottom
/// navigation (a sticky bar) while the findings and faces run below.
pub async fn photo_save_out_of_reach(app: &App, photo: &std::path::Path) -> Result<Vec<String>> {
    crate::photo::pick(app, photo).await?;
    crate::photo::faces(app).await?;
    app.js("window.scrollTo(0, 0)", vec![]).await?;
    app.painted().await?;
    let v = app
        .js(
            "const r = document.getElementById('photo-save').getBoundingClientRect(); const nav = document.querySelector('nav.bottom-nav').getBoundingClientRect().top; return [r.top, r.bottom, nav];",
            vec![],
        )
        .await?;
    let n = |i: usize| v.get(i).and_then(serde_json::Value::as_f64).unwrap_or(-1.0);
    let (top, bottom, usable) = (n(0), n(1), n(2));
    Ok(if top < 0.0 || bottom > usable {
        vec![format!(
            "photo: #photo-save at {top}–{bottom}, usable 0–{usable}"
        )]
    } else {
        Vec::new()
    })
}

/// Opens every screen and returns, for each whose primary action lies
/// outside the usable screen before any scrolling, where it lies.
pub async fn primary_actions_out_of_reach(app: &App) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for (screen, css) in PRIMARY_ACTIONS {
        app.open(screen).await?;
        app.painted().await?;
        let (top, bottom, usable) = app.unscrolled_position(css).await?;
        if top < 0.0 || bottom > usable {
            out.push(format!(
                "{screen}: {css} at {top}–{bottom}, usable 0–{usable}"
            ));
        }
    }
    Ok(out)
}
