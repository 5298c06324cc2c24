//! Reminder planning: pure functions from shifts + now + time zone to the next
//! reminder instants, and to the shift that is running now.
//!
//! # Daylight saving time
//!
//! A shift's start is a wall-clock time in the user's time zone, turned into
//! an instant by [`start_instant`]:
//!
//! - **Spring forward (a gap).** If the start falls in the hour the clocks
//!   skip (e.g. 02:30 on the last Sunday of March in Europe/Oslo, when 02:00
//!   jumps to 03:00), the shift starts at the **first valid instant after the
//!   gap**: the moment of the transition (03:00 CEST). The reminder fires the
//!   lead time before that instant.
//! - **Fall back (a fold).** If the start falls in the hour that happens twice
//!   (02:00–03:00 on the last Sunday of October), the shift starts at the
//!   **earlier** of the two instants, and the reminder fires **once**: one
//!   reminder per shift per date, however many times the wall clock shows it.

use jiff::civil::{Date, DateTime};
use jiff::tz::{AmbiguousOffset, TimeZone};
use jiff::{SignedDuration, Timestamp};
use serde::Serialize;
use uuid::Uuid;

use super::model::Shift;

/// How far ahead planning looks, in days (a shift on one weekday a year
/// still gets its reminders).
const HORIZON_DAYS: i32 = 400;

/// One planned reminder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reminder {
    pub shift: Uuid,
    /// The date (in the time zone) the shift starts on.
    pub date: Date,
    /// When the shift starts.
    pub starts: Timestamp,
    /// When the reminder fires: `starts` minus the lead time.
    pub fire_at: Timestamp,
}

/// A shift that is running.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Active {
    pub shift: Uuid,
    pub date: Date,
    pub starts: Timestamp,
    pub ends: Timestamp,
}

/// The instant a wall-clock start means in `tz` (see the module's DST rules).
pub fn start_instant(dt: DateTime, tz: &TimeZone) -> Timestamp {
    let ambiguous = tz.to_ambiguous_timestamp(dt);
    if let AmbiguousOffset::Gap { before, .. } = ambiguous.offset() {
        // The clock jumps over `dt`; the first valid instant is the transition,
        // the latest one before `dt` read with the pre-gap offset.
        if let Ok(after_gap) = before.to_timestamp(dt) {
            if let Some(t) = tz.preceding(after_gap).next() {
                return t.timestamp();
            }
        }
    }
    // Unambiguous, or a fold: compatible() takes the earlier instant of a fold.
    ambiguous.compatible().unwrap_or(Timestamp::UNIX_EPOCH)
}

/// An end instant: in a gap the end moves forward like the clock; in a fold
/// it is the later instant, so a shift never ends before it started.
fn end_instant(dt: DateTime, tz: &TimeZone) -> Timestamp {
    let ambiguous = tz.to_ambiguous_timestamp(dt);
    match ambiguous.offset() {
        AmbiguousOffset::Fold { after, .. } => {
            after.to_timestamp(dt).unwrap_or(Timestamp::UNIX_EPOCH)
        }
        _ => ambiguous.compatible().unwrap_or(Timestamp::UNIX_EPOCH),
    }
}

/// The next `count` reminders that fire strictly after `after`, earliest
/// first, for shifts with a lead time of `lead_minutes`.
pub fn plan(
    shifts: &[Shift],
    lead_minutes: u8,
    after: Timestamp,
    tz: &TimeZone,
    count: usize,
) -> Vec<Reminder> {
    let lead = SignedDuration::from_mins(i64::from(lead_minutes));
    let mut out = Vec::new();
    if shifts.is_empty() || count == 0 {
        return out;
    }
    // Start a day early: a reminder may fire the evening before a shift date
    // in another offset, and lead times cross midnight.
    let mut date = after
        .to_zoned_datetime(tz.clone())
        .date()
        .yesterday()
        .unwrap_or(Date::MIN);
    for _ in 0..HORIZON_DAYS {
        let mut today: Vec<Reminder> = shifts
            .iter()
            .filter(|s| s.starts_on(date))
            .filter_map(|s| {
                let starts = start_instant(s.span_on(date).0, tz);
                let fire_at = starts.checked_sub(lead).ok()?;
                (fire_at > after).then_some(Reminder {
                    shift: s.id,
                    date,
                    starts,
                    fire_at,
                })
            })
            .collect();
        today.sort_by_key(|r| (r.fire_at, r.shift));
        out.extend(today);
        // Every later date's reminders fire after this date's: stop once full
        // and a whole day past the last one kept.
        if out.len() >= count {
            break;
        }
        match date.tomorrow() {
            Ok(d) => date = d,
            Err(_) => break,
        }
    }
    out.sort_by_key(|r| (r.fire_at, r.shift));
    out.truncate(count);
    out
}

