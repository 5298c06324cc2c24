//! The decline message in the real app: pick a platform, type a name, tap
//! copy, and read the X clipboard from outside the app (xclip), byte for byte,
//! in nb and in en; the name survives a restart; an empty name warns first.

use postvett_e2e::reach::decline_copy_in_reach;
use postvett_e2e::{wait_clipboard, App, Result};

const NB_INSTAGRAM_ASE: &str = "Takk for henvendelsen om å bli satt i forbindelse her på Instagram! Dessverre må jeg avslå tilbudet ditt. Det kan noen ganger være vanskelig å gjøre gode, faglige vurderinger og gi behandling til noen en også har et personlig forhold til. Ansatte i Sykehuset Innlandet frarådes generelt å ha nåværende eller tidligere pasienter/brukere som forbindelser på Instagram. Jeg håper du har forståelse for dette.\nMed vennlig hilsen Åse Ødegård-Nilsen";

const EN_LINKEDIN_NGUYEN: &str = "Thank you for your request to connect here on LinkedIn! Unfortunately, I have to decline. It can sometimes be difficult to make good professional judgements and provide treatment for someone you also have a personal relationship with. Staff at Sykehuset Innlandet are generally advised not to have current or former patients or service users as connections on LinkedIn. I hope you understand.\nKind regards, Nguyễn Thị Minh Khai";

const NN_SNAPCHAT_EIRIK: &str = "Takk for førespurnaden om å knyte kontakt her på Snapchat! Dessverre må eg avslå tilbodet ditt. Det kan nokre gonger vere vanskeleg å gjere gode, faglege vurderingar og gi behandling til nokon ein også har eit personleg forhold til. Tilsette i Sykehuset Innlandet blir generelt frårådde å ha noverande eller tidlegare pasientar/brukarar som kontaktar på Snapchat. Eg håpar du har forståing for dette.\nMed venleg helsing Eirik Øyehaug-Vinje";

async fn copy_and_check(
    app: &App,
    platform: &str,
    name: &str,
    msg_lang: Option<&str>,
    expected: &str,
) -> Result {
    app.open("decline").await?;
    app.select("#decline-platform", platform).await?;
    if let Some(l) = msg_lang {
        app.select("#decline-lang", l).await?;
    }
    app.type_into("#decline-name", name).await?;
    app.wait_js(&format!(
        "return document.getElementById('decline-preview').textContent === {}",
        serde_json::json!(expected)
    ))
    .await?;
    app.click("#decline-copy").await?;
    wait_clipboard(expected).await?;
    let status = app.text("#decline-status").await?;
    assert!(!status.is_empty(), "a visible, announced confirmation");
    assert_eq!(
        app.js(
            "return document.getElementById('decline-status').getAttribute('aria-live')",
            vec![]
        )
        .await?,
        "polite"
    );
    Ok(())
}

#[tokio::test]
async fn copy_in_bokmal_and_the_name_survives_a_restart() -> Result {
    let dir = tempfile::tempdir()?;
    let launch = || App::phone("nb_NO.UTF-8", dir.path());
    let app = launch().await?;
    app.run(async |app| {
        copy_and_check(
            app,
            "instagram",
            "Åse Ødegård-Nilsen",
            None,
            NB_INSTAGRAM_ASE,
        )
        .await?;
        assert_eq!(
            app.text("#decline-status").await?,
            "Kopiert. Lim inn meldingen som svar på forespørselen."
        );
        app.screenshot("nb-decline").await?;
        // Leaving the field saves the name at once; quit only once it is saved.
        app.js("document.getElementById('decline-name').blur()", vec![])
            .await?;
        app.wait_decline_name_saved("Åse Ødegård-Nilsen").await?;
        Ok(())
    })
    .await?;
    let app = launch().await?;
    app.run(async |app| {
        app.open("decline").await?;
        let name = app
            .js(
                "return document.getElementById('decline-name').value",
                vec![],
            )
            .await?;
        assert_eq!(name, "Åse Ødegård-Nilsen");
        // Clearing removes it for good.
        app.click("#decline-name-clear").await?;
        app.wait_js(
            "return document.getElementById('decline-preview').textContent.endsWith('[ditt navn]')",
        )
        .await?;
        assert!(!app
            .js(
                "return document.getElementById('decline-warning').hidden",
                vec![]
            )
            .await?
            .as_bool()
            .unwrap_or(true));
        // Copying without a name asks first.
        app.click("#decline-copy").await?;
        app.wait_js("return document.getElementById('decline-confirm').open")
            .await?;
        app.screenshot("nb-decline-confirm").await?;
        app.click("#decline-confirm-cancel").await?;
        app.wait_js("return !document.getElementById('decline-confirm').open")
            .await?;
        // The next launch must find no name: quit only once the cleared name is saved.
        app.wait_decline_name_saved("").await?;
        Ok(())
    })
    .await?;
    let app = launch().await?;
    app.run(async |app| {
        app.open("decline").await?;
        assert_eq!(
            app.js(
                "return document.getElementById('decline-name').value",
                vec![]
            )
            .await?,
            ""
        );
        Ok(())
    })
    .await
}

