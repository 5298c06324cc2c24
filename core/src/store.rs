//! The on-device store: one sled 0.34 database with typed trees and serde
//! values. Every write is flushed before it returns, so an acknowledged write
//! survives a crash. The store keeps only what the user chose to save; nothing
//! about a checklist run is ever written here.

use std::path::Path;

use serde::{de::DeserializeOwned, Serialize};

use crate::settings::Key;
use crate::{Error, Result};

/// sled's default page cache is 1 GiB; the app stores a few kilobytes.
const CACHE_BYTES: u64 = 4 * 1024 * 1024;

/// sled 0.34 releases its directory lock from a background thread shortly
/// after the last handle drops, so an immediate reopen (a restart of the
/// store, a test) can find it still held. Opening retries for this long.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// How long a store that was moved aside is kept (it holds the user's
/// names, sign-offs and shifts, so not for ever): 30 days, after which the
/// next start removes it. "Delete my data" removes it at once.
pub const SET_ASIDE_DAYS: u64 = 30;

/// The tree that holds [`crate::settings`] keys.
pub const SETTINGS_TREE: &str = "settings";
/// The key, in the default tree, holding the schema version as a JSON number.
pub const SCHEMA_KEY: &str = "schema_version";
/// The schema this build writes.
///
/// - 1: the first builds: settings only, values not range-checked on write.
/// - 2: record trees (shifts, tips_done, signoffs); every settings value is
///   valid for its key. The 1 → 2 step removes settings values that no longer
///   decode or are out of range, so later reads never meet them.
pub const SCHEMA_VERSION: u32 = 2;

/// The store's record trees (besides [`SETTINGS_TREE`]), each holding one
/// kind of record under string keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tree {
    /// Shifts, keyed by their uuid.
    Shifts,
    /// Done-marks of privacy-tip steps, keyed by step id.
    TipsDone,
    /// "Read and understood" sign-offs, keyed by their uuid.
    SignOffs,
}

impl Tree {
    pub const ALL: [Tree; 3] = [Tree::Shifts, Tree::TipsDone, Tree::SignOffs];

    pub fn name(self) -> &'static str {
        match self {
            Tree::Shifts => "shifts",
            Tree::TipsDone => "tips_done",
            Tree::SignOffs => "signoffs",
        }
    }
}

pub struct Store {
    db: sled::Db,
    settings: sled::Tree,
}

