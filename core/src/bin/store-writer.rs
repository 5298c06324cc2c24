//! A test helper, not part of the app: opens the store in the folder given as
//! the first argument and writes keys `w-<n>` forever, printing `ack <n>`
//! after each write has returned (that is, after it was flushed). The crash
//! test kills it with SIGKILL at random moments and then checks that every
//! acknowledged write is in the store.

use std::io::Write;

use postvett_core::store::{Store, Tree};

fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: store-writer <dir> [start]");
        std::process::exit(2);
    };
    let start: u64 = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let store = match Store::open(std::path::Path::new(&dir)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("store-writer: {e}");
            std::process::exit(1);
        }
    };
    let mut out = std::io::stdout().lock();
    for n in start.. {
        if let Err(e) = store.put(Tree::Shifts, &format!("w-{n:08}"), &n) {
            eprintln!("store-writer: {e}");
            std::process::exit(1);
        }
        if writeln!(out, "ack {n}").and_then(|()| out.flush()).is_err() {
            std::process::exit(0);
        }
    }
}
