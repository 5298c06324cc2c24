//! Privacy tips: the guideline's own advice (its "Generelle råd/nettvett"
//! bullets, shown verbatim from the guideline content) and cards with concrete
//! per-platform steps, each of which the user can mark done. Nothing is
//! fetched: the cards are bundled data with an "as of" date.

pub mod cards;
pub mod model;
pub mod view;

pub use cards::CARDS;
pub use model::Card;
pub use view::{on_shift_steps, view, CardView, OnShiftSteps, StepView, TipsView};

/// The location steps of the tips that the checklist's "on shift" card
/// repeats, per phone (step ids of the location cards).
pub struct ShiftSteps {
    pub ios: &'static [&'static str],
    pub android: &'static [&'static str],
}

pub const ON_SHIFT_STEPS: ShiftSteps = ShiftSteps {
    ios: &["tips-location-ios-off", "tips-location-ios-per-app"],
    android: &[
        "tips-location-android-quick-settings",
        "tips-location-android-settings",
    ],
};

/// The guideline bullets shown above the cards.
pub const GUIDELINE_ADVICE: &[&str] = &[
    "d38049-netiquette-personal-info",
    "d38049-netiquette-requests",
    "d38049-netiquette-privacy",
    "d38049-netiquette-location",
];

/// Whether `id` names a step of a card (done-marks are stored only for those).
pub fn is_step(id: &str) -> bool {
    CARDS.iter().any(|c| c.steps.contains(&id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_and_steps_have_unique_prefixed_ids_and_an_as_of_date() {
        let mut ids = Vec::new();
        for c in CARDS {
            assert!(c.id.starts_with("tips-"), "{}", c.id);
            assert!(c.as_of.parse::<jiff::civil::Date>().is_ok(), "{}", c.as_of);
            assert!((2..=5).contains(&c.steps.len()), "{}", c.id);
            for s in c.steps {
                assert!(s.starts_with(c.id), "{s}");
                ids.push(*s);
            }
            ids.push(c.id);
        }
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n);
        assert!(is_step("tips-strava-privacy-zone"));
        assert!(!is_step("tips-strava"));
        for id in ON_SHIFT_STEPS.ios.iter().chain(ON_SHIFT_STEPS.android) {
            assert!(is_step(id), "{id}");
        }
        for id in GUIDELINE_ADVICE {
            assert!(crate::content::locate(id).is_some(), "{id}");
        }
    }
}

/// The step ids marked done.
pub fn done(store: &crate::store::Store) -> crate::Result<Vec<String>> {
    Ok(store
        .list::<bool>(crate::store::Tree::TipsDone)?
        .into_iter()
        .filter(|(id, done)| *done && is_step(id))
        .map(|(id, _)| id)
        .collect())
}

/// Marks a step done or not done; an unknown step id is `not-found`.
pub fn set_done(store: &crate::store::Store, step: &str, is_done: bool) -> crate::Result<()> {
    if !is_step(step) {
        return Err(crate::Error::NotFound {
            id: step.chars().take(60).collect(),
        });
    }
    if is_done {
        store.put(crate::store::Tree::TipsDone, step, &true)
    } else {
        store.remove(crate::store::Tree::TipsDone, step).map(|_| ())
    }
}

/// Clears every done-mark.
pub fn reset(store: &crate::store::Store) -> crate::Result<()> {
    store.clear_tree(crate::store::Tree::TipsDone)
}

#[cfg(test)]
mod store_tests {
    use super::*;

    #[test]
    fn done_marks_persist_and_reset() {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::store::Store::open(dir.path()).unwrap();
        set_done(&store, "tips-strava-privacy-zone", true).unwrap();
        set_done(&store, "tips-x-protect", true).unwrap();
        set_done(&store, "tips-x-protect", false).unwrap();
        assert_eq!(done(&store).unwrap(), ["tips-strava-privacy-zone"]);
        assert_eq!(
            set_done(&store, "tips-x", true).unwrap_err().code(),
            "not-found"
        );
        assert_eq!(
            set_done(&store, "<script>", true).unwrap_err().code(),
            "not-found"
        );
        reset(&store).unwrap();
        assert!(done(&store).unwrap().is_empty());
    }
}
