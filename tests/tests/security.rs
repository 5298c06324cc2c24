//! Security and privacy promises, in the real app: no network and no remote
//! code, hostile text shown as text everywhere, only documented data kept, no
//! user text in the logs, and a second launch that neither crashes nor
//! corrupts anything.

use postvett_core::checklist::{situation, Answer};
use postvett_core::settings::{documented, Key, Name, REMINDERS_ENABLED, REMINDER_LEAD};
use postvett_core::store::{Store, Tree, SCHEMA_KEY, SETTINGS_TREE};
use postvett_e2e::checklist::run;
use postvett_e2e::{App, Result};
use serde_json::{json, Value};

/// Opens every screen and state a user can reach without typing.
async fn tour(app: &App) -> Result {
    for screen in app.nav_screens().await? {
        app.open(&screen).await?;
    }
    app.click("[data-nav='settings']").await?;
    app.open_document("#/guideline/d38049-patients").await?;
    app.goto_route("#/guideline/guide").await?;
    app.wait_js("return document.getElementById('reader-doc').dataset.doc === 'guide'")
        .await
}

#[tokio::test]
async fn no_network_no_eval_and_only_local_resources() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    app.run(async |app| {
        let fetched = app
            .js_async(
                "const done = arguments[0]; fetch('https://example.org/').then(() => done('loaded'), e => done('blocked: ' + e));",
                vec![],
            )
            .await?;
        assert!(fetched.as_str().unwrap_or_default().starts_with("blocked"), "{fetched}");
        let img = app
            .js_async(
                "const done = arguments[0]; const i = new Image(); i.onload = () => done('loaded'); i.onerror = () => done('blocked'); i.src = 'https://example.org/x.png'; document.body.append(i);",
                vec![],
            )
            .await?;
        assert_eq!(img, "blocked");
        let eval = app.js("try { eval('1 + 1'); return 'ran'; } catch (e) { return e.name; }", vec![]).await?;
        assert_eq!(eval, "EvalError", "no unsafe-eval");
        // Tauri's API is bundled into the page, so no global offers it to
        // other script (withGlobalTauri is off).
        let global = app.js("return typeof window.__TAURI__", vec![]).await?;
        assert_eq!(global, "undefined", "no window.__TAURI__");

        tour(app).await?;
        // Everything the page loaded or refers to. WebKit records Resource
        // Timing entries only for http(s) loads, so the document's own
        // stylesheets, scripts, images and links are listed too.
        let resources = app
            .js(
                "return [...performance.getEntriesByType('resource').map(e => e.name), \
                  ...[...document.styleSheets].map(s => s.href).filter(Boolean), \
                  ...[...document.scripts].map(s => s.src).filter(Boolean), \
                  ...[...document.images].map(i => i.currentSrc || i.src).filter(u => u && !u.includes('example.org')), \
                  ...[...document.querySelectorAll('link[href], a[href^=\"http\"]')].map(l => l.href)]",
                vec![],
            )
            .await?;
        let list = resources.as_array().ok_or("no resource list")?;
        assert!(list.len() >= 3, "the page's own CSS and scripts are listed: {list:?}");
        for url in list {
            let url = url.as_str().unwrap_or_default();
            // blob: is the photo check's picked photo, made in the page.
            let local = ["tauri://localhost/", "http://tauri.localhost/", "ipc://localhost/", "http://ipc.localhost/", "blob:"]
                .iter()
                .any(|p| url.starts_with(p))
                // The one outside address the content shows; it opens in the system browser, never in the app.
                || url == "https://slettmeg.no/";
            assert!(local, "a non-local resource was requested: {url}");
        }
        let fonts = app.js("return [...document.fonts].filter(f => f.status === 'loaded').length", vec![]).await?;
        assert!(fonts.as_u64().unwrap_or(0) >= 1, "the self-hosted font loaded");
        eprintln!("resources checked: {} (all local)", list.len());
        Ok(())
    })
    .await
}

const PAYLOADS: [&str; 4] = [
    "<img src=x onerror=\"window.__xss=(window.__xss||0)+1\">",
    "\"><script>window.__xss=(window.__xss||0)+1</script>",
    "<svg onload=\"window.__xss=(window.__xss||0)+1\">",
    "javascript:window.__xss=1",
];

async fn no_script_ran(app: &App) -> Result {
    let v = app
        .js("return [window.__xss === undefined, document.querySelectorAll('img[src=\"x\"], svg[onload], script:not([src])').length]", vec![])
        .await?;
    assert_eq!(v, json!([true, 0]), "a payload ran or became markup");
    Ok(())
}

