//! Privacy tips and the shift reminder in the real app: done-marks survive a
//! restart and can be reset; shifts are validated with localised errors; and
//! a shift starting within the minute makes the app send a real D-Bus
//! notification with the localised title and body.

use std::time::{Duration, Instant};

use jiff::{tz::TimeZone, Timestamp, ToSpan};
use postvett_e2e::notifications::NotificationServer;
use postvett_e2e::{App, Result, TIME_ZONE};
use serde_json::json;

fn is_checked(step: &str) -> String {
    format!("return document.getElementById('step-{step}').checked")
}

#[tokio::test]
async fn tips_show_the_guideline_and_done_marks_survive_a_restart_and_reset() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    app.run(async |app| {
        app.open("tips").await?;
        app.wait_js("return document.querySelectorAll('#tips-cards .tip-card').length === 11")
            .await?;
        let advice = app.text("#tips-advice").await?;
        assert!(
            advice.starts_with("Vær forsiktig med å legge ut informasjon om deg selv som ansatt"),
            "{advice}"
        );
        assert!(advice.contains("Slå av stedstjenester på sosiale medier"));
        let as_of = app.text("#tips-strava .as-of").await?;
        assert!(as_of.contains("2026-11-23"), "{as_of}");
        app.click("label[for='step-tips-strava-privacy-zone']")
            .await?;
        app.click("label[for='step-tips-facebook-audience']")
            .await?;
        app.wait_js(
            "return document.getElementById('tips-strava-progress').textContent.startsWith('1 av')",
        )
        .await?;
        app.screenshot("nb-tips").await?;
        Ok(())
    })
    .await?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    app.run(async |app| {
        app.open("tips").await?;
        app.wait_js(&is_checked("tips-strava-privacy-zone")).await?;
        assert_eq!(
            app.js(&is_checked("tips-facebook-audience"), vec![])
                .await?,
            true
        );
        assert_eq!(app.js(&is_checked("tips-x-protect"), vec![]).await?, false);
        app.click("#tips-reset").await?;
        app.wait_js("return document.getElementById('tips-reset-dialog').open")
            .await?;
        app.click("#tips-reset-yes").await?;
        app.wait_js(&format!(
            "return !({})",
            is_checked("tips-strava-privacy-zone").trim_start_matches("return ")
        ))
        .await?;
        assert_eq!(
            app.js(&is_checked("tips-facebook-audience"), vec![])
                .await?,
            false
        );
        Ok(())
    })
    .await
}

async fn set_value(app: &App, css: &str, value: &str) -> Result {
    app.js(
        "const e = document.querySelector(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
        vec![json!(css), json!(value)],
    )
    .await?;
    Ok(())
}

async fn open_form(app: &App) -> Result {
    app.open("shift").await?;
    app.js(
        "document.getElementById('shift-add-details').open = true",
        vec![],
    )
    .await?;
    Ok(())
}