impl Store {
    /// Opens (or creates) the store in `dir` and migrates it to
    /// [`SCHEMA_VERSION`]. A panic inside sled is caught and reported as
    /// `store-open`, like any other failure to open.
    pub fn open(dir: &Path) -> Result<Store> {
        // No background flusher thread: every write here flushes before it
        // returns, so the thread would have nothing to do (and costs a spawn
        // on open and a join on close).
        let config = sled::Config::new()
            .path(dir)
            .cache_capacity(CACHE_BYTES)
            .flush_every_ms(None);
        let deadline = std::time::Instant::now() + LOCK_WAIT;
        let db = loop {
            let opened = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| config.open()));
            match opened {
                Ok(Ok(db)) => break db,
                Ok(Err(e)) if is_lock_error(&e) && std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                Ok(Err(e)) if is_lock_error(&e) => {
                    return Err(Error::StoreLocked {
                        detail: e.to_string(),
                    })
                }
                Ok(Err(e)) => return Err(open_error(e)),
                Err(panic) => {
                    return Err(Error::StoreCorrupt {
                        detail: format!("sled panicked: {}", panic_text(&panic)),
                    })
                }
            }
        };
        let settings = db.open_tree(SETTINGS_TREE).map_err(open_error)?;
        let store = Store { db, settings };
        store.migrate().map_err(|e| match e {
            // The schema stamp does not decode: the store is not ours to read.
            Error::StoreData { key, detail } => Error::StoreCorrupt {
                detail: format!("{key}: {detail}"),
            },
            e => e,
        })?;
        Ok(store)
    }

    /// Opens the store; if it is damaged ([`Error::StoreCorrupt`]), moves
    /// the folder aside to `<dir>-broken-<unix seconds>` and starts afresh
    /// with defaults. Returns the folder it moved aside, so the user can be
    /// told once. Any other failure (the store is locked by another running
    /// instance, written by a newer build, or cannot be read or written just
    /// now) is reported and the folder left as it is: moving aside a store
    /// that is only briefly unreadable would lose the user's data for no
    /// reason. Folders set aside more than [`SET_ASIDE_DAYS`] ago are removed.
    pub fn open_or_recover(dir: &Path) -> Result<(Store, Option<std::path::PathBuf>)> {
        let now = std::time::SystemTime::now();
        for (old, _) in set_aside(dir).into_iter().filter(|(_, at)| {
            now.duration_since(*at)
                .is_ok_and(|age| age.as_secs() > SET_ASIDE_DAYS * 24 * 3600)
        }) {
            match std::fs::remove_dir_all(&old) {
                Ok(()) => log::info!("removed a store set aside over {SET_ASIDE_DAYS} days ago"),
                Err(e) => log::warn!("could not remove an old set-aside store: {e}"),
            }
        }
        match Store::open(dir) {
            Ok(store) => Ok((store, None)),
            Err(e @ Error::StoreCorrupt { .. }) if dir.exists() => {
                let stamp = now
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or_default();
                let mut aside = dir.as_os_str().to_owned();
                aside.push(format!("-broken-{stamp}"));
                let aside = std::path::PathBuf::from(aside);
                log::error!("store damaged ({e}); moving it aside");
                std::fs::rename(dir, &aside).map_err(|_| e)?;
                Ok((Store::open(dir)?, Some(aside)))
            }
            Err(e) => Err(e),
        }
    }

    /// Brings an older store up to [`SCHEMA_VERSION`], one step at a time; a
    /// store written by a newer build is refused rather than rewritten.
    fn migrate(&self) -> Result<()> {
        let stamped = self.schema_version()?;
        let mut version = match stamped {
            // A fresh store: nothing to migrate.
            None if self.settings.is_empty() => SCHEMA_VERSION,
            None => 1,
            Some(v) => v,
        };
        if version > SCHEMA_VERSION {
            return Err(Error::StoreNewer { schema: version });
        }
        // The usual start: already current, so nothing is written (a flush
        // is a disk sync, the dearest part of opening).
        if stamped == Some(SCHEMA_VERSION) {
            return Ok(());
        }
        while version < SCHEMA_VERSION {
            if version == 1 {
                self.drop_invalid_settings()?;
            }
            version += 1;
        }
        self.db.insert(SCHEMA_KEY, json(&version, SCHEMA_KEY)?)?;
        self.db.flush()?;
        Ok(())
    }

    /// Schema 1 → 2: removes settings values that do not decode for their
    /// key or are out of range (each key's rule: `settings::Name::valid`);
    /// unknown keys are left alone.
    fn drop_invalid_settings(&self) -> Result<()> {
        for name in <crate::settings::Name as strum::IntoEnumIterator>::iter() {
            let key = name.as_str();
            if let Some(bytes) = self.settings.get(key)? {
                if !name.valid(&bytes) {
                    log::warn!("migration: dropping an invalid value under {key}");
                    self.settings.remove(key)?;
                }
            }
        }
        self.settings.flush()?;
        Ok(())
    }

    /// The schema version stamped in the store, if any.
    pub fn schema_version(&self) -> Result<Option<u32>> {
        read(&self.db, SCHEMA_KEY)
    }

    /// Reads a setting; `None` when it was never set or was cleared.
    pub fn get<T: DeserializeOwned>(&self, key: Key<T>) -> Result<Option<T>> {
        read(&self.settings, key.name())
    }

    /// Writes a setting and returns once it is flushed to disk.
    pub fn set<T: Serialize>(&self, key: Key<T>, value: &T) -> Result<()> {
        self.settings.insert(key.name(), json(value, key.name())?)?;
        self.settings.flush()?;
        Ok(())
    }

    /// Removes a setting and returns once that is flushed to disk.
    pub fn clear<T>(&self, key: Key<T>) -> Result<()> {
        self.settings.remove(key.name())?;
        self.settings.flush()?;
        Ok(())
    }

    /// Writes `value` under `key` in `tree` and returns once it is flushed.
    pub fn put<T: Serialize>(&self, tree: Tree, key: &str, value: &T) -> Result<()> {
        let t = self.db.open_tree(tree.name())?;
        t.insert(key, json(value, key)?)?;
        t.flush()?;
        Ok(())
    }

    /// Every `(key, value)` in `tree` that decodes, in key order. A record
    /// that does not decode (a bad write, a build that wrote another shape)
    /// is skipped and its key logged, never its value: one bad record must
    /// not hide the others.
    pub fn list<T: DeserializeOwned>(&self, tree: Tree) -> Result<Vec<(String, T)>> {
        let t = self.db.open_tree(tree.name())?;
        let mut out = Vec::new();
        for entry in t.iter() {
            let (k, v) = entry?;
            let key = String::from_utf8_lossy(&k).into_owned();
            match serde_json::from_slice(&v) {
                Ok(value) => out.push((key, value)),
                Err(_) => log::warn!(
                    "{}: skipping the record {key}, which does not read",
                    tree.name()
                ),
            }
        }
        Ok(out)
    }

    /// Removes `key` from `tree`; `false` if it was not there.
    pub fn remove(&self, tree: Tree, key: &str) -> Result<bool> {
        let t = self.db.open_tree(tree.name())?;
        let existed = t.remove(key)?.is_some();
        t.flush()?;
        Ok(existed)
    }

    /// Empties `tree`.
    pub fn clear_tree(&self, tree: Tree) -> Result<()> {
        let t = self.db.open_tree(tree.name())?;
        t.clear()?;
        t.flush()?;
        Ok(())
    }

    /// Deletes everything the user stored (every setting and record; the
    /// schema stamp stays) and returns once that is flushed.
    pub fn erase(&self) -> Result<()> {
        self.settings.clear()?;
        for tree in Tree::ALL {
            self.db.open_tree(tree.name())?.clear()?;
        }
        self.db.flush()?;
        Ok(())
    }

    /// Every `(tree, key)` in the store, for audits of what is kept.
    pub fn keys(&self) -> Result<Vec<(String, String)>> {
        let mut out = Vec::new();
        for name in self.db.tree_names() {
            let tree = self.db.open_tree(&name)?;
            let tree_name = String::from_utf8_lossy(&name).into_owned();
            for key in tree.iter().keys() {
                out.push((
                    tree_name.clone(),
                    String::from_utf8_lossy(&key?).into_owned(),
                ));
            }
        }
        out.sort();
        Ok(out)
    }
}

