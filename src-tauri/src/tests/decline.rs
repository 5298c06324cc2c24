//! decline_message, set_decline_name, copy_decline.

use serde_json::json;

use super::{assert_clipboard_refused, Mock};

pub fn the_message_and_the_remembered_name(m: &Mock) {
    let d = m.ok(
        "decline_message",
        json!({"input": {"platform": "linkedin", "name": "Kari", "lang": "en"}}),
    );
    // The text itself is the core's (core/tests/decline.rs checks it).
    let text = d["text"].as_str().unwrap();
    assert!(text.contains("LinkedIn") && text.ends_with(" Kari"), "{d}");
    assert_eq!(d["name_missing"], false);
    assert_eq!(d["warning"], serde_json::Value::Null);
    // The warning comes in the app's language, whatever the message's; a
    // missing platform outranks a missing name.
    let w = m.ok(
        "decline_message",
        json!({"input": {"platform": "other", "name": "", "lang": "nb"}}),
    );
    assert_eq!(
        (w["name_missing"].clone(), w["platform_missing"].clone()),
        (json!(true), json!(true))
    );
    let l = postvett_core::i18n::Localizer::embedded();
    assert_eq!(
        w["warning"],
        l.text("en", "decline-platform-missing").unwrap()
    );
    // Copying renders the same input again; its input errors come first.
    assert_eq!(
        m.err(
            "copy_decline",
            json!({"input": {"platform": "other", "other": "x".repeat(41), "lang": "en"}})
        ),
        json!({"code": "too-long", "field": "platform", "max": 40})
    );
    assert_clipboard_refused(&m.err(
        "copy_decline",
        json!({"input": {"platform": "linkedin", "name": "Kari", "lang": "en"}}),
    ));
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
