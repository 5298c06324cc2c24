//! An empty Tauri 2 app: the floor the startup benchmark compares Postvett
//! with. With `POSTVETT_BENCH_READY=<file>` its page's `ready` call writes
//! CLOCK_MONOTONIC nanoseconds to the file and exits (or stays, with
//! `POSTVETT_BENCH_STAY=1`, for the memory measurement), followed by the
//! page's milestones. Same as Postvett.

use std::collections::BTreeMap;

fn monotonic_ns() -> u128 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u128 * 1_000_000_000 + ts.tv_nsec as u128
}

#[tauri::command]
fn ready(app: tauri::AppHandle, marks: Option<BTreeMap<String, f64>>) {
    if let Some(file) = std::env::var_os("POSTVETT_BENCH_READY") {
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

fn main() {
    let result = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("floor: {e}");
        std::process::exit(1);
    }
}
