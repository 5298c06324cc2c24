//! Property tests, one per command argument type: whatever the UI (or
//! something pretending to be it) sends, the core returns a value or a typed
//! error and never panics, and what it accepts obeys the rules. Bounded: a
//! fixed number of cases each, so CI time stays predictable.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure report

use std::collections::BTreeMap;

use jiff::tz::TimeZone;
use postvett_core::checklist::{next, situation, Answer, Answers, Next, QUESTIONS, SITUATIONS};
use postvett_core::content::search::{Index, MAX_RESULTS};
use postvett_core::i18n::{embedded_sources, negotiate, Arg, Args, Localizer};
use postvett_core::schedule::{service, validate, Day, ShiftInput};
use postvett_core::signoff::{self, SignOffInput, FIELD_MAX};
use postvett_core::store::Store;
use postvett_core::{settings, text, Error};
use proptest::prelude::*;
use uuid::Uuid;

const CASES: u32 = 256;

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,120}",
        "[0-9:\\- ]{0,12}",
        "[\\x00-\\x1f\\u{202a}-\\u{202e}<>\"'&a-zæøå]{0,40}",
        Just("<img src=x onerror=alert(1)>".to_owned()),
    ]
}

/// The languages the bundle carries, read from the embedded `.ftl` folders
/// rather than from the localizer under test.
fn bundled() -> Vec<&'static str> {
    embedded_sources().iter().map(|(tag, _)| *tag).collect()
}

/// Any text, or one of the bundled tags so the accepting side is exercised.
fn any_lang() -> impl Strategy<Value = String> {
    prop_oneof![
        any_text(),
        prop::sample::select(bundled()).prop_map(str::to_owned)
    ]
}

