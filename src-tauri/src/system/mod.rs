//! The operating system's services the commands need: the clipboard, the
//! system browser, desktop notifications, the notification permission,
//! saving a file the user names ([`save`], the same on every platform), and
//! (on desktop) one running instance per store.
//!
//! As in the plugins-workspace plugins, each platform file exports the same
//! functions and `#[cfg]` picks one, so no function body branches:
//!
//! - **Linux** ([`linux`]): GTK and GIO, which the webview (WebKitGTK)
//!   already links, so these services add almost nothing to the binary or to
//!   start-up. The plugins they replace there bring their own D-Bus library
//!   (zbus, with its threads and connections) and their own X11 and Wayland
//!   clipboard stacks, a large part of the release binary (docs/performance.md).
//!   GTK's clipboard also works under every Wayland compositor.
//!   One instance per store is a Unix socket beside the store ([`instance`]).
//! - **Everywhere else** ([`plugins`]): the official plugins; Android and iOS
//!   need them for the clipboard, the browser and the permission prompt.

#[cfg(target_os = "linux")]
mod instance;
#[cfg(target_os = "linux")]
mod linux;
#[cfg(not(target_os = "linux"))]
mod plugins;
mod save;

pub use save::save_file;

#[cfg(target_os = "linux")]
pub use linux::*;

/// Brings the main window to the front: what a second launch asks of the
/// first, on every desktop platform.
#[cfg(desktop)]
fn show_main_window<R: tauri::Runtime>(app: &tauri::AppHandle<R>) {
    use tauri::Manager;
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}
#[cfg(not(target_os = "linux"))]
pub use plugins::*;
