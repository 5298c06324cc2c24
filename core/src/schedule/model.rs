//! Shifts as the user enters them: a weekly pattern (e.g. Mon–Fri 07:00–15:00)
//! or a one-off dated shift, because rotas (turnus) change. A night shift ends
//! on the next day; any other shift must end after it starts.

use jiff::civil::{Date, Time, Weekday};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{Error, Result};

/// The longest reminder lead time, in minutes.
pub use crate::settings::REMINDER_LEAD_MAX as LEAD_MAX;

/// A day of the week, as stored and as the UI sends it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Day {
    pub const ALL: [Day; 7] = [
        Day::Mon,
        Day::Tue,
        Day::Wed,
        Day::Thu,
        Day::Fri,
        Day::Sat,
        Day::Sun,
    ];

    pub fn weekday(self) -> Weekday {
        match self {
            Day::Mon => Weekday::Monday,
            Day::Tue => Weekday::Tuesday,
            Day::Wed => Weekday::Wednesday,
            Day::Thu => Weekday::Thursday,
            Day::Fri => Weekday::Friday,
            Day::Sat => Weekday::Saturday,
            Day::Sun => Weekday::Sunday,
        }
    }
}

/// A wall-clock time of day, stored and sent as `"HH:MM"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ClockTime {
    pub hour: u8,
    pub minute: u8,
}

impl ClockTime {
    /// Parses `"HH:MM"` (24-hour clock); anything else is `time-out-of-range`.
    pub fn parse(field: &str, s: &str) -> Result<ClockTime> {
        let err = || Error::TimeOutOfRange {
            field: field.to_owned(),
        };
        let (h, m) = s.trim().split_once(':').ok_or_else(err)?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return Err(err());
        }
        let hour: u8 = h.parse().map_err(|_| err())?;
        let minute: u8 = m.parse().map_err(|_| err())?;
        if hour > 23 || minute > 59 {
            return Err(err());
        }
        Ok(ClockTime { hour, minute })
    }

    pub fn time(self) -> Time {
        Time::new(self.hour as i8, self.minute as i8, 0, 0).unwrap_or(Time::midnight())
    }
}

impl TryFrom<String> for ClockTime {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        ClockTime::parse("time", &s)
    }
}

impl From<ClockTime> for String {
    fn from(t: ClockTime) -> String {
        format!("{:02}:{:02}", t.hour, t.minute)
    }
}

/// When a shift happens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ShiftKind {
    /// Every week on these days.
    Weekly { days: Vec<Day> },
    /// Once, on this date (`YYYY-MM-DD`).
    OneOff { date: Date },
}

/// A stored shift.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shift {
    pub id: Uuid,
    #[serde(flatten)]
    pub kind: ShiftKind,
    pub start: ClockTime,
    pub end: ClockTime,
    /// Ends on the day after it starts.
    pub night: bool,
}

/// A shift as the UI sends it, before validation.
#[derive(Debug, Clone, Deserialize)]
pub struct ShiftInput {
    /// `"weekly"` or `"one-off"`.
    pub kind: String,
    #[serde(default)]
    pub days: Vec<Day>,
    #[serde(default)]
    pub date: String,
    pub start: String,
    pub end: String,
    #[serde(default)]
    pub night: bool,
}

impl Shift {
    /// The civil start and end of this shift when it starts on `date`.
    pub fn span_on(&self, date: Date) -> (jiff::civil::DateTime, jiff::civil::DateTime) {
        let start = date.to_datetime(self.start.time());
        let end_date = if self.night {
            date.tomorrow().unwrap_or(date)
        } else {
            date
        };
        (start, end_date.to_datetime(self.end.time()))
    }

    /// Whether the shift starts on `date`.
    pub fn starts_on(&self, date: Date) -> bool {
        match &self.kind {
            ShiftKind::Weekly { days } => days.iter().any(|d| d.weekday() == date.weekday()),
            ShiftKind::OneOff { date: d } => *d == date,
        }
    }
}

