//! "Can I post this?" in the real app: every situation to a verdict by tap,
//! "what counts" and its link into the guideline, the way back, a language
//! switch mid-run, the decline button, and nothing kept after a run.

use postvett_core::store::{Store, SCHEMA_KEY};
use postvett_e2e::checklist::{choose, current, every_path, restart, run, tap, verdict};
use postvett_e2e::{App, Result};
use serde_json::json;

#[tokio::test]
async fn every_situation_reaches_a_verdict_by_tap_and_nothing_is_kept() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    app.run(async |app| {
        app.open("checklist").await?;
        app.screenshot("nb-checklist-situations").await?;
        // The verdict shows after the last question, not before.
        choose(app, "photo").await?;
        app.screenshot("nb-checklist-question").await?;
        assert_eq!(current(app).await?.as_deref(), Some("patient"));
        let taps = every_path(app).await?;
        eprintln!("all-clear taps per path: {taps:?}");
        // The photo path's stop, as the last runs left it, and an old post's.
        run(
            app,
            "photo",
            &[("others-pictured", "yes"), ("photo-consent", "no")],
        )
        .await?;
        app.screenshot("nb-checklist-stop").await?;
        run(app, "posted", &[("takedown", "yes")]).await?;
        assert_eq!(app.text("#verdict-title").await?, "Ta det ned");
        run(app, "react", &[]).await?;
        assert_eq!(
            app.text("#verdict-title").await?,
            "Sjekklisten stopper deg ikke"
        );
        app.screenshot("nb-checklist-ok").await?;
        Ok(())
    })
    .await?;
    // After every run, the store holds only its schema stamp: no answer, no verdict.
    let store = Store::open(&dir.path().join("store"))?;
    let keys = store.keys()?;
    assert_eq!(
        keys,
        vec![("__sled__default".to_owned(), SCHEMA_KEY.to_owned())],
        "{keys:?}"
    );
    drop(store);
    // And no log line mentions a checklist run.
    let mut logs = 0;
    for entry in postvett_e2e::files_under(dir.path()) {
        if entry.extension().is_some_and(|e| e == "log") {
            logs += 1;
            let text = std::fs::read_to_string(&entry)?;
            assert!(
                !text.contains("checklist")
                    && !text.contains("verdict")
                    && !text.contains("situation"),
                "{}: {text}",
                entry.display()
            );
        }
    }
    assert!(logs > 0, "the app wrote its log where the test looked");
    Ok(())
}

/// "What counts?" opens under the answers, and its link opens the paragraph
/// the question rests on; back from the reader, the run is where it was.
#[tokio::test]
async fn what_counts_opens_and_leads_to_the_paragraph() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    app.run(async |app| {
        app.open("checklist").await?;
        choose(app, "request").await?;
        tap(app, "yes").await?;
        assert_eq!(current(app).await?.as_deref(), Some("request-treatment"));
        // Closed until asked for: the disclosure is no taller than its summary.
        let closed = app
            .js("const d = document.getElementById('check-counts'); return !d.open && d.getBoundingClientRect().height <= d.querySelector('summary').getBoundingClientRect().height + 2", vec![])
            .await?;
        assert_eq!(closed, json!(true), "what counts is closed until asked for");
        app.click("#check-counts summary").await?;
        app.wait_js("return document.getElementById('check-counts').open && document.getElementById('check-counts-list').getBoundingClientRect().height > 0")
            .await?;
        assert_eq!(
            app.text("#check-counts-list").await?,
            "Er du usikker på om behandlingen er over, svar «Usikker»."
        );
        app.screenshot("nb-checklist-counts").await?;
        app.click("#check-read").await?;
        app.wait_js("return !document.getElementById('reader-doc').hidden && document.getElementById('c-d38049-patients-friends')?.classList.contains('is-target') === true")
            .await?;
        app.wait_in_view("#c-d38049-patients-friends").await?;
        app.js("history.back()", vec![]).await?;
        app.wait_js("return !document.querySelector(\"[data-screen='checklist']\").hidden")
            .await?;
        assert_eq!(current(app).await?.as_deref(), Some("request-treatment"));
        Ok(())
    })
    .await
}

