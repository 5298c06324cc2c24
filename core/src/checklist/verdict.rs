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

    fn all(answer: Answer) -> Answers {
        QUESTIONS
            .iter()
            .map(|q| (q.id.to_owned(), answer))
            .collect()
    }

    fn with(changes: &[(&str, Answer)]) -> Answers {
        let mut a = all(Answer::No);
        for (id, ans) in changes {
            a.insert((*id).to_owned(), *ans);
        }
        a
    }

    #[test]
    fn all_no_is_ok_with_no_reasons() {
        let v = verdict(&all(Answer::No)).unwrap();
        assert_eq!(v.light, Light::Ok);
        assert!(v.reasons.is_empty());
    }

    #[test]
    fn every_question_alone_yields_its_severity_links_and_action() {
        for q in QUESTIONS {
            let v = verdict(&with(&[(q.id, Answer::Yes)])).unwrap();
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
                assert!(
                    crate::content::locate(link).is_some(),
                    "{}: {link} resolves",
                    q.id
                );
            }
            assert_eq!(r.action, q.action);
        }
    }

    #[test]
    fn not_sure_counts_as_each_question_decides() {
        for q in QUESTIONS {
            let v = verdict(&with(&[(q.id, Answer::NotSure)])).unwrap();
            let want = match (q.not_sure, q.severity) {
                (NotSure::AsYes, Severity::Stop) => Light::Stop,
                _ => Light::Think,
            };
            assert_eq!(v.light, want, "{}", q.id);
            assert!(v.reasons[0].not_sure);
        }
        // Confidentiality doubt stops; doubt about a withdrawn consent asks you to think.
        assert_eq!(
            verdict(&with(&[("patient", Answer::NotSure)]))
                .unwrap()
                .light,
            Light::Stop
        );
        assert_eq!(
            verdict(&with(&[("withdrawn", Answer::NotSure)]))
                .unwrap()
                .light,
            Light::Think
        );
    }

    #[test]
    fn specific_reasons_carry_their_specific_actions() {
        let action = |id| QUESTIONS.iter().find(|q| q.id == id).and_then(|q| q.action);
        assert_eq!(action("patient-contact"), Some(Action::Decline));
        assert_eq!(action("withdrawn"), Some(Action::TakeDown));
        assert_eq!(action("internal"), Some(Action::InternalRoutes));
        assert_eq!(action("exposure"), Some(Action::LocationSettings));
    }

    #[test]
    fn combinations_put_stop_reasons_first_in_question_order() {
        let v = verdict(&with(&[
            ("exposure", Answer::Yes),
            ("logo", Answer::NotSure),
            ("closed-group", Answer::Yes),
            ("patient", Answer::Yes),
            ("withdrawn", Answer::NotSure),
        ]))
        .unwrap();
        assert_eq!(v.light, Light::Stop);
        let order: Vec<_> = v.reasons.iter().map(|r| (r.question, r.severity)).collect();
        assert_eq!(
            order,
            [
                ("patient", Severity::Stop),
                ("closed-group", Severity::Stop),
                ("withdrawn", Severity::Think),
                ("logo", Severity::Think),
                ("exposure", Severity::Think),
            ]
        );
        let v = verdict(&with(&[("logo", Answer::Yes), ("internal", Answer::Yes)])).unwrap();
        assert_eq!(v.light, Light::Think);
        assert_eq!(v.reasons.len(), 2);
        assert_eq!(
            verdict(&all(Answer::Yes)).unwrap().reasons.len(),
            QUESTIONS.len()
        );
    }

    #[test]
    fn unanswered_or_unknown_questions_are_refused() {
        let mut a = all(Answer::No);
        a.remove("logo");
        assert_eq!(verdict(&a).unwrap_err().code(), "invalid-input");
        let a = with(&[("made-up", Answer::Yes)]);
        assert_eq!(verdict(&a).unwrap_err().code(), "invalid-input");
    }

    #[test]
    fn there_are_at_most_about_ten_questions_with_unique_ids() {
        assert!(QUESTIONS.len() <= 10);
        let mut ids: Vec<_> = QUESTIONS.iter().map(|q| q.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), QUESTIONS.len());
    }
}
