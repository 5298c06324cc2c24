//! Saving a file the user names: the dialog plugin's save dialog, opened
//! from Rust, and the bytes written through the fs plugin's Rust API to
//! what the dialog returned. On desktop that is a path; on Android (the
//! system's document picker) a `content://` URI, which the fs plugin opens
//! through the content resolver. The page never names a path, and needs no
//! permission for either plugin: Rust calls do not pass the IPC's checks.
//!
//! Where no dialog can be shown (the mock runtime of the tests and the
//! Chromium lane), a test build takes the path from `POSTVETT_SAVE_TO`
//! instead (see [`crate::hooks`]); a shipped build has no such variable.

use std::io::Write;

use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_fs::{FilePath, FsExt, OpenOptions};

/// How a file the user named is opened: for writing, created if missing,
/// and emptied first (on Android this is the content resolver's mode "wt";
/// without the truncation some providers leave the old file's tail).
pub fn write_options() -> OpenOptions {
    let mut o = OpenOptions::new();
    o.write(true).create(true).truncate(true);
    o
}

/// Where the user wants the file: the save dialog's answer, `None` when
/// they cancel.
async fn ask<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    name: &str,
    extension: &str,
) -> Option<FilePath> {
    if let Some(path) = crate::hooks::save_to() {
        return Some(FilePath::Path(path));
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title(title)
        .set_file_name(name)
        .add_filter(extension.to_uppercase(), &[extension])
        .save_file(move |chosen| {
            let _ = tx.send(chosen);
        });
    rx.await.ok().flatten()
}

/// Asks where to save `bytes` (in a dialog titled `title`, suggesting
/// `name`) and writes them there; `Ok(false)` when the user cancels.
pub async fn save_file<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    name: &str,
    extension: &str,
    bytes: &[u8],
) -> Result<bool, String> {
    let Some(target) = ask(app, title, name, extension).await else {
        return Ok(false);
    };
    let mut file = app
        .fs()
        .open(target, write_options())
        .map_err(|e| e.to_string())?;
    file.write_all(bytes).map_err(|e| e.to_string())?;
    file.sync_all().map_err(|e| e.to_string())?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What is handed to the platform: Android's dialog answers with a
    /// content URI, which reaches the fs plugin as it came, opened for
    /// writing from the start (the plugin maps write + truncate without
    /// read to the content resolver's "wt"; its own test checks that).
    #[test]
    fn a_content_uri_is_opened_for_writing_from_the_start() {
        let uri: FilePath = "content://com.android.providers.downloads.documents/document/42"
            .parse()
            .unwrap();
        assert!(matches!(&uri, FilePath::Url(u) if u.scheme() == "content"));
        let o = format!("{:?}", write_options());
        for want in [
            "read: false",
            "write: true",
            "truncate: true",
            "create: true",
            "append: false",
        ] {
            assert!(o.contains(want), "{o}");
        }
        let path: FilePath = "/home/kari/Bilder/ren-kopi.jpg".parse().unwrap();
        assert!(
            matches!(path, FilePath::Path(_)),
            "a desktop path stays a path"
        );
    }
}