fn any_day() -> impl Strategy<Value = Day> {
    prop::sample::select(Day::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn shift_input(kind in prop_oneof![Just("weekly".to_owned()), Just("one-off".to_owned()), any_text()],
                   days in prop::collection::vec(any_day(), 0..10),
                   date in prop_oneof![Just("2026-11-24".to_owned()), any_text()],
                   start in prop_oneof!["[0-2][0-9]:[0-5][0-9]", any_text()],
                   end in prop_oneof!["[0-2][0-9]:[0-5][0-9]", any_text()],
                   night in any::<bool>()) {
        let input = ShiftInput { kind, days, date, start, end, night };
        if let Ok(s) = validate(&input, &[], Uuid::new_v4()) {
            prop_assert!(s.start != s.end);
            prop_assert_eq!(s.night, s.end < s.start);
        }
    }

    #[test]
    fn checklist_answers(situation_id in prop_oneof![prop::sample::select(SITUATIONS.iter().map(|s| s.id.to_owned()).collect::<Vec<_>>()), any_text()],
                         entries in prop::collection::btree_map(
        prop_oneof![prop::sample::select(QUESTIONS.iter().map(|q| q.id.to_owned()).collect::<Vec<_>>()), any_text()],
        prop::sample::select(vec![Answer::Yes, Answer::No, Answer::NotSure]),
        0..14)) {
        match next(&situation_id, &entries) {
            Ok(Next::Ask { question, position, total }) => {
                let s = situation(&situation_id).unwrap();
                prop_assert!(s.steps.iter().any(|st| st.question == question));
                prop_assert!(!entries.contains_key(question.id));
                prop_assert_eq!(position, entries.len() + 1);
                prop_assert!(position <= total && total <= s.steps.len());
            }
            Ok(Next::Done(v)) => {
                let s = situation(&situation_id).unwrap();
                prop_assert!(entries.keys().all(|k| s.steps.iter().any(|st| st.question.id == k)));
                prop_assert!(v.reasons.len() <= entries.len());
            }
            Err(e) => prop_assert_eq!(e.code(), "invalid-input"),
        }
    }

    /// A run answered at random, one question at a time as the UI does,
    /// always ends, with every reason a question it was asked.
    #[test]
    fn checklist_walks(situation_id in prop::sample::select(SITUATIONS.iter().map(|s| s.id).collect::<Vec<_>>()),
                       choices in prop::collection::vec(prop::sample::select(vec![Answer::Yes, Answer::No, Answer::NotSure]), 20)) {
        let mut answers = Answers::new();
        let mut choices = choices.into_iter();
        let v = loop {
            match next(situation_id, &answers).unwrap() {
                Next::Ask { question, .. } => {
                    answers.insert(question.id.to_owned(), choices.next().unwrap());
                }
                Next::Done(v) => break v,
            }
        };
        prop_assert!(v.reasons.iter().all(|r| answers.contains_key(r.question)));
    }

    #[test]
    fn signoff_input(doc in prop_oneof![Just("d38049".to_owned()), Just("guide".to_owned()), any_text()],
                     name in any_text(), place in any_text(), date in any_text(), same in any::<bool>()) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let signature = if same { name.clone() } else { "someone else".into() };
        let input = SignOffInput { document: doc, name, place, date, signature };
        let now = "2026-11-23T12:00:00Z".parse().unwrap();
        if let Ok(s) = signoff::record(&store, &input, now, &TimeZone::UTC) {
            for f in [&s.name, &s.place, &s.signature] {
                prop_assert!(!f.is_empty() && f.chars().count() <= FIELD_MAX);
                prop_assert!(!f.chars().any(|c| c.is_control() || text::is_bidi_control(c)));
            }
        }
    }

    #[test]
    fn ids_for_delete_and_remove(id in prop_oneof![any_text(), Just(Uuid::new_v4().to_string())]) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        prop_assert_eq!(signoff::delete(&store, &id).unwrap_err().code(), "not-found");
        prop_assert_eq!(service::remove(&store, &id).unwrap_err().code(), "not-found");
        prop_assert_eq!(postvett_core::tips::set_done(&store, &id, true).unwrap_err().code(), "not-found");
    }

    #[test]
    fn languages_and_message_keys(lang in any_lang(), key in any_text(), value in any_text()) {
        let l = Localizer::embedded();
        let bundled = bundled();
        let ok = l.validate(&lang).is_ok();
        prop_assert_eq!(ok, bundled.contains(&lang.as_str()));
        let chosen = negotiate(&[lang.as_str()], &l.languages());
        prop_assert!(bundled.contains(&chosen.as_str()), "{} is not bundled", chosen);
        let args = Args::from([("name".to_owned(), Arg::Str(value))]);
        if let Ok(t) = l.format("nb", &key, &args) {
            prop_assert!(!t.contains(['\u{2068}', '\u{2069}']), "isolation marks in {:?}", t);
        }
    }

    #[test]
    fn search_queries(q in any_text(), lang in prop::sample::select(bundled())) {
        let hits = Index::embedded(lang).unwrap().search(&q);
        prop_assert!(hits.len() <= MAX_RESULTS);
        for h in hits {
            prop_assert!(postvett_core::content::locate(h.target).is_some());
        }
    }

    #[test]
    fn numbers_from_the_ui(size in any::<u8>(), lead in any::<u8>(), enabled in any::<bool>()) {
        prop_assert_eq!(settings::text_size(size).is_ok(), size <= settings::TEXT_SIZE_MAX);
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let r = service::set_reminders(&store, enabled, lead);
        prop_assert_eq!(r.is_ok(), lead <= postvett_core::schedule::LEAD_MAX);
        if let Err(e) = r {
            prop_assert!(matches!(e, Error::InvalidInput { .. }), "{:?}", e);
        }
    }
}

#[test]
fn the_answer_enum_accepts_only_its_three_values() {
    for ok in ["\"yes\"", "\"no\"", "\"not-sure\""] {
        assert!(serde_json::from_str::<Answer>(ok).is_ok(), "{ok}");
    }
    for bad in ["\"maybe\"", "1", "null", "\"YES\""] {
        assert!(serde_json::from_str::<Answer>(bad).is_err(), "{bad}");
    }
    let _: BTreeMap<String, Answer> = serde_json::from_str("{}").unwrap();
}