/// The shift running at `now`, if any (the one that started last).
pub fn current(shifts: &[Shift], now: Timestamp, tz: &TimeZone) -> Option<Active> {
    let today = now.to_zoned_datetime(tz.clone()).date();
    let mut best: Option<Active> = None;
    for date in [today.yesterday().ok(), Some(today)].into_iter().flatten() {
        for s in shifts.iter().filter(|s| s.starts_on(date)) {
            let (start, end) = s.span_on(date);
            let (starts, ends) = (start_instant(start, tz), end_instant(end, tz));
            if starts <= now && now < ends && best.as_ref().is_none_or(|b| starts > b.starts) {
                best = Some(Active {
                    shift: s.id,
                    date,
                    starts,
                    ends,
                });
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::model::{ClockTime, Day, ShiftKind};

    fn oslo() -> TimeZone {
        TimeZone::get("Europe/Oslo").unwrap()
    }

    fn at(s: &str) -> Timestamp {
        // A civil time in Oslo, e.g. "2026-11-23T09:00".
        let dt: DateTime = s.parse().unwrap();
        dt.to_zoned_datetime(oslo()).unwrap().timestamp()
    }

    fn t(s: &str) -> ClockTime {
        ClockTime::parse("t", s).unwrap()
    }

    fn weekly(days: &[Day], start: &str, end: &str, night: bool) -> Shift {
        Shift {
            id: Uuid::new_v4(),
            kind: ShiftKind::Weekly {
                days: days.to_vec(),
            },
            start: t(start),
            end: t(end),
            night,
        }
    }

    fn one_off(date: &str, start: &str, end: &str, night: bool) -> Shift {
        Shift {
            id: Uuid::new_v4(),
            kind: ShiftKind::OneOff {
                date: date.parse().unwrap(),
            },
            start: t(start),
            end: t(end),
            night,
        }
    }

    fn local(ts: Timestamp) -> String {
        ts.to_zoned_datetime(oslo())
            .strftime("%a %Y-%m-%d %H:%M %Z")
            .to_string()
    }

    #[test]
    fn weekly_mon_to_fri_reminds_before_each_start() {
        use Day::*;
        let s = weekly(&[Mon, Tue, Wed, Thu, Fri], "07:00", "15:00", false);
        // Monday 23 Nov 2026, 09:00: today's shift has started; next is Tuesday.
        let r = plan(&[s], 15, at("2026-11-23T09:00"), &oslo(), 6);
        let got: Vec<_> = r.iter().map(|r| local(r.fire_at)).collect();
        assert_eq!(
            got,
            [
                "Tue 2026-11-24 06:45 CET",
                "Wed 2026-11-25 06:45 CET",
                "Thu 2026-11-26 06:45 CET",
                "Fri 2026-11-27 06:45 CET",
                "Mon 2026-11-30 06:45 CET",
                "Tue 2026-12-01 06:45 CET",
            ]
        );
    }

    #[test]
    fn the_week_wraps_from_sunday_to_monday() {
        let s = weekly(&[Day::Mon, Day::Sun], "08:00", "16:00", false);
        let r = plan(&[s], 0, at("2026-11-29T09:00"), &oslo(), 2);
        let got: Vec<_> = r.iter().map(|r| local(r.fire_at)).collect();
        assert_eq!(
            got,
            ["Mon 2026-11-30 08:00 CET", "Sun 2026-12-06 08:00 CET"]
        );
    }

    #[test]
    fn a_lead_time_can_cross_midnight_and_is_applied_exactly() {
        let s = one_off("2026-11-25", "00:20", "08:00", false);
        let r = plan(&[s], 60, at("2026-11-24T12:00"), &oslo(), 5);
        assert_eq!(r.len(), 1);
        assert_eq!(local(r[0].fire_at), "Tue 2026-11-24 23:20 CET");
        assert_eq!(
            r[0].starts.duration_since(r[0].fire_at),
            SignedDuration::from_mins(60)
        );
    }

    #[test]
    fn night_shifts_run_across_midnight() {
        let s = weekly(&[Day::Fri], "22:00", "07:00", true);
        let id = s.id;
        let shifts = [s];
        // Saturday 03:00: the Friday night shift is running.
        let a = current(&shifts, at("2026-11-28T03:00"), &oslo()).unwrap();
        assert_eq!(
            (a.shift, local(a.starts), local(a.ends)),
            (
                id,
                "Fri 2026-11-27 22:00 CET".into(),
                "Sat 2026-11-28 07:00 CET".into()
            )
        );
        assert!(current(&shifts, at("2026-11-28T07:00"), &oslo()).is_none());
        assert!(current(&shifts, at("2026-11-27T21:59"), &oslo()).is_none());
    }

    #[test]
    fn one_offs_and_weekly_shifts_merge_in_time_order() {
        let w = weekly(&[Day::Wed], "07:00", "15:00", false);
        let o = one_off("2026-11-24", "13:00", "21:00", false);
        let r = plan(
            &[w.clone(), o.clone()],
            0,
            at("2026-11-23T12:00"),
            &oslo(),
            3,
        );
        assert_eq!(
            r.iter().map(|r| r.shift).collect::<Vec<_>>(),
            [o.id, w.id, w.id]
        );
        // Past one-offs plan nothing.
        assert!(plan(&[o], 0, at("2026-11-25T00:00"), &oslo(), 3).is_empty());
    }

    #[test]
    fn removing_a_shift_removes_its_reminders() {
        let a = weekly(&[Day::Mon], "07:00", "15:00", false);
        let b = weekly(&[Day::Tue], "07:00", "15:00", false);
        let both = plan(
            &[a.clone(), b.clone()],
            0,
            at("2026-11-23T09:00"),
            &oslo(),
            10,
        );
        assert!(both.iter().any(|r| r.shift == a.id));
        let only_b = plan(
            std::slice::from_ref(&b),
            0,
            at("2026-11-23T09:00"),
            &oslo(),
            10,
        );
        assert!(only_b.iter().all(|r| r.shift == b.id));
    }

    #[test]
    fn spring_forward_fires_at_the_first_valid_instant() {
        // 29 March 2026: 02:00 CET jumps to 03:00 CEST in Oslo.
        let s = one_off("2026-03-29", "02:30", "10:00", false);
        let r = plan(
            std::slice::from_ref(&s),
            0,
            at("2026-03-28T12:00"),
            &oslo(),
            5,
        );
        assert_eq!(r.len(), 1);
        assert_eq!(local(r[0].starts), "Sun 2026-03-29 03:00 CEST");
        assert_eq!(
            r[0].starts,
            "2026-03-29T01:00:00Z".parse::<Timestamp>().unwrap()
        );
        // With a lead time, it fires that long before the first valid instant.
        let r = plan(&[s], 10, at("2026-03-28T12:00"), &oslo(), 5);
        assert_eq!(
            r[0].fire_at,
            "2026-03-29T00:50:00Z".parse::<Timestamp>().unwrap()
        );
    }

    #[test]
    fn fall_back_fires_once_at_the_earlier_instant() {
        // 25 October 2026: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice.
        let s = weekly(&[Day::Sun], "02:30", "10:00", false);
        let r = plan(&[s], 0, at("2026-10-24T12:00"), &oslo(), 2);
        assert_eq!(
            r[0].fire_at,
            "2026-10-25T00:30:00Z".parse::<Timestamp>().unwrap(),
            "the earlier 02:30 (CEST)"
        );
        assert_eq!(
            local(r[1].fire_at),
            "Sun 2026-11-01 02:30 CET",
            "the next one is a week later, not an hour"
        );
    }

    #[test]
    fn a_hundred_reminders_can_be_planned() {
        let s = weekly(&[Day::Mon, Day::Wed, Day::Fri], "07:00", "15:00", false);
        let r = plan(&[s], 30, at("2026-01-01T00:00"), &oslo(), 100);
        assert_eq!(r.len(), 100);
        assert!(r.windows(2).all(|w| w[0].fire_at < w[1].fire_at));
    }
}
