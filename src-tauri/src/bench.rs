//! The startup benchmark's ready signal (bench/startup), in `test-hooks`
//! builds only. When the benchmark sets `POSTVETT_BENCH_READY=<file>`: two animation frames after the
//! first screen has its strings, the UI calls `bench_ready`, which writes
//! CLOCK_MONOTONIC nanoseconds to the file and exits (or stays, with
//! `POSTVETT_BENCH_STAY=1`, for the memory measurement). Otherwise it does
//! nothing. The floor app (bench/floor) sends the same signal.
//!
//! The UI also passes its own milestones (milliseconds since the page's
//! navigation started, from `performance.now()`), which are written after the
//! timestamp, one `name ms` per line, so the benchmark can say where the time
//! goes.

use std::collections::BTreeMap;

use tauri::{AppHandle, Runtime};

fn monotonic_ns() -> u128 {
    #[cfg(unix)]
    {
        let mut ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: clock_gettime writes into the timespec we own.
        unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
        ts.tv_sec as u128 * 1_000_000_000 + ts.tv_nsec as u128
    }
    #[cfg(not(unix))]
    0
}

#[tauri::command]
pub fn bench_ready<R: Runtime>(app: AppHandle<R>, marks: Option<BTreeMap<String, f64>>) {
    if let Some(file) = std::env::var_os(crate::hooks::BENCH_READY_ENV) {
        let mut out = monotonic_ns().to_string();
        for (name, ms) in marks.unwrap_or_default() {
            out.push_str(&format!("\n{name} {ms:.1}"));
        }
        let _ = std::fs::write(file, out);
        if std::env::var_os("POSTVETT_BENCH_STAY").is_none() {
            app.exit(0);
        }
    }
}
