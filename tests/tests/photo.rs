//! The photo check in the real app (WebKit) and in Android's engine
//! (Chromium, by touch): a photo with a position and faces is picked, what
//! it gives away and its faces are shown, the faces are hidden, a box is
//! added, the copy is saved (through the real save dialog in WebKit), and
//! the saved file is opened: no metadata, and the boxes hidden.

use postvett_e2e::photo::{check_saved, faces, fixture, hidden, pick, save};
use postvett_e2e::{saved_photo, App, Result};

use serde_json::json;

async fn the_whole_check(
    app: &App,
    dir: &std::path::Path,
    lang: &str,
    save_as: &std::path::Path,
) -> Result {
    let (file, picture) = fixture(dir)?;
    pick(app, &file).await?;
    let position = app
        .text("#photo-lines li[data-kind='position'] .line-text")
        .await?;
    assert!(position.ends_with(": 60.79420, 11.06780"), "{position}");
    let received = app.text("#photo-received").await?;
    assert!(!received.is_empty());
    let n = faces(app).await?;
    assert!(n >= 25, "{n} faces");
    let status = app.text("#photo-faces-status").await?;
    assert!(status.contains(&n.to_string()), "{status}");
    app.screenshot(&format!("{lang}-photo-faces")).await?;
    // A box of one's own, by a tap on the picture (lower left, on the floor).
    let before = app
        .js(
            "return document.querySelectorAll('.photo-box').length",
            vec![],
        )
        .await?;
    app.js(
        "document.getElementById('photo-stage').scrollIntoView({block: 'center'})",
        vec![],
    )
    .await?;
    app.click("#photo-add").await?;
    app.wait_js_with(
        "return document.querySelectorAll('.photo-box').length === arguments[0] + 1",
        vec![before.clone()],
    )
    .await?;
    let own = app
        .js(
            "return document.querySelectorAll(\"#photo-regions li[data-region^='own-']\").length",
            vec![],
        )
        .await?;
    assert_eq!(own, json!(1));
    let regions = hidden(app).await?;
    assert_eq!(
        regions.len(),
        n + 1,
        "every face starts marked, and the own box"
    );
    save(app, &app.text("#photo-save").await?, save_as).await?;
    let carries = app.text("#photo-carries-list").await?;
    assert!(!carries.is_empty());
    app.screenshot(&format!("{lang}-photo-saved")).await?;
    let checked = check_saved(save_as, &picture, &regions)?;
    assert!(checked >= 1, "no hidden region was large enough to check");
    eprintln!(
        "{lang}: {n} faces, {} regions hidden, {checked} checked in the saved copy",
        regions.len()
    );
    Ok(())
}

#[tokio::test]
async fn a_photo_is_checked_hidden_and_saved_clean_in_webkit() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    let target = dir.path().join("ren-kopi.jpg");
    app.run(async |app| {
        app.focus_window().await?;
        the_whole_check(app, dir.path(), "nb", &target).await
    })
    .await
}

#[tokio::test]
async fn a_photo_is_checked_hidden_and_saved_clean_by_touch_in_chromium() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::chromium("en_US.UTF-8", dir.path()).await?;
    let target = saved_photo(dir.path());
    app.run(async |app| the_whole_check(app, dir.path(), "chromium-en", &target).await)
        .await
}

/// What is not a photo the check can read gets its message at the field,
/// and nothing of it stays.
#[tokio::test]
async fn a_file_that_is_not_a_photo_is_refused_at_the_field() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("nn_NO.UTF-8", dir.path()).await?;
    let text = dir.path().join("notat.jpg");
    std::fs::write(&text, "dette er ikkje eit bilete")?;
    app.run(async |app| {
        app.open("photo").await?;
        app.upload("#photo-file", &text).await?;
        app.wait_js("return !document.getElementById('photo-pick-error').hidden")
            .await?;
        assert_eq!(
            app.text("#photo-pick-error").await?,
            "Fila er ikkje eit bilete appen kan lese. Vel eit JPEG-, PNG- eller WebP-bilete."
        );
        let invalid = app
            .js(
                "return document.getElementById('photo-pick').getAttribute('aria-invalid')",
                vec![],
            )
            .await?;
        assert_eq!(invalid, json!("true"));
        assert!(
            app.js(
                "return document.getElementById('photo-result').hidden",
                vec![]
            )
            .await?
                == json!(true)
        );
        app.screenshot("nn-photo-error").await?;
        Ok(())
    })
    .await
}
