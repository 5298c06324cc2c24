//! The Chromium lane: the app's page in Debian's Chromium, the engine of
//! Android's WebView, as an Android phone shows it (390×844, device pixel
//! ratio 3, touch, an Android user agent), with taps as touches. The Rust side
//! is the app's real setup and commands on Tauri's mock runtime
//! (`postvett-mock`, see `App::chromium`); nothing of the core runs in JS.
//!
//! Covered: a tour of every screen, the Back button, the checklist to each
//! verdict, copying the decline message (read back from the X clipboard),
//! adding a shift, a sign-off, and axe on every screen and state in light and
//! dark.

use postvett_e2e::audit::{audit_everything, axe_source, scheme};
use postvett_e2e::checklist::{choose, every_path, restart, run, verdict};
use postvett_e2e::reach::{
    answers_out_of_reach, decline_copy_in_reach, photo_save_out_of_reach,
    primary_actions_out_of_reach, situations_out_of_reach,
};
use postvett_e2e::{wait_clipboard, App, Result};
use serde_json::json;

/// Runs `f` on a fresh app in Chromium, closing it whatever happens.
async fn with_chromium(locale: &str, f: impl AsyncFnOnce(&App) -> Result) -> Result {
    let dir = tempfile::tempdir()?;
    App::chromium(locale, dir.path()).await?.run(f).await
}

#[tokio::test]
async fn the_page_runs_as_on_an_android_phone() -> Result {
    with_chromium("nb_NO.UTF-8", async |app| {
            let v = app
                .js(
                    "return [innerWidth, innerHeight, devicePixelRatio, navigator.maxTouchPoints > 0, /Android/.test(navigator.userAgent), location.origin, document.documentElement.lang, typeof window.__TAURI__]",
                    vec![],
                )
                .await?;
            assert_eq!(
                v,
                json!([390, 844, 3, true, true, "http://tauri.localhost", "nb", "undefined"])
            );
            Ok(())
    })
    .await
}

/// Android's Back walks back through the screens opened, and at the first
/// screen leaves the app. The mock runtime cannot end the app (Tauri's
/// MockRuntime leaves `request_exit` unimplemented), so the page's one
/// `leave_app` call is answered here and counted.
#[tokio::test]
async fn back_walks_back_through_screens_and_leaves_at_the_first() -> Result {
    with_chromium("nb_NO.UTF-8", async |app| {
            app.js(
                "window.__left = 0; const real = window.fetch; window.fetch = (url, init) => String(url).endsWith('/leave_app') ? (window.__left += 1, Promise.resolve(new Response('null', {headers: {'Content-Type': 'application/json'}}))) : real(url, init);",
                vec![],
            )
            .await?;
            let first = app.heading().await?;
            app.open("tips").await?;
            let tips = app.heading().await?;
            app.open("decline").await?;
            let shown = "return [...document.querySelectorAll('[data-screen]')].find(s => !s.hidden).dataset.screen";
            for screen in ["tips", "checklist"] {
                app.js("window.__postvettPressBack()", vec![]).await?;
                app.wait_js(&format!("{shown} === '{screen}'")).await?;
            }
            assert_eq!(app.heading().await?, first, "back at the first screen");
            assert_ne!(tips, first);
            assert_eq!(app.js("return window.__left", vec![]).await?, json!(0), "nothing left yet");
            app.js("window.__postvettPressBack()", vec![]).await?;
            app.wait_js("return window.__left === 1").await?;
            Ok(())
    })
    .await
}

#[tokio::test]
async fn a_tour_of_every_screen() -> Result {
    with_chromium("nb_NO.UTF-8", async |app| {
        let screens: Vec<String> = serde_json::from_value(
            app.js(
                "return [...document.querySelectorAll('[data-nav]')].map(a => a.dataset.nav)",
                vec![],
            )
            .await?,
        )?;
        assert!(screens.len() >= 5, "{screens:?}");
        for screen in &screens {
            app.open(screen).await?;
            let heading = app.heading().await?;
            assert!(!heading.is_empty(), "{screen} has a heading");
            let wide = app
                .js(
                    "return document.documentElement.scrollWidth > innerWidth",
                    vec![],
                )
                .await?;
            assert_eq!(wide, json!(false), "{screen} scrolls sideways");
            app.screenshot(&format!("chromium-nb-{screen}")).await?;
        }
        Ok(())
    })
    .await
}

/// Every situation to a verdict by touch: an all-clear run and one that
/// stops or asks to think, each; the request's way on is the decline screen.
#[tokio::test]
async fn every_situation_reaches_a_verdict_by_touch() -> Result {
    with_chromium("nb_NO.UTF-8", async |app| {
            let taps = every_path(app).await?;
            eprintln!("all-clear taps per path (Chromium): {taps:?}");
            run(app, "photo", &[("others-pictured", "yes"), ("photo-consent", "no")]).await?;
            app.wait_js("return document.querySelector(\"#verdict-reasons li[data-question='photo-consent'] a[data-link='d38049-patients-photos']\") !== null")
                .await?;
            app.screenshot("chromium-nb-checklist-stop").await?;
            // "What counts?" opens by touch.
            restart(app).await?;
            choose(app, "photo").await?;
            app.click("#check-counts summary").await?;
            app.wait_js("return document.getElementById('check-counts').open && document.getElementById('check-counts-list').getBoundingClientRect().height > 0")
                .await?;
            app.screenshot("chromium-nb-checklist-counts").await?;
            run(app, "request", &[("request-patient", "yes")]).await?;
            assert_eq!(verdict(app).await?.0, "think");
            app.click("#verdict-reasons [data-action='decline']").await?;
            app.wait_js("return !document.querySelector(\"[data-screen='decline']\").hidden")
                .await?;
            Ok(())
    })
    .await
}

