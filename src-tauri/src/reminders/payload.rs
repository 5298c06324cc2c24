//! What a planned reminder becomes when it is handed to the phone's OS
//! through `tauri-plugin-notification` (2.x): a pure function of the
//! reminder, the phone's time zone and the platform, so that what each
//! native parser receives is tested here, where no phone can run.
//!
//! The plugin serialises `Schedule::At`'s date as ISO 8601 in UTC with nine
//! fraction digits and a `Z` (`2027-03-28T00:45:00.000000000Z`). Its native
//! sides read that string with the pattern `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`:
//!
//! - **iOS** (`ios/Sources/Notification.swift`, the `.at` case) parses with a
//!   `DateFormatter` whose time zone is the phone's, and the `'Z'` is a
//!   literal: the wall time is read as *local* time (plugins-workspace issue
//!   #3256). So on iOS we hand over the reminder's local wall time written
//!   as if it were UTC, which is exactly what that parser turns back into
//!   the planned instant.
//! - **Android** (`android/src/main/java/NotificationSchedule.kt`) parses
//!   with Jackson's `@JsonFormat`, whose default time zone is UTC: we hand
//!   over the true UTC instant.
//! - Both patterns read three fraction digits as milliseconds, so a non-zero
//!   fraction would be misread; every date here is on a whole second, so the
//!   fraction is always zero.
//!
//! If the phone changes time zone after scheduling: Android keeps the
//! absolute instant (right for a shift in the new zone only if the shift
//! moved with the phone); iOS computed a time interval from "now" when it
//! scheduled, so it also keeps the instant. Neither re-reads our wall time,
//! so the app replans on every start and after every change (see
//! `mobile.rs`), and a reminder planned in the old zone is replaced then.

use jiff::tz::TimeZone;
use postvett_core::schedule::Reminder;
use tauri_plugin_notification::Schedule;
use time::{OffsetDateTime, PrimitiveDateTime};

/// Which native parser will read the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    /// Built only for iOS (and in the tests).
    #[cfg_attr(not(target_os = "ios"), allow(dead_code))]
    Ios,
    Android,
}

/// The platform this build runs on (Android's rule elsewhere, where nothing
/// schedules).
#[cfg(target_os = "ios")]
pub const CURRENT: Platform = Platform::Ios;
#[cfg(not(target_os = "ios"))]
pub const CURRENT: Platform = Platform::Android;

/// The instant to hand over for `reminder` on `platform`, as the plugin's
/// `OffsetDateTime` (always UTC, always on a whole second).
fn date(platform: Platform, reminder: &Reminder, tz: &TimeZone) -> Option<OffsetDateTime> {
    let second = reminder.fire_at.as_second();
    match platform {
        Platform::Android => OffsetDateTime::from_unix_timestamp(second).ok(),
        Platform::Ios => {
            let local = jiff::Timestamp::from_second(second)
                .ok()?
                .to_zoned_datetime(tz.clone())
                .datetime();
            let month = time::Month::try_from(u8::try_from(local.month()).ok()?).ok()?;
            let day = time::Date::from_calendar_date(
                i32::from(local.year()),
                month,
                u8::try_from(local.day()).ok()?,
            )
            .ok()?;
            let clock = time::Time::from_hms(
                u8::try_from(local.hour()).ok()?,
                u8::try_from(local.minute()).ok()?,
                u8::try_from(local.second()).ok()?,
            )
            .ok()?;
            Some(PrimitiveDateTime::new(day, clock).assume_utc())
        }
    }
}

/// The plugin schedule for one reminder: fire once at the planned instant,
/// also while the phone idles. `None` only for a date the plugin cannot hold.
pub fn schedule(platform: Platform, reminder: &Reminder, tz: &TimeZone) -> Option<Schedule> {
    Some(Schedule::At {
        date: date(platform, reminder, tz)?,
        repeating: false,
        allow_while_idle: true,
    })
}

