//! The tips screen as it is shown: the guideline's advice, and each card
//! with its title, intro, steps (text and done-mark), progress line and
//! "as of" line, all in one language. The UI only lays it out.

use serde::Serialize;

use super::{done, CARDS, GUIDELINE_ADVICE, ON_SHIFT_STEPS};
use crate::i18n::{Arg, Args, Localizer};
use crate::store::Store;
use crate::Result;

#[derive(Debug, Clone, Serialize)]
pub struct StepView {
    pub id: &'static str,
    pub text: String,
    pub done: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct CardView {
    pub id: &'static str,
    pub title: String,
    pub intro: String,
    pub steps: Vec<StepView>,
    /// "2 of 4 done".
    pub progress: String,
    /// "Described as of …".
    pub as_of: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TipsView {
    /// The guideline's own advice, verbatim.
    pub advice: Vec<String>,
    pub cards: Vec<CardView>,
}

/// The location steps the checklist's "on shift" card repeats from the tips,
/// per phone, in `lang`.
#[derive(Debug, Clone, Serialize)]
pub struct OnShiftSteps {
    pub ios: Vec<String>,
    pub android: Vec<String>,
}

pub fn view(store: &Store, l: &Localizer, lang: &str) -> Result<TipsView> {
    let done = done(store)?;
    let advice = GUIDELINE_ADVICE
        .iter()
        .map(|id| l.text(lang, id))
        .collect::<Result<_>>()?;
    let cards = CARDS
        .iter()
        .map(|card| {
            let steps: Vec<StepView> = card
                .steps
                .iter()
                .map(|id| {
                    Ok(StepView {
                        id,
                        text: l.text(lang, id)?,
                        done: done.iter().any(|d| d == id),
                    })
                })
                .collect::<Result<_>>()?;
            let progress = Args::from([
                (
                    "done".to_owned(),
                    Arg::Num(steps.iter().filter(|s| s.done).count() as f64),
                ),
                ("total".to_owned(), Arg::Num(steps.len() as f64)),
            ]);
            let as_of = Args::from([("date".to_owned(), Arg::Str(card.as_of.to_owned()))]);
            Ok(CardView {
                id: card.id,
                title: l.text(lang, &format!("{}-title", card.id))?,
                intro: l.text(lang, &format!("{}-intro", card.id))?,
                progress: l.format(lang, "tips-progress", &progress)?,
                as_of: l.format(lang, "tips-as-of", &as_of)?,
                steps,
            })
        })
        .collect::<Result<_>>()?;
    Ok(TipsView { advice, cards })
}

/// The "on shift" card's steps, in `lang`.
pub fn on_shift_steps(l: &Localizer, lang: &str) -> Result<OnShiftSteps> {
    let texts =
        |ids: &[&str]| -> Result<Vec<String>> { ids.iter().map(|id| l.text(lang, id)).collect() };
    Ok(OnShiftSteps {
        ios: texts(ON_SHIFT_STEPS.ios)?,
        android: texts(ON_SHIFT_STEPS.android)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_carry_their_text_done_marks_and_progress() {
        let l = Localizer::embedded();
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        super::super::set_done(&store, "tips-strava-privacy-zone", true).unwrap();
        let v = view(&store, l, "en").unwrap();
        assert_eq!(v.advice.len(), GUIDELINE_ADVICE.len());
        let strava = v.cards.iter().find(|c| c.id == "tips-strava").unwrap();
        assert!(strava
            .steps
            .iter()
            .any(|s| s.id == "tips-strava-privacy-zone" && s.done));
        assert!(strava.progress.starts_with("1 of"), "{}", strava.progress);
        assert!(strava.as_of.contains("2026-11-23"), "{}", strava.as_of);
        let steps = on_shift_steps(l, "en").unwrap();
        assert_eq!(steps.ios.len(), ON_SHIFT_STEPS.ios.len());
        assert!(!steps.android.is_empty());
    }
}
