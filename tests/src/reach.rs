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
    ("checklist", "#check-question [data-answer='not-sure']"),
    ("guideline", "#reader-q"),
    ("decline", "#decline-copy"),
    ("shift", "#shift-add-details summary"),
    ("settings", "input[name='language']"),
];

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
