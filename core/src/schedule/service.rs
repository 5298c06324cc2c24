//! The shift screen's operations over the store: list, add, remove, the
//! reminder settings, the "on shift" card, and one view for the UI. Kept in
//! the core so the Tauri commands only map onto these calls.

use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde::Serialize;
use uuid::Uuid;

use super::model::{validate, Day, Shift, ShiftInput, ShiftKind, LEAD_MAX};
use super::plan::{current, plan, Active, Reminder};
use crate::dates;
use crate::i18n::{Arg, Args, Localizer};
use crate::settings::{self, ON_SHIFT_DISMISSED, REMINDERS_ENABLED, REMINDER_LEAD};
use crate::store::{Store, Tree};
use crate::tips::{on_shift_steps, OnShiftSteps};
use crate::{Error, Result};

/// How many upcoming reminders the screen lists.
pub const UPCOMING: usize = 5;
/// The lead times offered, in minutes (each within `0..=LEAD_MAX`).
pub const LEAD_CHOICES: [u8; 7] = [0, 5, 10, 15, 30, 45, 60];
/// The days a new weekly shift starts with ticked.
pub const DEFAULT_DAYS: [Day; 5] = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri];
/// The times a new shift starts with (a day shift).
pub const DEFAULT_START: &str = "07:00";
pub const DEFAULT_END: &str = "15:00";

/// A stored shift with its summary line ("Monday, Tuesday, 07:00–15:00").
#[derive(Debug, Clone, Serialize)]
pub struct ShiftItem {
    #[serde(flatten)]
    pub shift: Shift,
    pub summary: String,
}

