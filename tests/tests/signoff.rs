//! "Lest og forstått" in the real app: sign off from the reader, restart and
//! find it in Settings, copy the receipt and read the X clipboard, delete it.

use std::time::{Duration, Instant};

use postvett_e2e::{App, Result};

async fn fill(app: &App, id: &str, text: &str) -> Result {
    app.type_into(&format!("#signoff-{id}"), text).await
}

#[tokio::test]
async fn sign_off_restart_copy_the_receipt_and_delete() -> Result {
    let dir = tempfile::tempdir()?;
    let launch = || App::phone("nb_NO.UTF-8", dir.path());
    let app = launch().await?;
    app.run(async |app| {
        app.open_document("#/guideline/d38049").await?;
        app.open_signoff().await?;
        fill(app, "name", "Åse Ødegård-Nilsen").await?;
        fill(app, "place", "Hamar").await?;
        fill(app, "signature", "Åse Nilsen").await?;
        app.click("#signoff-save").await?;
        // A signature that is not the name is refused at its field.
        app.wait_js("return !document.getElementById('signoff-signature-error').hidden")
            .await?;
        assert_eq!(
            app.text("#signoff-signature-error").await?,
            "Underskriften må være det samme navnet som står over."
        );
        app.screenshot("nb-signoff-form").await?;
        fill(app, "signature", "Åse Ødegård-Nilsen").await?;
        app.click("#signoff-save").await?;
        app.wait_js("return !document.getElementById('signoff-dialog').open")
            .await?;
        assert_eq!(
            app.text("#signoff-status").await?,
            "Bekreftelsen er lagret på denne telefonen."
        );
        Ok(())
    })
    .await?;

    let app = launch().await?;
    app.run(async |app| {
        app.click("[data-nav='settings']").await?;
        app.wait_js(
            "return document.querySelectorAll('#signoff-list [data-signoff]').length === 1",
        )
        .await?;
        let receipt = app.text("#signoff-list .receipt").await?;
        for want in [
            "Lest og forstått",
            "Dokument: Sosiale medier - Retningslinjer for ansattes bruk (D38049)",
            "Utgave: 3.02",
            "Gjelder fra: 20.03.2024",
            "Navn: Åse Ødegård-Nilsen",
            "Sted: Hamar",
            "Registrering: ",
        ] {
            assert!(receipt.contains(want), "{want:?} not in {receipt}");
        }
        app.screenshot("nb-settings-signoffs").await?;
        app.click("#signoff-list [data-copy]").await?;
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut copied = None;
        while Instant::now() < deadline {
            copied =
                postvett_e2e::read_clipboard().map(|b| String::from_utf8_lossy(&b).into_owned());
            if copied
                .as_deref()
                .is_some_and(|c| c.starts_with("Lest og forstått\n"))
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let copied = copied.ok_or("nothing on the clipboard")?;
        assert_eq!(
            copied, receipt,
            "the clipboard holds exactly the receipt shown"
        );
        assert!(!copied.contains(['\u{2068}', '\u{2069}']));
        // Delete, after a confirmation.
        app.click("#signoff-list [data-delete]").await?;
        app.wait_js("return document.getElementById('signoff-delete-dialog').open")
            .await?;
        app.click("#signoff-delete-yes").await?;
        app.wait_js(
            "return document.querySelectorAll('#signoff-list [data-signoff]').length === 0",
        )
        .await?;
        assert_eq!(
            app.text("#signoff-list-status").await?,
            "Bekreftelsen er slettet."
        );
        Ok(())
    })
    .await
}
