//! The store under stress: a schema-1 store migrates on open, a writer killed
//! with SIGKILL loses no acknowledged write, and a corrupt store is moved aside
//! instead of taking the app down.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure report

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use postvett_core::settings::{DECLINE_NAME, LANGUAGE, READER_TEXT_SIZE};
use postvett_core::store::{Store, Tree, SCHEMA_KEY, SCHEMA_VERSION};

/// Writes a store as schema-1 builds did: stamp 1, raw JSON settings, some of
/// them invalid by today's rules (a text size of 9, an unknown language).
fn write_schema_1_fixture(dir: &std::path::Path) {
    let db = sled::open(dir).unwrap();
    db.insert(SCHEMA_KEY, serde_json::to_vec(&1u32).unwrap())
        .unwrap();
    let settings = db.open_tree("settings").unwrap();
    settings
        .insert("language", serde_json::to_vec("de").unwrap())
        .unwrap();
    settings
        .insert("reader_text_size", serde_json::to_vec(&9u8).unwrap())
        .unwrap();
    settings
        .insert("decline_name", serde_json::to_vec("Kari Nordmann").unwrap())
        .unwrap();
    db.flush().unwrap();
}

#[test]
fn a_schema_1_store_is_migrated_on_open() {
    let dir = tempfile::tempdir().unwrap();
    write_schema_1_fixture(dir.path());
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.schema_version().unwrap(), Some(SCHEMA_VERSION));
    assert_eq!(
        store.get(LANGUAGE).unwrap(),
        None,
        "unknown language dropped"
    );
    assert_eq!(
        store.get(READER_TEXT_SIZE).unwrap(),
        None,
        "out-of-range size dropped"
    );
    assert_eq!(
        store.get(DECLINE_NAME).unwrap().as_deref(),
        Some("Kari Nordmann"),
        "valid values kept"
    );
}

#[test]
fn a_store_from_a_newer_build_is_refused_not_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    {
        let db = sled::open(dir.path()).unwrap();
        db.insert(
            SCHEMA_KEY,
            serde_json::to_vec(&(SCHEMA_VERSION + 1)).unwrap(),
        )
        .unwrap();
        db.flush().unwrap();
    }
    let err = Store::open_or_recover(dir.path()).err().unwrap();
    assert_eq!(
        err,
        postvett_core::Error::StoreNewer {
            schema: SCHEMA_VERSION + 1
        }
    );
    assert!(dir.path().exists(), "left in place");
}

/// A tiny random source (no extra dependency): xorshift seeded from the clock.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn sigkill_at_random_points_loses_no_acknowledged_write() {
    const ROUNDS: usize = 100;
    let dir = tempfile::tempdir().unwrap();
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut rng = Rng(seed);
    let mut acked: u64 = 0; // keys w-0..acked are acknowledged
    let mut total_acks = 0u64;
    for round in 0..ROUNDS {
        let mut child = Command::new(env!("CARGO_BIN_EXE_store-writer"))
            .arg(dir.path())
            .arg(acked.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let kill_after = Duration::from_millis(rng.next() % 120);
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(n) = line
                    .strip_prefix("ack ")
                    .and_then(|n| n.parse::<u64>().ok())
                {
                    if tx.send(n).is_err() {
                        break;
                    }
                }
            }
        });
        let started = Instant::now();
        let mut last = None;
        while started.elapsed() < kill_after {
            if let Ok(n) = rx.recv_timeout(Duration::from_millis(5)) {
                last = Some(n);
            }
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        // Acks sent before the kill may still sit in the pipe.
        while let Ok(n) = rx.try_recv() {
            last = Some(n);
        }
        if let Some(n) = last {
            total_acks += n + 1 - acked;
            acked = n + 1;
        }
        let store =
            Store::open(dir.path()).unwrap_or_else(|e| panic!("round {round}: reopen failed: {e}"));
        let present: Vec<(String, u64)> = store.list(Tree::Shifts).unwrap();
        for k in 0..acked {
            let key = format!("w-{k:08}");
            assert!(
                present.iter().any(|(p, v)| *p == key && *v == k),
                "round {round}: acknowledged {key} is missing"
            );
        }
    }
    eprintln!(
        "{ROUNDS} SIGKILL rounds, {total_acks} acknowledged writes, all present (seed {seed})"
    );
    assert!(total_acks > 0, "the writer acknowledged nothing");
}