/// A planned reminder with when it fires, as the list shows it.
#[derive(Debug, Clone, Serialize)]
pub struct UpcomingView {
    #[serde(flatten)]
    pub reminder: Reminder,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DayOption {
    pub id: Day,
    pub label: String,
    /// Ticked in a new weekly shift.
    pub checked: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct LeadOption {
    pub minutes: u8,
    pub label: String,
}

/// The add-shift form's choices and defaults.
#[derive(Debug, Clone, Serialize)]
pub struct ShiftForm {
    pub days: Vec<DayOption>,
    pub leads: Vec<LeadOption>,
    pub start: &'static str,
    pub end: &'static str,
}

/// Everything the shift screen and the "on shift" card show.
#[derive(Debug, Clone, Serialize)]
pub struct ShiftsView {
    pub shifts: Vec<ShiftItem>,
    pub enabled: bool,
    pub lead_minutes: u8,
    /// The next reminders; none while reminders are off.
    pub upcoming: Vec<UpcomingView>,
    /// The time zone the plan uses (the phone's), as a sentence.
    pub time_zone: String,
    pub form: ShiftForm,
}

/// The checklist's "on shift" card: the shift running now (unless its card
/// was dismissed) and the location steps to take. The card's own small
/// view: the first screen gets it with the bootstrap, and checks it again
/// once a minute, without the whole shifts screen.
#[derive(Debug, Clone, Serialize)]
pub struct OnShiftCard {
    pub shift: Active,
    pub steps: OnShiftSteps,
}

/// The card for `now`, or `None` when no shift runs (or its card was
/// dismissed, or there is no store).
pub fn on_shift(
    store: Option<&Store>,
    now: Timestamp,
    tz: &TimeZone,
    l: &Localizer,
    lang: &str,
) -> Result<Option<OnShiftCard>> {
    let Some(store) = store else {
        return Ok(None);
    };
    let dismissed = store.get(ON_SHIFT_DISMISSED)?;
    let Some(shift) = current(&shifts(store)?, now, tz)
        .filter(|a| dismissed.as_deref() != Some(active_key(a).as_str()))
    else {
        return Ok(None);
    };
    Ok(Some(OnShiftCard {
        shift,
        steps: on_shift_steps(l, lang)?,
    }))
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

/// "Monday, Tuesday, 07:00–15:00", or for a one-off shift its long date;
/// a night shift says so.
pub fn summary(l: &Localizer, lang: &str, shift: &Shift) -> Result<String> {
    let days = match &shift.kind {
        ShiftKind::Weekly { days } => days
            .iter()
            .map(|d| l.text(lang, dates::day_id(d.weekday())))
            .collect::<Result<Vec<_>>>()?
            .join(", "),
        ShiftKind::OneOff { date } => dates::long(l, lang, *date)?,
    };
    let args = Args::from([
        ("days".to_owned(), Arg::Str(days)),
        ("start".to_owned(), Arg::Str(String::from(shift.start))),
        ("end".to_owned(), Arg::Str(String::from(shift.end))),
    ]);
    let id = if shift.night {
        "shift-summary-night"
    } else {
        "shift-summary"
    };
    l.format(lang, id, &args)
}

fn form(l: &Localizer, lang: &str) -> Result<ShiftForm> {
    Ok(ShiftForm {
        days: Day::ALL
            .iter()
            .map(|d| {
                Ok(DayOption {
                    id: *d,
                    label: l.text(lang, dates::day_id(d.weekday()))?,
                    checked: DEFAULT_DAYS.contains(d),
                })
            })
            .collect::<Result<_>>()?,
        leads: LEAD_CHOICES
            .iter()
            .map(|m| {
                let args = Args::from([("minutes".to_owned(), Arg::Num(f64::from(*m)))]);
                Ok(LeadOption {
                    minutes: *m,
                    label: l.format(lang, "shift-lead-value", &args)?,
                })
            })
            .collect::<Result<_>>()?,
        start: DEFAULT_START,
        end: DEFAULT_END,
    })
}

/// What the reminder plan reads: the stored shifts and settings, and the
/// phone's time zone. An unavailable or unreadable store plans nothing.
pub fn inputs(store: Option<&Store>, tz: TimeZone) -> super::runner::Inputs {
    let stored = store.and_then(|store| {
        let (enabled, lead_minutes) = reminders(store).ok()?;
        Some((enabled, lead_minutes, shifts(store).ok()?))
    });
    let (enabled, lead_minutes, shifts) = stored.unwrap_or((false, 0, Vec::new()));
    super::runner::Inputs {
        enabled,
        lead_minutes,
        shifts,
        tz,
    }
}

/// The reminder notification's title and body, in `lang`.
pub fn notice(l: &Localizer, lang: &str, reminder: &Reminder, tz: &TimeZone) -> (String, String) {
    let time = dates::clock(reminder.starts.to_zoned_datetime(tz.clone()).time());
    let args = Args::from([("time".to_owned(), Arg::Str(time))]);
    let title = l.text(lang, "reminder-title").unwrap_or_default();
    let body = l.format(lang, "reminder-body", &args).unwrap_or_default();
    (title, body)
}

pub fn view(
    store: &Store,
    now: Timestamp,
    tz: &TimeZone,
    l: &Localizer,
    lang: &str,
) -> Result<ShiftsView> {
    let all = shifts(store)?;
    let (enabled, lead_minutes) = reminders(store)?;
    let planned = if enabled {
        plan(&all, lead_minutes, now, tz, UPCOMING)
    } else {
        Vec::new()
    };
    let upcoming = planned
        .into_iter()
        .map(|r| {
            let at = r.fire_at.to_zoned_datetime(tz.clone()).datetime();
            Ok(UpcomingView {
                text: dates::long_with_time(l, lang, at)?,
                reminder: r,
            })
        })
        .collect::<Result<_>>()?;
    let zone = Args::from([(
        "zone".to_owned(),
        Arg::Str(tz.iana_name().unwrap_or("UTC").to_owned()),
    )]);
    Ok(ShiftsView {
        shifts: all
            .into_iter()
            .map(|shift| {
                Ok(ShiftItem {
                    summary: summary(l, lang, &shift)?,
                    shift,
                })
            })
            .collect::<Result<_>>()?,
        enabled,
        lead_minutes,
        upcoming,
        time_zone: l.format(lang, "shift-time-zone", &zone)?,
        form: form(l, lang)?,
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
        let l = Localizer::embedded();
        let v = view(&store, noon, &tz, l, "en").unwrap();
        let card = on_shift(Some(&store), noon, &tz, l, "en").unwrap().unwrap();
        assert_eq!(card.shift.shift, s.id);
        assert!(!card.steps.ios.is_empty());
        assert!(on_shift(None, noon, &tz, l, "en").unwrap().is_none());
        // Display text comes with the view: summaries, the zone, the form.
        assert_eq!(v.shifts[0].summary, "Monday, 07:00–15:00");
        assert_eq!(v.shifts[1].summary, "Monday 23 November 2026, 08:00–16:00");
        assert_eq!(v.time_zone, "Times are in the time zone Europe/Oslo.");
        assert_eq!(v.form.leads.len(), LEAD_CHOICES.len());
        assert_eq!(v.form.leads[0].label, "When the shift starts");
        assert_eq!(v.form.days.iter().filter(|d| d.checked).count(), 5);
        assert_eq!(v.form.start, DEFAULT_START);
        assert!(!v.enabled);
        // Reminders off: none is listed as planned.
        assert!(v.upcoming.is_empty());
        set_reminders(&store, true, 15).unwrap();
        assert!(!view(&store, noon, &tz, l, "en")
            .unwrap()
            .upcoming
            .is_empty());
        set_reminders(&store, false, settings::REMINDER_LEAD_DEFAULT).unwrap();
        assert_eq!(v.lead_minutes, settings::REMINDER_LEAD_DEFAULT);
        dismiss_on_shift(&store, noon, &tz).unwrap();
        assert!(
            on_shift(Some(&store), noon, &tz, l, "nb")
                .unwrap()
                .is_none(),
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
    fn a_night_shift_says_so_once_and_reminders_read_in_local_time() {
        let l = Localizer::embedded();
        let mut night = input("weekly", "", "22:00", "07:00");
        night.night = true;
        let shift = validate(&night, &[], Uuid::new_v4()).unwrap();
        assert_eq!(
            summary(l, "nb", &shift).unwrap(),
            "mandag, 22:00–07:00 (nattevakt)"
        );
        let tz = TimeZone::get("Europe/Oslo").unwrap();
        let r = plan(
            &[shift],
            15,
            "2026-11-23T00:00:00Z".parse().unwrap(),
            &tz,
            1,
        );
        let (title, body) = notice(l, "en", &r[0], &tz);
        assert_eq!(title, "Turn location services off");
        assert!(body.contains("22:00"), "{body}");
    }

    #[test]
    fn every_lead_choice_is_allowed() {
        assert!(LEAD_CHOICES.iter().all(|m| *m <= LEAD_MAX));
        assert!(LEAD_CHOICES.contains(&settings::REMINDER_LEAD_DEFAULT));
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