/// The stores set aside beside `dir` (`<dir>-broken-<unix seconds>`), with
/// when each was set aside.
pub fn set_aside(dir: &Path) -> Vec<(std::path::PathBuf, std::time::SystemTime)> {
    let (Some(parent), Some(name)) = (dir.parent(), dir.file_name()) else {
        return Vec::new();
    };
    let prefix = format!("{}-broken-", name.to_string_lossy());
    let Ok(entries) = std::fs::read_dir(parent) else {
        return Vec::new();
    };
    let mut out: Vec<_> = entries
        .flatten()
        .filter_map(|e| {
            let file_name = e.file_name();
            let secs: u64 = file_name.to_str()?.strip_prefix(&prefix)?.parse().ok()?;
            let at = std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs);
            Some((e.path(), at))
        })
        .collect();
    out.sort();
    out
}

/// Removes every store set aside beside `dir`; returns how many.
pub fn remove_set_aside(dir: &Path) -> Result<usize> {
    let all = set_aside(dir);
    for (path, _) in &all {
        std::fs::remove_dir_all(path).map_err(|e| Error::StoreIo {
            detail: e.to_string(),
        })?;
    }
    Ok(all.len())
}

/// Whether sled's error means the files are damaged (rather than the store
/// being unreachable just now, which is an I/O error).
fn open_error(e: sled::Error) -> Error {
    match e {
        sled::Error::Io(_) => Error::StoreOpen {
            detail: e.to_string(),
        },
        sled::Error::Corruption { .. }
        | sled::Error::ReportableBug(_)
        | sled::Error::Unsupported(_)
        | sled::Error::CollectionNotFound(_) => Error::StoreCorrupt {
            detail: e.to_string(),
        },
    }
}