#[tokio::test]
async fn hostile_text_in_every_field_is_shown_as_text_and_runs_nothing() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("en_US.UTF-8", dir.path()).await?;
    let mut tried = 0;
    app.run(async |app| {
        for p in PAYLOADS {
            // The decline name and the free-text platform: previewed verbatim.
            app.open("decline").await?;
            app.select("#decline-platform", "other").await?;
            // The platform field takes 40 characters: the payload's first 40.
            let p40: String = p.chars().take(40).collect();
            app.type_into("#decline-other", &p40).await?;
            app.type_into("#decline-name", p).await?;
            app.wait_js(&format!(
                "return document.getElementById('decline-preview').textContent.endsWith({})",
                json!(format!("Kind regards, {p}"))
            ))
            .await?;
            let preview = app.text("#decline-preview").await?;
            assert!(preview.contains(&format!("here on {p40}!")), "{preview}");
            tried += 2;
            // The search field.
            app.open("guideline").await?;
            app.type_into("#reader-q", p).await?;
            app.wait_js("return document.getElementById('reader-search-status').textContent.length > 0").await?;
            tried += 1;
            // The sign-off fields, kept and shown in the receipt.
            app.open_document("#/guideline/d38049").await?;
            app.open_signoff().await?;
            app.sign_off(p, p, p).await?;
            tried += 3;
            app.click("[data-nav='settings']").await?;
            app.wait_js(&format!(
                "return [...document.querySelectorAll('#signoff-list .receipt')].some(r => r.textContent.includes({}))",
                json!(format!("Place: {p}"))
            ))
            .await?;
            no_script_ran(app).await?;
        }
        eprintln!("XSS payloads tried: {} payloads × 6 fields = {tried}", PAYLOADS.len());
        Ok(())
    })
    .await
}

/// Whether `text` holds a checklist answer: the question's id followed, past
/// quotes, colons, `=`, `>`, backslashes and spaces, by `answer` (in any
/// case) as a whole word, as a stored or logged answer map would show it
/// (`"logo":"yes"`, `"logo": Yes`, `logo=yes`).
fn holds_answer(text: &str, id: &str, answer: &str) -> bool {
    text.match_indices(id).any(|(at, _)| {
        let rest = text[at + id.len()..].trim_start_matches(['"', '\'', ':', '=', '>', '\\', ' ']);
        rest.get(..answer.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(answer))
            && !rest[answer.len()..]
                .starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '_')
    })
}

/// The walk's checklist run: the photo path, every question answered with
/// its risky answer ("yes", or "no" where "no" is the risk).
fn risky_photo_run() -> Vec<(&'static str, &'static str)> {
    situation("photo")
        .map(|s| s.steps)
        .unwrap_or_default()
        .iter()
        .map(|st| {
            let risky = if st.question.safe_answer() == Answer::Yes {
                "no"
            } else {
                "yes"
            };
            (st.question.id, risky)
        })
        .collect()
}

/// What in `text` gives away the walk's checklist run, if anything: an
/// answer of it, the situation, or the verdict.
fn checklist_run_in(text: &str) -> Option<String> {
    risky_photo_run()
        .into_iter()
        .find(|(id, answer)| holds_answer(text, id, answer))
        .map(|(id, _)| format!("the answer to {id:?}"))
        .or_else(|| holds_answer(text, "situation", "photo").then(|| "the situation".to_owned()))
        .or_else(|| holds_answer(text, "light", "stop").then(|| "the verdict".to_owned()))
}

/// What in `text` gives away the walk's photo check, if anything: its
/// file, or what it carried (the position, the owner, the serial, the
/// camera, the comment).
fn photo_in(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    [
        ("solvay", "the photo's file"),
        ("60.7942", "its position"),
        ("11.0678", "its position"),
        ("kari nordmann", "its owner's name"),
        ("sn-0042-test", "its serial number"),
        ("testphone", "its camera"),
        ("ward 5, night shift", "its comment"),
        ("exif", "its metadata"),
    ]
    .into_iter()
    .find(|(needle, _)| lower.contains(needle))
    .map(|(_, what)| what)
}

