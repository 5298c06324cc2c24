//! The shift screen's operations over the store: list, add, remove, the
//! reminder settings, the "on shift" card, and one view for the UI. Kept in
//! the core so the Tauri commands only map onto these calls.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde::Serialize;
use uuid::Uuid;

use super::model::{validate, Shift, ShiftInput, LEAD_MAX};
use super::plan::{current, plan, Active, Reminder};
use crate::settings::{self, ON_SHIFT_DISMISSED, REMINDERS_ENABLED, REMINDER_LEAD};
use crate::store::{Store, Tree};
use crate::{Error, Result};

/// How many upcoming reminders the screen lists.
pub const UPCOMING: usize = 5;

/// Everything the shift screen and the "on shift" card show.
#[derive(Debug, Clone, Serialize)]
pub struct ShiftsView {
    pub shifts: Vec<Shift>,
    pub enabled: bool,
    pub lead_minutes: u8,
    pub upcoming: Vec<Reminder>,
    /// The shift running now, unless its card was dismissed.
    pub on_shift: Option<Active>,
    /// The time zone the plan uses (the phone's).
    pub time_zone: String,
}

/// The shifts, oldest first (weekly patterns, then one-offs by date).
pub fn shifts(store: &Store) -> Result<Vec<Shift>> {
    let mut all: Vec<Shift> = store
        .list(Tree::Shifts)?
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    all.sort_by_key(|s| match &s.kind {
        super::ShiftKind::Weekly { days } => (0, None, days.first().copied(), s.start),
        super::ShiftKind::OneOff { date } => (1, Some(*date), None, s.start),
    });
    Ok(all)
}

/// Validates and stores a new shift under a fresh uuid v4.
pub fn add(store: &Store, input: &ShiftInput) -> Result<Shift> {
    let existing = shifts(store)?;
    let shift = validate(input, &existing, Uuid::new_v4())?;
    store.put(Tree::Shifts, &shift.id.to_string(), &shift)?;
    Ok(shift)
}

/// Removes a shift by id; a malformed or unknown id is `not-found`.
pub fn remove(store: &Store, id: &str) -> Result<()> {
    let not_found = || Error::NotFound {
        id: id.chars().take(40).collect(),
    };
    let uuid = Uuid::parse_str(id).map_err(|_| not_found())?;
    if store.remove(Tree::Shifts, &uuid.to_string())? {
        Ok(())
    } else {
        Err(not_found())
    }
}

/// Turns reminders on or off and sets the lead time (0..=60 minutes).
pub fn set_reminders(store: &Store, enabled: bool, lead_minutes: u8) -> Result<()> {
    if lead_minutes > LEAD_MAX {
        return Err(Error::InvalidInput {
            field: "lead_minutes".into(),
            reason: format!("must be 0..={LEAD_MAX}"),
        });
    }
    store.set(REMINDERS_ENABLED, &enabled)?;
    store.set(REMINDER_LEAD, &lead_minutes)
}

/// The reminder settings: (enabled, lead minutes).
pub fn reminders(store: &Store) -> Result<(bool, u8)> {
    let enabled = store.get(REMINDERS_ENABLED)?.unwrap_or(false);
    let lead = store
        .get(REMINDER_LEAD)?
        .filter(|l| *l <= LEAD_MAX)
        .unwrap_or(settings::REMINDER_LEAD_DEFAULT);
    Ok((enabled, lead))
}

fn active_key(a: &Active) -> String {
    format!("{}@{}", a.shift, a.date)
}

/// Hides the "on shift" card for the shift running now (until the next one).
pub fn dismiss_on_shift(store: &Store, now: Timestamp, tz: &TimeZone) -> Result<()> {
    match current(&shifts(store)?, now, tz) {
        Some(a) => store.set(ON_SHIFT_DISMISSED, &active_key(&a)),
        None => Ok(()),
    }
}

pub fn view(store: &Store, now: Timestamp, tz: &TimeZone) -> Result<ShiftsView> {
    let all = shifts(store)?;
    let (enabled, lead_minutes) = reminders(store)?;
    let dismissed = store.get(ON_SHIFT_DISMISSED)?;
    let on_shift =
        current(&all, now, tz).filter(|a| dismissed.as_deref() != Some(active_key(a).as_str()));
    Ok(ShiftsView {
        upcoming: plan(&all, lead_minutes, now, tz, UPCOMING),
        shifts: all,
        enabled,
        lead_minutes,
        on_shift,
        time_zone: tz.iana_name().unwrap_or("UTC").to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::Day;

    fn input(kind: &str, date: &str, start: &str, end: &str) -> ShiftInput {
        ShiftInput {
            kind: kind.into(),
            days: vec![Day::Mon],
            date: date.into(),
            start: start.into(),
            end: end.into(),
            night: false,
        }
    }

    #[test]
    fn add_list_remove_and_the_on_shift_card() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let tz = TimeZone::get("Europe/Oslo").unwrap();
        let s = add(&store, &input("one-off", "2026-11-23", "08:00", "16:00")).unwrap();
        assert_eq!(s.id.get_version_num(), 4);
        assert_eq!(
            add(&store, &input("one-off", "2026-11-23", "15:00", "20:00"))
                .unwrap_err()
                .code(),
            "shift-overlap"
        );
        add(&store, &input("weekly", "", "07:00", "15:00")).unwrap();
        assert_eq!(shifts(&store).unwrap().len(), 2);

        let noon: Timestamp = "2026-11-23T11:00:00Z".parse().unwrap();
        let v = view(&store, noon, &tz).unwrap();
        assert_eq!(v.on_shift.as_ref().map(|a| a.shift), Some(s.id));
        assert!(!v.enabled);
        assert_eq!(v.lead_minutes, settings::REMINDER_LEAD_DEFAULT);
        dismiss_on_shift(&store, noon, &tz).unwrap();
        assert!(
            view(&store, noon, &tz).unwrap().on_shift.is_none(),
            "dismissed for this shift"
        );

        remove(&store, &s.id.to_string()).unwrap();
        assert_eq!(
            remove(&store, &s.id.to_string()).unwrap_err().code(),
            "not-found"
        );
        assert_eq!(
            remove(&store, "not-a-uuid").unwrap_err().code(),
            "not-found"
        );
        assert_eq!(shifts(&store).unwrap().len(), 1);
    }

    #[test]
    fn reminder_settings_are_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        set_reminders(&store, true, 60).unwrap();
        assert_eq!(reminders(&store).unwrap(), (true, 60));
        assert_eq!(
            set_reminders(&store, true, 61).unwrap_err().code(),
            "invalid-input"
        );
        set_reminders(&store, false, 0).unwrap();
        assert_eq!(reminders(&store).unwrap(), (false, 0));
    }
}
