//! The app frame in the real webview: locale negotiation, the language switch
//! persisting across a restart, every screen reachable with its heading, and
//! how the app, started as a user starts it, has WebKit paint.

use postvett_e2e::started::Started;
use postvett_e2e::{App, Launch, Result};

const SCREENS: [&str; 6] = [
    "checklist",
    "photo",
    "guideline",
    "decline",
    "tips",
    "shift",
];

fn headings(lang: &str) -> [&'static str; 6] {
    match lang {
        "nb" => [
            "Kan jeg poste dette?",
            "Bildesjekk",
            "Retningslinjen",
            "Avslå en venneforespørsel",
            "Personverninnstillinger",
            "Vaktpåminnelse",
        ],
        "nn" => [
            "Kan eg poste dette?",
            "Biletsjekk",
            "Retningslinja",
            "Avslå ein venneførespurnad",
            "Personverninnstillingar",
            "Vaktpåminning",
        ],
        _ => [
            "Can I post this?",
            "Photo check",
            "The guideline",
            "Decline a friend request",
            "Privacy settings",
            "Shift reminder",
        ],
    }
}

/// Saves the screen as it is, then in the dark theme (for the README's gallery).
async fn shoot_light_and_dark(app: &App, light: &str, dark: &str) -> Result {
    app.screenshot(light).await?;
    app.js(
        "document.documentElement.dataset.colorScheme = 'dark'",
        vec![],
    )
    .await?;
    app.screenshot(dark).await?;
    app.js(
        "document.documentElement.dataset.colorScheme = 'auto'",
        vec![],
    )
    .await?;
    Ok(())
}

async fn tour(locale: &str, lang: &str) -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::launch(Launch {
        locale,
        data_dir: dir.path(),
    })
    .await?;
    app.run(async |app| {
        assert_eq!(app.lang().await?, lang, "document lang under LANG={locale}");
        app.set_size(390, 844).await?;
        assert_eq!(app.nav_screens().await?, SCREENS, "the bottom navigation");
        for (screen, expected) in SCREENS.iter().zip(headings(lang)) {
            // Opened from the bottom of the screen before, each screen takes
            // the focus (so a screen reader reads its name) and shows from
            // its top.
            app.js("window.scrollTo(0, document.documentElement.scrollHeight)", vec![])
                .await?;
            app.open(screen).await?;
            app.wait_js(&format!(
                "return document.activeElement === document.querySelector(\"[data-screen='{screen}']\")"
            ))
            .await?;
            let scrolled = app.js("return window.scrollY", vec![]).await?;
            assert_eq!(scrolled, 0, "{screen} in {lang} opens at its top");
            assert_eq!(app.heading().await?, expected, "{screen} in {lang}");
            let current = app
                .js(&format!("return document.querySelector(\"[data-nav='{screen}']\").getAttribute('aria-current')"), vec![])
                .await?;
            assert_eq!(current, "page", "{screen} is marked current");
            shoot_light_and_dark(app, &format!("{lang}-{screen}"), &format!("{lang}-dark-{screen}")).await?;
        }
        // Settings (the top bar's button) and the accessibility statement.
        app.click("[data-nav='settings']").await?;
        app.wait_js("return !document.querySelector(\"[data-screen='settings']\").hidden").await?;
        shoot_light_and_dark(app, &format!("{lang}-settings"), &format!("{lang}-dark-settings")).await?;
        app.click("a[href='#/accessibility']").await?;
        app.wait_js("return !document.querySelector(\"[data-screen='accessibility']\").hidden").await?;
        shoot_light_and_dark(app, &format!("{lang}-accessibility"), &format!("{lang}-dark-accessibility")).await?;
        Ok(())
    })
    .await
}

#[tokio::test]
async fn starts_in_bokmal_under_a_norwegian_locale_and_shows_every_screen() -> Result {
    tour("nb_NO.UTF-8", "nb").await
}

#[tokio::test]
async fn starts_in_nynorsk_under_a_nynorsk_locale_and_shows_every_screen() -> Result {
    tour("nn_NO.UTF-8", "nn").await
}

#[tokio::test]
async fn starts_in_english_under_an_english_locale_and_shows_every_screen() -> Result {
    tour("en_US.UTF-8", "en").await
}

#[tokio::test]
async fn a_language_choice_survives_a_restart() -> Result {
    let dir = tempfile::tempdir()?;
    let launch = || Launch {
        locale: "en_US.UTF-8",
        data_dir: dir.path(),
    };

    App::launch(launch())
        .await?
        .run(async |app| {
            assert_eq!(app.lang().await?, "en");
            app.click("[data-nav='settings']").await?;
            app.click("label[for='lang-nb']").await?;
            app.wait_js("return document.documentElement.lang === 'nb'")
                .await?;
            assert_eq!(app.heading().await?, "Innstillinger");
            Ok(())
        })
        .await?;

    App::launch(launch())
        .await?
        .run(async |app| {
            assert_eq!(
                app.lang().await?,
                "nb",
                "the choice persisted over LANG=en_US"
            );
            app.open("checklist").await?;
            assert_eq!(app.heading().await?, "Kan jeg poste dette?");
            let checked = app
                .js("return document.getElementById('lang-nb').checked", vec![])
                .await?;
            assert_eq!(checked, true);
            Ok(())
        })
        .await
}

/// Started as a user starts it, the app chooses how WebKit paints: on the
/// CPU when the machine has no GPU render node (`/dev/dri/renderD*`), else
/// through OpenGL (src-tauri/src/system/linux.rs). Its WebKit processes get
/// that choice, and the first screen is routed and painted. The WebDriver
/// sessions keep OpenGL (see `app_env`), so this is the one test on the
/// path a machine without a GPU takes.
#[tokio::test]
async fn the_app_chooses_how_webkit_paints_and_shows_its_first_screen() -> Result {
    let dir = tempfile::tempdir()?;
    let mut app = Started::start(Launch {
        locale: "nb_NO.UTF-8",
        data_dir: dir.path(),
    })
    .await?;
    let marks = app.ready().await?;
    assert!(
        marks.get("5-routed").is_some_and(|ms| *ms > 0.0),
        "the first screen was routed: {marks:?}"
    );
    assert!(
        marks["7-second-frame"] > marks["6-first-frame"],
        "and two frames painted after it: {marks:?}"
    );
    let gpu = std::fs::read_dir("/dev/dri").is_ok_and(|d| {
        d.flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
    });
    let children = app.children_env();
    assert!(!children.is_empty(), "the app runs WebKit processes");
    for env in &children {
        assert_eq!(
            env.iter().any(|e| e == "WEBKIT_DISABLE_COMPOSITING_MODE=1"),
            !gpu,
            "a WebKit process paints on the CPU exactly when there is no GPU"
        );
    }
    Ok(())
}