/// A message in another language than the bokmål UI's, copied.
async fn copy_from_a_bokmal_ui(platform: &str, name: &str, lang: &str, expected: &str) -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    app.run(async |app| copy_and_check(app, platform, name, Some(lang), expected).await)
        .await
}

#[tokio::test]
async fn copy_in_english_from_a_norwegian_ui() -> Result {
    copy_from_a_bokmal_ui("linkedin", "Nguyễn Thị Minh Khai", "en", EN_LINKEDIN_NGUYEN).await
}

#[tokio::test]
async fn copy_in_english_with_an_english_ui() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("en_US.UTF-8", dir.path()).await?;
    app.run(async |app| {
        copy_and_check(
            app,
            "linkedin",
            "Nguyễn Thị Minh Khai",
            None,
            EN_LINKEDIN_NGUYEN,
        )
        .await?;
        app.screenshot("en-decline").await?;
        // A name over 80 characters is refused with a localised message tied to the field.
        app.type_into("#decline-name", &"n".repeat(85)).await?;
        app.wait_js("return !document.getElementById('decline-name-error').hidden")
            .await?;
        assert_eq!(
            app.text("#decline-name-error").await?,
            "The text is too long: at most 80 characters."
        );
        assert_eq!(
            app.js(
                "return document.getElementById('decline-name').getAttribute('aria-invalid')",
                vec![]
            )
            .await?,
            "true"
        );
        Ok(())
    })
    .await
}

#[tokio::test]
async fn copy_in_nynorsk_with_a_nynorsk_ui() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("nn_NO.UTF-8", dir.path()).await?;
    app.run(async |app| {
        copy_and_check(
            app,
            "snapchat",
            "Eirik Øyehaug-Vinje",
            None,
            NN_SNAPCHAT_EIRIK,
        )
        .await?;
        assert_eq!(
            app.text("#decline-status").await?,
            "Kopiert. Lim inn meldinga som svar på førespurnaden."
        );
        assert_eq!(
            app.js(
                "return document.getElementById('decline-preview').lang",
                vec![]
            )
            .await?,
            "nn"
        );
        app.screenshot("nn-decline").await?;
        Ok(())
    })
    .await
}

#[tokio::test]
async fn copy_in_nynorsk_from_a_bokmal_ui() -> Result {
    copy_from_a_bokmal_ui("snapchat", "Eirik Øyehaug-Vinje", "nn", NN_SNAPCHAT_EIRIK).await
}

/// One thumb (WebKitGTK; the Chromium lane checks the same): with a name
/// remembered from an earlier day, the message and its copy button show
/// without scrolling at 390×844, and at 360×640 the button stays in view.
#[tokio::test]
async fn with_a_remembered_name_the_copy_button_is_in_reach() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    app.run(async |app| {
        app.open("decline").await?;
        app.type_into("#decline-name", "Åse Ødegård-Nilsen").await?;
        app.wait_decline_name_saved("Åse Ødegård-Nilsen").await?;
        Ok(())
    })
    .await?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    app.run(async |app| {
        decline_copy_in_reach(app, true).await?;
        app.set_size(360, 640).await?;
        decline_copy_in_reach(app, false).await?;
        app.screenshot("nb-decline-360x640").await?;
        Ok(())
    })
    .await
}
