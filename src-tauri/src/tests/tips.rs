//! tips_view, set_tip_done, reset_tips (which takes no input to refuse).

use serde_json::json;

use super::Mock;

pub fn ticks_are_kept_counted_and_cleared(m: &Mock) {
    let v = m.ok("tips_view", json!({}));
    assert_eq!(
        v["cards"].as_array().map(Vec::len),
        Some(postvett_core::tips::CARDS.len())
    );
    let strava = |v: &serde_json::Value| {
        v["cards"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == "tips-strava")
            .unwrap()
            .clone()
    };
    let total = strava(&v)["steps"].as_array().unwrap().len();
    assert_eq!(strava(&v)["progress"], format!("0 of {total} done"));

    let zone_text = postvett_core::i18n::Localizer::embedded()
        .format("en", "tips-strava-privacy-zone", &Default::default())
        .unwrap();
    let v = m.ok(
        "set_tip_done",
        json!({"step": "tips-strava-privacy-zone", "done": true}),
    );
    assert_eq!(strava(&v)["progress"], format!("1 of {total} done"));
    assert_eq!(
        strava(&v)["steps"][1],
        json!({"id": "tips-strava-privacy-zone", "text": zone_text, "done": true})
    );
    assert_eq!(
        m.err("set_tip_done", json!({"step": "<script>", "done": true})),
        json!({"code": "not-found", "id": "<script>"})
    );
    let v = m.ok("reset_tips", json!({}));
    assert_eq!(strava(&v)["progress"], format!("0 of {total} done"));
}
