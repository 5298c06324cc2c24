//! Starting and ending the app: the binaries, the WebKit lane (tauri-driver
//! and WebKitWebDriver, the real binary) and the Chromium lane (chromedriver
//! and the mock-runtime server), each in its own process group, and the one
//! way a test ends its app ([`App::run`]).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use fantoccini::error::CmdError;
use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};
use tokio::process::{Child, Command};

use crate::outside::saved_photo;
use crate::{Result, TIME_ZONE};

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

/// The longest one WebDriver command may take. Every command goes through
/// [`guard`], so a stalled webview fails the test with the command's name
/// instead of hanging the suite until CI's time limit.
const COMMAND_LIMIT: Duration = Duration::from_secs(45);

pub(crate) async fn guard<T>(
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
    pub(crate) env: Vec<(String, std::ffi::OsString)>,
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
        // sessions on a CPU-painted page then never answer Delete Session,
        // though the app itself closes at once on
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

impl App {
    /// Runs `test` on the app, then quits the app whatever its outcome: the
    /// one way a test ends its app. The test's own failure is the one
    /// reported when both it and the quitting fail.
    pub async fn run<T>(self, test: impl AsyncFnOnce(&App) -> Result<T>) -> Result<T> {
        let outcome = test(&self).await;
        let quit = self.quit().await;
        let value = outcome?;
        quit?;
        Ok(value)
    }
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
