//! The checklist's questions: one `static` each, shared by every situation
//! that asks it ([`super::situations`]). Each asks one concrete thing about
//! the person's own case and names who counts. Text lives in Fluent:
//! `check-<id>` (the question), `check-<id>-counts` (one or two lines of
//! "what counts", shown while answering) and, for a question that can give
//! a reason, `check-<id>-why` (why, per the guideline) and `check-<id>-do`
//! (what to do instead).
//!
//! # Strength
//!
//! A rule's severity follows the guideline's own wording, and
//! `severity_source` quotes the bokmål sentence that sets it (a test checks
//! that the quote stands in one of the question's linked paragraphs, and
//! that its wording has the strength the severity claims): "det er ikke
//! lov", "skal", "må" and "plikt" stop; "bør", "unngå", "vær forsiktig",
//! "vær varsom", "det anbefales", "en god regel" and the guideline's plain
//! advice ("gjør det klart", "tenk gjennom") ask you to think it over.
//!
//! # Which answer is the risk
//!
//! Most questions ask whether something risky is there, so "yes" carries
//! the severity. A question that follows up a "yes" asks whether the
//! safeguard is in place ("Has everyone said yes?"), so there "no" carries
//! it: that reads as one clear thing instead of a negation with two
//! clauses.
//!
//! # "Not sure"
//!
//! On every question "not sure" counts as the risky answer, and each rule
//! says why in `not_sure_reason`: the guideline asks for certainty where it
//! stops (confidentiality, consent, a current patient), and a think question
//! is worth a second look when in doubt. A gate's "not sure" opens its
//! follow-ups, which then ask what matters. (An earlier design let some stop
//! questions count doubt as a think; no question's guideline text supports
//! that, so the type no longer offers it.)

use serde::Serialize;

/// How serious a risky answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Severity {
    /// Think it over first (ordered first so `max` picks Stop).
    Think,
    /// Do not do it.
    Stop,
}

/// The answer that carries a rule's severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Risk {
    Yes,
    No,
}

/// A follow-up the verdict offers, beyond its guideline links. Each leads
/// to a screen; an action is attached only where it is right for every
/// case that can trigger its question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::EnumIter)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// Open the decline message (a friend or follow request).
    Decline,
    /// The internal channels: line manager, incident reporting, whistleblowing.
    InternalRoutes,
    /// Privacy and location settings.
    LocationSettings,
    /// The rules for contact with the media, and referring to management.
    Media,
    /// The photo check: what the photo itself gives away, and its faces.
    PhotoCheck,
}

/// What a question decides when it is answered with its risk.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub severity: Severity,
    /// The guideline sentence (bokmål, verbatim) that sets `severity`.
    pub severity_source: &'static str,
    pub risk: Risk,
    /// Why "not sure" counts as the risky answer here (for maintainers).
    pub not_sure_reason: &'static str,
    pub action: Option<Action>,
}

#[derive(Debug, Clone, Copy)]
pub struct Question {
    /// Stable id; the Fluent ids are `check-<id>`, `check-<id>-counts` and,
    /// with a rule, `check-<id>-why` and `check-<id>-do`.
    pub id: &'static str,
    /// Guideline deep-link ids this question rests on, most specific first;
    /// the first is the "read the guideline" link while answering.
    pub links: &'static [&'static str],
    /// What the risky answer decides; `None` for a gate, which only opens
    /// the follow-ups that a situation asks after it.
    pub rule: Option<Rule>,
}

/// Questions are the same when their ids are (ids are unique; a test checks).
impl PartialEq for Question {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for Question {}

impl Question {
    /// The answer that is not the risk ("no" for a gate): what an all-clear
    /// run answers.
    pub fn safe_answer(&self) -> super::Answer {
        match self.rule.map(|r| r.risk) {
            Some(Risk::No) => super::Answer::Yes,
            _ => super::Answer::No,
        }
    }
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
        reason: "It is about the trust publishing pictures of its staff, which needs the employee's consent, not about what an employee does.",
    },
    NotAsked {
        paragraph: "guide-delete-link",
        reason: "It is help with removing content about you, not a rule about what to do; the reader carries the link.",
    },
];

