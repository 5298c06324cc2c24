//! The keyboard in the real app: on every screen, state and dialog, Tab
//! reaches every control in reading order, each one shows a visible focus
//! ring while focused and is not hidden under the top bar or the bottom
//! navigation, and a native control works with Enter.
//!
//! Keys go through WebDriver's key actions (real key events in the webview).
//! The window is given the keyboard focus first (`App::focus_window`).

use fantoccini::key::Key;
use postvett_e2e::{App, Result};
use serde_json::{json, Value};

/// Marks the controls Tab should reach (visible, enabled, in the tab order;
/// inside the open modal dialog if there is one; one radio per group) and
/// blurs the focus, so the next Tab starts at the top. Returns their number.
const EXPECT: &str = r#"
const root = document.querySelector('dialog[open]') || document;
const seen = new Set();
const list = [...root.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')].filter(e => {
  if (e.disabled || e.tabIndex < 0 || e.getClientRects().length === 0) return false;
  if (getComputedStyle(e).visibility === 'hidden' || e.closest('[inert]')) return false;
  if (e.type === 'radio') {
    if (seen.has(e.name)) return false;
    const group = [...document.querySelectorAll(`input[type=radio][name="${e.name}"]`)];
    const chosen = group.find(r => r.checked) || group[0];
    if (chosen !== e) return false;
    seen.add(e.name);
  }
  return true;
});
window.__kb = { list, prev: null, positive: document.querySelectorAll('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').length };
document.activeElement?.blur();
return list.length;
"#;

/// Describes the focused element after a Tab: its index among the expected
/// controls, whether it is on screen and not covered by the top bar or the
/// bottom navigation, and its place in the document (for the reading order).
/// It also tells whether the element focused before looked different while
/// it had the focus (outline, shadow, colours, size), that is whether the
/// focus was visible on it.
const STEP: &str = r#"
const e = document.activeElement;
// Designsystemet draws the ring of a checkbox or radio around its field (the box with its label).
const own = el => { const s = getComputedStyle(el); const r = el.getBoundingClientRect();
  return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.borderColor, s.color, s.textDecorationLine, Math.round(r.width), Math.round(r.height)].join(' '); };