async fn a_photo_without_consent_stops_and_links_to_the_photos_paragraph(
    locale: &str,
    lang: &str,
) -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone(locale, dir.path()).await?;
    app.run(async |app| {
        run(app, "photo", &[("others-pictured", "yes"), ("photo-consent", "no")]).await?;
        assert_eq!(verdict(app).await?, ("stop".into(), vec!["photo-consent".into()]));
        let reason = "#verdict-reasons li[data-question='photo-consent']";
        assert_eq!(app.js(&format!("return document.querySelector(\"{reason}\").dataset.severity"), vec![]).await?, "stop");
        app.screenshot(&format!("{lang}-checklist-stop")).await?;
        // The photo path offers the photo check, which opens from the verdict.
        app.click("#verdict-actions [data-action='photo-check']").await?;
        app.wait_js("return !document.querySelector(\"[data-screen='photo']\").hidden").await?;
        app.js("history.back()", vec![]).await?;
        app.wait_js("return !document.getElementById('check-result').hidden").await?;
        app.click(&format!("{reason} a[data-link='d38049-patients-photos']")).await?;
        app.wait_js("return !document.getElementById('reader-doc').hidden && document.getElementById('c-d38049-patients-photos')?.classList.contains('is-target') === true").await?;
        app.wait_in_view("#c-d38049-patients-photos").await?;
        assert_eq!(app.lang().await?, lang);
        Ok(())
    })
    .await
}

#[tokio::test]
async fn a_photo_of_others_without_consent_stops_with_a_link_to_the_right_section() -> Result {
    a_photo_without_consent_stops_and_links_to_the_photos_paragraph("nb_NO.UTF-8", "nb").await
}

#[tokio::test]
async fn a_photo_without_consent_stops_in_english_too() -> Result {
    a_photo_without_consent_stops_and_links_to_the_photos_paragraph("en_US.UTF-8", "en").await
}

/// A request from a patient under treatment stops, and its way on is the
/// decline screen (one button, though both reasons offer it).
#[tokio::test]
async fn a_patients_request_stops_with_a_button_to_the_decline_screen() -> Result {
    for (locale, lang) in [("nb_NO.UTF-8", "nb"), ("en_US.UTF-8", "en")] {
        let dir = tempfile::tempdir()?;
        let app = App::phone(locale, dir.path()).await?;
        app.run(async |app| {
            run(app, "request", &[("request-patient", "yes"), ("request-treatment", "yes")]).await?;
            assert_eq!(
                verdict(app).await?,
                ("stop".into(), vec!["request-treatment".into(), "request-patient".into()])
            );
            let buttons = app
                .js("return document.querySelectorAll(\"#verdict-reasons [data-action='decline']\").length", vec![])
                .await?;
            assert_eq!(buttons, json!(1));
            app.click("#verdict-reasons [data-action='decline']").await?;
            app.wait_js("return !document.querySelector(\"[data-screen='decline']\").hidden")
                .await?;
            assert_eq!(app.lang().await?, lang);
            Ok(())
        })
        .await?;
    }
    Ok(())
}

/// "Previous" walks back one question at a time, showing the answer given,
/// and from the first question back to the choice of situation; a language
/// switch mid-run keeps the question; "not sure" is a reason of its own.
#[tokio::test]
async fn the_way_back_a_language_switch_and_not_sure() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("en_US.UTF-8", dir.path()).await?;
    app.run(async |app| {
        app.open("checklist").await?;
        choose(app, "photo").await?;
        tap(app, "no").await?;
        tap(app, "yes").await?;
        assert_eq!(current(app).await?.as_deref(), Some("photo-consent"));
        assert!(app.text("#check-progress").await?.ends_with("Question 3 of 8"));
        app.click("#check-prev").await?;
        app.wait_js("return document.getElementById('check-question').dataset.question === 'others-pictured'")
            .await?;
        let pressed = app
            .js("return document.querySelector(\"#check-question [aria-pressed='true']\")?.dataset.answer", vec![])
            .await?;
        assert_eq!(pressed, json!("yes"), "the answer given shows as pressed");
        // A language switch mid-run: the same question, in nynorsk.
        app.click("[data-nav='settings']").await?;
        app.click("label[for='lang-nn']").await?;
        app.wait_js("return document.documentElement.lang === 'nn'").await?;
        app.open("checklist").await?;
        assert_eq!(current(app).await?.as_deref(), Some("others-pictured"));
        assert_eq!(
            app.text("#check-q").await?,
            "Er andre enn deg med på biletet eller videoen, også i bakgrunnen?"
        );
        app.click("#check-prev").await?;
        app.wait_js("return document.getElementById('check-question').dataset.question === 'patient'")
            .await?;
        assert_eq!(app.text("#check-prev").await?, "Tilbake til vala");
        app.click("#check-prev").await?;
        app.wait_js("return !document.getElementById('check-situations').hidden && document.activeElement?.dataset.situation === 'photo'")
            .await?;
        // "Not sure" about the logo: a think, marked as not sure.
        restart(app).await?;
        postvett_e2e::checklist::run(app, "photo", &[("logo", "not-sure")]).await?;
        assert_eq!(verdict(app).await?, ("think".into(), vec!["logo".into()]));
        let tags = app.text("#verdict-reasons li[data-question='logo']").await?;
        assert!(tags.contains("Du var usikker"), "{tags}");
        app.screenshot("nn-checklist-think").await?;
        Ok(())
    })
    .await
}
