//! What a test reads from outside the app: the files it left and the X
//! clipboard, as the user's next paste would see it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::Result;

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
