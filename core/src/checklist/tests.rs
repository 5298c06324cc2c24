//! The checklist's data and its path walk. The verdict table of everyday
//! situations is in `core/tests/checklist_table.rs`.

use super::*;
use crate::content::{locate, rule_paragraphs};
use Answer::{No, NotSure, Yes};

fn answers(pairs: &[(&str, Answer)]) -> Answers {
    pairs.iter().map(|(q, a)| ((*q).to_owned(), *a)).collect()
}

/// Walks a situation as the UI does, answering each question from `given`
/// or with its safe answer; returns the questions asked and the verdict.
fn walk(situation: &str, given: &[(&str, Answer)]) -> (Vec<&'static str>, Verdict) {
    let mut a = Answers::new();
    let mut asked = Vec::new();
    loop {
        match next(situation, &a).unwrap() {
            Next::Ask { question, .. } => {
                asked.push(question.id);
                let answer = given
                    .iter()
                    .find(|(id, _)| *id == question.id)
                    .map_or(question.safe_answer(), |(_, x)| *x);
                a.insert(question.id.to_owned(), answer);
                assert!(asked.len() <= 20, "{situation} never ends");
            }
            Next::Done(v) => return (asked, v),
        }
    }
}

fn situations_asking(q: &Question) -> Vec<&'static str> {
    SITUATIONS
        .iter()
        .filter(|s| s.steps.iter().any(|st| st.question == q))
        .map(|s| s.id)
        .collect()
}

#[test]
fn ids_are_unique_and_every_question_is_asked_somewhere() {
    let mut ids: Vec<_> = QUESTIONS.iter().map(|q| q.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), QUESTIONS.len(), "question ids are unique");
    let mut s: Vec<_> = SITUATIONS.iter().map(|s| s.id).collect();
    s.sort_unstable();
    s.dedup();
    assert_eq!(s.len(), SITUATIONS.len(), "situation ids are unique");
    for q in QUESTIONS {
        assert!(
            !situations_asking(q).is_empty(),
            "no situation asks {}",
            q.id
        );
    }
    for s in SITUATIONS {
        assert!(!s.steps.is_empty(), "{} has no questions", s.id);
        for step in s.steps {
            assert!(
                QUESTIONS.contains(&step.question),
                "{}: {} is not in QUESTIONS",
                s.id,
                step.question.id
            );
        }
    }
}

/// A follow-up comes right after the question it follows up (or after
/// another follow-up of it); a gate opens at least one follow-up wherever
/// it is asked; no question is asked twice on a path.
#[test]
fn follow_ups_stand_right_after_their_question() {
    for s in SITUATIONS {
        let mut seen: Vec<&Question> = Vec::new();
        for (i, step) in s.steps.iter().enumerate() {
            assert!(
                !seen.contains(&step.question),
                "{}: {} asked twice",
                s.id,
                step.question.id
            );
            seen.push(step.question);
            if let Some(gate) = step.after {
                let before = &s.steps[i - 1];
                assert!(
                    before.question == gate || before.after == Some(gate),
                    "{}: {} does not stand right after {}",
                    s.id,
                    step.question.id,
                    gate.id
                );
                assert!(
                    gate.rule.is_none_or(|r| r.risk == Risk::Yes),
                    "{}: a follow-up opens on 'yes', so {} must carry its risk on 'yes'",
                    s.id,
                    gate.id
                );
            }
            if step.question.rule.is_none() {
                assert!(
                    s.steps
                        .iter()
                        .any(|f| f.after.is_some_and(|g| g == step.question)),
                    "{}: the gate {} opens nothing",
                    s.id,
                    step.question.id
                );
            }
        }
    }
}

/// Stop before think: each top-level step ranks by the strongest outcome
/// it can lead to, itself or through its follow-ups.
#[test]
fn stop_questions_come_first_in_every_situation() {
    for s in SITUATIONS {
        let reach: Vec<_> = s
            .steps
            .iter()
            .filter(|st| st.after.is_none())
            .map(|st| (st.question.id, s.reach(st)))
            .collect();
        for pair in reach.windows(2) {
            assert!(
                pair[0].1 >= pair[1].1,
                "{}: {} ({:?}) comes before {} ({:?})",
                s.id,
                pair[0].0,
                pair[0].1,
                pair[1].0,
                pair[1].1
            );
        }
        assert!(reach.iter().all(|(_, r)| r.is_some()));
    }
}

