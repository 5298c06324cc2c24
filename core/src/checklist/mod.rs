//! "Can I post this?": the questions as data ([`questions`]) and a pure
//! function from answers to a traffic-light verdict ([`verdict`]).
//!
//! Privacy by construction: nothing here touches the store or the log. The
//! answers live in the page's memory; the shell passes them in and gets the
//! verdict back, and nothing about a run is kept.

mod questions;
mod verdict;
mod view;

pub use questions::{Action, NotAsked, NotSure, Question, Severity, NOT_ASKED, QUESTIONS};
pub use verdict::{verdict, Answer, Answers, Light, Reason, Verdict};
pub use view::{questions, view, ActionView, LinkView, QuestionView, ReasonView, VerdictView};
