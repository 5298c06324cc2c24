//! The checklist as the screen draws it, in the chosen language: the
//! situations to start from, the question being asked with its "what
//! counts" lines, and the verdict with its reasons, each guideline link
//! titled by the section it points into.

use serde::Serialize;

use super::situations::SITUATIONS;
use super::verdict::{next, Answers, Next};
use super::{Action, Light, Question, Severity, Verdict};
use crate::content::locate;
use crate::i18n::{Arg, Args, Localizer};
use crate::Result;

/// A situation as the first step offers it.
#[derive(Debug, Clone, Serialize)]
pub struct SituationView {
    pub id: &'static str,
    pub label: String,
    pub hint: String,
}

/// The situations, in the order they are offered, in `lang`.
pub fn situations(l: &Localizer, lang: &str) -> Result<Vec<SituationView>> {
    SITUATIONS
        .iter()
        .map(|s| {
            Ok(SituationView {
                id: s.id,
                label: l.text(lang, &format!("situation-{}", s.id))?,
                hint: l.text(lang, &format!("situation-{}-hint", s.id))?,
            })
        })
        .collect()
}

/// A guideline link: the deep-link id (`#/guideline/<id>`) and the title
/// of the section it lies in.
#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    pub id: &'static str,
    pub title: String,
}

/// The question being asked.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    pub id: &'static str,
    /// The situation, as chosen ("A photo or a video").
    pub situation: String,
    pub text: String,
    /// "Question 3 of 8".
    pub progress: String,
    /// How far along the run is, from 0 to 1 (for the progress bar).
    pub fraction: f64,
    /// What counts, in one or two lines.
    pub counts: Vec<String>,
    /// Where the question rests in the guideline (every question links
    /// somewhere; a test checks).
    pub read_more: Option<LinkView>,
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
            Action::Media => ("guideline/d38049-workplace-questions", "action-media"),
            Action::PhotoCheck => ("photo", "action-photo-check"),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ReasonView {
    pub question: &'static str,
    pub severity: Severity,
    pub not_sure: bool,
    /// The reason's follow-up; an action shows once, at the first reason
    /// that carries it.
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
    pub situation: &'static str,
    pub light: Light,
    pub title: String,
    pub text: String,
    pub reasons: Vec<ReasonView>,
    /// What the situation offers after any verdict.
    pub actions: Vec<ActionView>,
}

/// What the checklist screen shows next.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum StepView {
    Question(QuestionView),
    Verdict(VerdictView),
}

/// The next step of a run, ready to draw.
pub fn step(situation: &str, answers: &Answers, l: &Localizer, lang: &str) -> Result<StepView> {
    Ok(match next(situation, answers)? {
        Next::Ask {
            question,
            position,
            total,
        } => StepView::Question(question_view(
            situation, question, position, total, l, lang,
        )?),
        Next::Done(v) => StepView::Verdict(view(&v, l, lang)?),
    })
}

fn link(id: &'static str, l: &Localizer, lang: &str) -> Result<Option<(LinkView, &'static str)>> {
    let Some(loc) = locate(id) else {
        return Ok(None);
    };
    let section = loc.section.unwrap_or(loc.document);
    Ok(Some((
        LinkView {
            id,
            title: l.text(lang, section)?,
        },
        section,
    )))
}

fn question_view(
    situation: &str,
    q: &'static Question,
    position: usize,
    total: usize,
    l: &Localizer,
    lang: &str,
) -> Result<QuestionView> {
    let args = Args::from([
        ("current".to_owned(), Arg::Num(position as f64)),
        ("total".to_owned(), Arg::Num(total as f64)),
    ]);
    let read_more = match q.links.first() {
        Some(id) => link(id, l, lang)?.map(|(v, _)| v),
        None => None,
    };
    Ok(QuestionView {
        id: q.id,
        situation: l.text(lang, &format!("situation-{situation}"))?,
        text: l.text(lang, &format!("check-{}", q.id))?,
        progress: l.format(lang, "checklist-progress", &args)?,
        fraction: position as f64 / total as f64,
        counts: l
            .text(lang, &format!("check-{}-counts", q.id))?
            .lines()
            .map(str::to_owned)
            .collect(),
        read_more,
    })
}

pub fn view(v: &Verdict, l: &Localizer, lang: &str) -> Result<VerdictView> {
    let text = |id: &str| l.text(lang, id);
    let action = |a: Action| -> Result<ActionView> {
        let (route, label) = a.target();
        Ok(ActionView {
            id: a,
            label: text(label)?,
            route,
            primary: a == Action::Decline,
        })
    };
    let mut shown: Vec<Action> = Vec::new();
    let reasons = v
        .reasons
        .iter()
        .map(|r| {
            let mut links: Vec<LinkView> = Vec::new();
            let mut seen = Vec::new();
            for id in r.links {
                let Some((view, section)) = link(id, l, lang)? else {
                    continue;
                };
                if !seen.contains(&section) {
                    seen.push(section);
                    links.push(view);
                }
            }
            let action = match r.action {
                Some(a) if !shown.contains(&a) => {
                    shown.push(a);
                    Some(action(a)?)
                }
                _ => None,
            };
            Ok(ReasonView {
                question: r.question,
                severity: r.severity,
                not_sure: r.not_sure,
                action,
                links,
                severity_label: text(&format!("reason-severity-{}", <&str>::from(r.severity)))?,
                question_text: text(&format!("check-{}", r.question))?,
                why: text(&format!("check-{}-why", r.question))?,
                todo: text(&format!("check-{}-do", r.question))?,
            })
        })
        .collect::<Result<_>>()?;
    // The verdict's title and text may read differently per situation
    // (a Fluent selector on `$situation`: "take it down" for an old post).
    let light = <&str>::from(v.light);
    let situation = Args::from([("situation".to_owned(), Arg::Str(v.situation.to_owned()))]);
    Ok(VerdictView {
        situation: v.situation,
        light: v.light,
        title: l.format(lang, &format!("verdict-{light}-title"), &situation)?,
        text: l.format(lang, &format!("verdict-{light}-text"), &situation)?,
        reasons,
        actions: super::situation(v.situation)
            .map_or(&[][..], |s| s.offers)
            .iter()
            .map(|a| action(*a))
            .collect::<Result<_>>()?,
    })
}