#[tokio::test]
async fn the_decline_message_is_copied_and_its_button_is_in_reach() -> Result {
    with_chromium("nb_NO.UTF-8", async |app| {
            app.open("decline").await?;
            app.select("#decline-platform", "instagram").await?;
            app.type_into("#decline-name", "Åse Ødegård-Nilsen").await?;
            app.wait_decline_name_saved("Åse Ødegård-Nilsen").await?;
            // Back another day: the name is remembered, and the message and
            // its copy button are on screen without scrolling.
            app.js("location.reload()", vec![]).await?;
            app.wait_js("return document.documentElement.dataset.ready === 'true'")
                .await?;
            app.open("decline").await?;
            app.wait_js("return document.getElementById('decline-preview').textContent.endsWith('Åse Ødegård-Nilsen')")
                .await?;
            decline_copy_in_reach(app, true).await?;
            app.screenshot("chromium-nb-decline").await?;
            let preview = app.text("#decline-preview").await?;
            app.click("#decline-copy").await?;
            wait_clipboard(&preview).await?;
            app.wait_js("return document.getElementById('decline-status').textContent.trim().length > 0")
                .await?;
            Ok(())
    })
    .await
}

#[tokio::test]
async fn on_a_small_phone_the_copy_button_stays_in_view() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::chromium_at("nb_NO.UTF-8", dir.path(), (360, 640)).await?;
    app.run(async |app| {
        app.open("decline").await?;
        app.type_into("#decline-name", "Åse Ødegård-Nilsen").await?;
        app.wait_decline_name_saved("Åse Ødegård-Nilsen").await?;
        decline_copy_in_reach(app, false).await?;
        app.screenshot("chromium-nb-decline-360x640").await?;
        Ok(())
    })
    .await
}

#[tokio::test]
async fn every_screens_primary_action_is_in_reach_at_390_and_360() -> Result {
    let mut found = Vec::new();
    for size in [(390, 844), (360, 640)] {
        let dir = tempfile::tempdir()?;
        let app = App::chromium_at("nb_NO.UTF-8", dir.path(), size).await?;
        let out = app
            .run(async |app| {
                let mut out = primary_actions_out_of_reach(app).await?;
                if size == (390, 844) {
                    out.extend(situations_out_of_reach(app).await?);
                    out.extend(answers_out_of_reach(app).await?);
                    let (photo, _) = postvett_e2e::photo::fixture(dir.path())?;
                    out.extend(photo_save_out_of_reach(app, &photo).await?);
                }
                Ok(out)
            })
            .await?;
        found.extend(out.into_iter().map(|p| format!("{size:?} {p}")));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
    Ok(())
}

#[tokio::test]
async fn a_shift_is_added_and_a_sign_off_recorded() -> Result {
    with_chromium("en_US.UTF-8", async |app| {
            app.open("shift").await?;
            app.click("#shift-add-details summary").await?;
            app.click("label[for='shift-kind-one-off']").await?;
            app.js(
                "for (const [id, v] of [['shift-date', '2030-01-07'], ['shift-start', '08:00'], ['shift-end', '16:00']]) { const e = document.getElementById(id); e.value = v; e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true})); }",
                vec![],
            )
            .await?;
            app.click("#shift-add").await?;
            app.wait_js("return document.querySelectorAll('#shift-list [data-shift]').length === 1")
                .await?;
            let item = app.text("#shift-list [data-shift]").await?;
            assert!(item.contains("08:00") && item.contains("16:00"), "{item}");

            app.open_document("#/guideline/d38049").await?;
            app.open_signoff().await?;
            app.sign_off("Kari Nordmann", "Hamar", "Kari Nordmann").await?;
            app.click("[data-nav='settings']").await?;
            app.wait_js(
                "return document.querySelectorAll('#signoff-list [data-signoff]').length === 1",
            )
            .await?;
            let receipt = app.text("#signoff-list .receipt").await?;
            assert!(receipt.contains("Kari Nordmann"), "{receipt}");
            Ok(())
    })
    .await
}

#[tokio::test]
async fn axe_finds_no_violation_in_chromium_light_or_dark() -> Result {
    let axe = axe_source()?;
    let mut total = 0;
    let mut found: Vec<String> = Vec::new();
    for dark in [false, true] {
        let tag = format!("chromium nb {}", if dark { "dark" } else { "light" });
        with_chromium("nb_NO.UTF-8", async |app| {
            scheme(app, dark).await?;
            let (states, violations) = audit_everything(app, &axe, &tag).await?;
            total += states;
            found.extend(violations);
            Ok(())
        })
        .await?;
    }
    println!(
        "axe in Chromium: {total} audits, {} violations",
        found.len()
    );
    assert!(total >= 30, "{total} audits");
    assert!(found.is_empty(), "{}", found.join("\n"));
    Ok(())
}