const look = el => { const field = el.matches('[type=checkbox], [type=radio]') && el.closest('.ds-field'); return own(el) + (field ? ' | ' + own(field) : ''); };
const kb = window.__kb;
let prev = null;
if (kb.prev && kb.prev.el !== e) prev = { what: kb.prev.what, visible: look(kb.prev.el) !== kb.prev.look };
const r = e.getBoundingClientRect();
const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
const labels = e.labels ? [...e.labels] : [];
const covered = !(hit && (hit === e || e.contains(hit) || labels.some(l => l === hit || l.contains(hit))));
const what = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + (e.getAttribute('aria-label') || e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
if (kb.list.includes(e) && (!kb.prev || kb.prev.el !== e)) kb.prev = { el: e, look: look(e), what };
return {
  index: kb.list.indexOf(e),
  what,
  prev,
  onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
  at: [Math.round(r.top), Math.round(r.bottom), innerHeight, Math.round(scrollY)],
  covered,
  inMain: !!e.closest('main'),
  top: r.top + scrollY,
  bottom: r.bottom + scrollY,
};
"#;

/// Tabs through the current state; returns the problems found.
async fn tab_through(app: &App, state: &str) -> Result<Vec<String>> {
    app.painted().await?;
    let n = app.js(EXPECT, vec![]).await?.as_u64().unwrap_or(0) as usize;
    let mut problems = Vec::new();
    if n == 0 {
        return Ok(vec![format!("{state}: no controls found")]);
    }
    if app.js("return window.__kb.positive", vec![]).await? != json!(0) {
        problems.push(format!("{state}: a positive tabindex changes the order"));
    }
    let mut order: Vec<usize> = Vec::new();
    let mut last_main: Option<(f64, String)> = None;
    // A date or time field takes one Tab per part (day, month, year).
    for _ in 0..3 * n + 6 {
        app.press_key(Key::Tab.into()).await?;
        let s: Value = app.js(STEP, vec![]).await?;
        if s["prev"]["visible"] == json!(false) {
            problems.push(format!(
                "{state}: no visible focus on {}",
                s["prev"]["what"]
            ));
        }
        let what = s["what"].as_str().unwrap_or_default().to_owned();
        let Some(index) = s["index"].as_i64().and_then(|i| usize::try_from(i).ok()) else {
            // At the end of a cycle the focus passes the document (or the open
            // dialog) itself; the next Tab comes back to the first control.
            if what.starts_with("body") || what.starts_with("html") || what.starts_with("dialog") {
                continue;
            }
            problems.push(format!(
                "{state}: Tab reached {what}, which is not a visible control"
            ));
            continue;
        };
        if order.last() == Some(&index) {
            continue; // the next part of a date or time field
        }
        if order.first() == Some(&index) {
            break; // a full cycle
        }
        order.push(index);
        if s["onScreen"] != json!(true) {
            problems.push(format!(
                "{state}: {what} is focused off screen (top, bottom, window height, scroll: {})",
                s["at"]
            ));
        } else if s["covered"] == json!(true) {
            problems.push(format!("{state}: {what} is focused under something else"));
        }
        // Reading order inside the screen: the next control never lies wholly
        // above the previous one.
        if s["inMain"] == json!(true) {
            let (top, bottom) = (
                s["top"].as_f64().unwrap_or(0.0),
                s["bottom"].as_f64().unwrap_or(0.0),
            );
            if let Some((prev_top, prev_what)) = &last_main {
                if bottom <= *prev_top {
                    problems.push(format!("{state}: Tab goes up from {prev_what} to {what}"));
                }
            }
            last_main = Some((top, what.clone()));
        }
    }
    let expected: Vec<usize> = (0..n).collect();
    if order != expected {
        let missing: Vec<usize> = expected
            .iter()
            .copied()
            .filter(|i| !order.contains(i))
            .collect();
        let names = app
            .js(
                "return arguments[0].map(i => { const e = window.__kb.list[i]; return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + (e.textContent || '').trim().slice(0, 30); })",
                vec![json!(missing)],
            )
            .await?;
        problems.push(format!(
            "{state}: Tab order {order:?} is not the document order 0..{n}; never reached: {names}"
        ));
    }
    // Leave no focus behind: the skip link, once focused, takes room at the top.
    app.js("document.activeElement?.blur()", vec![]).await?;
    eprintln!("{state}: {} controls reached by Tab", order.len());
    Ok(problems)
}

#[tokio::test]
async fn tab_reaches_every_control_in_order_with_a_visible_focus_everywhere() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    app.run(async |app| {
        app.focus_window().await?;
        let mut problems = Vec::new();
        let mut states = 0;
        let mut check = |p: Vec<String>| {
            states += 1;
            problems.extend(p);
        };
        app.open("checklist").await?;
        check(tab_through(app, "checklist situations").await?);
        // Choose with the keyboard: focus the first situation, Enter.
        app.js(
            "document.querySelector('#check-situation-list [data-situation]').focus()",
            vec![],
        )
        .await?;
        app.press_key(Key::Enter.into()).await?;
        app.wait_js("return !document.getElementById('check-question').hidden")
            .await?;
        // The focus moves to the question, so Tab goes on to its answers.
        app.wait_js("return document.activeElement === document.getElementById('check-q')")
            .await?;
        app.click("#check-counts summary").await?;
        check(tab_through(app, "checklist question").await?);
        // Answer with the keyboard: focus "Nei", Enter.
        let first = postvett_e2e::checklist::current(app).await?;
        app.js(
            "document.querySelector(\"#check-question [data-answer='no']\").focus()",
            vec![],
        )
        .await?;
        app.press_key(Key::Enter.into()).await?;
        app.wait_js_with(
            "return document.getElementById('check-question').dataset.question !== arguments[0]",
            vec![serde_json::json!(first)],
        )
        .await?;
        postvett_e2e::checklist::run(app, "request", &[("request-patient", "yes")]).await?;
        check(tab_through(app, "checklist verdict").await?);

        // The photo check: the pick button, then a photo open; a box is
        // added, moved, resized and removed with the keyboard alone.
        app.open("photo").await?;
        check(tab_through(app, "photo check").await?);
        let (photo, _) = postvett_e2e::photo::small_fixture(dir.path())?;
        postvett_e2e::photo::pick(app, &photo).await?;
        postvett_e2e::photo::faces(app).await?;
        app.js("document.getElementById('photo-add').focus()", vec![]).await?;
        app.press_key(Key::Enter.into()).await?;
        app.wait_js("return document.activeElement?.dataset.move === 'own-1'").await?;
        let place = "const b = document.querySelector(\".photo-box[data-region='own-1']\"); return [parseFloat(b.style.left), parseFloat(b.style.width)]";
        let before: Vec<f64> = serde_json::from_value(app.js(place, vec![]).await?)?;
        app.press_key(Key::Right.into()).await?;
        let moved: Vec<f64> = serde_json::from_value(app.js(place, vec![]).await?)?;
        assert!((moved[0] - before[0] - 2.0).abs() < 0.01 && moved[1] == before[1], "{before:?} → {moved:?}");
        check(tab_through(app, "photo check with a photo open").await?);
        app.js("document.querySelector(\"[data-move='own-1']\").focus()", vec![]).await?;
        app.press_key(Key::Delete.into()).await?;
        app.wait_js("return !document.querySelector(\".photo-box[data-region='own-1']\") && document.activeElement.id === 'photo-add'")
            .await?;

        app.open("guideline").await?;
        app.type_into("#reader-q", "taushetsplikt").await?;
        app.wait_js("return document.querySelectorAll('#reader-results li').length > 0")
            .await?;
        check(tab_through(app, "reader search").await?);
        app.open_document("#/guideline/d38049").await?;
        check(tab_through(app, "reader document").await?);
        app.open_signoff().await?;
        check(tab_through(app, "sign-off dialog").await?);
        app.click("#signoff-cancel").await?;

        app.open("decline").await?;
        app.type_into("#decline-name", "Kari Nordmann").await?;
        // The preview (and the warning it drops) must settle before tabbing.
        app.wait_js(
            "return document.getElementById('decline-preview').textContent.endsWith('Kari Nordmann')",
        )
        .await?;
        check(tab_through(app, "decline").await?);
        app.open("tips").await?;
        app.wait_js("return document.querySelectorAll('#tips-cards .tip-card').length > 0")
            .await?;
        check(tab_through(app, "tips").await?);
        app.open("shift").await?;
        app.click("#shift-add-details summary").await?;
        app.wait_js(
            "return document.getElementById('shift-add').getBoundingClientRect().height > 0",
        )
        .await?;
        check(tab_through(app, "shift with the form open").await?);
        app.click("[data-nav='settings']").await?;
        check(tab_through(app, "settings").await?);
        // The skip link: the first Tab shows it, Enter moves the focus to the
        // open screen's content and stays on that screen.
        app.press_key(Key::Tab.into()).await?;
        let skip = app
            .js(
                "return document.activeElement.classList.contains('ds-skip-link')",
                vec![],
            )
            .await?;
        assert_eq!(skip, json!(true), "the first Tab lands on the skip link");
        app.press_key(Key::Enter.into()).await?;
        app.wait_js("return document.activeElement.id === 'main'")
            .await?;
        assert_eq!(
            app.heading().await?,
            "Innstillinger",
            "the skip link stays on the screen"
        );
        app.click("a[href='#/accessibility']").await?;
        app.wait_js("return !document.querySelector(\"[data-screen='accessibility']\").hidden")
            .await?;
        check(tab_through(app, "accessibility statement").await?);
        eprintln!(
            "keyboard: {states} states tabbed through, {} problems",
            problems.len()
        );
        assert!(
            problems.is_empty(),
            "{} keyboard problems:\n{}",
            problems.len(),
            problems.join("\n")
        );
        Ok(())
    })
    .await
}
