//! axe-core (the npm package, injected through WebDriver) on every screen
//! and state of the app, in whichever engine the [`App`] drives.

use std::path::Path;

use serde_json::{json, Value};

use crate::{App, Result};

/// The axe-core source from `node_modules` (never committed).
pub fn axe_source() -> Result<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../node_modules/axe-core/axe.min.js");
    Ok(std::fs::read_to_string(&path)
        .map_err(|e| format!("{}: {e} (npm install puts axe-core there)", path.display()))?)
}

/// Runs axe on the page; returns the violations as `id: target` strings.
pub async fn audit(app: &App, axe: &str) -> Result<Vec<String>> {
    // Let dialogs finish fading in, so colours are measured as they end up.
    app.painted().await?;
    let loaded = app
        .js("return typeof window.axe === 'object'", vec![])
        .await?;
    if loaded != Value::Bool(true) {
        app.js(&format!("{axe}\nreturn true;"), vec![]).await?;
    }
    let v = app
        .js_async(
            "const done = arguments[0];
             axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
               .then(r => done(r.violations.flatMap(v => v.nodes.slice(0, 3).map(n => v.id + ' (' + v.impact + '): ' + n.target.join(' ') + ' — ' + (n.failureSummary || '').split('\\n').slice(1, 2).join('')))))
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await?;
    Ok(v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default())
}

/// Switches the page to the light or the dark theme.
pub async fn scheme(app: &App, dark: bool) -> Result {
    app.js(
        "document.documentElement.dataset.colorScheme = arguments[0];",
        vec![json!(if dark { "dark" } else { "light" })],
    )
    .await?;
    Ok(())
}

/// Visits every screen and state, auditing each; returns (states, violations).
pub async fn audit_everything(app: &App, axe: &str, tag: &str) -> Result<(usize, Vec<String>)> {
    let mut found = Vec::new();
    let mut states = 0;
    let mut check = |name: &str, v: Vec<String>| {
        states += 1;
        found.extend(v.into_iter().map(|x| format!("[{tag} {name}] {x}")));
    };
    // Checklist: the situations, a question with "what counts" open, each verdict.
    app.open("checklist").await?;
    crate::checklist::restart(app).await?;
    check("checklist situations", audit(app, axe).await?);
    crate::checklist::choose(app, "photo").await?;
    app.click("#check-counts summary").await?;
    app.wait_js("return document.getElementById('check-counts').open")
        .await?;
    check("checklist question", audit(app, axe).await?);
    for (name, situation, given) in [
        ("ok", "react", &[][..]),
        (
            "stop",
            "request",
            &[("request-patient", "yes"), ("request-treatment", "yes")][..],
        ),
        ("think", "photo", &[("logo", "not-sure")][..]),
    ] {
        crate::checklist::run(app, situation, given).await?;
        app.wait_js_with(
            "return document.getElementById('verdict').dataset.light === arguments[0]",
            vec![json!(name)],
        )
        .await?;
        check(&format!("checklist verdict {name}"), audit(app, axe).await?);
    }
    // The photo check: the pick button, a refused file, a photo open with
    // its faces and an own box, and the saved copy.
    let files = tempfile::tempdir()?;
    app.open("photo").await?;
    check("photo check", audit(app, axe).await?);
    let not_a_photo = files.path().join("notes.jpg");
    std::fs::write(&not_a_photo, "not a photo")?;
    app.upload("#photo-file", &not_a_photo).await?;
    app.wait_js("return !document.getElementById('photo-pick-error').hidden")
        .await?;
    check("photo check, a refused file", audit(app, axe).await?);
    let (photo, _) = crate::photo::fixture(files.path())?;
    crate::photo::pick(app, &photo).await?;
    crate::photo::faces(app).await?;
    app.click("#photo-add").await?;
    check("photo check, a photo open", audit(app, axe).await?);
    let target = app
        .saves_to()
        .unwrap_or_else(|| files.path().join("copy.jpg"));
    let title = app.text("#photo-save").await?;
    crate::photo::save(app, &title, &target).await?;
    check("photo check, the copy saved", audit(app, axe).await?);
    std::fs::remove_file(&target)?;
    // Reader: the list with a search open, a document.
    app.open("guideline").await?;
    app.type_into("#reader-q", "taushetsplikt confidentiality")
        .await?;
    app.type_into("#reader-q", "taus").await?;
    app.wait_js("return document.querySelectorAll('#reader-results li').length > 0 || document.getElementById('reader-search-status').textContent.length > 0").await?;
    check("reader search", audit(app, axe).await?);
    app.open_document("#/guideline/d38049-patients").await?;
    check("reader document", audit(app, axe).await?);
    // Sign-off dialog.
    app.open_signoff().await?;
    check("sign-off dialog", audit(app, axe).await?);
    app.click("#signoff-save").await?;
    app.wait_js("return !document.getElementById('signoff-name-error').hidden")
        .await?;
    check("sign-off dialog with error", audit(app, axe).await?);
    app.click("#signoff-cancel").await?;
    // Decline with preview, an error, the confirm dialog.
    app.open("decline").await?;
    app.type_into("#decline-name", "Kari Nordmann").await?;
    check("decline preview", audit(app, axe).await?);
    app.type_into("#decline-name", &"n".repeat(90)).await?;
    app.wait_js("return !document.getElementById('decline-name-error').hidden")
        .await?;
    check("decline error", audit(app, axe).await?);
    app.click("#decline-name-clear").await?;
    app.wait_js("return !document.getElementById('decline-warning').hidden")
        .await?;
    app.click("#decline-copy").await?;
    app.wait_js("return document.getElementById('decline-confirm').open")
        .await?;
    check("decline confirm dialog", audit(app, axe).await?);
    app.click("#decline-confirm-cancel").await?;
    // Tips and the reset dialog.
    app.open("tips").await?;
    app.wait_js("return document.querySelectorAll('#tips-cards .tip-card').length > 0")
        .await?;
    check("tips", audit(app, axe).await?);
    app.click("#tips-reset").await?;
    app.wait_js("return document.getElementById('tips-reset-dialog').open")
        .await?;
    check("tips reset dialog", audit(app, axe).await?);
    app.click("#tips-reset-no").await?;
    // Shift with the form open, and an error.
    app.open("shift").await?;
    app.click("#shift-add-details summary").await?;
    app.wait_js("return document.getElementById('shift-add').getBoundingClientRect().height > 0")
        .await?;
    check("shift form", audit(app, axe).await?);
    app.js("const s = document.getElementById('shift-start'); s.value = '15:00'; const e = document.getElementById('shift-end'); e.value = '07:00';", vec![]).await?;
    app.click("#shift-add").await?;
    app.wait_js("return !document.getElementById('shift-end-error').hidden")
        .await?;
    check("shift error", audit(app, axe).await?);
    // Settings and the accessibility statement.
    app.click("[data-nav='settings']").await?;
    check("settings", audit(app, axe).await?);
    app.click("a[href='#/accessibility']").await?;
    app.wait_js("return !document.querySelector(\"[data-screen='accessibility']\").hidden")
        .await?;
    check("accessibility statement", audit(app, axe).await?);
    Ok((states, found))
}
