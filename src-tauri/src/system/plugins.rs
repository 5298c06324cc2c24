//! Android, iOS, macOS and Windows: the official plugins.

use tauri::{AppHandle, Builder, Runtime};
use tauri_plugin_clipboard_manager::ClipboardExt;
use tauri_plugin_notification::{NotificationExt, PermissionState};
use tauri_plugin_opener::OpenerExt;

/// Nothing to prepare before the webview exists on these platforms.
pub fn prepare_process() {}

/// The plugins behind the functions below.
pub fn register<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_notification::init())
}

/// One running instance: a second launch focuses the first window and exits
/// (the plugin ends it from its setup, so it is registered first). Always
/// `Some`: the signature is Linux's, which decides before the app exists.
#[cfg(desktop)]
pub fn single_instance<R: Runtime>(
    builder: Builder<R>,
    _config: &tauri::Config,
) -> Option<Builder<R>> {
    Some(
        builder.plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            super::show_main_window(app)
        })),
    )
}

pub fn copy_text<R: Runtime>(app: &AppHandle<R>, text: String) -> Result<(), String> {
    app.clipboard().write_text(text).map_err(|e| e.to_string())
}

pub fn open_url<R: Runtime>(app: &AppHandle<R>, url: &str) -> Result<(), String> {
    app.opener()
        .open_url(url, None::<&str>)
        .map_err(|e| e.to_string())
}

/// Whether notifications may be shown, asking the user the first time
/// (Android 13 and later, iOS).
pub async fn notifications_allowed<R: Runtime>(app: &AppHandle<R>) -> bool {
    let n = app.notification();
    match n.permission_state() {
        Ok(PermissionState::Granted) => true,
        Ok(PermissionState::Denied) => false,
        _ => matches!(n.request_permission(), Ok(PermissionState::Granted)),
    }
}

#[cfg(desktop)]
pub fn notify<R: Runtime>(app: &AppHandle<R>, title: &str, body: &str) -> Result<(), String> {
    app.notification()
        .builder()
        .title(title)
        .body(body)
        .show()
        .map_err(|e| e.to_string())
}
