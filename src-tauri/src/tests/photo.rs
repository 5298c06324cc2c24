//! photo_open, photo_faces, photo_save, photo_close.

use base64::Engine;
use postvett_core::photo::fixtures::{self, Meta};
use serde_json::json;
use tauri::ipc::InvokeBody;

use super::Mock;

pub fn a_photo_is_read_searched_and_saved_clean_and_nothing_kept(m: &Mock) {
    let keys_before = m.keys();
    let solvay = fixtures::phone_jpeg(&fixtures::solvay(), &Meta::phone());

    // Nothing is open yet.
    assert_eq!(
        m.err("photo_faces", json!({})),
        json!({"code": "photo-none", "field": "photo"})
    );

    // The raw body, as on desktop and iOS.
    let v = m
        .call_with("photo_open", InvokeBody::Raw(solvay.clone()))
        .unwrap();
    assert_eq!(v["lines"][0]["kind"], "position");
    assert_eq!(v["lines"][0]["text"], "Position: 60.79420, 11.06780");
    assert_eq!(
        (v["width"].clone(), v["height"].clone()),
        (json!(1666), json!(1136))
    );
    assert_eq!(v["clean"], false);

    // Base64 text, as the page sends it on Android; and the number array
    // Tauri's own script would make of a byte array there.
    let b64 = base64::engine::general_purpose::STANDARD.encode(&solvay);
    let v64 = m.ok("photo_open", json!({ "base64": b64 }));
    assert_eq!(v64["lines"], v["lines"]);
    let small = fixtures::jpeg(
        &image::DynamicImage::ImageRgb8(fixtures::noise(64, 48, 1)),
        80,
    );
    let varray = m
        .call_with("photo_open", InvokeBody::Json(json!(small)))
        .unwrap();
    assert_eq!(varray["lines"][0]["kind"], "nothing");
    assert_eq!(
        m.err("photo_open", json!({"base64": "not base64!"})),
        json!({"code": "invalid-input", "field": "photo", "reason": "the body is not a photo's bytes"})
    );
    assert_eq!(
        m.call_with("photo_open", InvokeBody::Raw(b"GIF89a".to_vec()))
            .unwrap_err(),
        json!({"code": "photo-not-an-image", "field": "photo"})
    );
    // A failed pick leaves nothing open.
    assert_eq!(m.err("photo_faces", json!({}))["code"], "photo-none");

    m.call_with("photo_open", InvokeBody::Raw(solvay)).unwrap();
    let faces = m.ok("photo_faces", json!({}));
    let n = faces["faces"].as_array().unwrap().len();
    assert!(n >= 25, "{n} faces");
    assert_eq!(faces["found"], format!("{n} faces found."));

    // Saving hides the faces and writes where the test says (no dialog on
    // the mock runtime); the copy carries nothing but its picture.
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("copy.jpg");
    std::env::set_var(crate::hooks::SAVE_TO_ENV, &target);
    let saved = m.ok("photo_save", json!({ "regions": faces["faces"] }));
    std::env::remove_var(crate::hooks::SAVE_TO_ENV);
    assert_eq!(saved["saved"], true);
    assert_eq!(saved["text"], "The clean copy has been saved.");
    assert_eq!(
        saved["carries"],
        json!([{"kind": "carries-nothing", "text": "No metadata.", "note": null}])
    );
    let written = std::fs::read(&target).unwrap();
    let again = postvett_core::photo::open(written).unwrap();
    assert!(postvett_core::photo::inspect(&again).is_clean());
    assert_eq!(
        m.err(
            "photo_save",
            json!({"regions": [{"x": 0.5, "y": 0.5, "w": 0.9, "h": 0.1}]})
        )["code"],
        "invalid-input"
    );

    m.ok("photo_close", json!({}));
    assert_eq!(
        m.err("photo_save", json!({"regions": []}))["code"],
        "photo-none"
    );
    assert_eq!(m.keys(), keys_before, "a photo check stores nothing");
}
