//! The verdict resolved for the UI: each reason's guideline links get the
//! title of the section they point into (one link per section, to the most
//! specific paragraph), in the chosen language.

use serde::Serialize;

use super::{Action, Light, Severity, Verdict};
use crate::content::locate;
use crate::i18n::{Args, Localizer};
use crate::Result;

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
    pub action: Option<Action>,
    pub links: Vec<LinkView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct VerdictView {
    pub light: Light,
    pub reasons: Vec<ReasonView>,
}

pub fn view(v: &Verdict, l: &Localizer, lang: &str) -> Result<VerdictView> {
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
            Ok(ReasonView {
                question: r.question,
                severity: r.severity,
                not_sure: r.not_sure,
                action: r.action,
                links,
            })
        })
        .collect::<Result<_>>()?;
    Ok(VerdictView {
        light: v.light,
        reasons,
    })
}