/// Checks a shift from the UI against the rules and the shifts already
/// stored (`existing`, which must not include the one being edited).
pub fn validate(input: &ShiftInput, existing: &[Shift], id: Uuid) -> Result<Shift> {
    let start = ClockTime::parse("start", &input.start)?;
    let end = ClockTime::parse("end", &input.end)?;
    if start == end {
        return Err(Error::EndBeforeStart {
            field: "end".into(),
        });
    }
    if input.night && end > start {
        return Err(Error::NightMustCrossMidnight {
            field: "end".into(),
        });
    }
    if !input.night && end < start {
        return Err(Error::EndBeforeStart {
            field: "end".into(),
        });
    }
    let kind = match input.kind.as_str() {
        "weekly" => {
            let mut days = input.days.clone();
            days.sort();
            days.dedup();
            if days.is_empty() {
                return Err(Error::NoDays {
                    field: "days".into(),
                });
            }
            ShiftKind::Weekly { days }
        }
        "one-off" => {
            let date: Date = input.date.trim().parse().map_err(|_| Error::InvalidInput {
                field: "date".into(),
                reason: "not a YYYY-MM-DD date".into(),
            })?;
            ShiftKind::OneOff { date }
        }
        _ => {
            return Err(Error::InvalidInput {
                field: "kind".into(),
                reason: "weekly or one-off".into(),
            })
        }
    };
    let shift = Shift {
        id,
        kind,
        start,
        end,
        night: input.night,
    };
    if let ShiftKind::OneOff { date } = &shift.kind {
        let (a0, a1) = shift.span_on(*date);
        for other in existing {
            if let ShiftKind::OneOff { date: od } = &other.kind {
                let (b0, b1) = other.span_on(*od);
                if a0 < b1 && b0 < a1 {
                    return Err(Error::ShiftOverlap {
                        field: "date".into(),
                    });
                }
            }
        }
    }
    Ok(shift)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(kind: &str, start: &str, end: &str, night: bool) -> ShiftInput {
        ShiftInput {
            kind: kind.into(),
            days: vec![Day::Mon, Day::Fri, Day::Mon],
            date: "2026-11-24".into(),
            start: start.into(),
            end: end.into(),
            night,
        }
    }

    #[test]
    fn times_must_be_hh_mm_in_range() {
        assert_eq!(
            ClockTime::parse("start", "07:00").unwrap(),
            ClockTime { hour: 7, minute: 0 }
        );
        assert_eq!(
            ClockTime::parse("start", "7:05").unwrap(),
            ClockTime { hour: 7, minute: 5 }
        );
        for bad in [
            "24:00", "12:60", "12", "ab:cd", "", "12:5", "-1:00", "123:00",
        ] {
            assert_eq!(
                ClockTime::parse("start", bad).unwrap_err().code(),
                "time-out-of-range",
                "{bad}"
            );
        }
    }

    #[test]
    fn end_before_start_is_refused_unless_it_is_a_night_shift() {
        let id = Uuid::new_v4();
        assert_eq!(
            validate(&input("weekly", "15:00", "07:00", false), &[], id)
                .unwrap_err()
                .code(),
            "end-before-start"
        );
        assert_eq!(
            validate(&input("weekly", "07:00", "07:00", false), &[], id)
                .unwrap_err()
                .code(),
            "end-before-start"
        );
        assert!(validate(&input("weekly", "22:00", "07:30", true), &[], id).is_ok());
        assert_eq!(
            validate(&input("weekly", "07:00", "15:00", true), &[], id)
                .unwrap_err()
                .code(),
            "night-must-cross-midnight"
        );
    }

    #[test]
    fn weekly_days_are_sorted_and_required() {
        let s = validate(
            &input("weekly", "07:00", "15:00", false),
            &[],
            Uuid::new_v4(),
        )
        .unwrap();
        assert_eq!(
            s.kind,
            ShiftKind::Weekly {
                days: vec![Day::Mon, Day::Fri]
            }
        );
        let mut none = input("weekly", "07:00", "15:00", false);
        none.days.clear();
        assert_eq!(
            validate(&none, &[], Uuid::new_v4()).unwrap_err().code(),
            "no-days"
        );
    }

    #[test]
    fn overlapping_one_offs_are_refused_including_across_midnight() {
        let night = validate(
            &input("one-off", "22:00", "07:00", true),
            &[],
            Uuid::new_v4(),
        )
        .unwrap();
        let mut next_morning = input("one-off", "06:00", "14:00", false);
        next_morning.date = "2026-11-25".into();
        assert_eq!(
            validate(&next_morning, std::slice::from_ref(&night), Uuid::new_v4())
                .unwrap_err()
                .code(),
            "shift-overlap"
        );
        next_morning.start = "07:00".into();
        assert!(
            validate(&next_morning, &[night], Uuid::new_v4()).is_ok(),
            "touching is not overlapping"
        );
    }

    #[test]
    fn a_bad_date_or_kind_is_invalid_input() {
        let mut i = input("one-off", "07:00", "15:00", false);
        i.date = "2026-02-30".into();
        assert_eq!(
            validate(&i, &[], Uuid::new_v4()).unwrap_err().code(),
            "invalid-input"
        );
        assert_eq!(
            validate(
                &input("monthly", "07:00", "15:00", false),
                &[],
                Uuid::new_v4()
            )
            .unwrap_err()
            .code(),
            "invalid-input"
        );
    }

    #[test]
    fn a_shift_round_trips_through_json() {
        let s = validate(
            &input("weekly", "22:00", "07:00", true),
            &[],
            Uuid::new_v4(),
        )
        .unwrap();
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["kind"], "weekly");
        assert_eq!(json["start"], "22:00");
        assert_eq!(json["days"], serde_json::json!(["mon", "fri"]));
        assert_eq!(serde_json::from_value::<Shift>(json).unwrap(), s);
    }
}
