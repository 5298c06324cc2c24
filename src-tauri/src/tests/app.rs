//! bootstrap, set_language, format.

use serde_json::{json, Value};

use super::Mock;

pub fn bootstrap_and_the_language_choice(m: &Mock) {
    // Strings for the negotiated language, and every picker's languages.
    let boot = m.ok("bootstrap", json!({}));
    assert_eq!(boot["lang"], "en");
    assert_eq!(
        boot["languages"],
        json!([
            {"code": "en", "name": "English"},
            {"code": "nb", "name": "Norsk bokmål"},
            {"code": "nn", "name": "Norsk nynorsk"}
        ])
    );
    assert_eq!(
        boot["strings"]["screen-checklist-title"],
        "Can I post this?"
    );
    assert_eq!(boot["chosen"], Value::Null);
    assert_eq!(boot["notices"], json!([]));
    assert_eq!(boot["bench"], false);
    assert_eq!(
        boot["text_size_max"],
        postvett_core::settings::TEXT_SIZE_MAX
    );
    assert_eq!(boot["decline"]["default_platform"], "facebook");
    assert_eq!(boot["situations"][0]["label"], "A photo or a video");
    assert_eq!(boot["data"], json!({"set_aside": null}));
    // The page's messages only: none of the guideline's, which the reader's
    // view carries.
    let (_, files) = postvett_core::i18n::embedded_sources()
        .iter()
        .find(|(tag, _)| *tag == "en")
        .unwrap();
    let (_, guideline) = files.iter().find(|(f, _)| *f == "guideline.ftl").unwrap();
    let content: Vec<&str> = guideline
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
        .filter(|id| !id.starts_with(['#', ' ', '.']))
        .collect();
    assert!(content.len() > 20, "{content:?}");
    for id in content {
        assert!(boot["strings"].get(id).is_none(), "{id} is content");
    }
    eprintln!(
        "bootstrap: {} bytes of JSON, {} messages",
        boot.to_string().len(),
        boot["strings"].as_object().map_or(0, |o| o.len())
    );

    // set_language persists the choice in the store and returns nb strings.
    let boot = m.ok("set_language", json!({"lang": "nb"}));
    assert_eq!(boot["lang"], "nb");
    assert_eq!(boot["chosen"], "nb");
    assert_eq!(
        boot["strings"]["screen-checklist-title"],
        "Kan jeg poste dette?"
    );
    assert_eq!(boot["situations"][0]["label"], "Et bilde eller en video");
    let stored = m
        .state()
        .store()
        .unwrap()
        .get(postvett_core::settings::LANGUAGE)
        .unwrap();
    assert_eq!(stored.as_deref(), Some("nb"));
    // An unknown language is refused with a typed, serialised error.
    assert_eq!(
        m.err("set_language", json!({"lang": "de"})),
        json!({"code": "unknown-language", "lang": "de"})
    );
    // Back to "follow the phone": the key is removed again.
    let boot = m.ok("set_language", json!({"lang": null}));
    assert_eq!(boot["chosen"], Value::Null);
    assert_eq!(boot["lang"], "en");
    assert!(!m.keys().iter().any(|(_, k)| k == "language"));
}

pub fn format_fills_an_errors_details_in_a_language(m: &Mock) {
    assert_eq!(
        m.ok("format", json!({"key": "error-title", "lang": "nb"})),
        "Noe gikk galt"
    );
    assert_eq!(
        m.ok(
            "format",
            json!({"key": "error-too-long", "args": {"max": 80}})
        ),
        "The text is too long: at most 80 characters."
    );
    assert_eq!(
        m.err("format", json!({"key": "no-such-id"})),
        json!({"code": "unknown-message", "id": "no-such-id"})
    );
    assert_eq!(
        m.err("format", json!({"key": "error-title", "lang": "xx"})),
        json!({"code": "unknown-language", "lang": "xx"})
    );
}