const CONFIDENTIALITY: &str =
    "Taushetsplikten gjelder fullt ut i sammenheng med sosiale medier og skal alltid overholdes.";
const MISUSE: &str =
    "Vær forsiktig med å legge ut informasjon om deg selv som ansatt som kan misbrukes av andre";
const QUESTIONS_ABOUT_THE_TRUST: &str =
    "tenk gjennom om dette er noe man som ansatt bør svare på selv";

const fn stop(source: &'static str, reason: &'static str) -> Rule {
    Rule {
        severity: Severity::Stop,
        severity_source: source,
        risk: Risk::Yes,
        not_sure_reason: reason,
        action: None,
    }
}

const fn think(source: &'static str, reason: &'static str) -> Rule {
    Rule {
        severity: Severity::Think,
        severity_source: source,
        risk: Risk::Yes,
        not_sure_reason: reason,
        action: None,
    }
}

const fn with_action(rule: Rule, action: Action) -> Rule {
    Rule {
        action: Some(action),
        ..rule
    }
}

const fn on_no(rule: Rule) -> Rule {
    Rule {
        risk: Risk::No,
        ..rule
    }
}

const A_SECOND_LOOK: &str = "A reason to think it over either way.";

// --- Patients and relatives ---------------------------------------------

/// Shows or mentions a patient or relative. A think of its own ("unngå all
/// omtale"); it opens the two stops that decide whether it breaks the duty
/// of confidentiality.
pub static PATIENT: Question = Question {
    id: "patient",
    links: &[
        "d38049-patients-confidentiality",
        "guide-confidentiality",
        "d38049-patients-photos",
        "d38049-colleagues-closed-groups",
        "guide-public",
    ],
    rule: Some(think(
        "Unngå all omtale av pasienter eller deres pårørende selv om dette gjøres anonymt.",
        "If you cannot rule it out, the follow-ups ask about consent and patient stories, where doubt stops.",
    )),
};

/// After [`PATIENT`]: the explicit consent the guideline presupposes.
pub static PATIENT_CONSENT: Question = Question {
    id: "patient-consent",
    links: &[
        "d38049-patients-confidentiality",
        "d38049-patients-consent",
        "guide-confidentiality",
    ],
    rule: Some(on_no(stop(
        CONFIDENTIALITY,
        "The guideline presupposes explicit consent; consent you are unsure of is not explicit.",
    ))),
};

/// After [`PATIENT`]: patient stories, which consent does not open.
pub static PATIENT_STORY: Question = Question {
    id: "patient-story",
    links: &["d38049-patients-consent"],
    rule: Some(stop(
        "Ansatte skal ikke fortelle/videreformidle pasient-/brukerhistorier selv i en anonymisert form.",
        "If it may be a patient's story, the guideline's 'skal ikke' applies: do not tell it.",
    )),
};

/// A like, reaction or share that shows you know someone as a patient.
pub static REACTION_PATIENT: Question = Question {
    id: "reaction-patient",
    links: &[
        "guide-confidentiality-p1",
        "d38049-patients-confidentiality",
        "d38049-patients-network",
    ],
    rule: Some(stop(
        "Vi har taushetsplikt om all pasientinformasjon.",
        "Confidentiality covers even that someone is or has been a patient; if you cannot rule out that the reaction shows it, do not react in public.",
    )),
};

/// Answering a patient, service user or relative from a private profile.
pub static PATIENT_CONTACT: Question = Question {
    id: "patient-contact",
    links: &[
        "d38049-patients-contact",
        "d38049-patients-network",
        "guide-role",
    ],
    rule: Some(think(
        "Ansatte bør ikke kommunisere med pasienter, brukere eller deres pårørende fra en personlig side i sosiale medier.",
        "If you do not know whether someone is a patient or relative, the guideline asks for care where current or former patients are in your network (d38049-patients-network).",
    )),
};

