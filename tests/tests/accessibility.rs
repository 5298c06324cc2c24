//! Universal design in the real app: axe-core (the npm package, injected
//! through WebDriver) finds no WCAG 2.1 A/AA violation on any screen or state,
//! in nb and en, light and dark; nothing scrolls sideways at 360, 390 and
//! 1280 px; every tap target is at least 44×44 CSS px; text reflows at 200 %.

use postvett_e2e::audit::{audit_everything, axe_source, scheme};
use postvett_e2e::reach::{
    answers_out_of_reach, photo_save_out_of_reach, primary_actions_out_of_reach,
    situations_out_of_reach,
};
use postvett_e2e::{App, Launch, Result};
use serde_json::json;

#[tokio::test]
async fn axe_finds_no_wcag_violation_in_any_state_language_or_theme() -> Result {
    let axe = axe_source()?;
    let mut total = 0;
    let mut violations = Vec::new();
    for (locale, lang) in [
        ("nb_NO.UTF-8", "nb"),
        ("nn_NO.UTF-8", "nn"),
        ("en_US.UTF-8", "en"),
    ] {
        for dark in [false, true] {
            let dir = tempfile::tempdir()?;
            let tag = format!("{lang} {}", if dark { "dark" } else { "light" });
            let (states, found) = App::phone(locale, dir.path())
                .await?
                .run(async |app| {
                    scheme(app, dark).await?;
                    let r = audit_everything(app, &axe, &tag).await?;
                    if dark {
                        app.open("checklist").await?;
                        app.screenshot(&format!("{lang}-dark-checklist")).await?;
                    }
                    Ok(r)
                })
                .await?;
            total += states;
            violations.extend(found);
        }
    }
    eprintln!(
        "axe: {total} audits (screens/states × 3 languages × 2 themes), {} violations",
        violations.len()
    );
    assert!(
        violations.is_empty(),
        "{} violations:\n{}",
        violations.len(),
        violations.join("\n")
    );
    Ok(())
}

/// Every screen at three widths: no sideways scrolling, tap targets ≥ 44×44
/// (a checkbox or radio counts together with its label), and at 200 % text
/// the content still reflows.
#[tokio::test]
async fn layouts_fit_tap_targets_are_big_enough_and_text_reflows() -> Result {
    layouts("nb_NO.UTF-8").await
}

/// The same in nynorsk, whose compounds and longer sentences are the
/// likeliest to overflow at 200 %.
#[tokio::test]
async fn nynorsk_layouts_fit_and_reflow_too() -> Result {
    layouts("nn_NO.UTF-8").await
}

/// Sideways scrolling, tap targets under 44×44 CSS px, and clipped text on
/// the screen shown, as a list of problems.
const LAYOUT_CHECK: &str = r#"const out = [];
                             const vw = document.documentElement.clientWidth;
                             if (document.documentElement.scrollWidth > vw + 1) out.push('scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + vw);
                             const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
                             for (const e of document.querySelectorAll('a[href], button, input, select, summary, textarea')) {
                               if (!visible(e) || e.closest('[hidden], dialog:not([open])')) continue;
                               let r = e.getBoundingClientRect();
                               // The skip link is clipped to 1x1 until keyboard focus, so it is not a
                               // tap target; it shows full size (Designsystemet's :focus rule) when tabbed to.
                               if (e.classList.contains('ds-skip-link') && document.activeElement !== e) continue;
                               // The photo check's file input is opened by the button in front of it.
                               if (e.classList.contains('visually-hidden')) continue;
                               if (e.matches('input[type=checkbox], input[type=radio]')) {
                                 const l = e.id && document.querySelector('label[for="' + e.id + '"]');
                                 if (l) { const lr = l.getBoundingClientRect(); r = {width: Math.max(r.right, lr.right) - Math.min(r.left, lr.left), height: Math.max(r.bottom, lr.bottom) - Math.min(r.top, lr.top)}; }
                               }
                               if (r.width < 43.5 || r.height < 43.5) out.push('small target ' + Math.round(r.width) + 'x' + Math.round(r.height) + ': ' + (e.id || e.className || e.tagName) + ' ' + (e.textContent || '').trim().slice(0, 30));
                             }
                             for (const e of document.querySelectorAll('main *, nav *, header *')) {
                               if (!visible(e)) continue;
                               const s = getComputedStyle(e);
                               if ((s.overflowX === 'hidden' || s.overflow === 'hidden') && e.scrollWidth > e.clientWidth + 1 && e.textContent.trim()) out.push('clipped text: ' + (e.id || e.className || e.tagName));
                             }
                             return out;"#;

async fn layouts(locale: &str) -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::launch(Launch {
        locale,
        data_dir: dir.path(),
    })
    .await?;
    let mut problems = Vec::new();
    app.run(async |app| {
        for (w, h) in [(360, 640), (390, 844), (1280, 800)] {
            app.set_size(w, h).await?;
            for zoom in ["100%", "200%"] {
                if zoom == "200%" && w == 1280 {
                    continue;
                }
                app.js(
                    "document.documentElement.style.fontSize = arguments[0]",
                    vec![json!(zoom)],
                )
                .await?;
                for screen in app.screens().await? {
                    app.goto_route(&format!("#/{screen}")).await?;
                    app.settle().await?;
                    let v = app.js(LAYOUT_CHECK, vec![]).await?;
                    for p in v.as_array().into_iter().flatten() {
                        problems.push(format!(
                            "{w}x{h} {zoom} {screen}: {}",
                            p.as_str().unwrap_or_default()
                        ));
                    }
                }
            }
        }
        // The photo check with a photo open, at each width and text size.
        app.js("document.documentElement.style.fontSize = ''", vec![])
            .await?;
        let (photo, _) = postvett_e2e::photo::small_fixture(dir.path())?;
        postvett_e2e::photo::pick(app, &photo).await?;
        postvett_e2e::photo::faces(app).await?;
        app.click("#photo-add").await?;
        for (w, h) in [(360, 640), (390, 844), (1280, 800)] {
            app.set_size(w, h).await?;
            for zoom in ["100%", "200%"] {
                app.js(
                    "document.documentElement.style.fontSize = arguments[0]",
                    vec![json!(zoom)],
                )
                .await?;
                app.settle().await?;
                let v = app.js(LAYOUT_CHECK, vec![]).await?;
                for p in v.as_array().into_iter().flatten() {
                    problems.push(format!(
                        "{w}x{h} {zoom} photo (open): {}",
                        p.as_str().unwrap_or_default()
                    ));
                }
            }
        }
        app.js("document.documentElement.style.fontSize = ''", vec![])
            .await?;
        Ok(())
    })
    .await?;
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} layout problems under {locale}:\n{}",
        problems.len(),
        problems.join("\n")
    );
    Ok(())
}