/// A small store written by another process, which has ended when this
/// returns: no thread of sled's still touches the files.
fn filled_store(dir: &std::path::Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_store-writer"))
        .arg(dir)
        .arg("fill")
        .status()
        .unwrap();
    assert!(status.success(), "store-writer fill: {status}");
}

#[test]
fn a_store_of_garbage_is_moved_aside_and_replaced_with_defaults() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("store");
    filled_store(&dir);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::write(
                &path,
                b"\xde\xad\xbe\xef garbage, not a sled file \x00\x01\x02".repeat(64),
            )
            .unwrap();
        }
    }
    let (store, moved) = Store::open_or_recover(&dir).unwrap();
    let moved = moved.expect("a garbage store is moved aside");
    assert!(moved
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("store-broken-"));
    assert!(moved.exists(), "the broken store is kept for inspection");
    assert_eq!(
        postvett_core::store::set_aside(&dir)
            .into_iter()
            .map(|(p, _)| p)
            .collect::<Vec<_>>(),
        std::slice::from_ref(&moved)
    );
    assert_eq!(store.get(LANGUAGE).unwrap(), None, "defaults");
    store.set(LANGUAGE, &"en".to_owned()).unwrap();
    drop(store);
    // The next start is a normal one: nothing more to recover.
    let (store, moved) = Store::open_or_recover(&dir).unwrap();
    assert!(moved.is_none());
    assert_eq!(store.get(LANGUAGE).unwrap().as_deref(), Some("en"));
}

#[test]
fn a_truncated_store_never_takes_the_app_down() {
    for keep in [0usize, 7, 100, 4096] {
        let parent = tempfile::tempdir().unwrap();
        let dir = parent.path().join("store");
        filled_store(&dir);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                let bytes = std::fs::read(&path).unwrap();
                std::fs::write(&path, &bytes[..keep.min(bytes.len())]).unwrap();
            }
        }
        // Either sled recovers what it can, or the folder is moved aside; the
        // store opens and works either way.
        let (store, _moved) =
            Store::open_or_recover(&dir).unwrap_or_else(|e| panic!("truncated to {keep}: {e}"));
        store.set(LANGUAGE, &"nb".to_owned()).unwrap();
        assert_eq!(store.get(LANGUAGE).unwrap().as_deref(), Some("nb"));
    }
}

/// A store that cannot be opened just now (here: a file stands where its
/// folder should be) is reported, never moved aside.
#[test]
fn an_unreadable_store_is_reported_not_moved_aside() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("store");
    std::fs::write(&dir, b"not a folder").unwrap();
    let err = Store::open_or_recover(&dir).err().unwrap();
    assert_eq!(err.code(), "store-open", "{err}");
    assert_eq!(
        std::fs::read(&dir).unwrap(),
        b"not a folder",
        "left in place"
    );
    assert!(postvett_core::store::set_aside(&dir).is_empty());
}

/// A store another instance holds is never moved aside.
#[test]
fn a_locked_store_is_never_moved_aside() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("store");
    let held = Store::open(&dir).unwrap();
    held.set(LANGUAGE, &"nn".to_owned()).unwrap();
    let err = Store::open_or_recover(&dir).err().unwrap();
    assert_eq!(err.code(), "store-locked", "{err}");
    assert!(postvett_core::store::set_aside(&dir).is_empty());
    assert_eq!(held.get(LANGUAGE).unwrap().as_deref(), Some("nn"));
}