/// A friend or follow request from or to someone known as a patient or
/// relative through work. A think of its own ("bør", "det anbefales"); it
/// opens the stop for someone under treatment now.
pub static REQUEST_PATIENT: Question = Question {
    id: "request-patient",
    links: &[
        "d38049-patients-friends",
        "guide-role",
        "d38049-patients-network",
    ],
    rule: Some(with_action(
        think(
            "Som hovedregel bør ansatte ikke ha pasienter og deres pårørende som \"venner\" på Facebook eller andre sosiale medier",
            "If you do not know whether you know them through work, the guideline asks for care where current or former patients are in your network; the follow-up asks about treatment now.",
        ),
        Action::Decline,
    )),
};

/// After [`REQUEST_PATIENT`]: under treatment now.
pub static REQUEST_TREATMENT: Question = Question {
    id: "request-treatment",
    links: &["d38049-patients-friends"],
    rule: Some(with_action(
        stop(
            "ansatte skal ikke legge dem til som \"venn\" når de er under behandling",
            "The 'skal ikke' applies while they are under treatment; if you cannot rule that out, do not add them (declining is recommended anyway).",
        ),
        Action::Decline,
    )),
};

// --- Pictures --------------------------------------------------------------

/// Anyone other than you in the picture: opens the consent question.
pub static OTHERS_PICTURED: Question = Question {
    id: "others-pictured",
    links: &[
        "d38049-patients-photos",
        "d38049-colleagues-photos",
        "guide-private",
    ],
    rule: None,
};

/// After [`OTHERS_PICTURED`]: everyone's clear yes.
pub static PHOTO_CONSENT: Question = Question {
    id: "photo-consent",
    links: &[
        "d38049-patients-photos",
        "d38049-colleagues-photos",
        "guide-private",
    ],
    rule: Some(on_no(stop(
        "Det er ikke lov å publisere/dele bilder på sosiale medier eller ellers av andre personer uten deres samtykke.",
        "Consent you are unsure of, or that may have been withdrawn, is not consent.",
    ))),
};

/// Someone in an old post has changed their mind.
pub static TAKEDOWN: Question = Question {
    id: "takedown",
    links: &["d38049-patients-photos", "d38049-colleagues-photos"],
    rule: Some(stop(
        "Dersom noen har sagt ja til å være med på et bilde, men angrer seg, har man plikt til å fjerne bildet.",
        "If someone may have changed their mind, the duty to remove the photo may apply: ask, and take it down if so.",
    )),
};

/// The trust's logo, or uniform and work clothing, in the picture.
pub static LOGO: Question = Question {
    id: "logo",
    links: &["d38049-workplace-logo", "d38049-workplace-email"],
    rule: Some(think(
        "Unngå å benytte Sykehuset Innlandets logo, arbeidsantrekk eller på annen måte gi inntrykk av at man representerer Sykehuset Innlandet",
        A_SECOND_LOOK,
    )),
};

/// An access card or a name badge in the picture.
pub static BADGE: Question = Question {
    id: "badge",
    links: &[
        "d38049-netiquette-personal-info",
        "d38049-netiquette-privacy",
    ],
    rule: Some(with_action(
        think(MISUSE, A_SECOND_LOOK),
        Action::LocationSettings,
    )),
};

// --- Where you are -----------------------------------------------------------

/// Where or when you are at work. A think of its own; it opens the stop
/// for a place or a time that gives a patient away.
pub static LOCATION: Question = Question {
    id: "location",
    links: &[
        "d38049-netiquette-location",
        "d38049-netiquette-personal-info",
        "d38049-netiquette-privacy",
    ],
    rule: Some(with_action(
        think(
            MISUSE,
            "A reason to think it over either way; the follow-up asks whether the place or time gives a patient away.",
        ),
        Action::LocationSettings,
    )),
};

/// After [`LOCATION`]: a place or time that shows where a patient is or lives.
pub static PATIENT_PLACE: Question = Question {
    id: "patient-place",
    links: &[
        "d38049-patients-confidentiality",
        "guide-confidentiality",
        "d38049-netiquette-location",
    ],
    rule: Some(stop(
        CONFIDENTIALITY,
        "If someone could work out the case from the place or time, it is not anonymous; if you cannot rule that out, leave them out.",
    )),
};

