//! The verdict resolved for the UI: each reason's guideline links get the
//! title of the section they point into (one link per section, to the most
//! specific paragraph), in the chosen language.

use serde::Serialize;

use super::{Action, Light, Severity, Verdict, QUESTIONS};
use crate::content::locate;
use crate::i18n::{Arg, Args, Localizer};
use crate::Result;

/// One question as the checklist screen shows it, with its progress line.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    pub id: &'static str,
    pub text: String,
    /// "Question 3 of 10".
    pub progress: String,
}

/// The questions, in the order they are asked, in `lang`.
pub fn questions(l: &Localizer, lang: &str) -> Result<Vec<QuestionView>> {
    let total = QUESTIONS.len();
    QUESTIONS
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let args = Args::from([
                ("current".to_owned(), Arg::Num((i + 1) as f64)),
                ("total".to_owned(), Arg::Num(total as f64)),
            ]);
            Ok(QuestionView {
                id: q.id,
                text: l.format(lang, &format!("check-{}", q.id), &Args::new())?,
                progress: l.format(lang, "checklist-progress", &args)?,
            })
        })
        .collect()
}

/// A follow-up as the verdict shows it: a link to a screen (`route`, the
/// part after `#/`).
#[derive(Debug, Clone, Serialize)]
pub struct ActionView {
    pub id: Action,
    pub label: String,
    pub route: &'static str,
    /// The main thing to do (drawn as a primary button).
    pub primary: bool,
}

impl Action {
    /// Where the action leads, and its Fluent label.
    fn target(self) -> (&'static str, &'static str) {
        match self {
            Action::Decline => ("decline", "action-decline"),
            Action::InternalRoutes => ("guideline/d38049-workplace-internal", "action-internal"),
            Action::LocationSettings => ("tips", "action-location"),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    /// The deep-link id (`#/guideline/<id>`).
    pub id: &'static str,
    /// The title of the section it lies in.
    pub title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReasonView {
    pub question: &'static str,
    pub severity: Severity,
    pub not_sure: bool,
    pub action: Option<ActionView>,
    pub links: Vec<LinkView>,
    /// The severity's label ("Stop", "Think again").
    pub severity_label: String,
    /// The question, why it matters, and what to do instead.
    pub question_text: String,
    pub why: String,
    pub todo: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct VerdictView {
    pub light: Light,
    pub title: String,
    pub text: String,
    pub reasons: Vec<ReasonView>,
}

pub fn view(v: &Verdict, l: &Localizer, lang: &str) -> Result<VerdictView> {
    let none = Args::new();
    let text = |id: String| l.format(lang, &id, &none);
    let reasons = v
        .reasons
        .iter()
        .map(|r| {
            let mut links: Vec<LinkView> = Vec::new();
            let mut seen = Vec::new();
            for id in r.links {
                let Some(loc) = locate(id) else { continue };
                let section = loc.section.unwrap_or(loc.document);
                if seen.contains(&section) {
                    continue;
                }
                seen.push(section);
                links.push(LinkView {
                    id,
                    title: l.format(lang, section, &Args::new())?,
                });
            }
            let action = r
                .action
                .map(|a| {
                    let (route, label) = a.target();
                    Ok::<_, crate::Error>(ActionView {
                        id: a,
                        label: text(label.to_owned())?,
                        route,
                        primary: a == Action::Decline,
                    })
                })
                .transpose()?;
            Ok(ReasonView {
                question: r.question,
                severity: r.severity,
                not_sure: r.not_sure,
                action,
                links,
                severity_label: text(format!("reason-severity-{}", <&str>::from(r.severity)))?,
                question_text: text(format!("check-{}", r.question))?,
                why: text(format!("check-{}-why", r.question))?,
                todo: text(format!("check-{}-do", r.question))?,
            })
        })
        .collect::<Result<_>>()?;
    let light = <&str>::from(v.light);
    Ok(VerdictView {
        light: v.light,
        title: text(format!("verdict-{light}-title"))?,
        text: text(format!("verdict-{light}-text"))?,
        reasons,
    })
}
