//! The checklist's questions. Every question is phrased so that "yes" means
//! risk, and rests on the guideline paragraphs in `links` (deep-link ids into
//! the reader). Text lives in Fluent: `check-<id>` (the question),
//! `check-<id>-why` (one line: why) and `check-<id>-do` (what to do instead).
//!
//! # Strength
//!
//! A question's severity follows the guideline's own wording, and
//! `severity_source` quotes the bokmål sentence that sets it (a test checks
//! that the quote stands in one of the question's linked paragraphs):
//! "det er ikke lov", "skal", "må" and "plikt" make a stop; "bør", "unngå",
//! "vær forsiktig", "det anbefales" and "en god regel" make a reason to think
//! it over. So a photo of a colleague without consent stops the post, while a
//! text that mentions a colleague is a reason to think it over.
//!
//! What "not sure" counts as is decided per question, with the reason next to
//! it: where the guideline asks for certainty (confidentiality, consent), doubt
//! stops the post; elsewhere it is a reason to think it over.
//!
//! # Coverage
//!
//! Every rule paragraph of the documents (see [`crate::content::rule_paragraphs`])
//! is linked from a question or listed in [`NOT_ASKED`] with the reason.
//!
//! # Speed
//!
//! An all-clear run is one tap per question, ten in all, for a text post and
//! a photo post alike. A "does the post have a photo or video?" gate was
//! weighed and left out: only one question is about pictures alone (patients
//! in a picture are asked with patients in text), so a gate would cost a
//! photo post a tap and save a text post none.

use serde::Serialize;

/// How serious a "yes" is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Severity {
    /// Think it over before posting (ordered first so `max` picks Stop).
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
    /// A reason to think it over, even for a stop question.
    Think,
}

/// A follow-up the verdict offers for a reason, beyond its guideline links.
/// Each leads to a screen; an action is attached only where it is right for
/// every situation that can trigger its question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// Open the decline message (a friend or follow request).
    Decline,
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
    /// The guideline sentence (bokmål, verbatim) that sets `severity`.
    #[serde(skip)]
    pub severity_source: &'static str,
    pub not_sure: NotSure,
    /// Why "not sure" counts as it does (for maintainers; not shown).
    #[serde(skip)]
    pub not_sure_reason: &'static str,
    /// Guideline deep-link ids this question rests on, most specific first.
    pub links: &'static [&'static str],
    pub action: Option<Action>,
}

/// A rule paragraph the checklist deliberately does not ask about.
#[derive(Debug, Clone, Copy)]
pub struct NotAsked {
    /// The paragraph's deep-link id.
    pub paragraph: &'static str,
    /// Why it is not a question (for maintainers; not shown).
    pub reason: &'static str,
}

/// The rule paragraphs no question asks about, each with its reason.
pub static NOT_ASKED: &[NotAsked] = &[
    NotAsked {
        paragraph: "d38049-workplace-photos",
        reason: "It is about the trust publishing pictures of its staff, which needs the employee's consent, not about a private post.",
    },
    NotAsked {
        paragraph: "d38049-netiquette-requests",
        reason: "It is about requests you receive (they may carry malware), not about what you post; the tips carry it.",
    },
    NotAsked {
        paragraph: "guide-delete-link",
        reason: "It is help with removing content, not a rule about what to post; the reader carries the link.",
    },
];

