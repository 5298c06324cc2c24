//! What a test does in the page, as a user would: taps and clicks, typing,
//! choosing, keys, routes; and what it reads back (text, headings, the
//! language) or saves (screenshots).

use std::path::{Path, PathBuf};

use fantoccini::Locator;
use serde_json::{json, Value};
use tokio::process::Command;

use crate::launch::{guard, App, Engine};
use crate::{artifacts, Result};

impl App {
    /// Runs `script` and returns its value.
    pub async fn js(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        guard("script", self.client.execute(script, args)).await
    }

    /// Runs `script` asynchronously: it ends by calling the last argument
    /// (`arguments[arguments.length - 1]`) with its value.
    pub async fn js_async(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        guard("async script", self.client.execute_async(script, args)).await
    }

    /// Chooses an option of a `<select>` by its value, as a user would.
    pub async fn select(&self, css: &str, value: &str) -> Result {
        let select = guard(css, self.client.find(Locator::Css(css))).await?;
        guard(css, select.select_by_value(value)).await
    }

    /// Taps an element as a user would: scrolled to the middle of the screen
    /// first, so the fixed top bar and bottom navigation do not cover it, and
    /// only once it stands still (two painted frames after the scroll).
    pub async fn click(&self, css: &str) -> Result {
        self.settle().await?;
        let element = guard(css, self.client.find(Locator::Css(css))).await?;
        guard(
            css,
            self.client.execute(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})",
                vec![serde_json::to_value(&element)?],
            ),
        )
        .await?;
        self.painted().await?;
        let pressed = match self.engine {
            Engine::WebKit => guard(css, element.click()).await,
            Engine::Chromium => self.tap_element(css, element).await,
        };
        if let Err(e) = pressed {
            let name: String = css
                .chars()
                .map(|c| if c.is_alphanumeric() { c } else { '_' })
                .collect();
            let shot = self.screenshot(&format!("failed-click-{name}")).await.ok();
            return Err(format!("tapping {css} failed: {e} (screen: {shot:?})").into());
        }
        Ok(())
    }

    /// A touch on the element's centre (Chromium's phone profile): a pointer
    /// of type touch goes down and up, as a finger would.
    async fn tap_element(&self, css: &str, element: fantoccini::elements::Element) -> Result {
        use fantoccini::actions::{InputSource, PointerAction, TouchActions};
        let touch = TouchActions::new("finger".into())
            .then(PointerAction::MoveToElement {
                element,
                duration: None,
                x: 0.0,
                y: 0.0,
            })
            .then(PointerAction::Down {
                button: fantoccini::actions::MOUSE_BUTTON_LEFT,
            })
            .then(PointerAction::Up {
                button: fantoccini::actions::MOUSE_BUTTON_LEFT,
            });
        guard(css, self.client.perform_actions(touch)).await?;
        guard(css, self.client.release_actions()).await
    }

    /// Which engine this app runs in.
    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// Where this app's photo check saves without a dialog (the Chromium
    /// lane's mock runtime), if it does.
    pub fn saves_to(&self) -> Option<PathBuf> {
        self.env
            .iter()
            .find(|(k, _)| k == "POSTVETT_SAVE_TO")
            .map(|(_, v)| PathBuf::from(v))
    }

    /// Hands `file` to the file input `css`, as the phone's photo picker
    /// does when a photo is chosen (WebDriver's file upload).
    pub async fn upload(&self, css: &str, file: &Path) -> Result {
        let input = guard(css, self.client.find(Locator::Css(css))).await?;
        let path = file.to_str().ok_or("a file path that is not UTF-8")?;
        guard(css, input.send_keys(path)).await
    }

    /// The trimmed text of the first element matching `css`.
    pub async fn text(&self, css: &str) -> Result<String> {
        let v = self
            .js(
                "const e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : null;",
                vec![json!(css)],
            )
            .await?;
        v.as_str()
            .map(str::to_owned)
            .ok_or_else(|| format!("no element {css}").into())
    }

    /// The visible screen's visible h1 text.
    pub async fn heading(&self) -> Result<String> {
        let v = self
            .js(
                "const h = [...document.querySelectorAll('[data-screen]:not([hidden]) h1')].find(h => h.offsetParent !== null); return h ? h.textContent.trim() : null;",
                vec![],
            )
            .await?;
        v.as_str()
            .map(str::to_owned)
            .ok_or_else(|| "no visible h1".into())
    }

    /// Navigates to a route such as `#/guideline/d38049-patients` (a deep link).
    pub async fn goto_route(&self, route: &str) -> Result {
        self.js("location.hash = arguments[0]", vec![json!(route)])
            .await?;
        Ok(())
    }

    /// Types into an input (replacing its value), as a user would.
    pub async fn type_into(&self, css: &str, text: &str) -> Result {
        let input = guard(css, self.client.find(Locator::Css(css))).await?;
        guard(css, input.clear()).await?;
        guard(css, input.send_keys(text)).await?;
        Ok(())
    }

    /// Gives the app's window the keyboard focus. Xvfb runs no window
    /// manager, so a new window never gets it by itself, and without it
    /// WebKit matches neither `:focus` nor `:focus-visible`. Uses `xdotool`.
    pub async fn focus_window(&self) -> Result {
        let out = Command::new("xdotool")
            .args([
                "search",
                "--onlyvisible",
                "--name",
                "^Postvett$",
                "windowfocus",
                "--sync",
            ])
            .output()
            .await
            .map_err(|e| format!("xdotool: {e} (scripts/setup installs it)"))?;
        if !out.status.success() {
            return Err(format!("xdotool: {}", String::from_utf8_lossy(&out.stderr)).into());
        }
        self.wait_js("return document.hasFocus()").await
    }

    /// Presses and releases one key through WebDriver's key actions (real
    /// key events in the webview), e.g. `Key::Tab.into()`.
    pub async fn press_key(&self, key: char) -> Result {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        guard("key press", self.client.perform_actions(keys)).await
    }

    /// Where the element lies on the screen as the user first sees it, with
    /// nothing scrolled: `(top, bottom, bottom of the usable screen)`, the
    /// last being the top edge of the bottom navigation.
    pub async fn unscrolled_position(&self, css: &str) -> Result<(f64, f64, f64)> {
        let v = self
            .js(
                "const e = document.querySelector(arguments[0]); if (!e) return null;
                 window.scrollTo(0, 0);
                 const r = e.getBoundingClientRect();
                 const nav = document.querySelector('nav.bottom-nav');
                 return [r.top, r.bottom, nav ? nav.getBoundingClientRect().top : innerHeight];",
                vec![json!(css)],
            )
            .await?;
        let n = |i: usize| v.get(i).and_then(Value::as_f64);
        match (n(0), n(1), n(2)) {
            (Some(t), Some(b), Some(s)) => Ok((t, b, s)),
            _ => Err(format!("no element {css}").into()),
        }
    }

    /// The `lang` attribute of the document.
    pub async fn lang(&self) -> Result<String> {
        let v = self
            .js("return document.documentElement.lang", vec![])
            .await?;
        Ok(v.as_str().unwrap_or_default().to_owned())
    }

    /// The screens the page has (`[data-screen]`), in document order, so a
    /// test that walks every screen walks the page's list, not a copy of it.
    pub async fn screens(&self) -> Result<Vec<String>> {
        self.names(
            "return [...document.querySelectorAll('[data-screen]')].map(s => s.dataset.screen)",
        )
        .await
    }

    /// The bottom navigation's destinations, in the order shown.
    pub async fn nav_screens(&self) -> Result<Vec<String>> {
        self.names("return [...document.querySelectorAll('.bottom-nav [data-nav]')].map(a => a.dataset.nav)")
            .await
    }

    async fn names(&self, script: &str) -> Result<Vec<String>> {
        let v = self.js(script, vec![]).await?;
        let names: Vec<String> = serde_json::from_value(v)?;
        if names.is_empty() {
            return Err(format!("no names from: {script}").into());
        }
        Ok(names)
    }

    /// Taps a bottom-navigation destination and waits for its screen.
    pub async fn open(&self, screen: &str) -> Result {
        self.click(&format!("[data-nav='{screen}']")).await?;
        self.wait_js(&format!(
            "return !document.querySelector(\"[data-screen='{screen}']\").hidden"
        ))
        .await
    }

    pub async fn set_size(&self, width: u32, height: u32) -> Result {
        guard("window size", self.client.set_window_size(width, height)).await?;
        Ok(())
    }

    /// Saves a PNG of the painted screen under `artifacts/screenshots`.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        self.painted().await?;
        let png = guard("screenshot", self.client.screenshot()).await?;
        let dir = artifacts().join("screenshots");
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png)?;
        Ok(path)
    }
}