fn is_lock_error(e: &sled::Error) -> bool {
    // sled reports a held lock as ErrorKind::Other with this text.
    matches!(e, sled::Error::Io(io) if io.to_string().contains("could not acquire lock"))
}

fn panic_text(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown".into())
}

fn json<T: Serialize>(value: &T, key: &str) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|e| Error::StoreData {
        key: key.to_owned(),
        detail: e.to_string(),
    })
}

fn read<T: DeserializeOwned>(tree: &sled::Tree, key: &str) -> Result<Option<T>> {
    match tree.get(key)? {
        None => Ok(None),
        Some(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| Error::StoreData {
                key: key.to_owned(),
                detail: e.to_string(),
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::LANGUAGE;

    #[test]
    fn a_setting_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            assert_eq!(store.get(LANGUAGE).unwrap(), None);
            store.set(LANGUAGE, &"nb".to_owned()).unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.get(LANGUAGE).unwrap().as_deref(), Some("nb"));
        assert_eq!(store.schema_version().unwrap(), Some(SCHEMA_VERSION));
        store.clear(LANGUAGE).unwrap();
        assert_eq!(store.get(LANGUAGE).unwrap(), None);
    }

    #[test]
    fn reopening_right_after_a_drop_waits_for_sleds_lock() {
        let dir = tempfile::tempdir().unwrap();
        for round in 0..20u8 {
            let store = Store::open(dir.path()).unwrap();
            store.set(LANGUAGE, &format!("l{round}")).unwrap();
            drop(store);
        }
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.get(LANGUAGE).unwrap().as_deref(), Some("l19"));
    }

    #[test]
    fn record_trees_put_list_remove_and_clear() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store.put(Tree::TipsDone, "b", &true).unwrap();
        store.put(Tree::TipsDone, "a", &true).unwrap();
        let listed: Vec<(String, bool)> = store.list(Tree::TipsDone).unwrap();
        assert_eq!(listed, vec![("a".into(), true), ("b".into(), true)]);
        assert!(store.remove(Tree::TipsDone, "a").unwrap());
        assert!(!store.remove(Tree::TipsDone, "a").unwrap());
        store.clear_tree(Tree::TipsDone).unwrap();
        assert!(store.list::<bool>(Tree::TipsDone).unwrap().is_empty());
    }

    #[test]
    fn keys_lists_only_what_was_written() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store.set(LANGUAGE, &"en".to_owned()).unwrap();
        let keys = store.keys().unwrap();
        assert!(keys.contains(&("settings".into(), "language".into())));
        assert!(keys.contains(&("__sled__default".into(), SCHEMA_KEY.into())));
        assert_eq!(keys.len(), 2, "{keys:?}");
    }

    #[test]
    fn an_undecodable_value_is_a_typed_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store
            .settings
            .insert("language", &b"\xff not json"[..])
            .unwrap();
        assert_eq!(store.get(LANGUAGE).unwrap_err().code(), "store-data");
    }

    #[test]
    fn a_path_that_cannot_hold_a_database_is_a_store_open_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("not-a-dir");
        std::fs::write(&file, b"x").unwrap();
        let err = Store::open(&file).err().unwrap();
        assert_eq!(err.code(), "store-open");
    }
}
