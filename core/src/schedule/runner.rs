//! The desktop delivery loop: waits until the next reminder and hands it to a
//! notifier. It wakes at least every [`MAX_SLEEP`] so a suspended laptop or a
//! changed clock cannot make it miss a reminder, and it never fires the same
//! reminder twice: it remembers the last instant it fired and only fires
//! later ones. A reminder found more than [`GRACE`] late (the machine slept
//! through it) is skipped rather than shown stale.
//!
//! It is generic over the wall clock and the notifier, so a tokio test with
//! paused time drives it through days in milliseconds.

use std::sync::Arc;
use std::time::Duration;

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use tokio::sync::Notify;

use super::model::Shift;
use super::plan::{plan, Reminder};

/// The longest the loop sleeps before looking at the clock again.
pub const MAX_SLEEP: Duration = Duration::from_secs(120);
/// How late a reminder may still be shown.
pub const GRACE: SignedDuration = SignedDuration::from_mins(10);

/// What the loop plans from; read afresh on every wake-up.
#[derive(Debug, Clone)]
pub struct Inputs {
    pub enabled: bool,
    pub lead_minutes: u8,
    pub shifts: Vec<Shift>,
    pub tz: TimeZone,
}

/// The wall clock (real, or derived from tokio's paused clock in tests).
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> Timestamp;
}

/// Shows a reminder (a desktop notification in the app).
pub trait Notifier: Send + Sync + 'static {
    fn notify(&self, reminder: &Reminder);
}