/// A stable notification id for a reminder: the same shift on the same date
/// always gets the same id, so a replan replaces its reminder instead of
/// stacking a second one. (FNV-1a over the shift's uuid and the date,
/// folded into a positive `i32`, as both platforms take.)
pub fn id(reminder: &Reminder) -> i32 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in reminder
        .shift
        .as_bytes()
        .iter()
        .chain(reminder.date.to_string().as_bytes())
    {
        hash ^= u32::from(*byte);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    i32::try_from(hash & 0x7fff_ffff).unwrap_or(1).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::DateTime;
    use jiff::Timestamp;
    use postvett_core::schedule::{plan, validate, ShiftInput};
    use serde_json::json;

    fn oslo() -> TimeZone {
        TimeZone::get("Europe/Oslo").unwrap()
    }

    fn weekly(start: &str, end: &str, night: bool) -> postvett_core::schedule::Shift {
        let input: ShiftInput = serde_json::from_value(json!({
            "kind": "weekly",
            "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            "start": start, "end": end, "night": night
        }))
        .unwrap();
        validate(&input, &[], uuid_v4()).unwrap()
    }

    fn uuid_v4() -> uuid::Uuid {
        uuid::Uuid::parse_str("6f1c2c1e-9b1e-4d7a-8a53-2f4f3f0d9a11").unwrap()
    }

    /// The one reminder planned after `after` (Oslo time).
    fn first(shift: &postvett_core::schedule::Shift, lead: u8, after: &str) -> Reminder {
        let after = after
            .parse::<DateTime>()
            .unwrap()
            .to_zoned_datetime(oslo())
            .unwrap()
            .timestamp();
        plan(std::slice::from_ref(shift), lead, after, &oslo(), 1).remove(0)
    }

    /// The JSON the native side receives for `schedule` (the plugin's own
    /// serialisation).
    fn wire(s: &Schedule) -> String {
        serde_json::to_string(s).unwrap()
    }

    /// iOS: `DateFormatter` with `'Z'` as a literal, in the phone's zone.
    fn ios_reads(wire: &str, tz: &TimeZone) -> Timestamp {
        let v: serde_json::Value = serde_json::from_str(wire).unwrap();
        let text = v["at"]["date"].as_str().unwrap();
        let wall: DateTime = text
            .trim_end_matches('Z')
            .split('.')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        // An ambiguous wall time (the fall-back hour) is read as its first
        // occurrence, as Foundation does.
        tz.to_ambiguous_timestamp(wall).earlier().unwrap()
    }

    /// Android: Jackson's `@JsonFormat` pattern, in UTC; `SSS` is milliseconds.
    fn android_reads(wire: &str) -> Timestamp {
        let v: serde_json::Value = serde_json::from_str(wire).unwrap();
        let text = v["at"]["date"].as_str().unwrap();
        let (whole, fraction) = text.trim_end_matches('Z').split_once('.').unwrap();
        let wall: DateTime = whole.parse().unwrap();
        let millis: i64 = fraction.parse().unwrap();
        wall.to_zoned_datetime(TimeZone::UTC).unwrap().timestamp()
            + jiff::SignedDuration::from_millis(millis)
    }

    /// `(case, start, end, night, lead, planned after (Oslo), iOS date, Android date)`.
    type Case = (
        &'static str,
        &'static str,
        &'static str,
        bool,
        u8,
        &'static str,
        &'static str,
        &'static str,
    );

    const CASES: &[Case] = &[
        // 07:00 CET = 06:00 UTC; the reminder 15 minutes before.
        (
            "a winter morning",
            "07:00",
            "15:00",
            false,
            15,
            "2027-01-11T00:00",
            "2027-01-11T06:45:00",
            "2027-01-11T05:45:00",
        ),
        // 28 March 2027: 02:00 CET jumps to 03:00 CEST. A 02:30 start becomes
        // 03:00 CEST (01:00 UTC); its reminder fires at 01:45 CET (00:45 UTC).
        (
            "the spring-forward night",
            "02:30",
            "10:00",
            false,
            15,
            "2027-03-28T00:00",
            "2027-03-28T01:45:00",
            "2027-03-28T00:45:00",
        ),
        // 31 October 2027: 03:00 CEST falls back to 02:00 CET. A 02:30 start is
        // the earlier 02:30 (CEST, 00:30 UTC); the reminder at 02:15 CEST.
        (
            "the fall-back night",
            "02:30",
            "10:00",
            false,
            15,
            "2027-10-31T00:00",
            "2027-10-31T02:15:00",
            "2027-10-31T00:15:00",
        ),
        // A night shift from 22:00 CEST on 14 June; the reminder an hour before.
        (
            "a night shift that starts before midnight",
            "22:00",
            "07:00",
            true,
            60,
            "2027-06-14T12:00",
            "2027-06-14T21:00:00",
            "2027-06-14T19:00:00",
        ),
    ];

    #[test]
    fn each_platform_receives_a_string_its_parser_reads_as_the_planned_instant() {
        for (case, start, end, night, lead, after, ios_date, android_date) in CASES {
            let r = first(&weekly(start, end, *night), *lead, after);
            let expected = |date: &str| {
                format!(
                    r#"{{"at":{{"date":"{date}.000000000Z","repeating":false,"allowWhileIdle":true}}}}"#
                )
            };
            let ios = wire(&schedule(Platform::Ios, &r, &oslo()).unwrap());
            let android = wire(&schedule(Platform::Android, &r, &oslo()).unwrap());
            assert_eq!(ios, expected(ios_date), "{case}: iOS");
            assert_eq!(android, expected(android_date), "{case}: Android");
            assert_eq!(
                ios_reads(&ios, &oslo()),
                r.fire_at,
                "{case}: the instant iOS makes of it"
            );
            assert_eq!(
                android_reads(&android),
                r.fire_at,
                "{case}: the instant Android makes of it"
            );
        }
        // The night shift's reminder belongs to the date it starts on.
        let night = first(&weekly("22:00", "07:00", true), 60, "2027-06-14T12:00");
        assert_eq!(night.date.to_string(), "2027-06-14");
    }

    #[test]
    fn a_fraction_never_reaches_the_wire() {
        let mut r = first(&weekly("07:00", "15:00", false), 0, "2027-01-11T00:00");
        r.fire_at += jiff::SignedDuration::from_millis(987);
        for p in [Platform::Ios, Platform::Android] {
            let w = wire(&schedule(p, &r, &oslo()).unwrap());
            assert!(w.contains(":00.000000000Z"), "{w}");
        }
    }

    #[test]
    fn ids_are_stable_per_shift_and_date_and_positive() {
        let shift = weekly("07:00", "15:00", false);
        let after: Timestamp = "2027-01-10T12:00:00Z".parse().unwrap();
        let a = plan(std::slice::from_ref(&shift), 15, after, &oslo(), 7);
        let b = plan(std::slice::from_ref(&shift), 30, after, &oslo(), 7);
        let ids: Vec<i32> = a.iter().map(id).collect();
        assert_eq!(
            ids,
            b.iter().map(id).collect::<Vec<_>>(),
            "a replan keeps the ids"
        );
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "one id per shift and date");
        assert!(ids.iter().all(|i| *i > 0));
    }
}
