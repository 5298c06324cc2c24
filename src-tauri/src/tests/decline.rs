//! decline_message, set_decline_name.

use serde_json::json;

use super::Mock;

pub fn the_message_and_the_remembered_name(m: &Mock) {
    let d = m.ok(
        "decline_message",
        json!({"input": {"platform": "linkedin", "name": "Kari", "lang": "en"}}),
    );
    assert!(
        d["text"].as_str().unwrap().ends_with("\nKind regards Kari"),
        "{d}"
    );
    assert_eq!(d["name_missing"], false);
    assert_eq!(
        m.err(
            "decline_message",
            json!({"input": {"platform": "other", "other": "x".repeat(41), "lang": "en"}})
        ),
        json!({"code": "too-long", "field": "platform", "max": 40})
    );
    assert_eq!(
        m.err(
            "decline_message",
            json!({"input": {"platform": "x", "name": "Kari", "lang": "de"}})
        ),
        json!({"code": "unknown-language", "lang": "de"})
    );

    assert_eq!(
        m.ok("set_decline_name", json!({"name": "  Åse\u{202e} Ø "})),
        "Åse Ø"
    );
    assert_eq!(m.ok("bootstrap", json!({}))["decline"]["name"], "Åse Ø");
    assert_eq!(
        m.err("set_decline_name", json!({"name": "x".repeat(81)})),
        json!({"code": "too-long", "field": "name", "max": 80})
    );
    assert_eq!(m.ok("set_decline_name", json!({"name": ""})), "");
    assert_eq!(m.ok("bootstrap", json!({}))["decline"]["name"], "");
    assert!(!m.keys().iter().any(|(_, k)| k == "decline_name"));
}