#[test]
fn photo_in_finds_what_the_walks_photo_gives_away() {
    assert_eq!(
        photo_in(r#"{"position": [60.79420, 11.0678]}"#),
        Some("its position")
    );
    assert_eq!(photo_in("owner Kari Nordmann"), Some("its owner's name"));
    assert_eq!(
        photo_in("opened /tmp/x/solvay.jpg"),
        Some("the photo's file")
    );
    assert_eq!(photo_in(r#"{"language":"nb"}"#), None);
}

#[test]
fn holds_answer_finds_an_answer_map_in_its_usual_spellings() {
    for text in [
        r#"{"answers":{"photo-consent":"no","logo":"yes"}}"#,
        r#"answers: {"logo": Yes}"#,
        "logo=yes",
        r#"{\"logo\":\"yes\"}"#,
    ] {
        assert!(holds_answer(text, "logo", "yes"), "{text}");
    }
    for text in [
        r#"{"logo":"no"}"#,
        "logo yesterday? no: logos",
        r#"{"patient-message":"yes"}"#,
    ] {
        assert!(!holds_answer(text, "logo", "yes"), "{text}");
    }
    assert!(!holds_answer(
        r#"{"patient-message":"yes"}"#,
        "patient",
        "yes"
    ));
    assert_eq!(
        checklist_run_in(r#"{"light":"stop","reasons":[]}"#).as_deref(),
        Some("the verdict")
    );
    assert_eq!(checklist_run_in("starting in language nb"), None);
    assert_eq!(
        checklist_run_in(r#"{"situation":"photo","answers":{}}"#).as_deref(),
        Some("the situation")
    );
    assert_eq!(
        checklist_run_in(r#"{"photo-consent":"no"}"#).as_deref(),
        Some("the answer to \"photo-consent\"")
    );
}

#[tokio::test]
async fn a_walk_through_every_screen_keeps_only_documented_data_and_no_user_text_in_logs() -> Result
{
    let dir = tempfile::tempdir()?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    let name = "Åse Personvern-Testesen";
    app.run(async |app| {
        tour(app).await?;
        // Everything that writes, each waited for until the app shows it is
        // done: a checklist run, a name for the decline message, a tick, a
        // shift, reminders on, a sign-off.
        // A photo run that gives the risky answer to every question it is
        // asked: what a leak would show.
        app.open("checklist").await?;
        run(app, "photo", &risky_photo_run()).await?;
        app.wait_js("return !document.getElementById('check-result').hidden")
            .await?;
        // A photo check: a phone photo with a position, names and faces,
        // searched and left (which drops it).
        let (photo, _) = postvett_e2e::photo::fixture(dir.path())?;
        postvett_e2e::photo::pick(app, &photo).await?;
        postvett_e2e::photo::faces(app).await?;
        app.open("decline").await?;
        app.type_into("#decline-name", name).await?;
        app.js("document.getElementById('decline-name').blur()", vec![])
            .await?;
        app.wait_decline_name_saved(name).await?;
        app.open("tips").await?;
        app.click("label[for='step-tips-x-protect']").await?;
        // The card counts the tick once the app has stored it.
        app.wait_js(
            "return document.getElementById('step-tips-x-protect').checked && document.getElementById('tips-x-progress').textContent.startsWith('1 ')",
        )
        .await?;
        // A weekly shift with the form's defaults (Monday to Friday, 07:00–15:00).
        app.open("shift").await?;
        app.js(
            "document.getElementById('shift-add-details').open = true",
            vec![],
        )
        .await?;
        app.click("#shift-add").await?;
        app.wait_js(
            "return document.querySelectorAll('#shift-list [data-shift]').length === 1 && document.getElementById('shift-status').textContent.trim() !== ''",
        )
        .await?;
        // Reminders on: the next reminders are listed once the app has stored it.
        app.click("label[for='shift-enabled']").await?;
        app.wait_js(
            "return document.getElementById('shift-enabled').checked && document.querySelector('#shift-upcoming li:not(.hint)') !== null",
        )
        .await?;
        app.goto_route("#/guideline/guide").await?;
        app.wait_js("return document.getElementById('reader-doc').dataset.doc === 'guide'")
            .await?;
        app.open_signoff().await?;
        app.sign_off(name, "Gjøvik-testby", name).await?;
        // The confirmation shows once the sign-off is stored.
        app.wait_js("return document.getElementById('signoff-status').textContent.trim() !== ''")
            .await?;
        Ok(())
    })
    .await?;

    let store = Store::open(&dir.path().join("store"))?;
    let keys = store.keys()?;
    let trees: Vec<&str> = Tree::ALL.iter().map(|t| t.name()).collect();
    for (tree, key) in &keys {
        let documented = match tree.as_str() {
            "__sled__default" => key == SCHEMA_KEY,
            t if t == SETTINGS_TREE => documented().any(|(k, _)| k == key),
            t => trees.contains(&t),
        };
        assert!(documented, "undocumented data kept: {tree}/{key}");
    }
    assert!(
        keys.iter()
            .any(|(t, k)| t == "settings" && k == "decline_name"),
        "{keys:?}"
    );
    assert!(keys.iter().any(|(t, _)| t == "signoffs"), "{keys:?}");
    for setting in [REMINDERS_ENABLED.name(), REMINDER_LEAD.name()] {
        assert!(
            keys.iter().any(|(t, k)| t == SETTINGS_TREE && k == setting),
            "{setting} is not kept: {keys:?}"
        );
    }
    assert_eq!(store.get(REMINDERS_ENABLED)?, Some(true));
    assert!(
        keys.iter().any(|(t, _)| t == Tree::Shifts.name()),
        "no shift kept: {keys:?}"
    );
    assert!(
        keys.iter().any(|(t, _)| t == Tree::TipsDone.name()),
        "no tick kept: {keys:?}"
    );
    assert!(
        !keys
            .iter()
            .any(|(t, k)| t.contains("check") || k.contains("check") || k.contains("verdict")),
        "{keys:?}"
    );
    // Every kept value, read through the store (as JSON text; it has no
    // raw-bytes reader), holds nothing of the checklist run.
    let mut values = Vec::new();
    for (tree, key) in &keys {
        let value = if tree == SETTINGS_TREE {
            // Every settings key is a documented one (asserted above).
            let name = Name::from_key(key).ok_or("an undocumented setting")?;
            store.get::<Value>(Key::new(name))?
        } else if key == SCHEMA_KEY {
            store.schema_version()?.map(Value::from)
        } else {
            continue;
        };
        values.push((
            format!("{tree}/{key}"),
            value.ok_or("a listed key has no value")?,
        ));
    }
    for tree in Tree::ALL {
        for (key, value) in store.list::<Value>(tree)? {
            values.push((format!("{}/{key}", tree.name()), value));
        }
    }
    assert_eq!(values.len(), keys.len(), "every kept value was read");
    for (at, value) in &values {
        let text = value.to_string();
        assert_eq!(
            checklist_run_in(&text),
            None,
            "{at} holds the checklist run: {text}"
        );
        assert_eq!(photo_in(&text), None, "{at} holds the photo check: {text}");
    }
    for (tree, key) in &keys {
        assert_eq!(
            photo_in(&format!("{tree}/{key}")),
            None,
            "a key of the photo check"
        );
    }
    eprintln!("store keys after the walk: {keys:?}");
    drop(store);

    let mut logs = 0;
    for entry in postvett_e2e::files_under(dir.path()) {
        if entry.extension().is_some_and(|e| e == "log") {
            logs += 1;
            let text = std::fs::read_to_string(&entry)?;
            for secret in [name, "Gjøvik-testby"] {
                assert!(
                    !text.contains(secret),
                    "{} contains user text {secret:?}",
                    entry.display()
                );
            }
            assert_eq!(
                checklist_run_in(&text),
                None,
                "{} logs the checklist run",
                entry.display()
            );
            assert_eq!(
                photo_in(&text),
                None,
                "{} logs the photo check",
                entry.display()
            );
        }
    }
    assert!(logs > 0, "the app wrote its log where the test looked");
    Ok(())
}

#[tokio::test]
async fn a_second_launch_neither_crashes_nor_corrupts_anything() -> Result {
    let dir = tempfile::tempdir()?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    app.run(async |app| {
        app.open("decline").await?;
        app.type_into("#decline-name", "Kari Nordmann").await?;
        app.js("document.getElementById('decline-name').blur()", vec![])
            .await?;
        app.wait_decline_name_saved("Kari Nordmann").await?;
        let status = app.launch_again().await?;
        assert!(status.success(), "the second launch exited with {status}");
        // The first instance still works and still has its data.
        app.open("checklist").await?;
        app.open("decline").await?;
        let v = app
            .js(
                "return document.getElementById('decline-name').value",
                vec![],
            )
            .await?;
        assert_eq!(v, Value::from("Kari Nordmann"));
        Ok(())
    })
    .await?;
    let store = Store::open(&dir.path().join("store"))?;
    assert_eq!(
        store.get(postvett_core::settings::DECLINE_NAME)?.as_deref(),
        Some("Kari Nordmann")
    );
    Ok(())
}
