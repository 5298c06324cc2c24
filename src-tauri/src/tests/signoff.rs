//! signoffs_view, record_signoff, delete_signoff, copy_receipt.

use serde_json::json;

use super::{assert_clipboard_refused, Mock};

pub fn sign_offs_are_recorded_listed_and_deleted(m: &Mock) {
    let v = m.ok("signoffs_view", json!({}));
    assert_eq!(v["signoffs"], json!([]));
    let today = v["today"].as_str().unwrap().to_owned();
    assert_eq!(today.len(), 10, "{today}");

    let input = json!({"document": "d38049", "name": "Kari Nordmann", "place": "Hamar",
                       "date": today, "signature": "kari nordmann"});
    let v = m.ok("record_signoff", json!({ "input": input }));
    let s = &v["signoffs"][0];
    let (y, mo, d) = (&today[0..4], &today[5..7], &today[8..10]);
    assert!(
        s["summary"]
            .as_str()
            .unwrap()
            .ends_with(&format!(", {d}.{mo}.{y}")),
        "{s}"
    );
    assert!(s["receipt"].as_str().unwrap().contains("Kari Nordmann"));
    let id = s["id"].as_str().unwrap().to_owned();
    assert_clipboard_refused(&m.err("copy_receipt", json!({ "id": id })));
    assert_eq!(
        m.err("copy_receipt", json!({ "id": "nope" })),
        json!({"code": "not-found", "id": "nope"})
    );

    let mut wrong = input.clone();
    wrong["signature"] = json!("Ola");
    assert_eq!(
        m.err("record_signoff", json!({ "input": wrong })),
        json!({"code": "signature-mismatch", "field": "signature"})
    );
    let mut future = input.clone();
    future["date"] = json!("2999-01-01");
    assert_eq!(
        m.err("record_signoff", json!({ "input": future })),
        json!({"code": "date-in-future", "field": "date"})
    );
    let mut empty = input.clone();
    empty["place"] = json!(" ");
    assert_eq!(
        m.err("record_signoff", json!({ "input": empty })),
        json!({"code": "required", "field": "place"})
    );

    assert_eq!(
        m.ok("delete_signoff", json!({ "id": id }))["signoffs"],
        json!([])
    );
    assert_eq!(
        m.err("delete_signoff", json!({ "id": "nope" })),
        json!({"code": "not-found", "id": "nope"})
    );
}
