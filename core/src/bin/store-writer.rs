//! A test helper, not part of the app: opens the store in the folder given as
//! the first argument and writes keys `w-<n>` forever, printing `ack <n>`
//! after each write has returned (that is, after it was flushed). The crash
//! test kills it with SIGKILL at random moments and then checks that every
//! acknowledged write is in the store.
//!
//! `store-writer <dir> fill` instead writes a small store (a language and 50
//! shift records) and exits: once the process has ended, no thread of sled's
//! touches the files, so a test can damage them without racing it.

use std::io::Write;

use postvett_core::store::{Store, Tree};

fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: store-writer <dir> [start]");
        std::process::exit(2);
    };
    let arg = std::env::args().nth(2);
    if arg.as_deref() == Some("fill") {
        std::process::exit(match fill(std::path::Path::new(&dir)) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("store-writer: {e}");
                1
            }
        });
    }
    let start: u64 = arg.and_then(|s| s.parse().ok()).unwrap_or(0);
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

fn fill(dir: &std::path::Path) -> postvett_core::Result<()> {
    let store = Store::open(dir)?;
    store.set(postvett_core::settings::LANGUAGE, &"nb".to_owned())?;
    for n in 0..50u32 {
        store.put(Tree::Shifts, &format!("k{n}"), &n)?;
    }
    Ok(())
}