/// The sentence that sets a rule's severity stands, word for word, in the
/// bokmål text of a paragraph the question links, and its wording is of the
/// strength the severity claims.
#[test]
fn each_severity_rests_on_a_linked_sentence_of_that_strength() {
    let l = crate::i18n::Localizer::embedded();
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    const MUST: &[&str] = &["ikke lov", "skal", "må ", "plikt"];
    const ADVICE: &[&str] = &[
        "bør",
        "unngå",
        "vær forsiktig",
        "vær varsom",
        "det anbefales",
        "en god regel",
        "gjør det klart",
        "tenk gjennom",
    ];
    for q in QUESTIONS {
        let Some(rule) = q.rule else { continue };
        let source = fold(rule.severity_source);
        assert!(
            q.links
                .iter()
                .filter_map(|id| l.text("nb", id).ok())
                .any(|t| fold(&t).contains(&source)),
            "{}: {:?} is not in a linked paragraph",
            q.id,
            rule.severity_source
        );
        let lower = source.to_lowercase();
        let must = MUST.iter().any(|w| lower.contains(w));
        assert_eq!(
            must,
            rule.severity == Severity::Stop,
            "{}: the wording of {:?} and the severity {:?} disagree",
            q.id,
            rule.severity_source,
            rule.severity
        );
        if !must {
            assert!(
                ADVICE.iter().any(|w| lower.contains(w)),
                "{}: {:?} has no word of advice",
                q.id,
                rule.severity_source
            );
        }
        assert!(!rule.not_sure_reason.trim().is_empty(), "{}", q.id);
    }
}

#[test]
fn every_link_resolves() {
    for q in QUESTIONS {
        assert!(!q.links.is_empty(), "{} links into the guideline", q.id);
        for link in q.links {
            assert!(locate(link).is_some(), "{}: {link} resolves", q.id);
        }
    }
}