/// The system clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// Runs until the task is dropped. `inputs` is called on every wake-up;
/// `changed` wakes the loop at once after the shifts or settings change.
pub async fn run<I, C, N>(inputs: I, clock: C, notifier: N, changed: Arc<Notify>)
where
    I: Fn() -> Inputs + Send + 'static,
    C: Clock,
    N: Notifier,
{
    let mut last_fired: Option<Timestamp> = None;
    loop {
        let now = clock.now();
        let input = inputs();
        // Look back GRACE, but never at or before what already fired.
        let mut after = now.checked_sub(GRACE).unwrap_or(now);
        if let Some(last) = last_fired {
            after = after.max(last);
        }
        let next = if input.enabled {
            plan(&input.shifts, input.lead_minutes, after, &input.tz, 1)
                .into_iter()
                .next()
        } else {
            None
        };
        if let Some(r) = &next {
            if r.fire_at <= now {
                notifier.notify(r);
                last_fired = Some(r.fire_at);
                continue;
            }
        }
        // A disabled loop still records "now", so turning reminders on later
        // does not replay reminders from the past.
        if !input.enabled {
            last_fired = Some(last_fired.map_or(now, |l| l.max(now)));
        }
        let wait = next
            .map(|r| r.fire_at.duration_since(now).unsigned_abs())
            .unwrap_or(MAX_SLEEP)
            .min(MAX_SLEEP);
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            _ = changed.notified() => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::schedule::model::{ClockTime, ShiftKind};
    use uuid::Uuid;

    /// Wall time = a fixed start + how far tokio's (paused) clock has moved.
    struct PausedClock {
        base: Timestamp,
        start: tokio::time::Instant,
    }

    impl Clock for PausedClock {
        fn now(&self) -> Timestamp {
            let elapsed = tokio::time::Instant::now() - self.start;
            self.base + SignedDuration::try_from(elapsed).unwrap_or_default()
        }
    }

    #[derive(Clone, Default)]
    struct Recorder(Arc<Mutex<Vec<Reminder>>>);

    impl Notifier for Recorder {
        fn notify(&self, r: &Reminder) {
            self.0.lock().unwrap().push(r.clone());
        }
    }

    /// Starts the loop with `source` on a paused clock at 07:00 UTC (08:00 in
    /// Oslo); returns the task, what it delivered and its change signal.
    fn start<I>(source: I) -> (tokio::task::JoinHandle<()>, Recorder, Arc<Notify>)
    where
        I: Fn() -> Inputs + Send + 'static,
    {
        let recorder = Recorder::default();
        let changed = Arc::new(Notify::new());
        let clock = PausedClock {
            base: "2026-11-23T07:00:00Z".parse().unwrap(),
            start: tokio::time::Instant::now(),
        };
        let task = tokio::spawn(run(source, clock, recorder.clone(), changed.clone()));
        (task, recorder, changed)
    }

    fn one_off(date: &str, start: &str) -> Shift {
        Shift {
            id: Uuid::new_v4(),
            kind: ShiftKind::OneOff {
                date: date.parse().unwrap(),
            },
            start: ClockTime::parse("s", start).unwrap(),
            end: ClockTime::parse("e", "23:00").unwrap(),
            night: false,
        }
    }

    fn oslo() -> TimeZone {
        TimeZone::get("Europe/Oslo").unwrap()
    }

    #[tokio::test(start_paused = true)]
    async fn fires_exactly_once_per_reminder_and_replans_after_an_edit() {
        // Monday 23 Nov 2026, 08:00 in Oslo.
        let first = one_off("2026-11-23", "10:00");
        let shifts = Arc::new(Mutex::new(vec![first.clone()]));
        let source = {
            let shifts = shifts.clone();
            move || Inputs {
                enabled: true,
                lead_minutes: 15,
                shifts: shifts.lock().unwrap().clone(),
                tz: oslo(),
            }
        };
        let (task, recorder, changed) = start(source);

        // 09:44: nothing yet.
        tokio::time::sleep(Duration::from_secs(104 * 60)).await;
        assert!(recorder.0.lock().unwrap().is_empty());
        // 09:46: the 09:45 reminder has fired, once.
        tokio::time::sleep(Duration::from_secs(2 * 60)).await;
        assert_eq!(recorder.0.lock().unwrap().len(), 1);
        assert_eq!(recorder.0.lock().unwrap()[0].shift, first.id);
        // Hours of waking every two minutes later: still once.
        tokio::time::sleep(Duration::from_secs(5 * 3600)).await;
        assert_eq!(recorder.0.lock().unwrap().len(), 1);

        // An edit: a shift at 16:00 (now is 14:46) — the loop replans at once.
        let second = one_off("2026-11-23", "16:00");
        shifts.lock().unwrap().push(second.clone());
        changed.notify_one();
        tokio::time::sleep(Duration::from_secs(60 * 60)).await;
        let fired = recorder.0.lock().unwrap().clone();
        assert_eq!(fired.len(), 2);
        assert_eq!(fired[1].shift, second.id);
        assert_eq!(
            fired[1].fire_at,
            "2026-11-23T14:45:00Z".parse::<Timestamp>().unwrap()
        );
        task.abort();
    }

    #[tokio::test(start_paused = true)]
    async fn a_reminder_slept_through_is_skipped_and_disabled_means_silent() {
        // A shift that started an hour before the loop starts: too late to remind.
        let past = one_off("2026-11-23", "07:00");
        let soon = one_off("2026-11-23", "09:00");
        let enabled = Arc::new(Mutex::new(false));
        let source = {
            let enabled = enabled.clone();
            let shifts = vec![past, soon];
            move || Inputs {
                enabled: *enabled.lock().unwrap(),
                lead_minutes: 0,
                shifts: shifts.clone(),
                tz: oslo(),
            }
        };
        let (task, recorder, changed) = start(source);
        // Disabled through 09:00: nothing fires.
        tokio::time::sleep(Duration::from_secs(70 * 60)).await;
        assert!(recorder.0.lock().unwrap().is_empty());
        // Turning reminders on afterwards does not replay the 09:00 reminder.
        *enabled.lock().unwrap() = true;
        changed.notify_one();
        tokio::time::sleep(Duration::from_secs(60 * 60)).await;
        assert!(recorder.0.lock().unwrap().is_empty());
        task.abort();
    }
}
