//! The guideline reader in the real app: metadata, search in nb and en, deep
//! links, the language switch keeping the place, and the text size persisting.

use postvett_e2e::{App, Launch, Result};
use serde_json::json;

async fn with_app(locale: &str, f: impl AsyncFnOnce(&App) -> Result) -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::launch(Launch {
        locale,
        data_dir: dir.path(),
    })
    .await?;
    app.set_size(390, 844).await?;
    app.run(f).await
}

async fn wait_on_target(app: &App, id: &str) -> Result {
    app.wait_js(&format!(
        "const t = document.getElementById('c-{id}'); return !document.getElementById('reader-doc').hidden && t?.classList.contains('is-target') === true && document.activeElement === t"
    ))
    .await
}

#[tokio::test]
async fn the_document_list_shows_id_edition_and_valid_from() -> Result {
    with_app("nb_NO.UTF-8", async |app| {
        app.open("guideline").await?;
        app.wait_js("return document.querySelectorAll('#reader-docs li').length === 2")
            .await?;
        let card = app.text("#reader-docs li:first-child").await?;
        for want in [
            "Sosiale medier - Retningslinjer for ansattes bruk",
            "D38049",
            "3.02",
            "20.03.2024",
            "Administrative rutiner",
        ] {
            assert!(card.contains(want), "{want:?} not in {card:?}");
        }
        app.click("#reader-docs li:first-child a").await?;
        app.wait_js("return !document.getElementById('reader-doc').hidden")
            .await?;
        assert_eq!(
            app.heading().await?,
            "Sosiale medier - Retningslinjer for ansattes bruk"
        );
        let refs = app.text("#reader-refs").await?;
        assert!(
            refs.contains("SI/06.11-05") && refs.contains("SI/10.01.17-01"),
            "{refs}"
        );
        assert_eq!(
            app.js("return document.getElementById('reader-body').lang", vec![])
                .await?,
            "nb"
        );
        app.screenshot("nb-guideline-document").await?;
        Ok(())
    })
    .await
}

async fn search_and_open(app: &App, query: &str, expect_section: &str, shot: &str) -> Result {
    app.open("guideline").await?;
    app.type_into("#reader-q", query).await?;
    app.wait_js("return document.querySelectorAll('#reader-results li').length > 0")
        .await?;
    let marks = app
        .js("return [...document.querySelectorAll('#reader-results mark')].map(m => m.textContent.toLowerCase())", vec![])
        .await?;
    assert!(
        marks.as_array().is_some_and(|m| !m.is_empty()),
        "snippets are highlighted"
    );
    app.screenshot(shot).await?;
    // Tap the (best-ranked) result that lies in the expected section.
    let css = format!("#reader-results a[data-section='{expect_section}']");
    let href = app
        .js(
            "return document.querySelector(arguments[0]).getAttribute('href')",
            vec![json!(css)],
        )
        .await?;
    let href = href.as_str().unwrap_or_default().to_owned();
    app.click(&css).await?;
    let target = href.split('/').nth(2).unwrap_or_default().to_owned();
    wait_on_target(app, &target).await?;
    let section = app
        .js("return document.getElementById('c-' + arguments[0]).closest('[data-section]').dataset.section", vec![json!(target)])
        .await?;
    assert_eq!(
        section, expect_section,
        "landed in the section of the result"
    );
    app.wait_in_view(&format!("#c-{target}")).await?;
    // The core marks the words as search found them (case and punctuation
    // folded away), so what is marked is the word itself.
    app.wait_js_with(
        "return document.getElementById('c-' + arguments[0]).querySelectorAll('mark').length > 0",
        vec![json!(target)],
    )
    .await
    .map_err(|e| format!("the match is never highlighted in the section: {e}"))?;
    let marked = app
        .js("return [...document.getElementById('c-' + arguments[0]).querySelectorAll('mark')].map(m => m.textContent.toLowerCase())", vec![json!(target)])
        .await?;
    let word: String = query
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    for m in marked.as_array().ok_or("no marks")? {
        assert_eq!(m.as_str(), Some(word.as_str()), "{marked}");
    }
    Ok(())
}

#[tokio::test]
async fn search_in_bokmal_then_tap_a_result_to_land_on_its_section() -> Result {
    with_app("nb_NO.UTF-8", async |app| {
        search_and_open(
            app,
            "Taushetsplikt!",
            "d38049-patients",
            "nb-guideline-search",
        )
        .await
    })
    .await
}

