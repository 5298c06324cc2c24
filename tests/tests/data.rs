//! "Your data" in the real app: a store found damaged is set aside, and its
//! removal is offered at the top of the page and done from there; "Delete my
//! data" in Settings leaves nothing of the user's, set-aside copies included,
//! and the app is back in the phone's language.

use std::path::Path;

use jiff::tz::TimeZone;
use postvett_core::settings::{DECLINE_NAME, LANGUAGE};
use postvett_core::signoff::{self, SignOffInput};
use postvett_core::store::{self, Store, SCHEMA_KEY};
use postvett_e2e::{App, Result};

/// A store with something of every kind the user keeps: a language choice,
/// a name, a ticked tip, a sign-off.
fn fill(store_dir: &Path) -> Result {
    let store = Store::open(store_dir)?;
    store.set(LANGUAGE, &"nn".to_owned())?;
    store.set(DECLINE_NAME, &"Kari Nordmann".to_owned())?;
    postvett_core::tips::set_done(&store, "tips-strava-privacy-zone", true)?;
    let input = SignOffInput {
        document: "d38049".into(),
        name: "Kari Nordmann".into(),
        place: "Hamar".into(),
        date: "2026-11-23".into(),
        signature: "Kari Nordmann".into(),
    };
    signoff::record(&store, &input, jiff::Timestamp::now(), &TimeZone::UTC)?;
    Ok(())
}

/// Sets aside a copy beside `store_dir` as a damaged store would be.
fn set_aside_copy(store_dir: &Path) -> Result<std::path::PathBuf> {
    let secs = jiff::Timestamp::now().as_second();
    let aside = store_dir.with_file_name(format!("store-broken-{secs}"));
    std::fs::create_dir_all(&aside)?;
    std::fs::write(aside.join("db"), b"Kari Nordmann, shifts")?;
    Ok(aside)
}

#[tokio::test]
async fn delete_my_data_leaves_nothing_of_the_users() -> Result {
    let dir = tempfile::tempdir()?;
    let store_dir = dir.path().join("store");
    fill(&store_dir)?;
    let aside = set_aside_copy(&store_dir)?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    app.run(async |app| {
        assert_eq!(app.lang().await?, "nn", "the stored choice is in use");
        app.open("settings").await?;
        app.wait_js("return document.querySelectorAll('#signoff-list [data-signoff]').length === 1")
            .await?;
        // The copy set aside at an earlier start: its day, a button, and no
        // offer at the top (the user was told when it happened).
        let text = app.text("#data-aside-text").await?;
        assert!(
            text.starts_with("Ein kopi av det som var lagra før lagringa vart skadd"),
            "{text}"
        );
        assert_eq!(app.text("#data-aside-remove").await?, "Slett kopien no");
        assert_eq!(
            app.js("return document.getElementById('data-offer') === null", vec![])
                .await?,
            true
        );
        app.click("#data-delete").await?;
        app.wait_js("return document.getElementById('data-delete-dialog').open")
            .await?;
        app.screenshot("nn-settings-delete-confirm").await?;
        app.click("#data-delete-yes").await?;
        app.wait_js("return document.getElementById('data-status').textContent !== ''")
            .await?;
        // Back in the phone's language, with every screen drawn afresh.
        assert_eq!(app.lang().await?, "nb");
        assert_eq!(app.text("#data-status").await?, "Dataene dine er slettet.");
        app.wait_js("return document.querySelectorAll('#signoff-list [data-signoff]').length === 0 && document.getElementById('data-aside').hidden && document.getElementById('lang-auto').checked")
            .await?;
        app.open("decline").await?;
        app.wait_js("return document.getElementById('decline-name').value === ''")
            .await?;
        Ok(())
    })
    .await?;
    assert!(!aside.exists(), "the set-aside copy is gone");
    assert!(store::set_aside(&store_dir).is_empty());
    let store = Store::open(&store_dir)?;
    let keys = store.keys()?;
    assert_eq!(
        keys,
        vec![("__sled__default".to_owned(), SCHEMA_KEY.to_owned())],
        "only the schema stamp is left: {keys:?}"
    );
    Ok(())
}

#[tokio::test]
async fn a_damaged_store_is_set_aside_and_its_removal_offered_at_the_top() -> Result {
    let dir = tempfile::tempdir()?;
    let store_dir = dir.path().join("store");
    fill(&store_dir)?;
    for entry in std::fs::read_dir(&store_dir)? {
        let path = entry?.path();
        if path.is_file() {
            std::fs::write(&path, b"\xde\xad\xbe\xef not a sled file".repeat(64))?;
        }
    }
    let app = App::phone("en_GB.UTF-8", dir.path()).await?;
    app.run(async |app| {
        // Told once, with the copy's day and a button to delete it now.
        app.wait_js("return !!document.querySelector('#notices [data-code=\"store-recovered\"]') && !!document.getElementById('data-offer')")
            .await?;
        let offer = app.text("#data-offer-text").await?;
        assert!(
            offer.starts_with("A copy of what was saved before the storage was damaged is still on this phone. It will be deleted automatically on "),
            "{offer}"
        );
        assert_eq!(store::set_aside(&store_dir).len(), 1);
        app.screenshot("en-store-recovered-offer").await?;
        app.click("#data-offer button").await?;
        app.wait_js("return document.getElementById('data-offer').textContent === 'The copy of the damaged storage has been deleted.'")
            .await?;
        assert_eq!(
            app.js("return document.activeElement.id", vec![]).await?,
            "data-offer",
            "the focus stays on the outcome"
        );
        assert!(store::set_aside(&store_dir).is_empty());
        app.open("settings").await?;
        assert_eq!(
            app.js("return document.getElementById('data-aside').hidden", vec![])
                .await?,
            true
        );
        Ok(())
    })
    .await
}
