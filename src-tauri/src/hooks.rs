//! Test hooks: what the e2e suite, the Chromium lane and the startup
//! benchmark steer the app with, from its environment. They exist only in a
//! build with the `test-hooks` feature (which those builds turn on) and in
//! this crate's own unit tests; a shipped build reads none of these
//! variables, and has no `bench_ready` command and no capability for it.
//! The package check in `scripts/test` runs the installed binary with them
//! set and asserts that it ignores them.

use std::ffi::OsString;
use std::path::PathBuf;

/// Points the store at another folder (each test has its own).
pub const DATA_DIR_ENV: &str = "POSTVETT_DATA_DIR";
/// Where the photo check's save writes, instead of asking (the mock
/// runtime has no dialog to show).
pub const SAVE_TO_ENV: &str = "POSTVETT_SAVE_TO";
/// The startup benchmark's ready file (see `bench.rs`).
pub const BENCH_READY_ENV: &str = "POSTVETT_BENCH_READY";

#[cfg(any(test, feature = "test-hooks"))]
fn var(name: &str) -> Option<OsString> {
    std::env::var_os(name).filter(|v| !v.is_empty())
}

#[cfg(not(any(test, feature = "test-hooks")))]
fn var(_: &str) -> Option<OsString> {
    None
}

/// The store's folder, when a test chose it.
pub fn data_dir() -> Option<PathBuf> {
    var(DATA_DIR_ENV).map(PathBuf::from)
}

/// Where a saved file goes, when a test chose it.
pub fn save_to() -> Option<PathBuf> {
    var(SAVE_TO_ENV).map(PathBuf::from)
}

/// Whether the startup benchmark is running (it needs the `bench_ready`
/// command, which only a `test-hooks` build has).
pub fn bench() -> bool {
    cfg!(feature = "test-hooks") && var(BENCH_READY_ENV).is_some()
}
