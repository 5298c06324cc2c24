//! "Can I post this?" in the real app: the verdicts, the links into the
//! guideline, the decline button, both languages, and nothing kept after a run.

use postvett_core::store::{Store, SCHEMA_KEY};
use postvett_e2e::{App, Result};
use serde_json::{json, Value};

/// Answers the current question by tapping its button.
async fn tap(app: &App, answer: &str) -> Result {
    let before = app.text("#check-progress").await?;
    app.click(&format!("#check-question [data-answer='{answer}']"))
        .await?;
    app.wait_js(&format!(
        "return !document.getElementById('check-result').hidden || document.getElementById('check-progress').textContent.trim() !== {}",
        json!(before)
    ))
    .await
}

/// The 1-based position of the question on screen, read from "Spørsmål 3 av 10".
async fn current_position(app: &App) -> Result<usize> {
    let n = app.text("#check-progress").await?;
    Ok(n.split_whitespace()
        .find_map(|w| w.parse().ok())
        .ok_or("no progress number")?)
}

/// Runs the checklist answering "yes" at the questions in `yes` (by their
/// 1-based position) and "no" elsewhere; returns the number of taps.
async fn run(app: &App, yes: &[usize]) -> Result<usize> {
    app.open("checklist").await?;
    app.wait_js("return !document.getElementById('check-question').hidden")
        .await?;
    let mut taps = 0;
    while app
        .js(
            "return document.getElementById('check-result').hidden",
            vec![],
        )
        .await?
        == Value::Bool(true)
    {
        let pos = current_position(app).await?;
        tap(app, if yes.contains(&pos) { "yes" } else { "no" }).await?;
        taps += 1;
        assert!(taps <= 20, "the checklist never ended");
    }
    Ok(taps)
}

/// Whether the verdict card is hidden.
async fn result_hidden(app: &App) -> Result<bool> {
    let v = app
        .js(
            "return document.getElementById('check-result').hidden",
            vec![],
        )
        .await?;
    v.as_bool()
        .ok_or_else(|| format!("#check-result.hidden is {v}").into())
}

async fn light(app: &App) -> Result<String> {
    let v = app
        .js(
            "return document.getElementById('verdict').dataset.light",
            vec![],
        )
        .await?;
    Ok(v.as_str().unwrap_or_default().to_owned())
}

/// The 1-based position of a question id in the order the app asks them.
fn position(id: &str) -> usize {
    postvett_core::checklist::QUESTIONS
        .iter()
        .position(|q| q.id == id)
        .map(|p| p + 1)
        .unwrap_or(0)
}

#[tokio::test]
async fn all_no_is_ok_to_post_in_ten_taps_and_nothing_is_kept() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    let r = async {
        app.screenshot("nb-checklist-question").await?;
        // "No" to every question: one tap per question, and the verdict
        // shows after the last tap, not before.
        let questions = postvett_core::checklist::QUESTIONS.len();
        app.open("checklist").await?;
        app.wait_js("return !document.getElementById('check-question').hidden")
            .await?;
        assert!(
            result_hidden(&app).await?,
            "the verdict shows before the first tap"
        );
        let mut taps = 0;
        loop {
            tap(&app, "no").await?;
            taps += 1;
            if !result_hidden(&app).await? {
                break;
            }
            assert!(
                taps < questions,
                "no verdict after {taps} taps on {questions} questions"
            );
        }
        assert_eq!(
            taps, questions,
            "an all-no run must take one tap per question; the verdict showed after {taps} of {questions}"
        );
        assert!(taps <= 10, "an all-no run took {taps} taps");
        assert_eq!(light(&app).await?, "ok");
        assert_eq!(
            app.text("#verdict-title").await?,
            "Sjekklisten stopper deg ikke"
        );
        assert_eq!(
            app.js(
                "return document.querySelectorAll('#verdict-reasons li').length",
                vec![]
            )
            .await?,
            0
        );
        app.screenshot("nb-checklist-ok").await?;
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    r?;
    // After the run, the store holds only its schema stamp: no answer, no verdict.
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
                !text.contains("checklist") && !text.contains("verdict"),
                "{}: {text}",
                entry.display()
            );
        }
    }
    assert!(logs > 0, "the app wrote its log where the test looked");
    Ok(())
}

