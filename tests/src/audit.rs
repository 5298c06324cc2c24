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

/// A check run on every state [`every_state`] visits.
#[allow(async_fn_in_trait)] // used in this crate's tests only, never Send-bound
pub trait Check {
    async fn check(&mut self, app: &App, state: &str) -> Result;
}

/// axe on each state, its violations collected with the state's name.
struct Axe<'a> {
    source: &'a str,
    tag: &'a str,
    found: Vec<String>,
}

impl Check for Axe<'_> {
    async fn check(&mut self, app: &App, state: &str) -> Result {
        let v = audit(app, self.source).await?;
        let tag = self.tag;
        self.found
            .extend(v.into_iter().map(|x| format!("[{tag} {state}] {x}")));
        Ok(())
    }
}

/// Visits every screen and state, auditing each with axe; returns (states,
/// violations).
pub async fn audit_everything(app: &App, axe: &str, tag: &str) -> Result<(usize, Vec<String>)> {
    let mut a = Axe {
        source: axe,
        tag,
        found: Vec::new(),
    };
    let states = every_state(app, &mut a).await?;
    Ok((states, a.found))
}

/// Counts the states a check is run on.
struct Counted<'a, C> {
    inner: &'a mut C,
    states: usize,
}

impl<C: Check> Check for Counted<'_, C> {
    async fn check(&mut self, app: &App, state: &str) -> Result {
        self.states += 1;
        self.inner.check(app, state).await
    }
}

/// Visits every screen and state of the app, running `c` on each; returns
/// how many states it visited.
pub async fn every_state<C: Check>(app: &App, c: &mut C) -> Result<usize> {
    let mut counted = Counted {
        inner: c,
        states: 0,
    };
    tour(app, &mut counted).await?;
    Ok(counted.states)
}

/// The tour: each screen, and each state of it worth a look.
async fn tour<C: Check>(app: &App, c: &mut C) -> Result {
    // Checklist: the situations, a question with "what counts" open, each verdict.
    app.open("checklist").await?;
    crate::checklist::restart(app).await?;
    c.check(app, "checklist situations").await?;
    crate::checklist::choose(app, "photo").await?;
    app.click("#check-counts summary").await?;
    app.wait_js("return document.getElementById('check-counts').open")
        .await?;
    c.check(app, "checklist question").await?;
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
        c.check(app, &format!("checklist verdict {name}")).await?;
    }
    // The photo check: the pick button, a refused file, a photo open with
    // its faces and an own box, and the saved copy.
    let files = tempfile::tempdir()?;
    app.open("photo").await?;
    c.check(app, "photo check").await?;
    let not_a_photo = files.path().join("notes.jpg");
    std::fs::write(&not_a_photo, "not a photo")?;
    app.upload("#photo-file", &not_a_photo).await?;
    app.wait_js("return !document.getElementById('photo-pick-error').hidden")
        .await?;
    c.check(app, "photo check, a refused file").await?;
    let (photo, _) = crate::photo::fixture(files.path())?;
    crate::photo::pick(app, &photo).await?;
    crate::photo::faces(app).await?;
    app.click("#photo-add").await?;
    c.check(app, "photo check, a photo open").await?;
    let target = app
        .saves_to()
        .unwrap_or_else(|| files.path().join("copy.jpg"));
    let title = app.text("#photo-save").await?;
    crate::photo::save(app, &title, &target).await?;
    c.check(app, "photo check, the copy saved").await?;
    std::fs::remove_file(&target)?;
    // Reader: the list with a search open, a document.
    app.open("guideline").await?;
    app.type_into("#reader-q", "taushetsplikt confidentiality")
        .await?;
    app.type_into("#reader-q", "taus").await?;
    app.wait_js("return document.querySelectorAll('#reader-results li').length > 0 || document.getElementById('reader-search-status').textContent.length > 0").await?;
    c.check(app, "reader search").await?;
    app.open_document("#/guideline/d38049-patients").await?;
    c.check(app, "reader document").await?;
    // Sign-off dialog.
    app.open_signoff().await?;
    c.check(app, "sign-off dialog").await?;
    app.click("#signoff-save").await?;
    app.wait_js("return !document.getElementById('signoff-name-error').hidden")
        .await?;
    c.check(app, "sign-off dialog with error").await?;
    app.click("#signoff-cancel").await?;
    // Decline with preview, an error, the confirm dialog.
    app.open("decline").await?;
    app.type_into("#decline-name", "Kari Nordmann").await?;
    c.check(app, "decline preview").await?;
    app.type_into("#decline-name", &"n".repeat(90)).await?;
    app.wait_js("return !document.getElementById('decline-name-error').hidden")
        .await?;
    c.check(app, "decline error").await?;
    app.click("#decline-name-clear").await?;
    app.wait_js("return !document.getElementById('decline-warning').hidden")
        .await?;
    app.click("#decline-copy").await?;
    app.wait_js("return document.getElementById('decline-confirm').open")
        .await?;
    c.check(app, "decline confirm dialog").await?;
    app.click("#decline-confirm-cancel").await?;
    // The message in another language than the page's, and copied.
    app.type_into("#decline-name", "Kari Nordmann").await?;
    let other = app
        .js(
            "return [...document.getElementById('decline-lang').options].map(o => o.value).find(v => v !== document.documentElement.lang)",
            vec![],
        )
        .await?;
    app.select("#decline-lang", other.as_str().unwrap_or("en"))
        .await?;
    app.wait_js("return document.getElementById('decline-preview').lang === document.getElementById('decline-lang').value && !!document.getElementById('decline-preview').textContent")
        .await?;
    app.click("#decline-copy").await?;
    app.wait_js("return document.getElementById('decline-status').textContent !== ''")
        .await?;
    c.check(app, "decline in another language, copied").await?;
    app.select("#decline-lang", &app.lang().await?).await?;
    // Tips and the reset dialog.
    app.open("tips").await?;
    app.wait_js("return document.querySelectorAll('#tips-cards .tip-card').length > 0")
        .await?;
    c.check(app, "tips").await?;
    app.click("#tips-reset").await?;
    app.wait_js("return document.getElementById('tips-reset-dialog').open")
        .await?;
    c.check(app, "tips reset dialog").await?;
    app.click("#tips-reset-no").await?;
    // Shift with the form open, and an error.
    app.open("shift").await?;
    app.click("#shift-add-details summary").await?;
    app.wait_js("return document.getElementById('shift-add').getBoundingClientRect().height > 0")
        .await?;
    c.check(app, "shift form").await?;
    app.js("const s = document.getElementById('shift-start'); s.value = '15:00'; const e = document.getElementById('shift-end'); e.value = '07:00';", vec![]).await?;
    app.click("#shift-add").await?;
    app.wait_js("return !document.getElementById('shift-end-error').hidden")
        .await?;
    c.check(app, "shift error").await?;
    // Settings and the accessibility statement.
    app.click("[data-nav='settings']").await?;
    c.check(app, "settings").await?;
    app.click("#data-delete").await?;
    app.wait_js("return document.getElementById('data-delete-dialog').open")
        .await?;
    c.check(app, "settings, delete my data").await?;
    app.click("#data-delete-no").await?;
    app.click("a[href='#/accessibility']").await?;
    app.wait_js("return !document.querySelector(\"[data-screen='accessibility']\").hidden")
        .await?;
    c.check(app, "accessibility statement").await?;
    Ok(())
}