/// The questions, in the order they are asked: stop questions first, so a
/// post that must not go out is recognised early.
pub static QUESTIONS: &[Question] = &[
    Question {
        id: "patient",
        severity: Severity::Stop,
        severity_source: "Taushetsplikten gjelder fullt ut i sammenheng med sosiale medier og skal alltid overholdes.",
        not_sure: NotSure::AsYes,
        not_sure_reason: "The duty of confidentiality applies fully and the guideline says to avoid all mention of patients, even anonymised; if you cannot rule it out, do not post.",
        links: &[
            "d38049-patients-confidentiality",
            "d38049-patients-consent",
            "d38049-patients-photos",
            "guide-confidentiality",
        ],
        action: None,
    },
    Question {
        id: "photo-consent",
        severity: Severity::Stop,
        severity_source: "Det er ikke lov å publisere/dele bilder på sosiale medier eller ellers av andre personer uten deres samtykke.",
        not_sure: NotSure::AsYes,
        not_sure_reason: "Publishing pictures of others needs their consent; consent you are unsure of, or that may have been withdrawn, is not consent.",
        links: &[
            "d38049-patients-photos",
            "d38049-colleagues-photos",
            "guide-private",
        ],
        action: None,
    },
    Question {
        id: "closed-group",
        severity: Severity::Stop,
        severity_source: "ansatte må derfor ikke diskutere eller legge ut taushetspliktig informasjon på disse stedene.",
        not_sure: NotSure::AsYes,
        not_sure_reason: "There is no inner circle on social media; information you are unsure about must be treated as confidential.",
        links: &["d38049-colleagues-closed-groups", "guide-public"],
        action: None,
    },
    Question {
        id: "others",
        severity: Severity::Think,
        severity_source: "En god regel er ikke å legge ut informasjon og data av andre enn seg selv.",
        not_sure: NotSure::AsYes,
        not_sure_reason: "A reason to think it over either way.",
        links: &["d38049-colleagues-environment", "guide-private"],
        action: None,
    },
    Question {
        id: "patient-message",
        severity: Severity::Think,
        severity_source: "Ansatte bør ikke kommunisere med pasienter, brukere eller deres pårørende fra en personlig side i sosiale medier.",
        not_sure: NotSure::AsYes,
        not_sure_reason: "If you do not know whether someone is a current or former patient or next of kin, the guideline asks for care (d38049-patients-network): a reason to think it over.",
        links: &[
            "d38049-patients-contact",
            "d38049-patients-network",
            "guide-role",
        ],
        action: None,
    },
    Question {
        id: "friend-request",
        severity: Severity::Think,
        severity_source: "Det anbefales at ansatte høflig avslår venne- eller følgeforespørsler fra pasienter eller deres pårørende",
        not_sure: NotSure::AsYes,
        not_sure_reason: "If you do not know whether the person is a current or former patient or next of kin, the guideline asks for care (d38049-patients-network): a reason to think it over.",
        links: &[
            "d38049-patients-friends",
            "d38049-patients-network",
            "guide-role",
        ],
        action: Some(Action::Decline),
    },
    Question {
        id: "on-behalf",
        severity: Severity::Think,
        severity_source: "Gjør det klart at man som ansatt uttaler seg på egne vegne, særlig i faglige og politiske spørsmål.",
        not_sure: NotSure::AsYes,
        not_sure_reason: "A reason to think it over either way.",
        links: &[
            "d38049-workplace-own-behalf",
            "d38049-workplace-questions",
            "d38049-patients-trust",
            "guide-role",
        ],
        action: None,
    },
    Question {
        id: "logo",
        severity: Severity::Think,
        severity_source: "Unngå å benytte Sykehuset Innlandets logo, arbeidsantrekk eller på annen måte gi inntrykk av at man representerer Sykehuset Innlandet",
        not_sure: NotSure::AsYes,
        not_sure_reason: "A reason to think it over either way.",
        links: &["d38049-workplace-logo", "d38049-workplace-email"],
        action: None,
    },
    Question {
        id: "internal",
        severity: Severity::Think,
        severity_source: "Vær forsiktig med å eksponere interne forhold på arbeidsplassen.",
        not_sure: NotSure::AsYes,
        not_sure_reason: "A reason to think it over either way.",
        links: &[
            "d38049-workplace-internal",
            "d38049-workplace-active",
            "guide-ambassador",
            "d38049-colleagues-environment",
        ],
        action: Some(Action::InternalRoutes),
    },
    Question {
        id: "exposure",
        severity: Severity::Think,
        severity_source: "Vær forsiktig med å legge ut informasjon om deg selv som ansatt som kan misbrukes av andre",
        not_sure: NotSure::AsYes,
        not_sure_reason: "A reason to think it over either way.",
        links: &[
            "d38049-netiquette-personal-info",
            "d38049-netiquette-location",
            "d38049-netiquette-privacy",
        ],
        action: Some(Action::LocationSettings),
    },
];
