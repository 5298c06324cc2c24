//! checklist_verdict.

use serde_json::{json, Value};

use super::Mock;

pub fn a_verdict_with_linked_reasons_and_nothing_kept(m: &Mock) {
    let keys_before = m.keys();
    let questions: Vec<String> = m.ok("bootstrap", json!({}))["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap().to_owned())
        .collect();
    let mut answers: serde_json::Map<String, Value> =
        questions.iter().map(|q| (q.clone(), json!("no"))).collect();
    let ok = m.ok("checklist_verdict", json!({ "answers": answers }));
    assert_eq!(ok["light"], "ok");
    assert_eq!(ok["title"], "The checklist doesn't stop you");
    assert_eq!(ok["reasons"], json!([]));

    answers.insert("photo-consent".into(), json!("yes"));
    let stop = m.ok("checklist_verdict", json!({ "answers": answers }));
    assert_eq!(stop["light"], "stop");
    let reason = &stop["reasons"][0];
    assert_eq!(reason["links"][0]["id"], "d38049-patients-photos");
    assert_eq!(reason["severity_label"], "Stop");
    assert!(reason["question_text"]
        .as_str()
        .is_some_and(|t| !t.is_empty()));

    // An action carries where it leads and its label.
    let mut contact = answers.clone();
    contact.insert("photo-consent".into(), json!("no"));
    contact.insert("friend-request".into(), json!("yes"));
    let v = m.ok("checklist_verdict", json!({ "answers": contact }));
    assert_eq!(v["light"], "think");
    assert_eq!(
        v["reasons"][0]["action"],
        json!({"id": "decline", "label": "Open the decline message", "route": "decline", "primary": true})
    );

    assert!(
        m.call(
            "checklist_verdict",
            json!({"answers": {"patient": "maybe"}})
        )
        .is_err(),
        "an unknown answer is refused"
    );
    let missing = m.err("checklist_verdict", json!({"answers": {"patient": "no"}}));
    assert_eq!(missing["code"], "invalid-input", "{missing}");
    assert_eq!(m.keys(), keys_before, "a checklist run stores nothing");
}
