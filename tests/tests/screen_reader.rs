//! What a screen reader is given, in both engines: the platform tree of
//! every screen and state the axe audit visits, in nb, nn and en, checked
//! by `postvett_e2e::tree` (names, labels in names, states, the heading
//! outline, named landmarks, modal dialogs named by their titles, errors tied
//! to their fields, live regions, reading order, languages). WebKitGTK's
//! tree is read over AT-SPI, as Orca reads it; Chromium's, the Android
//! WebView's engine, through the DevTools protocol. And then Orca itself,
//! driven by the keys a blind user presses (`postvett_e2e::orca`).

use postvett_core::i18n::{Arg, Args, Localizer};
use postvett_e2e::audit::{every_state, Check};
use postvett_e2e::orca::{Orca, Said};
use postvett_e2e::started::Started;
use postvett_e2e::{artifacts, tree, App, Engine, Launch, Result};

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

/// Whether Orca said `text` (one utterance contains it).
fn heard(said: &[Said], text: &str) -> bool {
    said.iter().any(|s| s.0.contains(text))
}

/// Orca, started against the app as a user starts it (no WebDriver), with
/// the keys a blind user presses: Tab to the friend-request situation, Enter;
/// the first question is read, then each answer with its role and state;
/// Enter on the answers to a stop verdict, which is read; the heading keys
/// walk the verdict's headings; Enter on its link to the decline message,
/// whose screen is named; the copy, through the dialog for a message without
/// a name, is confirmed aloud. Orca's own words (roles, states) are English:
/// its locale is C.UTF-8 (see `postvett_e2e::orca`).
#[tokio::test]
async fn orca_reads_a_question_with_its_answers_a_stop_verdict_and_the_copy_confirmation() -> Result
{
    let dir = tempfile::tempdir()?;
    let wm = Orca::window_manager()?;
    let mut app = Started::start(Launch {
        locale: "nb_NO.UTF-8",
        data_dir: dir.path(),
    })
    .await?;
    app.ready().await?;
    let mut orca = Orca::start(dir.path(), wm).await?;
    let result = walk(&mut orca).await;
    let kept = artifacts().join("orca.log");
    std::fs::create_dir_all(artifacts())?;
    std::fs::copy(orca.log(), &kept)?;
    let said: Vec<String> = orca.said().into_iter().map(|s| s.0).collect();
    eprintln!(
        "Orca said ({} utterances, log in {}):\n{}",
        said.len(),
        kept.display(),
        said.join("\n")
    );
    result
}

async fn walk(orca: &mut Orca) -> Result {
    let l = Localizer::embedded();
    let t = |id: &str| l.text("nb", id);
    let situation = |id: &str| -> Result<String> {
        let args = Args::from([("situation".to_owned(), Arg::Str("request".into()))]);
        Ok(l.format("nb", id, &args)?)
    };

    // The first question, read when it appears, and its answers.
    orca.press_until("Tab", &t("situation-request")?, 15)
        .await?;
    let question = t("check-request-patient")?;
    orca.press("Return", |s| heard(s, &question)).await?;
    for answer in ["answer-yes", "answer-no", "answer-not-sure"] {
        let said = format!("{} toggle button not pressed", t(answer)?);
        orca.press("Tab", |s| heard(s, &said)).await?;
    }
    let yes = format!("{} toggle button", t("answer-yes")?);
    orca.press_until("shift+Tab", &yes, 3).await?;

    // Enter on the answers: each next question is read.
    let treatment = t("check-request-treatment")?;
    orca.press("Return", |s| heard(s, &treatment)).await?;
    orca.press("Tab", |s| heard(s, &yes)).await?;
    let link = t("check-link")?;
    orca.press("Return", |s| heard(s, &link)).await?;
    let no = format!("{} toggle button", t("answer-no")?);
    orca.press_until("Tab", &no, 3).await?;

    // The stop verdict: its box (a status) and its title, a heading.
    let title = situation("verdict-stop-title")?;
    let verdict = orca
        .press("Return", |s| heard(s, &format!("{title} heading level 2")))
        .await?;
    assert!(
        heard(&verdict, "statusbar"),
        "the verdict is read as a status: {verdict:?}"
    );
    let text = situation("verdict-stop-text")?;
    assert!(
        verdict
            .iter()
            .any(|s| !s.0.trim().is_empty() && text.starts_with(s.0.trim())),
        "the verdict's text is read (from its start): {verdict:?}"
    );

    // The heading keys: the screen's title, the verdict, its reasons.
    let action = t("action-decline")?;
    orca.press_until("Tab", &format!("{action} link"), 3)
        .await?;
    for heading in [
        format!("{} heading level 1", t("screen-checklist-title")?),
        format!("{title} heading level 2"),
        format!("{} heading level 2", t("verdict-reasons")?),
    ] {
        orca.press("h", |s| heard(s, &heading)).await?;
    }

    // The decline message: its screen is named as it opens; the copy of a
    // message without a name asks first, in a dialog named by its title;
    // the copy is confirmed aloud.
    // Tab goes on from where the heading keys left Orca's caret.
    orca.press_until("Tab", &format!("{action} link"), 30)
        .await?;
    let screen = format!("landmark {}", t("screen-decline-title")?);
    orca.press("Return", |s| heard(s, &screen)).await?;
    orca.press_until("Tab", &format!("{} push button", t("decline-copy")?), 6)
        .await?;
    let dialog = format!("{} dialog", t("decline-confirm-title")?);
    let confirm = format!("{} push button", t("decline-confirm-copy")?);
    orca.press("Return", |s| heard(s, &dialog) && heard(s, &confirm))
        .await?;
    let copied = t("decline-copied")?;
    orca.press("Return", |s| heard(s, &copied)).await?;
    Ok(())
}
