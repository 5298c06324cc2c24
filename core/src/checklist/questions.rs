//! The checklist's questions. Every question is phrased so that "yes" means
//! risk, and rests on the guideline paragraphs in `links` (deep-link ids into
//! the reader). Text lives in Fluent: `check-<id>` (the question),
//! `check-<id>-why` (one line: why) and `check-<id>-do` (what to do instead).
//!
//! What "not sure" counts as is decided per question, with the reason next to
//! it: where the guideline asks for certainty (confidentiality, explicit
//! consent), doubt stops the post; elsewhere it is a reason to think again.

use serde::Serialize;

/// How serious a "yes" is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Severity {
    /// Think again before posting (ordered first so `max` picks Stop).
    Think,
    /// Do not post.
    Stop,
}

/// What a "not sure" answer counts as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NotSure {
    /// As a "yes": the question's own severity.
    AsYes,
    /// A reason to think again, even for a stop question.
    Think,
}

/// A follow-up the verdict offers for a reason, beyond its guideline links.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// Open the decline message (a patient's friend/follow request).
    Decline,
    /// Take the post or picture down now (consent was withdrawn).
    TakeDown,
    /// The internal channels: manager, adverse-event reporting, whistleblowing.
    InternalRoutes,
    /// Privacy and location settings (location services on).
    LocationSettings,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Question {
    /// Stable id; the Fluent ids are `check-<id>`, `check-<id>-why`, `check-<id>-do`.
    pub id: &'static str,
    pub severity: Severity,
    pub not_sure: NotSure,
    /// Why "not sure" counts as it does (for maintainers; not shown).
    #[serde(skip)]
    pub not_sure_reason: &'static str,
    /// Guideline deep-link ids this question rests on, most specific first.
    pub links: &'static [&'static str],
    pub action: Option<Action>,
}

/// The questions, in the order they are asked: stop questions first, so a
/// post that must not go out is recognised early.
pub static QUESTIONS: &[Question] = &[
    Question {
        id: "patient",
        severity: Severity::Stop,
        not_sure: NotSure::AsYes,
        not_sure_reason: "The duty of confidentiality applies fully and the guideline says to avoid all mention of patients, even anonymised; if you cannot rule it out, do not post.",
        links: &["d38049-patients-confidentiality", "d38049-patients-consent", "guide-confidentiality"],
        action: None,
    },
    Question {
        id: "background",
        severity: Severity::Stop,
        not_sure: NotSure::AsYes,
        not_sure_reason: "Patients or relatives must not come into the picture; if you have not checked the whole picture, treat it as if they do.",
        links: &["d38049-patients-photos"],
        action: None,
    },
    Question {
        id: "consent",
        severity: Severity::Stop,
        not_sure: NotSure::AsYes,
        not_sure_reason: "Publishing pictures of others needs their consent; consent you are unsure of is not consent.",
        links: &["d38049-patients-photos", "d38049-colleagues-photos", "d38049-colleagues-environment", "guide-private"],
        action: None,
    },
    Question {
        id: "withdrawn",
        severity: Severity::Stop,
        not_sure: NotSure::Think,
        not_sure_reason: "The duty to remove arises when someone has changed their mind; if you do not know, ask them before the post stays up.",
        links: &["d38049-patients-photos"],
        action: Some(Action::TakeDown),
    },
    Question {
        id: "patient-contact",
        severity: Severity::Stop,
        not_sure: NotSure::Think,
        not_sure_reason: "If you do not know whether someone is a current or former patient or relative, the guideline asks for care (d38049-patients-network), not a flat no.",
        links: &["d38049-patients-friends", "d38049-patients-contact", "d38049-patients-network", "guide-role"],
        action: Some(Action::Decline),
    },
    Question {
        id: "closed-group",
        severity: Severity::Stop,
        not_sure: NotSure::AsYes,
        not_sure_reason: "There is no inner circle on social media; information you are unsure about must be treated as confidential.",
        links: &["d38049-colleagues-closed-groups"],
        action: None,
    },
    Question {
        id: "on-behalf",
        severity: Severity::Think,
        not_sure: NotSure::AsYes,
        not_sure_reason: "A reason to think again either way.",
        links: &["d38049-workplace-own-behalf", "d38049-workplace-questions", "guide-role"],
        action: None,
    },
    Question {
        id: "logo",
        severity: Severity::Think,
        not_sure: NotSure::AsYes,
        not_sure_reason: "A reason to think again either way.",
        links: &["d38049-workplace-logo", "d38049-workplace-email"],
        action: None,
    },
    Question {
        id: "internal",
        severity: Severity::Think,
        not_sure: NotSure::AsYes,
        not_sure_reason: "A reason to think again either way.",
        links: &["d38049-workplace-internal", "d38049-workplace-active", "guide-ambassador", "d38049-colleagues-environment"],
        action: Some(Action::InternalRoutes),
    },
    Question {
        id: "exposure",
        severity: Severity::Think,
        not_sure: NotSure::AsYes,
        not_sure_reason: "A reason to think again either way.",
        links: &["d38049-netiquette-personal-info", "d38049-netiquette-location", "d38049-netiquette-privacy"],
        action: Some(Action::LocationSettings),
    },
];
