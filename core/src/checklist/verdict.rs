//! A run through one situation: which question comes next, and once every
//! question on the path is answered, the verdict. Both are pure functions
//! of the situation and the answers so far.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::questions::{Action, Question, Risk, Severity};
use super::situations::{situation, Situation, Step};
use crate::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Answer {
    Yes,
    No,
    NotSure,
}

/// Question id → answer, for the questions asked so far.
pub type Answers = BTreeMap<String, Answer>;

/// The traffic light.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Light {
    /// Red: do not do it.
    Stop,
    /// Amber: think again; fix the reasons first.
    Think,
    /// Green: nothing in the checklist stops it.
    Ok,
}

/// Why the verdict is what it is: one answered question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub question: &'static str,
    pub severity: Severity,
    /// Whether the answer was "not sure".
    pub not_sure: bool,
    /// Guideline deep-link ids.
    pub links: &'static [&'static str],
    pub action: Option<Action>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub situation: &'static str,
    pub light: Light,
    /// Stop reasons first, then think-again reasons, each in path order.
    pub reasons: Vec<Reason>,
}

/// Where a run stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// The next question, its 1-based position, and how many questions the
    /// path has if no further follow-up opens.
    Ask {
        question: &'static Question,
        position: usize,
        total: usize,
    },
    Done(Verdict),
}

/// Whether `answer` to `question` is its risk (a "not sure" always is).
fn risky(question: &Question, answer: Answer) -> bool {
    match (question.rule.map(|r| r.risk), answer) {
        (_, Answer::NotSure) => true,
        (Some(Risk::No), a) => a == Answer::No,
        (_, a) => a == Answer::Yes,
    }
}

/// Whether a step is on the path, given the answers so far (a follow-up
/// whose question is not answered yet is not).
fn open(step: &Step, answers: &Answers) -> bool {
    step.after.is_none_or(|gate| {
        answers
            .get(gate.id)
            .is_some_and(|a| matches!(a, Answer::Yes | Answer::NotSure))
    })
}

fn invalid(reason: String) -> Error {
    Error::InvalidInput {
        field: "answers".into(),
        reason,
    }
}

fn find(situation_id: &str) -> Result<&'static Situation> {
    situation(situation_id).ok_or_else(|| Error::InvalidInput {
        field: "situation".into(),
        reason: format!(
            "unknown situation {:?}",
            situation_id.chars().take(40).collect::<String>()
        ),
    })
}

/// The next question of a run, or its verdict once the path is answered.
/// Every answer must be to a question on the path before the next one; an
/// answer to anything else (a question of another situation, or a
/// follow-up that is no longer open) is refused, so the UI cannot send a
/// run that is not the one it shows.
pub fn next(situation_id: &str, answers: &Answers) -> Result<Next> {
    let situation = find(situation_id)?;
    let mut path = Vec::new();
    let mut pending = None;
    for (i, step) in situation.steps.iter().enumerate() {
        if !open(step, answers) {
            continue;
        }
        match answers.get(step.question.id) {
            Some(&answer) => path.push((step.question, answer)),
            None => {
                pending = Some(i);
                break;
            }
        }
    }
    if let Some(stray) = answers
        .keys()
        .find(|id| !path.iter().any(|(q, _)| q.id == id.as_str()))
    {
        return Err(invalid(format!(
            "{:?} is not a question on this path",
            stray.chars().take(40).collect::<String>()
        )));
    }
    let Some(i) = pending else {
        return Ok(Next::Done(judge(situation, &path)));
    };
    let later = situation.steps[i + 1..]
        .iter()
        .filter(|s| open(s, answers))
        .count();
    Ok(Next::Ask {
        question: situation.steps[i].question,
        position: path.len() + 1,
        total: path.len() + 1 + later,
    })
}

/// The verdict of a whole run; an unfinished run is refused.
pub fn verdict(situation_id: &str, answers: &Answers) -> Result<Verdict> {
    match next(situation_id, answers)? {
        Next::Done(v) => Ok(v),
        Next::Ask { question, .. } => {
            Err(invalid(format!("question {} is unanswered", question.id)))
        }
    }
}

/// Stop if any answer carries stop, think again if any carries caution, OK otherwise.
fn judge(situation: &Situation, path: &[(&'static Question, Answer)]) -> Verdict {
    let mut reasons: Vec<Reason> = path
        .iter()
        .filter_map(|&(q, answer)| {
            let rule = q.rule?;
            risky(q, answer).then_some(Reason {
                question: q.id,
                severity: rule.severity,
                not_sure: answer == Answer::NotSure,
                links: q.links,
                action: rule.action,
            })
        })
        .collect();
    // A stable sort keeps path order within a severity.
    reasons.sort_by_key(|r| std::cmp::Reverse(r.severity));
    let light = match reasons.first().map(|r| r.severity) {
        Some(Severity::Stop) => Light::Stop,
        Some(Severity::Think) => Light::Think,
        None => Light::Ok,
    };
    Verdict {
        situation: situation.id,
        light,
        reasons,
    }
}
