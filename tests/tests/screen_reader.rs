//! What a screen reader is given, in both engines: the platform tree of
//! every screen and state the axe audit visits, in nb, nn and en, checked
//! by `postvett_e2e::tree` (names, labels in names, states, the heading
//! outline, named landmarks, modal dialogs named by their titles, errors tied
//! to their fields, live regions, reading order, languages). WebKitGTK's
//! tree is read over AT-SPI, as Orca reads it; Chromium's, the Android
//! WebView's engine, through the DevTools protocol.

use postvett_e2e::audit::{every_state, Check};
use postvett_e2e::{tree, App, Engine, Result};

/// The tree audit as a check of the state tour.
struct TreeAudit {
    tag: String,
    nodes: usize,
    faults: Vec<String>,
}

impl Check for TreeAudit {
    async fn check(&mut self, app: &App, state: &str) -> Result {
        let r = tree::audit(app).await?;
        self.nodes += r.nodes;
        let tag = &self.tag;
        self.faults
            .extend(r.faults.into_iter().map(|f| format!("[{tag} {state}] {f}")));
        Ok(())
    }
}

async fn in_every_language(engine: Engine) -> Result {
    let mut nodes = 0;
    let mut states = 0;
    let mut faults = Vec::new();
    for locale in ["nb_NO.UTF-8", "nn_NO.UTF-8", "en_GB.UTF-8"] {
        let dir = tempfile::tempdir()?;
        let app = match engine {
            Engine::WebKit => App::phone(locale, dir.path()).await?,
            Engine::Chromium => App::chromium(locale, dir.path()).await?,
        };
        let mut audit = TreeAudit {
            tag: format!("{engine:?} {}", &locale[..2]),
            nodes: 0,
            faults: Vec::new(),
        };
        states += app
            .run(async |app| every_state(app, &mut audit).await)
            .await?;
        nodes += audit.nodes;
        faults.extend(audit.faults);
    }
    eprintln!(
        "{engine:?}: {states} states, {nodes} tree nodes checked, {} faults",
        faults.len()
    );
    assert!(states >= 3 * 20, "the tour visits every state: {states}");
    assert!(
        faults.is_empty(),
        "{} faults:\n{}",
        faults.len(),
        faults.join("\n")
    );
    Ok(())
}

#[tokio::test]
async fn what_orca_gets_from_webkit_in_every_state_and_language() -> Result {
    in_every_language(Engine::WebKit).await
}

#[tokio::test]
async fn what_talkback_gets_from_chromium_in_every_state_and_language() -> Result {
    in_every_language(Engine::Chromium).await
}
