//! "Can I post this?", by situation. The person first says what they are
//! about to do; then only the questions that apply are asked, each one
//! concrete thing about their own case, with a line or two of "what counts"
//! while they answer; the verdict is a traffic light with its reasons, each
//! linked to the guideline paragraph it rests on.
//!
//! # The situations
//!
//! The guideline speaks to more than posts: it names friend and follow
//! requests (in both directions), communicating with patients from a
//! personal page, questions about the trust and contact with the media,
//! closed groups, and a photo someone regrets being in. So the first step
//! offers seven situations ([`SITUATIONS`]):
//!
//! | situation | what it covers | questions (all-clear) | taps, with the choice |
//! |---|---|---|---|
//! | `photo` | a photo or video to post, share or send, with or without text | 7 (8 when others are in it) | 8 (9) |
//! | `write` | a post or a comment of your own | 7 | 8 |
//! | `react` | liking, reacting to or sharing someone else's post | 5 | 6 |
//! | `message` | a message to send or answer, in a chat or group too | 5 | 6 |
//! | `request` | a friend or follow request received or to send | 2 | 3 |
//! | `question` | a question about the work or the trust, or from the media | 5 | 6 |
//! | `posted` | something already posted | 5 (6 when others are in it) | 6 (7) |
//!
//! The old checklist asked ten questions of every case (ten taps); no
//! all-clear run here takes more than nine. Requests and messages are two
//! situations because the guideline gives them different rules (a request
//! from someone under treatment is a "skal ikke", a message a "bør ikke"),
//! and the polite decline is the answer to a request, so the message path's
//! question about answering a patient says it does not count. A photo in a
//! chat is a photo: its consent question is on the photo path.
//!
//! A situation's questions are data ([`SITUATIONS`]), stop questions
//! first; a question shared by several situations is one `static`
//! ([`QUESTIONS`]). A few questions open a follow-up when
//! answered "yes" or "not sure": a patient shown or mentioned opens the
//! questions of explicit consent and of patient stories; anyone else in a
//! picture opens "has everyone said yes?"; showing where you are at work
//! opens "could the place or time show where a patient is or lives?"; a
//! request from someone known as a patient opens "under treatment now?".
//!
//! # Coverage
//!
//! Every rule paragraph of the documents (see [`crate::content::rule_paragraphs`])
//! is linked from a question some situation asks, or listed in
//! [`NOT_ASKED`] with the reason; a test derives this, and fails on a
//! situation with no questions or a question no situation asks.
//!
//! # Privacy by construction
//!
//! Nothing here touches the store or the log. The answers live in the
//! page's memory; the shell passes them in and gets the next step back, and
//! nothing about a run is kept.

mod questions;
mod situations;
mod verdict;
mod view;

pub use questions::{
    question, Action, NotAsked, Question, Risk, Rule, Severity, NOT_ASKED, QUESTIONS,
};
pub use situations::{situation, Situation, Step, SITUATIONS};
pub use verdict::{next, verdict, Answer, Answers, Light, Next, Reason, Verdict};
pub use view::{
    situations, step, view, ActionView, LinkView, QuestionView, ReasonView, SituationView,
    StepView, VerdictView,
};

#[cfg(test)]
mod tests;