/// Every rule paragraph of both documents is asked about on some path
/// (linked from a question a situation asks, itself or through its section)
/// or deliberately not asked, with a reason; never both.
#[test]
fn every_rule_paragraph_is_asked_on_some_path_or_listed_as_not_asked() {
    let rules = rule_paragraphs();
    assert!(rules.len() > 20, "the rule paragraphs are found");
    let asked: Vec<&Question> = SITUATIONS
        .iter()
        .flat_map(|s| s.steps.iter().map(|st| st.question))
        .collect();
    let linked = |id: &str| asked.iter().any(|q| q.links.contains(&id));
    let mut uncovered = Vec::new();
    for r in &rules {
        let on_a_path = linked(r.id) || linked(r.section);
        let skipped = NOT_ASKED.iter().find(|n| n.paragraph == r.id);
        match (on_a_path, skipped) {
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

/// The decline message is offered only for friend and follow requests.
#[test]
fn the_decline_action_belongs_to_requests() {
    for q in QUESTIONS {
        if q.rule.and_then(|r| r.action) == Some(Action::Decline) {
            assert_eq!(situations_asking(q), ["request"], "{}", q.id);
        }
    }
}

/// An all-clear run (every question answered safely, each gate both ways)
/// takes at most nine questions, so at most ten taps with the situation
/// choice: never more than the old ten-question checklist.
#[test]
fn an_all_clear_run_takes_at_most_ten_taps_on_every_path() {
    for s in SITUATIONS {
        let gates: Vec<_> = s
            .steps
            .iter()
            .filter(|st| st.question.rule.is_none())
            .map(|st| st.question.id)
            .collect();
        let (quick, v) = walk(s.id, &[]);
        assert_eq!(v.light, Light::Ok, "{}", s.id);
        let (open, v) = walk(s.id, &gates.iter().map(|g| (*g, Yes)).collect::<Vec<_>>());
        assert_eq!(
            v.light,
            Light::Ok,
            "{}: the gates alone decide nothing",
            s.id
        );
        assert!(open.len() >= quick.len());
        let taps = 1 + open.len(); // the situation, then each question
        assert!(taps <= 10, "{}: {taps} taps for an all-clear run", s.id);
    }
}

#[test]
fn the_next_question_follows_the_answers_and_progress_counts_the_path() {
    // The photo path: the first question, of 7 if no follow-up opens.
    let Next::Ask {
        question,
        position,
        total,
    } = next("photo", &Answers::new()).unwrap()
    else {
        panic!("a question comes first")
    };
    assert_eq!((question.id, position, total), ("patient", 1, 7));
    // A patient shown opens the consent and story questions: 9 in all.
    let Next::Ask {
        question,
        position,
        total,
    } = next("photo", &answers(&[("patient", Yes)])).unwrap()
    else {
        panic!("a follow-up comes next")
    };
    assert_eq!((question.id, position, total), ("patient-consent", 2, 9));
    // "Not sure" opens them too.
    let Next::Ask { question, .. } = next("photo", &answers(&[("patient", NotSure)])).unwrap()
    else {
        panic!()
    };
    assert_eq!(question.id, "patient-consent");
    // "No" skips them.
    let Next::Ask {
        question, position, ..
    } = next("photo", &answers(&[("patient", No)])).unwrap()
    else {
        panic!()
    };
    assert_eq!((question.id, position), ("others-pictured", 2));
}

#[test]
fn answers_off_the_path_or_unknown_are_refused() {
    let refused = |s: &str, a: &[(&str, Answer)]| next(s, &answers(a)).unwrap_err();
    // A follow-up whose question was answered "no" is no longer on the path.
    let e = refused("photo", &[("patient", No), ("patient-consent", Yes)]);
    assert_eq!(e.code(), "invalid-input");
    // A question of another situation.
    assert_eq!(refused("request", &[("logo", No)]).code(), "invalid-input");
    // A question past the next one.
    assert_eq!(
        refused("photo", &[("internal", No)]).code(),
        "invalid-input"
    );
    assert_eq!(refused("photo", &[("made-up", No)]).code(), "invalid-input");
    let e = next("nothing", &Answers::new()).unwrap_err();
    assert_eq!(
        e,
        crate::Error::InvalidInput {
            field: "situation".into(),
            reason: "unknown situation \"nothing\"".into()
        }
    );
    // An unfinished run has no verdict.
    assert_eq!(
        verdict("request", &answers(&[("request-patient", No)]))
            .unwrap_err()
            .code(),
        "invalid-input"
    );
}

#[test]
fn a_safeguard_question_carries_its_risk_on_no() {
    let (_, v) = walk("photo", &[("others-pictured", Yes), ("photo-consent", No)]);
    assert_eq!(v.light, Light::Stop);
    assert_eq!(v.reasons[0].question, "photo-consent");
    let (_, v) = walk("photo", &[("others-pictured", Yes), ("photo-consent", Yes)]);
    assert_eq!(v.light, Light::Ok);
    let (_, v) = walk(
        "photo",
        &[("others-pictured", Yes), ("photo-consent", NotSure)],
    );
    assert_eq!(v.light, Light::Stop);
    assert!(v.reasons[0].not_sure);
}

#[test]
fn not_sure_counts_as_the_risk_on_every_rule() {
    for s in SITUATIONS {
        for step in s.steps {
            let Some(rule) = step.question.rule else {
                continue;
            };
            let mut given = vec![(step.question.id, NotSure)];
            if let Some(gate) = step.after {
                given.push((gate.id, Yes));
            }
            let (_, v) = walk(s.id, &given);
            let r = v
                .reasons
                .iter()
                .find(|r| r.question == step.question.id)
                .unwrap_or_else(|| panic!("{}: {} gives no reason", s.id, step.question.id));
            assert_eq!((r.severity, r.not_sure), (rule.severity, true));
        }
    }
}

/// Stop reasons first, then think reasons, each in path order; the light
/// is the strongest.
#[test]
fn reasons_come_stop_first_in_path_order() {
    let (_, v) = walk(
        "write",
        &[
            ("patient", Yes),
            ("patient-consent", No),
            ("location", Yes),
            ("patient-place", Yes),
            ("opinion", Yes),
        ],
    );
    let got: Vec<_> = v.reasons.iter().map(|r| (r.question, r.severity)).collect();
    assert_eq!(
        got,
        [
            ("patient-consent", Severity::Stop),
            ("patient-place", Severity::Stop),
            ("patient", Severity::Think),
            ("location", Severity::Think),
            ("opinion", Severity::Think),
        ]
    );
    assert_eq!(v.light, Light::Stop);
    assert_eq!(v.situation, "write");
}

#[test]
fn the_view_shows_each_action_once_and_titles_links_by_section() {
    let l = crate::i18n::Localizer::embedded();
    let (_, v) = walk(
        "request",
        &[("request-patient", Yes), ("request-treatment", Yes)],
    );
    let view = super::view(&v, l, "en").unwrap();
    assert_eq!(view.title, "Don't do this");
    let actions: Vec<_> = view.reasons.iter().map(|r| r.action.is_some()).collect();
    assert_eq!(actions, [true, false], "the decline button shows once");
    let link = &view.reasons[0].links[0];
    assert_eq!(link.id, "d38049-patients-friends");
    assert_eq!(link.title, l.text("en", "d38049-patients").unwrap());
    // An old post reads "take it down".
    let (_, v) = walk("posted", &[("takedown", Yes)]);
    assert_eq!(super::view(&v, l, "nb").unwrap().title, "Ta det ned");
}

#[test]
fn the_question_view_carries_its_counts_and_where_to_read() {
    let l = crate::i18n::Localizer::embedded();
    for lang in l.languages() {
        let mut viewed = Vec::new();
        for s in SITUATIONS {
            let opens = |id: &str| {
                s.steps
                    .iter()
                    .any(|st| st.after.is_some_and(|g| g.id == id))
            };
            let mut given = Answers::new();
            // Walk the whole path with every follow-up open, viewing each question.
            while let StepView::Question(q) = step(s.id, &given, l, lang).unwrap() {
                assert!(!q.text.is_empty());
                assert!(
                    (1..=2).contains(&q.counts.len()),
                    "{lang}/{}: {} lines of what counts",
                    q.id,
                    q.counts.len()
                );
                assert!(q.counts.iter().all(|c| !c.trim().is_empty()));
                let read = q.read_more.expect("every question links somewhere");
                assert!(!read.title.is_empty());
                assert!(q.fraction > 0.0 && q.fraction <= 1.0);
                let a = if opens(q.id) {
                    Yes
                } else {
                    question(q.id).unwrap().safe_answer()
                };
                given.insert(q.id.to_owned(), a);
                viewed.push(q.id);
            }
        }
        for q in QUESTIONS {
            assert!(viewed.contains(&q.id), "{lang}: {} was never shown", q.id);
        }
    }
}

/// The photo path's verdict, whatever its light, offers the photo check
/// (the picture itself: its position, its faces); no other path does.
#[test]
fn the_photo_path_offers_the_photo_check() {
    let l = crate::i18n::Localizer::embedded();
    for s in SITUATIONS {
        let (_, v) = walk(s.id, &[]);
        let shown = super::view(&v, l, "nb").unwrap();
        let offered: Vec<_> = shown.actions.iter().map(|a| (a.id, a.route)).collect();
        if s.id == "photo" {
            assert_eq!(offered, [(Action::PhotoCheck, "photo")]);
            assert_eq!(shown.actions[0].label, "Sjekk selve bildet");
        } else {
            assert_eq!(offered, [], "{}", s.id);
        }
    }
    let (_, stop) = walk(
        "photo",
        &[
            ("others-pictured", Answer::Yes),
            ("photo-consent", Answer::No),
        ],
    );
    assert_eq!(
        super::view(&stop, l, "en").unwrap().actions.len(),
        1,
        "on a stop too"
    );
}