/// Landmarks (header, main, a labelled nav), one visible h1 and the chosen
/// `lang` on every screen; error messages tied to their fields, live regions
/// for verdicts and confirmations, and a reduced-motion rule. (The keyboard is checked in `keyboard.rs`.)
#[tokio::test]
async fn landmarks_headings_lang_error_links_live_regions_and_reduced_motion() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("en_US.UTF-8", dir.path()).await?;
    app.run(async |app| {
        for screen in app.screens().await? {
            app.goto_route(&format!("#/{screen}")).await?;
            app.settle().await?;
            let v = app
                .js(
                    "return [[...document.querySelectorAll('h1')].filter(h => h.offsetParent !== null).length,
                             !!document.querySelector('header'), !!document.querySelector('main#main'),
                             !!document.querySelector('nav[aria-label]'), document.documentElement.lang]",
                    vec![],
                )
                .await?;
            assert_eq!(v, json!([1, true, true, true, "en"]), "{screen}");
        }
        // Error messages are tied to their fields, the verdict and the
        // "copied"/"saved" confirmations are live regions, and reduced motion
        // switches animations off.
        let v = app
            .js(
                "const out = [];
                 const described = new Set([...document.querySelectorAll('[aria-describedby]')].flatMap(e => e.getAttribute('aria-describedby').split(/\\s+/)));
                 for (const e of document.querySelectorAll('.field-error')) if (!described.has(e.id)) out.push('error not tied to a field: ' + e.id);
                 for (const id of ['verdict', 'decline-status', 'signoff-status', 'shift-status', 'reader-search-status', 'signoff-list-status', 'photo-faces-status', 'photo-save-status']) {
                   const e = document.getElementById(id);
                   if (!e || e.getAttribute('aria-live') !== 'polite') out.push('not a polite live region: ' + id);
                 }
                 const rules = [...document.styleSheets].flatMap(s => { try { return [...s.cssRules]; } catch { return []; } });
                 const reduced = rules.filter(r => r.media && /prefers-reduced-motion:\\s*reduce/.test(r.media.mediaText));
                 const stops = r => [...r.cssRules].some(x => x.selectorText === '*' && x.style.getPropertyValue('animation-name') === 'none' && x.style.getPropertyValue('transition-property') === 'none');
                 if (!reduced.some(stops)) out.push('no reduced-motion rule that stops every animation and transition');
                 return out;",
                vec![],
            )
            .await?;
        assert_eq!(v, json!([]), "error links, live regions, reduced motion");
        Ok(())
    })
    .await
}

/// One thumb: on every screen the primary action shows before any scrolling,
/// at 390×844 and at 360×640; at 390×844 also every checklist situation, and
/// a question with its answers (the Chromium lane checks the same).
#[tokio::test]
async fn every_screens_primary_action_is_in_reach_at_390_and_360() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    app.run(async |app| {
        let mut found = Vec::new();
        for (w, h) in [(390, 844), (360, 640)] {
            app.set_size(w, h).await?;
            let mut out = primary_actions_out_of_reach(app).await?;
            if (w, h) == (390, 844) {
                out.extend(situations_out_of_reach(app).await?);
                out.extend(answers_out_of_reach(app).await?);
                let (photo, _) = postvett_e2e::photo::fixture(dir.path())?;
                out.extend(photo_save_out_of_reach(app, &photo).await?);
            }
            found.extend(out.into_iter().map(|p| format!("{w}×{h} {p}")));
        }
        assert!(found.is_empty(), "{}", found.join("\n"));
        Ok(())
    })
    .await
}
