//! The verdict: a pure function from answers to a traffic light and reasons.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::questions::{Action, NotSure, Severity, QUESTIONS};
use crate::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    Yes,
    No,
    NotSure,
}

/// Question id → answer; every question must be answered.
pub type Answers = BTreeMap<String, Answer>;

/// The traffic light.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Light {
    /// Red: do not post.
    Stop,
    /// Amber: think again; fix the reasons first.
    Think,
    /// Green: nothing in the checklist stops the post.
    Ok,
}

/// Why the verdict is what it is: one answered question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub question: &'static str,
    /// The severity this answer carries (a "not sure" may carry less than a "yes").
    pub severity: Severity,
    /// Whether the answer was "not sure".
    pub not_sure: bool,
    /// Guideline deep-link ids.
    pub links: &'static [&'static str],
    pub action: Option<Action>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub light: Light,
    /// Stop reasons first, then think-again reasons, each in question order.
    pub reasons: Vec<Reason>,
}

/// Stop if any answer carries stop, think again if any carries caution, OK otherwise.
pub fn verdict(answers: &Answers) -> Result<Verdict> {
    if let Some(unknown) = answers
        .keys()
        .find(|id| !QUESTIONS.iter().any(|q| q.id == id.as_str()))
    {
        return Err(Error::InvalidInput {
            field: "answers".into(),
            reason: format!(
                "unknown question {:?}",
                unknown.chars().take(40).collect::<String>()
            ),
        });
    }
    let mut reasons = Vec::new();
    for q in QUESTIONS {
        let answer = answers.get(q.id).ok_or_else(|| Error::InvalidInput {
            field: "answers".into(),
            reason: format!("question {} is unanswered", q.id),
        })?;
        let severity = match (answer, q.not_sure) {
            (Answer::No, _) => continue,
            (Answer::Yes, _) | (Answer::NotSure, NotSure::AsYes) => q.severity,
            (Answer::NotSure, NotSure::Think) => Severity::Think,
        };
        reasons.push(Reason {
            question: q.id,
            severity,
            not_sure: *answer == Answer::NotSure,
            links: q.links,
            action: q.action,
        });
    }
    // A stable sort keeps question order within a severity.
    reasons.sort_by_key(|r| std::cmp::Reverse(r.severity));
    let light = match reasons.first().map(|r| r.severity) {
        Some(Severity::Stop) => Light::Stop,
        Some(Severity::Think) => Light::Think,
        None => Light::Ok,
    };
    Ok(Verdict { light, reasons })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checklist::NOT_ASKED;
    use crate::content::{locate, rule_paragraphs};
    use Answer::{No, NotSure as Unsure, Yes};

    fn all(answer: Answer) -> Answers {
        QUESTIONS
            .iter()
            .map(|q| (q.id.to_owned(), answer))
            .collect()
    }

    fn with(changes: &[(&str, Answer)]) -> Answers {
        let mut a = all(No);
        for (id, ans) in changes {
            assert!(QUESTIONS.iter().any(|q| q.id == *id), "{id} is a question");
            a.insert((*id).to_owned(), *ans);
        }
        a
    }

    /// Everyday posts, answered honestly, and the verdict the guideline's
    /// wording gives each: (case, answers, light, reasons in order).
    #[allow(clippy::type_complexity)]
    const TABLE: &[(&str, &[(&str, Answer)], Light, &[(&str, Severity)])] = &[
        ("a sunset, text only", &[], Light::Ok, &[]),
        (
            "a text that names a friend",
            &[("others", Yes)],
            Light::Think,
            &[("others", Severity::Think)],
        ),
        (
            "a selfie with a colleague who said yes",
            &[("photo-consent", No)],
            Light::Ok,
            &[],
        ),
        (
            "a photo of a colleague who has not said yes",
            &[("photo-consent", Yes)],
            Light::Stop,
            &[("photo-consent", Severity::Stop)],
        ),
        (
            "a group photo where one person may not have agreed",
            &[("photo-consent", Unsure)],
            Light::Stop,
            &[("photo-consent", Severity::Stop)],
        ),
        (
            "a photo of a patient who consented",
            &[("patient", Yes), ("photo-consent", No)],
            Light::Stop,
            &[("patient", Severity::Stop)],
        ),
        (
            "an anonymised patient story",
            &[("patient", Yes)],
            Light::Stop,
            &[("patient", Severity::Stop)],
        ),
        (
            "a ward photo, background not checked",
            &[("patient", Unsure)],
            Light::Stop,
            &[("patient", Severity::Stop)],
        ),
        (
            "a text about a colleague's birthday in the staff chat",
            &[("others", Yes), ("closed-group", No)],
            Light::Think,
            &[("others", Severity::Think)],
        ),
        (
            "a case discussed in a closed group",
            &[("closed-group", Yes), ("patient", Yes)],
            Light::Stop,
            &[
                ("patient", Severity::Stop),
                ("closed-group", Severity::Stop),
            ],
        ),
        (
            "a patient's friend request",
            &[("friend-request", Yes)],
            Light::Think,
            &[("friend-request", Severity::Think)],
        ),
        (
            "a relative asking about care in a private message",
            &[("patient-message", Yes)],
            Light::Think,
            &[("patient-message", Severity::Think)],
        ),
        (
            "a request from someone who may be a former patient",
            &[("friend-request", Unsure)],
            Light::Think,
            &[("friend-request", Severity::Think)],
        ),
        (
            "a complaint about the rota, in uniform, with the location on",
            &[("internal", Yes), ("logo", Yes), ("exposure", Unsure)],
            Light::Think,
            &[
                ("logo", Severity::Think),
                ("internal", Severity::Think),
                ("exposure", Severity::Think),
            ],
        ),
        (
            "a named colleague in a photo without consent, criticised",
            &[("others", Yes), ("internal", Yes), ("photo-consent", Yes)],
            Light::Stop,
            &[
                ("photo-consent", Severity::Stop),
                ("others", Severity::Think),
                ("internal", Severity::Think),
            ],
        ),
    ];

    #[test]
    fn everyday_posts_get_the_verdict_the_guideline_gives() {
        for (case, answers, light, reasons) in TABLE {
            let v = verdict(&with(answers)).unwrap();
            assert_eq!(v.light, *light, "{case}");
            let got: Vec<_> = v.reasons.iter().map(|r| (r.question, r.severity)).collect();
            assert_eq!(got, *reasons, "{case}");
        }
    }

    #[test]
    fn text_about_others_is_a_think_and_photos_of_them_a_stop() {
        let text = verdict(&with(&[("others", Yes)])).unwrap();
        let photo = verdict(&with(&[("photo-consent", Yes)])).unwrap();
        assert_eq!((text.light, photo.light), (Light::Think, Light::Stop));
    }

    #[test]
    fn all_no_is_ok_with_no_reasons() {
        let v = verdict(&all(No)).unwrap();
        assert_eq!(v.light, Light::Ok);
        assert!(v.reasons.is_empty());
    }

    #[test]
    fn every_question_alone_yields_its_severity_links_and_action() {
        for q in QUESTIONS {
            let v = verdict(&with(&[(q.id, Yes)])).unwrap();
            let want = match q.severity {
                Severity::Stop => Light::Stop,
                Severity::Think => Light::Think,
            };
            assert_eq!(v.light, want, "{}", q.id);
            assert_eq!(v.reasons.len(), 1, "{}", q.id);
            let r = &v.reasons[0];
            assert_eq!(
                (r.question, r.severity, r.not_sure),
                (q.id, q.severity, false)
            );
            assert_eq!(r.links, q.links);
            assert!(!r.links.is_empty(), "{} links into the guideline", q.id);
            for link in r.links {
                assert!(locate(link).is_some(), "{}: {link} resolves", q.id);
            }
            assert_eq!(r.action, q.action);
        }
    }

    #[test]
    fn not_sure_counts_as_each_question_decides() {
        for q in QUESTIONS {
            let v = verdict(&with(&[(q.id, Unsure)])).unwrap();
            let want = match (q.not_sure, q.severity) {
                (NotSure::AsYes, Severity::Stop) => Light::Stop,
                _ => Light::Think,
            };
            assert_eq!(v.light, want, "{}", q.id);
            assert!(v.reasons[0].not_sure);
            assert!(!q.not_sure_reason.is_empty(), "{}", q.id);
        }
    }

    #[test]
    fn stop_questions_come_first() {
        let first_think = QUESTIONS
            .iter()
            .position(|q| q.severity == Severity::Think)
            .unwrap();
        assert!(QUESTIONS[first_think..]
            .iter()
            .all(|q| q.severity == Severity::Think));
    }

    /// The sentence that sets a question's severity stands, word for word, in
    /// the bokmål text of a paragraph the question links, and its wording is
    /// of the strength the severity claims.
    #[test]
    fn each_severity_rests_on_a_linked_sentence_of_that_strength() {
        let l = crate::i18n::Localizer::embedded();
        let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        for q in QUESTIONS {
            let source = fold(q.severity_source);
            assert!(
                q.links
                    .iter()
                    .filter_map(|id| l.text("nb", id).ok())
                    .any(|t| fold(&t).contains(&source)),
                "{}: {:?} is not in a linked paragraph",
                q.id,
                q.severity_source
            );
            let lower = source.to_lowercase();
            let must = ["ikke lov", "skal", "må ", "plikt"]
                .iter()
                .any(|w| lower.contains(w));
            assert_eq!(
                must,
                q.severity == Severity::Stop,
                "{}: the wording of {:?} and the severity {:?} disagree",
                q.id,
                q.severity_source,
                q.severity
            );
        }
    }

    /// Every rule paragraph of both documents is asked about (linked from a
    /// question, itself or through its section) or deliberately not asked,
    /// with a reason; never both.
    #[test]
    fn every_rule_paragraph_is_asked_about_or_listed_as_not_asked() {
        let rules = rule_paragraphs();
        assert!(rules.len() > 20, "the rule paragraphs are found");
        let linked = |id: &str| QUESTIONS.iter().any(|q| q.links.contains(&id));
        let mut uncovered = Vec::new();
        for r in &rules {
            let asked = linked(r.id) || linked(r.section);
            let skipped = NOT_ASKED.iter().find(|n| n.paragraph == r.id);
            match (asked, skipped) {
                (true, Some(_)) => panic!("{} is asked and listed as not asked", r.id),
                (false, None) => uncovered.push(r.id),
                (false, Some(n)) => assert!(!n.reason.trim().is_empty(), "{}", r.id),
                (true, None) => {}
            }
        }
        assert!(
            uncovered.is_empty(),
            "neither asked nor listed: {uncovered:?}"
        );
        for n in NOT_ASKED {
            assert!(
                rules.iter().any(|r| r.id == n.paragraph),
                "{} is listed as not asked but is no rule paragraph",
                n.paragraph
            );
        }
    }

    #[test]
    fn the_decline_action_is_offered_only_for_friend_requests() {
        let with_decline: Vec<_> = QUESTIONS
            .iter()
            .filter(|q| q.action == Some(Action::Decline))
            .map(|q| q.id)
            .collect();
        assert_eq!(with_decline, ["friend-request"]);
        let action = |id| QUESTIONS.iter().find(|q| q.id == id).and_then(|q| q.action);
        assert_eq!(action("patient-message"), None);
        assert_eq!(action("internal"), Some(Action::InternalRoutes));
        assert_eq!(action("exposure"), Some(Action::LocationSettings));
    }

    #[test]
    fn combinations_put_stop_reasons_first_in_question_order() {
        let v = verdict(&with(&[
            ("exposure", Yes),
            ("logo", Unsure),
            ("closed-group", Yes),
            ("patient", Yes),
            ("friend-request", Unsure),
        ]))
        .unwrap();
        assert_eq!(v.light, Light::Stop);
        let order: Vec<_> = v.reasons.iter().map(|r| (r.question, r.severity)).collect();
        assert_eq!(
            order,
            [
                ("patient", Severity::Stop),
                ("closed-group", Severity::Stop),
                ("friend-request", Severity::Think),
                ("logo", Severity::Think),
                ("exposure", Severity::Think),
            ]
        );
        assert_eq!(verdict(&all(Yes)).unwrap().reasons.len(), QUESTIONS.len());
    }

    #[test]
    fn unanswered_or_unknown_questions_are_refused() {
        let mut a = all(No);
        a.remove("logo");
        assert_eq!(verdict(&a).unwrap_err().code(), "invalid-input");
        let mut a = all(No);
        a.insert("made-up".into(), Yes);
        assert_eq!(verdict(&a).unwrap_err().code(), "invalid-input");
    }

    #[test]
    fn an_all_clear_run_takes_no_more_than_ten_taps_with_unique_ids() {
        assert!(QUESTIONS.len() <= 10);
        let mut ids: Vec<_> = QUESTIONS.iter().map(|q| q.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), QUESTIONS.len());
    }
}
