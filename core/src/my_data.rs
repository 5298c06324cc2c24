//! "Delete my data", and the damaged stores set aside beside the store: what
//! the Settings screen says about them, and removing them.
//!
//! A store found damaged at start is moved aside (`Store::open_or_recover`)
//! rather than deleted, in case its owner or their IT support wants what is
//! in it; it holds the same personal data as the store (names, sign-offs,
//! shifts), so the app says how long it is kept, removes it by itself after
//! [`SET_ASIDE_DAYS`], and lets the user remove it at once. Deleting one's
//! data removes it too: after "delete my data" nothing of the user's is left
//! in the app's folder but the empty store.

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde::Serialize;

use crate::i18n::{Arg, Args, Localizer};
use crate::store::{self, Store, SET_ASIDE_DAYS};
use crate::{dates, Result};

/// What the Settings screen's "Your data" section shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DataView {
    /// A damaged store is set aside beside this one.
    pub set_aside: Option<SetAsideView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetAsideView {
    /// How many damaged stores are set aside (one, unless the store was
    /// damaged at more than one start within [`SET_ASIDE_DAYS`]).
    pub count: usize,
    /// "A copy of the damaged data is kept on this phone until …, then
    /// removed by itself." with the day the newest goes.
    pub text: String,
    /// The button that removes it now ("Delete the copy now").
    pub remove: String,
    /// Offer its removal at the top of the page too: it was set aside at
    /// this start, so the user has just been told the store was damaged.
    pub offer: bool,
}

/// The "Your data" view for the store in `dir`; `recovered_now` says
/// whether it was set aside at this start.
pub fn view(
    dir: &Path,
    recovered_now: bool,
    tz: &TimeZone,
    l: &Localizer,
    lang: &str,
) -> Result<DataView> {
    let aside = store::set_aside(dir);
    let Some(newest) = aside.iter().map(|(_, at)| *at).max() else {
        return Ok(DataView { set_aside: None });
    };
    let until = removed_on(newest, tz);
    let args = Args::from([
        ("date".to_owned(), Arg::Str(dates::long(l, lang, until)?)),
        ("count".to_owned(), Arg::Num(aside.len() as f64)),
    ]);
    Ok(DataView {
        set_aside: Some(SetAsideView {
            count: aside.len(),
            text: l.format(lang, "data-set-aside", &args)?,
            remove: l.format(lang, "data-set-aside-remove", &args)?,
            offer: recovered_now,
        }),
    })
}

/// The day a store set aside at `at` is removed: the first start after
/// [`SET_ASIDE_DAYS`] days removes it, so this is the earliest such day.
fn removed_on(at: SystemTime, tz: &TimeZone) -> jiff::civil::Date {
    let secs = at
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs()
        .saturating_add(SET_ASIDE_DAYS * 24 * 3600);
    let ts =
        Timestamp::from_second(i64::try_from(secs).unwrap_or(i64::MAX)).unwrap_or(Timestamp::MAX);
    ts.to_zoned_datetime(tz.clone()).date()
}

/// "Delete my data": every setting and record in `store`, then every store
/// set aside beside `dir`. With no store (it could not be opened) only the
/// set-aside copies go, and the store's error is returned.
pub fn delete_all(store: std::result::Result<&Store, crate::Error>, dir: &Path) -> Result<()> {
    let erased = store.and_then(Store::erase);
    store::remove_set_aside(dir)?;
    erased
}

/// Removes the damaged stores set aside beside `dir` now.
pub fn remove_set_aside(dir: &Path) -> Result<()> {
    store::remove_set_aside(dir).map(drop)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code

    use super::*;
    use crate::settings::DECLINE_NAME;

    /// A store folder in a temporary parent, with `n` stores set aside
    /// beside it at the given unix seconds.
    fn with_set_aside(stamps: &[u64]) -> (tempfile::TempDir, std::path::PathBuf) {
        let parent = tempfile::tempdir().unwrap();
        let dir = parent.path().join("store");
        for s in stamps {
            let aside = parent.path().join(format!("store-broken-{s}"));
            std::fs::create_dir(&aside).unwrap();
            std::fs::write(aside.join("db"), b"names and shifts").unwrap();
        }
        (parent, dir)
    }

    #[test]
    fn no_set_aside_store_no_line() {
        let (_p, dir) = with_set_aside(&[]);
        let v = view(&dir, false, &TimeZone::UTC, Localizer::embedded(), "en").unwrap();
        assert_eq!(v, DataView { set_aside: None });
    }

    #[test]
    fn the_line_names_the_day_the_newest_copy_goes() {
        // 2026-11-01 and 2026-11-20, both at noon UTC: the newest goes
        // 30 days after 20 November.
        let (_p, dir) = with_set_aside(&[1_793_534_400, 1_795_176_000]);
        let v = view(&dir, true, &TimeZone::UTC, Localizer::embedded(), "en").unwrap();
        let s = v.set_aside.unwrap();
        assert_eq!(s.count, 2);
        assert!(s.offer);
        assert!(s.text.contains("Sunday 20 December 2026"), "{}", s.text);
        assert!(s.text.starts_with("2 copies"), "{}", s.text);
        assert_eq!(s.remove, "Delete the copies now");
        for lang in ["nb", "nn"] {
            let v = view(&dir, false, &TimeZone::UTC, Localizer::embedded(), lang).unwrap();
            let s = v.set_aside.unwrap();
            assert!(!s.offer);
            assert!(s.text.contains("20. desember 2026"), "{lang}: {}", s.text);
        }
    }

    #[test]
    fn delete_all_leaves_nothing_of_the_users() {
        let (parent, dir) = with_set_aside(&[1_795_176_000]);
        let store = Store::open(&dir).unwrap();
        store
            .set(DECLINE_NAME, &"Kari Nordmann".to_owned())
            .unwrap();
        delete_all(Ok(&store), &dir).unwrap();
        assert_eq!(store.get(DECLINE_NAME).unwrap(), None);
        assert!(store::set_aside(&dir).is_empty());
        let left: Vec<_> = std::fs::read_dir(parent.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["store"]);
    }

    #[test]
    fn without_a_store_the_copies_still_go_and_the_error_is_told() {
        let (_p, dir) = with_set_aside(&[1_795_176_000]);
        let err = crate::Error::StoreOpen {
            detail: "unreadable".into(),
        };
        let out = delete_all(Err(err.clone()), &dir);
        assert_eq!(out, Err(err));
        assert!(store::set_aside(&dir).is_empty());
    }
}
