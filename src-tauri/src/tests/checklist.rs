//! checklist_step.

use serde_json::{json, Value};

use super::Mock;

/// Walks `situation` through the command as the UI does, answering `given`
/// where asked and the safe answer elsewhere; returns the verdict.
fn walk(m: &Mock, situation: &str, given: &[(&str, &str)]) -> Value {
    let mut answers = serde_json::Map::new();
    for _ in 0..20 {
        let step = m.ok(
            "checklist_step",
            json!({"situation": situation, "answers": answers}),
        );
        if step["kind"] == "verdict" {
            return step;
        }
        assert_eq!(step["kind"], "question", "{step}");
        let id = step["id"].as_str().unwrap().to_owned();
        let q = postvett_core::checklist::question(&id).unwrap();
        let answer = given.iter().find(|(q, _)| *q == id).map_or_else(
            || serde_json::to_value(q.safe_answer()).unwrap(),
            |(_, a)| json!(a),
        );
        answers.insert(id, answer);
    }
    panic!("{situation} never ended");
}

pub fn each_step_is_drawn_and_nothing_kept(m: &Mock) {
    let keys_before = m.keys();
    let boot = m.ok("bootstrap", json!({}));
    let situations = boot["situations"].as_array().unwrap();
    assert_eq!(situations[0]["id"], "photo");
    assert_eq!(situations[0]["label"], "A photo or a video");

    // The first question of the photo path, as the screen draws it.
    let q = m.ok(
        "checklist_step",
        json!({"situation": "photo", "answers": {}}),
    );
    assert_eq!(q["kind"], "question");
    assert_eq!(q["id"], "patient");
    assert_eq!(q["situation"], "A photo or a video");
    assert_eq!(q["progress"], "Question 1 of 7");
    assert_eq!(q["counts"].as_array().unwrap().len(), 2);
    let section = postvett_core::i18n::Localizer::embedded()
        .text("en", "d38049-patients")
        .unwrap();
    assert_eq!(
        q["read_more"],
        json!({"id": "d38049-patients-confidentiality", "title": section})
    );

    let ok = walk(m, "react", &[]);
    assert_eq!(ok["light"], "ok");
    assert_eq!(ok["title"], "The checklist doesn't stop you");
    assert_eq!(ok["reasons"], json!([]));

    let stop = walk(
        m,
        "photo",
        &[("others-pictured", "yes"), ("photo-consent", "no")],
    );
    assert_eq!(stop["light"], "stop");
    let reason = &stop["reasons"][0];
    assert_eq!(reason["links"][0]["id"], "d38049-patients-photos");
    assert_eq!(reason["severity_label"], "Stop");
    assert!(reason["question_text"]
        .as_str()
        .is_some_and(|t| !t.is_empty()));

    // An action carries where it leads and its label, once.
    let v = walk(m, "request", &[("request-patient", "yes")]);
    assert_eq!(v["light"], "think");
    assert_eq!(
        v["reasons"][0]["action"],
        json!({"id": "decline", "label": "Open the decline message", "route": "decline", "primary": true})
    );

    assert!(
        m.call(
            "checklist_step",
            json!({"situation": "photo", "answers": {"patient": "maybe"}})
        )
        .is_err(),
        "an unknown answer is refused"
    );
    assert_eq!(
        m.err(
            "checklist_step",
            json!({"situation": "photo", "answers": {"internal": "no"}})
        ),
        json!({"code": "invalid-input", "field": "answers", "reason": "\"internal\" is not a question on this path"})
    );
    assert_eq!(
        m.err(
            "checklist_step",
            json!({"situation": "elsewhere", "answers": {}})
        ),
        json!({"code": "invalid-input", "field": "situation", "reason": "unknown situation \"elsewhere\""})
    );
    assert_eq!(m.keys(), keys_before, "a checklist run stores nothing");
}
