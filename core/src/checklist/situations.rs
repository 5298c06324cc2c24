//! The situations the checklist starts from, each with its own short list
//! of questions. Text lives in Fluent: `situation-<id>` (the choice) and
//! `situation-<id>-hint` (one line under it).
//!
//! A situation's questions are steps. A step is asked always, or only
//! after a question it follows up was answered "yes" or "not sure" (a
//! follow-up comes right after that question). Steps are ordered by the
//! strongest outcome they can lead to, stop before think, so what must not
//! happen is recognised early; a test checks the order.

use super::questions::*;

/// One question on a situation's path.
#[derive(Debug, Clone, Copy)]
pub struct Step {
    pub question: &'static Question,
    /// Asked only when this question (earlier on the path) was answered
    /// "yes" or "not sure".
    pub after: Option<&'static Question>,
}

const fn ask(question: &'static Question) -> Step {
    Step {
        question,
        after: None,
    }
}

const fn then(gate: &'static Question, question: &'static Question) -> Step {
    Step {
        question,
        after: Some(gate),
    }
}

/// What the person is about to do.
#[derive(Debug, Clone, Copy)]
pub struct Situation {
    /// Stable id; the Fluent ids are `situation-<id>` and `situation-<id>-hint`.
    pub id: &'static str,
    pub steps: &'static [Step],
    /// What the verdict offers whatever its light (a photo: the photo
    /// check, which looks at the picture itself).
    pub offers: &'static [Action],
}

/// The situations, in the order they are offered.
pub static SITUATIONS: &[Situation] = &[
    Situation {
        id: "photo",
        offers: &[Action::PhotoCheck],
        steps: &[
            ask(&PATIENT),
            then(&PATIENT, &PATIENT_CONSENT),
            then(&PATIENT, &PATIENT_STORY),
            ask(&OTHERS_PICTURED),
            then(&OTHERS_PICTURED, &PHOTO_CONSENT),
            ask(&COLLEAGUE_RESPECT),
            ask(&LOCATION),
            then(&LOCATION, &PATIENT_PLACE),
            ask(&LOGO),
            ask(&BADGE),
            ask(&INTERNAL),
        ],
    },
    Situation {
        id: "write",
        offers: &[],
        steps: &[
            ask(&PATIENT),
            then(&PATIENT, &PATIENT_CONSENT),
            then(&PATIENT, &PATIENT_STORY),
            ask(&COLLEAGUE_RESPECT),
            ask(&LOCATION),
            then(&LOCATION, &PATIENT_PLACE),
            ask(&OTHERS_INFO),
            ask(&INTERNAL),
            ask(&OPINION),
            ask(&HEALTH_ADVICE),
        ],
    },
    Situation {
        id: "react",
        offers: &[],
        steps: &[
            ask(&REACTION_PATIENT),
            ask(&COLLEAGUE_RESPECT),
            ask(&INTERNAL),
            ask(&OPINION),
            ask(&HEALTH_ADVICE),
        ],
    },
    Situation {
        id: "message",
        offers: &[],
        steps: &[
            ask(&PATIENT),
            then(&PATIENT, &PATIENT_CONSENT),
            then(&PATIENT, &PATIENT_STORY),
            ask(&COLLEAGUE_RESPECT),
            ask(&PATIENT_CONTACT),
            ask(&OTHERS_INFO),
            ask(&HEALTH_ADVICE),
        ],
    },
    Situation {
        id: "request",
        offers: &[],
        steps: &[
            ask(&REQUEST_PATIENT),
            then(&REQUEST_PATIENT, &REQUEST_TREATMENT),
            ask(&LINK),
        ],
    },
    Situation {
        id: "question",
        offers: &[],
        steps: &[
            ask(&PATIENT),
            then(&PATIENT, &PATIENT_CONSENT),
            then(&PATIENT, &PATIENT_STORY),
            ask(&MEDIA),
            ask(&TRUST_QUESTION),
            ask(&OPINION),
            ask(&INTERNAL),
        ],
    },
    Situation {
        id: "posted",
        offers: &[],
        steps: &[
            ask(&TAKEDOWN),
            ask(&PATIENT),
            then(&PATIENT, &PATIENT_CONSENT),
            then(&PATIENT, &PATIENT_STORY),
            ask(&OTHERS_PICTURED),
            then(&OTHERS_PICTURED, &PHOTO_CONSENT),
            ask(&COLLEAGUE_RESPECT),
            ask(&LOCATION),
            then(&LOCATION, &PATIENT_PLACE),
        ],
    },
];

/// The situation with this id.
pub fn situation(id: &str) -> Option<&'static Situation> {
    SITUATIONS.iter().find(|s| s.id == id)
}

impl Situation {
    /// The strongest outcome a top-level step can lead to: its own rule's
    /// severity or that of a follow-up it opens (a gate alone leads nowhere).
    pub fn reach(&self, step: &Step) -> Option<Severity> {
        let follow_ups = self
            .steps
            .iter()
            .filter(|s| s.after.is_some_and(|g| std::ptr::eq(g, step.question)));
        std::iter::once(step)
            .chain(follow_ups)
            .filter_map(|s| s.question.rule.map(|r| r.severity))
            .max()
    }
}