/// A schema stamp that does not decode means the store is not one this
/// build can read: it is moved aside like any damaged store.
#[test]
fn a_schema_stamp_that_does_not_decode_is_damage() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("store");
    {
        let db = sled::open(&dir).unwrap();
        db.insert(SCHEMA_KEY, &b"\xff not a number"[..]).unwrap();
        db.insert("x", &b"1"[..]).unwrap();
        db.open_tree("settings")
            .unwrap()
            .insert("language", &b"\"nb\""[..])
            .unwrap();
        db.flush().unwrap();
    }
    // Reopening waits for sled's lock as the app does.
    assert_eq!(Store::open(&dir).err().unwrap().code(), "store-corrupt");
    let (store, moved) = Store::open_or_recover(&dir).unwrap();
    assert!(moved.is_some());
    assert_eq!(store.get(LANGUAGE).unwrap(), None);
}

/// Stores set aside more than SET_ASIDE_DAYS ago are removed at the next
/// start; newer ones are kept until then, or until removed on request.
#[test]
fn what_was_set_aside_is_removed_after_its_time_or_on_request() {
    use postvett_core::store::{remove_set_aside, set_aside, SET_ASIDE_DAYS};
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("store");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let old = parent.path().join(format!(
        "store-broken-{}",
        now - (SET_ASIDE_DAYS * 24 + 1) * 3600
    ));
    let recent = parent.path().join(format!("store-broken-{}", now - 3600));
    let other = parent.path().join("store-broken-not-a-time");
    for d in [&old, &recent, &other] {
        std::fs::create_dir(d).unwrap();
        std::fs::write(d.join("db"), b"names and shifts").unwrap();
    }
    let (store, moved) = Store::open_or_recover(&dir).unwrap();
    assert!(moved.is_none());
    drop(store);
    assert!(!old.exists(), "older than {SET_ASIDE_DAYS} days: removed");
    assert_eq!(
        set_aside(&dir)
            .into_iter()
            .map(|(p, _)| p)
            .collect::<Vec<_>>(),
        std::slice::from_ref(&recent)
    );
    assert!(
        other.exists(),
        "a folder that is not one of ours is left alone"
    );
    assert_eq!(remove_set_aside(&dir).unwrap(), 1);
    assert!(!recent.exists());
    assert!(set_aside(&dir).is_empty());
}

/// One record that does not decode is skipped; the others are listed.
#[test]
fn one_bad_record_does_not_empty_its_list() {
    let dir = tempfile::tempdir().unwrap();
    {
        let db = sled::open(dir.path()).unwrap();
        let shifts = db.open_tree(Tree::Shifts.name()).unwrap();
        shifts
            .insert("a", serde_json::to_vec(&1u32).unwrap())
            .unwrap();
        shifts.insert("b", &b"\xff not json"[..]).unwrap();
        shifts
            .insert("c", serde_json::to_vec(&3u32).unwrap())
            .unwrap();
        db.flush().unwrap();
    }
    let store = Store::open(dir.path()).unwrap();
    let listed: Vec<(String, u32)> = store.list(Tree::Shifts).unwrap();
    assert_eq!(listed, [("a".to_owned(), 1), ("c".to_owned(), 3)]);
}

/// "Delete my data": every setting and record goes; the store still works.
#[test]
fn erase_removes_everything_the_user_stored() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("store");
    filled_store(&dir);
    let store = Store::open(&dir).unwrap();
    store.put(Tree::SignOffs, "s", &"x").unwrap();
    store.erase().unwrap();
    let keys = store.keys().unwrap();
    assert_eq!(
        keys,
        [("__sled__default".to_owned(), SCHEMA_KEY.to_owned())],
        "{keys:?}"
    );
    store.set(LANGUAGE, &"en".to_owned()).unwrap();
    assert_eq!(store.get(LANGUAGE).unwrap().as_deref(), Some("en"));
}