// --- Colleagues and others -------------------------------------------------

/// Mocking, shaming or demeaning a colleague.
pub static COLLEAGUE_RESPECT: Question = Question {
    id: "colleague-respect",
    links: &["d38049-colleagues-environment", "guide-ambassador"],
    rule: Some(with_action(
        stop(
            "Kommunikasjon knyttet til kollegaer skal være i tråd med verdiene kvalitet, trygghet og respekt, både på jobb og utenfor arbeidstiden.",
            "What is said about colleagues shall be in line with respect; if you are unsure whether it is, it is not clearly so.",
        ),
        Action::InternalRoutes,
    )),
};

/// Personal details about anyone other than you.
pub static OTHERS_INFO: Question = Question {
    id: "others-info",
    links: &["d38049-colleagues-environment", "guide-private"],
    rule: Some(think(
        "En god regel er ikke å legge ut informasjon og data av andre enn seg selv.",
        A_SECOND_LOOK,
    )),
};

// --- The trust as a workplace ------------------------------------------------

/// Criticism of the workplace, or problems at work.
pub static INTERNAL: Question = Question {
    id: "internal",
    links: &[
        "d38049-workplace-internal",
        "d38049-workplace-active",
        "guide-ambassador",
    ],
    rule: Some(with_action(
        think(
            "Vær forsiktig med å eksponere interne forhold på arbeidsplassen.",
            A_SECOND_LOOK,
        ),
        Action::InternalRoutes,
    )),
};

/// An opinion on a professional or political question.
pub static OPINION: Question = Question {
    id: "opinion",
    links: &["d38049-workplace-own-behalf", "guide-role"],
    rule: Some(think(
        "Gjør det klart at man som ansatt uttaler seg på egne vegne, særlig i faglige og politiske spørsmål.",
        A_SECOND_LOOK,
    )),
};

/// Health advice, or a view on someone's health, online.
pub static HEALTH_ADVICE: Question = Question {
    id: "health-advice",
    links: &["d38049-patients-trust", "guide-role"],
    rule: Some(think(
        "Ved bruk av sosiale medier bør ansatte opptre på en slik måte at befolkningens tillit til helsepersonell og helse- og omsorgstjenesten ivaretas",
        A_SECOND_LOOK,
    )),
};

/// A question from a journalist or an editorial office.
pub static MEDIA: Question = Question {
    id: "media",
    links: &["d38049-workplace-questions", "guide-role"],
    rule: Some(with_action(
        think(QUESTIONS_ABOUT_THE_TRUST, A_SECOND_LOOK),
        Action::Media,
    )),
};

/// A question about the trust, or its view in a current matter.
pub static TRUST_QUESTION: Question = Question {
    id: "trust-question",
    links: &["d38049-workplace-questions", "guide-role"],
    rule: Some(with_action(
        think(QUESTIONS_ABOUT_THE_TRUST, A_SECOND_LOOK),
        Action::Media,
    )),
};

/// A link or an attachment in a request.
pub static LINK: Question = Question {
    id: "link",
    links: &["d38049-netiquette-requests"],
    rule: Some(think(
        "Vær varsom med forespørsler du som ansatt mottar, de kan inneholde eller lenke til skadelig programvare.",
        A_SECOND_LOOK,
    )),
};

/// Every question, where the situations take them from.
pub static QUESTIONS: &[&Question] = &[
    &PATIENT,
    &PATIENT_CONSENT,
    &PATIENT_STORY,
    &REACTION_PATIENT,
    &PATIENT_CONTACT,
    &REQUEST_PATIENT,
    &REQUEST_TREATMENT,
    &OTHERS_PICTURED,
    &PHOTO_CONSENT,
    &TAKEDOWN,
    &LOGO,
    &BADGE,
    &LOCATION,
    &PATIENT_PLACE,
    &COLLEAGUE_RESPECT,
    &OTHERS_INFO,
    &INTERNAL,
    &OPINION,
    &HEALTH_ADVICE,
    &MEDIA,
    &TRUST_QUESTION,
    &LINK,
];

/// The question with this id.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().copied().find(|q| q.id == id)
}
