//! The end-to-end harness: launches the real Postvett binary in the real
//! webview through tauri-driver + WebKitWebDriver and drives it with
//! fantoccini (a keep-alive WebDriver client, which tauri-driver needs).
//! [`App::chromium`] runs the same page in Debian's Chromium (the engine of
//! Android's WebView) at a phone profile, against the app's real commands on
//! Tauri's mock runtime (`postvett-mock`), through chromedriver.
//!
//! [`notifications`] is a test notification server on the session bus;
//! [`audit`] runs axe-core on every screen and state; [`reach`] checks what a
//! thumb reaches without scrolling.
//!
//! Each [`App`] gets its own tauri-driver on free ports with its own
//! environment (`LANG`, `POSTVETT_DATA_DIR`), because the app inherits the
//! driver's environment. WebDriver allows one session at a time, so tests run
//! with `--test-threads=1` (see `scripts/test`). Needs a display (Xvfb).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

pub mod audit;
pub mod checklist;
pub mod notifications;
pub mod photo;
pub mod reach;
pub mod signoff;
pub mod started;

use fantoccini::error::CmdError;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use tokio::process::{Child, Command};

/// The time zone the app runs in during tests.
pub const TIME_ZONE: &str = "Europe/Oslo";

pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// The app binary: `POSTVETT_BIN`, else the workspace's debug build.
pub fn app_binary() -> PathBuf {
    std::env::var_os("POSTVETT_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/debug/postvett"))
}

/// The mock-runtime server for the Chromium lane: `POSTVETT_MOCK_BIN`, else
/// the workspace's debug build (`cargo build -p postvett --features
/// mock-server --bin postvett-mock`).
pub fn mock_binary() -> PathBuf {
    std::env::var_os("POSTVETT_MOCK_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/debug/postvett-mock")
        })
}

/// The phone the Chromium lane emulates: an Android phone of 390×844 CSS px
/// at a device pixel ratio of 3, with touch.
pub const ANDROID_USER_AGENT: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36";

/// Which engine a test drives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// WebKitGTK, the real app through tauri-driver (Linux desktop, and the
    /// engine family of iOS's WKWebView).
    WebKit,
    /// Chromium with mobile emulation (the engine of Android's WebView).
    Chromium,
}

/// Where screenshots go (ignored by git; `scripts/screenshots` copies them).
pub fn artifacts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("artifacts")
}

