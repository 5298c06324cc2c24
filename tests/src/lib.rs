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

pub mod actions;
pub mod audit;
pub mod checklist;
pub mod launch;
pub mod notifications;
pub mod orca;
pub mod outside;
pub mod photo;
pub mod reach;
pub mod signoff;
pub mod started;
pub mod tree;
pub mod waits;

pub use launch::{app_binary, mock_binary, App, Engine, Launch, ANDROID_USER_AGENT};
pub use outside::{artifacts, files_under, read_clipboard, saved_photo, wait_clipboard};

/// The time zone the app runs in during tests.
pub const TIME_ZONE: &str = "Europe/Oslo";

pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error + Send + Sync>>;