#[tokio::test]
async fn shifts_are_validated_listed_and_removed() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("en_US.UTF-8", dir.path()).await?;
    app.run(async |app| {
        open_form(app).await?;
        // A day shift that ends before it starts is refused at the end field.
        set_value(app, "#shift-start", "15:00").await?;
        set_value(app, "#shift-end", "07:00").await?;
        app.click("#shift-add").await?;
        app.wait_js("return !document.getElementById('shift-end-error').hidden")
            .await?;
        assert!(app
            .text("#shift-end-error")
            .await?
            .starts_with("The shift must end after it starts."));
        assert_eq!(
            app.js(
                "return document.getElementById('shift-end').getAttribute('aria-invalid')",
                vec![]
            )
            .await?,
            "true"
        );
        app.screenshot("en-shift-form-error").await?;
        // As a night shift it is fine.
        app.click("label[for='shift-night']").await?;
        app.click("#shift-add").await?;
        app.wait_js("return document.querySelectorAll('#shift-list [data-shift]').length === 1")
            .await?;
        let item = app.text("#shift-list [data-shift]").await?;
        assert!(
            item.contains("Monday, Tuesday, Wednesday, Thursday, Friday, 15:00–07:00"),
            "{item}"
        );
        // Overlapping one-offs are refused.
        app.click("label[for='shift-night']").await?;
        app.click("label[for='shift-kind-one-off']").await?;
        set_value(app, "#shift-date", "2030-01-07").await?;
        set_value(app, "#shift-start", "08:00").await?;
        set_value(app, "#shift-end", "16:00").await?;
        app.click("#shift-add").await?;
        app.wait_js("return document.querySelectorAll('#shift-list [data-shift]').length === 2")
            .await?;
        set_value(app, "#shift-start", "12:00").await?;
        set_value(app, "#shift-end", "20:00").await?;
        app.click("#shift-add").await?;
        app.wait_js("return !document.getElementById('shift-date-error').hidden")
            .await?;
        assert_eq!(
            app.text("#shift-date-error").await?,
            "The shift overlaps another one-off shift."
        );
        // Removing one.
        app.click("#shift-list [data-remove]").await?;
        app.wait_js("return document.querySelectorAll('#shift-list [data-shift]').length === 1")
            .await?;
        assert_eq!(app.text("#shift-status").await?, "The shift was deleted.");
        Ok(())
    })
    .await
}

#[tokio::test]
async fn a_shift_starting_now_brings_a_real_desktop_notification() -> Result {
    let server = NotificationServer::start().await?;
    let dir = tempfile::tempdir()?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    app.run(async |app| {
        app.open("shift").await?;
        // Reminders on, lead time 0.
        app.select("#shift-lead", "0").await?;
        app.click("label[for='shift-enabled']").await?;
        app.wait_js("return document.getElementById('shift-enabled').checked")
            .await?;
        // A one-off shift starting at the next whole minute (in the app's zone).
        let tz = TimeZone::get(TIME_ZONE)?;
        let mut start = Timestamp::now().to_zoned_datetime(tz.clone());
        start = start.checked_add(1.minute())?;
        if start.second() > 50 {
            start = start.checked_add(1.minute())?;
        }
        let end = start.checked_add(2.hours())?;
        let night = end.date() != start.date();
        let hhmm = |z: &jiff::ZonedDateTime| z.strftime("%H:%M").to_string();
        open_form(app).await?;
        app.click("label[for='shift-kind-one-off']").await?;
        set_value(app, "#shift-date", &start.date().to_string()).await?;
        set_value(app, "#shift-start", &hhmm(&start)).await?;
        set_value(app, "#shift-end", &hhmm(&end)).await?;
        if night {
            app.click("label[for='shift-night']").await?;
        }
        app.click("#shift-add").await?;
        app.wait_js("return document.querySelectorAll('#shift-list [data-shift]').length === 1")
            .await?;
        // The screen from the top: the new shift, then the reminder settings.
        app.js("window.scrollTo(0, 0)", vec![]).await?;
        app.screenshot("nb-shift").await?;

        let deadline = Instant::now() + Duration::from_secs(150);
        while server.calls().is_empty() && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
        let calls = server.calls();
        assert_eq!(calls.len(), 1, "exactly one Notify call: {calls:?}");
        assert_eq!(calls[0].summary, "Slå av stedstjenester");
        assert_eq!(
            calls[0].body,
            format!(
                "Vakten din starter {}. Slå av stedstjenester som kan spore deg på jobb.",
                hhmm(&start)
            )
        );
        // Once the shift runs, the checklist shows the "on shift" card; it can be hidden.
        // Opening the checklist re-reads the plan (the card also refreshes each minute).
        app.open("checklist").await?;
        app.wait_js("return !document.getElementById('on-shift').hidden")
            .await?;
        app.screenshot("nb-checklist-on-shift").await?;
        app.click("#on-shift-dismiss").await?;
        app.wait_js("return document.getElementById('on-shift').hidden")
            .await?;
        Ok(())
    })
    .await
}