#[tokio::test]
async fn search_in_english_then_tap_a_result_to_land_on_its_section() -> Result {
    with_app("en_US.UTF-8", async |app| {
        search_and_open(
            app,
            "confidentiality",
            "d38049-patients",
            "en-guideline-search",
        )
        .await?;
        assert!(!app
            .js(
                "return document.getElementById('reader-authoritative').hidden",
                vec![]
            )
            .await?
            .as_bool()
            .unwrap_or(true));
        Ok(())
    })
    .await
}

#[tokio::test]
async fn a_deep_link_opens_the_right_section_and_a_language_switch_keeps_it() -> Result {
    with_app("nb_NO.UTF-8", async |app| {
        app.goto_route("#/guideline/d38049-patients-photos").await?;
        wait_on_target(app, "d38049-patients-photos").await?;
        let text = app.text("#c-d38049-patients-photos").await?;
        assert!(
            text.starts_with("Vær forsiktig når det tas bilder eller filmsnutter"),
            "{text}"
        );
        app.wait_in_view("#c-d38049-patients-photos").await?;

        // Read on, then switch language while reading.
        app.goto_route("#/guideline/d38049-netiquette").await?;
        wait_on_target(app, "d38049-netiquette").await?;
        assert_eq!(
            app.text("#h-d38049-netiquette").await?,
            "Generelle råd/nettvett"
        );
        app.click("#reader-read-in-en").await?;
        app.wait_js("return document.documentElement.lang === 'en'")
            .await?;
        app.wait_js("return document.getElementById('reader-body').lang === 'en'")
            .await?;
        assert_eq!(
            app.text("#h-d38049-netiquette").await?,
            "General advice/netiquette"
        );
        let route = app.js("return location.hash", vec![]).await?;
        assert_eq!(route, "#/guideline/d38049-netiquette");
        app.wait_in_view("#c-d38049-netiquette").await?;
        // Reading on by scrolling moves the place with the reader.
        app.js(
            "document.getElementById('c-d38049-patients').scrollIntoView({block: 'start'})",
            vec![],
        )
        .await?;
        app.wait_js("return location.hash === '#/guideline/d38049-patients'")
            .await?;
        Ok(())
    })
    .await
}

/// The emphasised words of a paragraph, as the page shows them.
async fn emphasised(app: &App, id: &str) -> Result<serde_json::Value> {
    app.js(
        &format!("return [...document.querySelectorAll('#c-{id} em')].map((e) => e.textContent)"),
        vec![],
    )
    .await
}

#[tokio::test]
async fn the_guides_emphasis_is_shown_as_em_in_each_language() -> Result {
    with_app("nb_NO.UTF-8", async |app| {
        let id = "guide-confidentiality-p1";
        app.goto_route(&format!("#/guideline/{id}")).await?;
        wait_on_target(app, id).await?;
        assert_eq!(emphasised(app, id).await?, json!(["er", "har vært"]));
        let text = app.text(&format!("#c-{id}")).await?;
        assert!(text.contains("at noen er eller har vært pasient"), "{text}");
        app.click("#reader-read-in-en").await?;
        app.wait_js("return document.getElementById('reader-body').lang === 'en'")
            .await?;
        assert_eq!(emphasised(app, id).await?, json!(["is", "has been"]));
        Ok(())
    })
    .await
}

#[tokio::test]
async fn the_text_size_survives_a_restart() -> Result {
    let dir = tempfile::tempdir()?;
    let launch = || Launch {
        locale: "nb_NO.UTF-8",
        data_dir: dir.path(),
    };
    let app = App::launch(launch()).await?;
    app.run(async |app| {
        app.open_document("#/guideline/d38049").await?;
        assert_eq!(
            app.js(
                "return document.getElementById('reader-body').dataset.textSize",
                vec![]
            )
            .await?,
            "1"
        );
        app.click("#reader-ts-up").await?;
        app.click("#reader-ts-up").await?;
        assert_eq!(
            app.js(
                "return document.getElementById('reader-body').dataset.textSize",
                vec![]
            )
            .await?,
            "3"
        );
        Ok(())
    })
    .await?;
    let app = App::launch(launch()).await?;
    app.run(async |app| {
        app.goto_route("#/guideline/d38049").await?;
        app.wait_js("return document.getElementById('reader-body').dataset.textSize === '3'")
            .await
    })
    .await
}
