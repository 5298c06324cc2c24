//! Shifts and the start-of-shift reminder to turn location services off.
//!
//! - [`model`]: shifts as a weekly pattern or one-off dates (night shifts
//!   cross midnight), validated with typed errors.
//! - [`plan`]: pure functions from shifts + now + time zone to the next
//!   reminder instants, and to the shift running now (DST rules documented
//!   there).
//! - [`runner`]: the desktop delivery loop (tokio), generic over the clock and
//!   the notifier so it is tested with paused time.

pub mod model;
pub mod plan;
pub mod runner;
pub mod service;

pub use model::{validate, ClockTime, Day, Shift, ShiftInput, ShiftKind, LEAD_MAX};
pub use plan::{current, plan, start_instant, Active, Reminder};
