//! guideline, search, set_text_size, open_link.

use serde_json::json;

use super::Mock;

pub fn the_reader_view_search_and_text_size(m: &Mock) {
    let g = m.ok("guideline", json!({}));
    assert_eq!(g["documents"].as_array().map(Vec::len), Some(2));
    assert_eq!(g["documents"][0]["number"], "D38049");
    assert_eq!(g["authoritative"], false);
    assert_eq!(
        g["read_in"],
        json!([{"code": "nb", "name": "Norsk bokmål"}, {"code": "nn", "name": "Norsk nynorsk"}])
    );
    assert_eq!(g["owners"]["d38049-patients-photos"], "d38049");
    assert_eq!(g["documents"][0]["valid_from_display"], "20.03.2024");

    let found = m.ok("search", json!({"query": "confidentiality"}));
    assert!(found["hits"].as_array().is_some_and(|h| !h.is_empty()));
    assert!(
        found["status"].as_str().unwrap().ends_with("results"),
        "{found}"
    );
    let none = m.ok("search", json!({"query": "zzzqqq"}));
    assert_eq!(none, json!({"status": "No results.", "hits": []}));
    assert_eq!(
        m.ok("search", json!({"query": "  "})),
        json!({"status": "", "hits": []})
    );

    m.ok("set_text_size", json!({"size": 2}));
    assert_eq!(
        m.err("set_text_size", json!({"size": 9})),
        json!({"code": "invalid-input", "field": "text_size", "reason": "must be 0..=3"})
    );
    assert_eq!(m.ok("bootstrap", json!({}))["text_size"], 2);
    m.ok("set_text_size", json!({"size": 1}));
}

pub fn open_link_opens_only_the_contents_links(m: &Mock) {
    // A valid link goes to the system browser, which is not started in a
    // unit test; content::link's own test covers the valid case.
    assert_eq!(
        m.err("open_link", json!({"url": "https://example.com/"})),
        json!({"code": "unknown-link", "url": "https://example.com/"})
    );
    assert_eq!(
        m.err("open_link", json!({"url": "javascript:alert(1)"}))["code"],
        "unknown-link"
    );
}
