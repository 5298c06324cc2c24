//! Waiting for the page to reach a condition, never for a fixed time: each
//! wait has a limit, and fails with what it waited for.

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::launch::App;
use crate::Result;

impl App {
    /// Waits (up to 10 s) until `script` returns true.
    pub async fn wait_js(&self, script: &str) -> Result {
        self.wait_js_with(script, vec![]).await
    }

    /// Waits (up to 10 s) until `script`, run with `args` (as `arguments[0]`
    /// and so on), returns true. Pass values as arguments rather than
    /// splicing them into the script.
    pub async fn wait_js_with(&self, script: &str, args: Vec<Value>) -> Result {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if self.js(script, args.clone()).await.ok() == Some(Value::Bool(true)) {
                return Ok(());
            }
            if Instant::now() > deadline {
                let with = if args.is_empty() {
                    String::new()
                } else {
                    format!(" (arguments: {})", Value::Array(args))
                };
                return Err(format!("timed out waiting for: {script}{with}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the app has saved `name` (as it cleans it) as the decline
    /// message's name. After each successful save the UI sets `data-saved`
    /// on `#decline-name` to the saved name (`""` once it is cleared); the
    /// save runs 400 ms after typing stops and on `change` (blur).
    pub async fn wait_decline_name_saved(&self, name: &str) -> Result {
        self.wait_js_with(
            "return document.getElementById('decline-name').dataset.saved === arguments[0]",
            vec![json!(name)],
        )
        .await
        .map_err(|e| format!("the decline name {name:?} was never saved: {e}"))?;
        Ok(())
    }

    /// Waits until the element's top edge is on screen (above the bottom navigation).
    pub async fn wait_in_view(&self, css: &str) -> Result {
        self.wait_js(&format!(
            "const e = document.querySelector({}); if (!e) return false; const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight - 100;",
            json!(css)
        ))
        .await
    }

    /// Waits (up to 10 s) until no animation or transition is running, as a
    /// person would before tapping what just slid open; one still running
    /// then fails the test.
    pub async fn settle(&self) -> Result {
        self.wait_js("return document.getAnimations().every(a => a.playState !== 'running')")
            .await
            .map_err(|e| format!("an animation never ended: {e}").into())
    }

    /// Waits for running animations (e.g. a dialog's fade-in), then for two
    /// painted frames, then for animations again: the screen as it ends up.
    /// A webview that paints no frame in 10 s fails the test.
    pub async fn painted(&self) -> Result {
        self.settle().await?;
        let frames = self.js_async(
            "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
            vec![],
        );
        tokio::time::timeout(Duration::from_secs(10), frames)
            .await
            .map_err(|_| "the webview painted no frame in 10 s")??;
        self.settle().await
    }
}