/// Every file below `dir` (for checks of logs and stored files).
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(files_under(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// Where the Chromium lane's photo check saves its copy (the mock runtime
/// has no save dialog; the app is told so with its test hook).
pub fn saved_photo(data_dir: &Path) -> PathBuf {
    data_dir.join("saved-photo")
}

/// What the X clipboard holds, read by another process (`xclip`), as the
/// user's next paste would see it.
pub fn read_clipboard() -> Option<Vec<u8>> {
    let out = std::process::Command::new("xclip")
        .args(["-o", "-selection", "clipboard"])
        .output()
        .ok()?;
    out.status.success().then_some(out.stdout)
}

/// Waits (up to 10 s) until the X clipboard holds exactly `expected`.
pub async fn wait_clipboard(expected: &str) -> Result {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let got = read_clipboard();
        if got.as_deref() == Some(expected.as_bytes()) {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!(
                "clipboard holds {:?}, expected {expected:?}",
                got.map(|b| String::from_utf8_lossy(&b).into_owned())
            )
            .into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The longest one WebDriver command may take. Every command goes through
/// [`guard`], so a stalled webview fails the test with the command's name
/// instead of hanging the suite until CI's time limit.
const COMMAND_LIMIT: Duration = Duration::from_secs(45);

async fn guard<T>(
    what: &str,
    f: impl std::future::Future<Output = std::result::Result<T, CmdError>>,
) -> Result<T> {
    match tokio::time::timeout(COMMAND_LIMIT, f).await {
        Ok(r) => Ok(r.map_err(|e| format!("{what}: {e}"))?),
        Err(_) => Err(format!(
            "{what}: no answer from the webview in {} s",
            COMMAND_LIMIT.as_secs()
        )
        .into()),
    }
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// How to start the app.
pub struct Launch<'a> {
    /// The OS locale the app sees, e.g. `nb_NO.UTF-8`.
    pub locale: &'a str,
    /// The test's folder: the store is `store/`, the XDG dirs (logs, WebKit
    /// caches) are `xdg-*/`. Persisted between launches of one test.
    pub data_dir: &'a Path,
}

pub struct App {
    pub client: Client,
    pub engine: Engine,
    driver: Child,
    /// Chromium's mock-runtime server.
    _server: Option<Child>,
    /// The driver and everything it started (and, for Chromium, the mock
    /// server), ended when the App is dropped.
    _groups: Vec<ProcessGroup>,
    /// The environment the app was started with (for a second launch).
    env: Vec<(String, std::ffi::OsString)>,
}

/// The environment the app runs with: locale, time zone, and every folder
/// inside the test's own.
pub(crate) fn app_env(opts: &Launch<'_>) -> Vec<(String, std::ffi::OsString)> {
    vec![
        ("LANG".into(), opts.locale.into()),
        ("LC_ALL".into(), opts.locale.into()),
        ("LANGUAGE".into(), "".into()),
        // The users' time zone; tests that plan shifts compute times in it.
        ("TZ".into(), TIME_ZONE.into()),
        // WebKit composites with OpenGL here, as on a machine with a GPU. On
        // one without (this one), the app has WebKit paint on the CPU
        // (src-tauri/src/system/linux.rs); under WebKitWebDriver some
        // sessions on a CPU-painted page then never answer Delete Session
        // (4 of 33 hung for 45 s), though the app itself closes at once on
        // the window manager's close. That path is driven without WebDriver
        // (`started`, in foundation.rs) and by the bench on every start.
        ("WEBKIT_DISABLE_COMPOSITING_MODE".into(), "0".into()),
        (
            "POSTVETT_DATA_DIR".into(),
            opts.data_dir.join("store").into(),
        ),
        // Logs, WebKit caches and anything else per-user stay in the test's folder.
        (
            "XDG_DATA_HOME".into(),
            opts.data_dir.join("xdg-data").into(),
        ),
        (
            "XDG_CONFIG_HOME".into(),
            opts.data_dir.join("xdg-config").into(),
        ),
        (
            "XDG_CACHE_HOME".into(),
            opts.data_dir.join("xdg-cache").into(),
        ),
    ]
}

/// Opens a WebDriver session on `url`, retrying while the driver starts.
async fn session(url: &str, caps: serde_json::Map<String, Value>) -> Result<Client> {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let mut builder = ClientBuilder::native();
        builder.capabilities(caps.clone());
        match tokio::time::timeout(COMMAND_LIMIT, builder.connect(url)).await {
            Err(_) => return Err("the WebDriver did not answer a new-session request".into()),
            Ok(Ok(c)) => return Ok(c),
            Ok(Err(_)) if Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Ok(Err(e)) => return Err(format!("no WebDriver session: {e}").into()),
        }
    }
}

impl App {
    /// Launches the app in a phone-sized window (390×844).
    pub async fn phone(locale: &str, data_dir: &Path) -> Result<App> {
        let app = App::launch(Launch { locale, data_dir }).await?;
        app.set_size(390, 844).await?;
        Ok(app)
    }

    pub async fn launch(opts: Launch<'_>) -> Result<App> {
        let binary = app_binary();
        if !binary.exists() {
            return Err(
                format!("app binary {} is missing: build it first", binary.display()).into(),
            );
        }
        let port = free_port()?;
        let native_port = free_port()?;
        let env = app_env(&opts);
        let driver =
            Command::new(std::env::var("TAURI_DRIVER").unwrap_or_else(|_| "tauri-driver".into()))
                .args([
                    "--port",
                    &port.to_string(),
                    "--native-port",
                    &native_port.to_string(),
                ])
                .env("TAURI_WEBVIEW_AUTOMATION", "true")
                .envs(env.iter().map(|(k, v)| (k, v)))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .kill_on_drop(true)
                // Its own process group, so that dropping the App (also when a
                // test panics) ends WebKitWebDriver and the app with it.
                .process_group(0)
                .spawn()?;
        let group = driver.id().map(ProcessGroup);
        let url = format!("http://127.0.0.1:{port}");
        let mut caps = serde_json::Map::new();
        caps.insert("tauri:options".into(), json!({ "application": binary }));
        caps.insert("browserName".into(), json!("wry"));
        let client = session(&url, caps).await?;
        let app = App {
            client,
            engine: Engine::WebKit,
            driver,
            _server: None,
            _groups: group.into_iter().collect(),
            env,
        };
        app.wait_js("return document.documentElement.dataset.ready === 'true'")
            .await
            .map_err(|e| format!("the app never became ready: {e}"))?;
        Ok(app)
    }

    /// Opens the app's page in Chromium as an Android phone would show it
    /// (390×844, device pixel ratio 3, touch, an Android user agent), served
    /// by `postvett-mock`: the real UI, CSP and commands on Tauri's mock
    /// runtime. The page's origin is `http://tauri.localhost` and its IPC goes
    /// to `http://ipc.localhost`, as on Android; Chromium maps both names to
    /// the server's loopback port.
    pub async fn chromium(locale: &str, data_dir: &Path) -> Result<App> {
        App::chromium_at(locale, data_dir, (390, 844)).await
    }

    /// [`App::chromium`] on a phone of another size (CSS px), e.g. 360×640.
    pub async fn chromium_at(locale: &str, data_dir: &Path, size: (u32, u32)) -> Result<App> {
        let server_bin = mock_binary();
        if !server_bin.exists() {
            return Err(format!(
                "{} is missing: cargo build -p postvett --features mock-server --bin postvett-mock",
                server_bin.display()
            )
            .into());
        }
        let mut env = app_env(&Launch { locale, data_dir });
        // The mock runtime shows no dialog: the photo check's save writes here.
        env.push(("POSTVETT_SAVE_TO".into(), saved_photo(data_dir).into()));
        let mut server = Command::new(&server_bin)
            .envs(env.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .process_group(0)
            .spawn()?;
        let server_group = server.id().map(ProcessGroup);
        let stdout = server.stdout.take().ok_or("no server output")?;
        // Read the server's output for as long as it runs (its log goes there
        // too, and a full pipe would stall it); the first port line is sent back.
        let (tx, rx) = tokio::sync::oneshot::channel();
        tokio::spawn(async move {
            let mut tx = Some(tx);
            let mut lines = tokio::io::AsyncBufReadExt::lines(tokio::io::BufReader::new(stdout));
            while let Ok(Some(line)) = lines.next_line().await {
                if let Some(port) = line.strip_prefix("listening on ") {
                    if let (Some(tx), Ok(port)) = (tx.take(), port.trim().parse::<u16>()) {
                        let _ = tx.send(port);
                    }
                }
            }
        });
        let server_port = tokio::time::timeout(Duration::from_secs(20), rx)
            .await
            .ok()
            .and_then(|r| r.ok())
            .ok_or("postvett-mock never said where it listens")?;
        let port = free_port()?;
        let driver =
            Command::new(std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into()))
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .kill_on_drop(true)
                .process_group(0)
                .spawn()?;
        let driver_group = driver.id().map(ProcessGroup);
        let rules = format!(
            "MAP tauri.localhost 127.0.0.1:{server_port},MAP ipc.localhost 127.0.0.1:{server_port}"
        );
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "args": [
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-first-run",
                    "--disable-extensions",
                    format!("--host-resolver-rules={rules}"),
                    format!("--lang={}", locale.split('.').next().unwrap_or(locale).replace('_', "-")),
                    format!("--user-data-dir={}", data_dir.join("chromium").display()),
                ],
                "mobileEmulation": {
                    "deviceMetrics": {"width": size.0, "height": size.1, "pixelRatio": 3.0, "touch": true, "mobile": true},
                    "userAgent": ANDROID_USER_AGENT,
                },
            }),
        );
        let client = session(&format!("http://127.0.0.1:{port}"), caps).await?;
        let app = App {
            client,
            engine: Engine::Chromium,
            driver,
            _server: Some(server),
            _groups: server_group.into_iter().chain(driver_group).collect(),
            env,
        };
        guard(
            "opening the page",
            app.client.goto("http://tauri.localhost/"),
        )
        .await?;
        app.wait_js("return document.documentElement.dataset.ready === 'true'")
            .await
            .map_err(|e| format!("the page never became ready in Chromium: {e}"))?;
        Ok(app)
    }

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

    /// Taps an element as a user would: scrolled to the middle of the screen
    /// first, so the fixed top bar and bottom navigation do not cover it, and
    /// only once it stands still (two painted frames after the scroll).
    pub async fn click(&self, css: &str) -> Result {
        self.settle().await;
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

    /// Waits until the element's top edge is on screen (above the bottom navigation).
    pub async fn wait_in_view(&self, css: &str) -> Result {
        self.wait_js(&format!(
            "const e = document.querySelector({}); if (!e) return false; const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight - 100;",
            json!(css)
        ))
        .await
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

    /// Waits (up to 10 s) until no animation or transition is running, as a
    /// person would before tapping what just slid open.
    pub async fn settle(&self) {
        let _ = self
            .wait_js("return document.getAnimations().every(a => a.playState !== 'running')")
            .await;
    }

    /// Waits for running animations (e.g. a dialog's fade-in), then two
    /// animation frames, then for animations again: the screen as it ends up.
    pub async fn painted(&self) -> Result {
        self.settle().await;
        self.js_async(
            // Two frames, or 500 ms if the webview paints no frames (then rAF
            // never fires and the call would wait for ever).
            "const done = arguments[0]; let sent = false; const finish = () => { if (!sent) { sent = true; done(true); } };
             requestAnimationFrame(() => requestAnimationFrame(finish)); setTimeout(finish, 500);",
            vec![],
        )
        .await?;
        self.settle().await;
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

    /// Starts the binary a second time with the same environment, as a user
    /// tapping the icon again would, and waits (up to 20 s) for it to exit.
    pub async fn launch_again(&self) -> Result<std::process::ExitStatus> {
        let mut second = Command::new(app_binary())
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()?;
        match tokio::time::timeout(Duration::from_secs(20), second.wait()).await {
            Ok(status) => Ok(status?),
            Err(_) => {
                let _ = second.kill().await;
                Err("the second launch did not exit: it is running alongside the first".into())
            }
        }
    }

    /// Ends the session (which closes the app) and stops the driver.
    pub async fn quit(mut self) -> Result {
        let closed = guard("closing the session", self.client.clone().close()).await;
        let _ = self.driver.kill().await;
        closed?;
        Ok(())
    }
}

/// Runs `test` on `app`, then quits the app whatever the test's outcome.
pub async fn then_quit<F, Fut>(app: App, test: F) -> Result
where
    F: FnOnce(App) -> Fut,
    Fut: std::future::Future<Output = (App, Result)>,
{
    let (app, result) = test(app).await;
    app.quit().await?;
    result
}

/// tauri-driver's process group (WebKitWebDriver and the app), killed when
/// dropped. A test that panics never reaches [`App::quit`], and an app left
/// running would take the next test's launch for a second instance.
pub(crate) struct ProcessGroup(pub(crate) u32);

impl Drop for ProcessGroup {
    fn drop(&mut self) {
        if let Ok(pid) = i32::try_from(self.0) {
            // SAFETY: kill(2) with a negative pid signals that process group;
            // it touches no memory of ours.
            unsafe { libc::kill(-pid, libc::SIGKILL) };
        }
    }
}