async fn a_photo_without_consent_stops_and_links_to_the_photos_paragraph(
    locale: &str,
    lang: &str,
) -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone(locale, dir.path()).await?;
    let r = async {
        run(&app, &[position("photo-consent")]).await?;
        assert_eq!(light(&app).await?, "stop");
        let reason = "#verdict-reasons li[data-question='photo-consent']";
        assert_eq!(app.js(&format!("return document.querySelector(\"{reason}\").dataset.severity"), vec![]).await?, "stop");
        app.screenshot(&format!("{lang}-checklist-stop")).await?;
        app.click(&format!("{reason} a[data-link='d38049-patients-photos']")).await?;
        app.wait_js("return !document.getElementById('reader-doc').hidden && document.getElementById('c-d38049-patients-photos')?.classList.contains('is-target') === true").await?;
        app.wait_in_view("#c-d38049-patients-photos").await?;
        assert_eq!(app.lang().await?, lang);
        Ok(())
    }
    .await;
    app.quit().await?;
    r
}

#[tokio::test]
async fn a_photo_of_others_without_consent_stops_with_a_link_to_the_right_section() -> Result {
    a_photo_without_consent_stops_and_links_to_the_photos_paragraph("nb_NO.UTF-8", "nb").await
}

#[tokio::test]
async fn a_photo_without_consent_stops_in_english_too() -> Result {
    a_photo_without_consent_stops_and_links_to_the_photos_paragraph("en_US.UTF-8", "en").await
}

#[tokio::test]
async fn a_patient_friend_request_is_a_think_with_a_button_to_the_decline_screen() -> Result {
    for (locale, lang) in [("nb_NO.UTF-8", "nb"), ("en_US.UTF-8", "en")] {
        let dir = tempfile::tempdir()?;
        let app = App::phone(locale, dir.path()).await?;
        let r = async {
            run(&app, &[position("friend-request")]).await?;
            assert_eq!(light(&app).await?, "think");
            app.click("#verdict-reasons [data-action='decline']")
                .await?;
            app.wait_js("return !document.querySelector(\"[data-screen='decline']\").hidden")
                .await?;
            assert_eq!(app.lang().await?, lang);
            Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
        }
        .await;
        app.quit().await?;
        r?;
    }
    Ok(())
}

#[tokio::test]
async fn not_sure_and_caution_give_think_again_and_the_way_back_works() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("en_US.UTF-8", dir.path()).await?;
    let r = async {
        app.open("checklist").await?;
        // Go forward two, back one, and change the answer.
        tap(&app, "no").await?;
        tap(&app, "no").await?;
        app.click("#check-prev").await?;
        app.wait_js("return document.getElementById('check-progress').textContent.startsWith('Question 2 ')")
            .await?;
        assert_eq!(current_position(&app).await?, 2);
        let remaining = postvett_core::checklist::QUESTIONS.len() - 1;
        for i in 0..remaining {
            let pos = i + 2;
            tap(
                &app,
                if pos == position("logo") {
                    "not-sure"
                } else {
                    "no"
                },
            )
            .await?;
        }
        assert_eq!(light(&app).await?, "think");
        let tags = app
            .text("#verdict-reasons li[data-question='logo']")
            .await?;
        assert!(tags.contains("You were not sure"), "{tags}");
        app.screenshot("en-checklist-think").await?;
        app.click("#check-restart").await?;
        app.wait_js("return !document.getElementById('check-question').hidden")
            .await?;
        assert_eq!(current_position(&app).await?, 1);
        Ok(())
    }
    .await;
    app.quit().await?;
    r
}
