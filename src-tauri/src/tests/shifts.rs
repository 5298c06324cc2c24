//! shifts_view, add_shift, remove_shift, set_reminders, dismiss_on_shift.

use serde_json::json;

use super::Mock;

pub fn shifts_are_added_summarised_and_removed(m: &Mock) {
    let v = m.ok("shifts_view", json!({}));
    assert_eq!(v["shifts"], json!([]));
    assert_eq!(v["form"]["start"], "07:00");
    assert_eq!(
        v["form"]["leads"][0],
        json!({"minutes": 0, "label": "When the shift starts"})
    );
    assert_eq!(
        v["form"]["days"][0],
        json!({"id": "mon", "label": "Monday", "checked": true})
    );

    let input = json!({"kind": "weekly", "days": ["mon", "wed"], "start": "22:00", "end": "07:00", "night": true});
    let v = m.ok("add_shift", json!({ "input": input }));
    assert_eq!(
        v["shifts"][0]["summary"],
        "Monday, Wednesday, 22:00–07:00 (night shift)"
    );
    let id = v["shifts"][0]["id"].as_str().unwrap().to_owned();

    let day = json!({"kind": "weekly", "days": ["mon"], "start": "15:00", "end": "07:00"});
    assert_eq!(
        m.err("add_shift", json!({ "input": day })),
        json!({"code": "end-before-start", "field": "end"})
    );
    let none = json!({"kind": "weekly", "days": [], "start": "07:00", "end": "15:00"});
    assert_eq!(
        m.err("add_shift", json!({ "input": none })),
        json!({"code": "no-days", "field": "days"})
    );

    let v = m.ok("set_reminders", json!({"enabled": true, "leadMinutes": 30}));
    assert_eq!(
        (v["enabled"].clone(), v["lead_minutes"].clone()),
        (json!(true), json!(30))
    );
    assert!(
        v["upcoming"][0]["text"]
            .as_str()
            .is_some_and(|t| t.contains(" at 21:30")),
        "{v}"
    );
    assert_eq!(
        m.err("set_reminders", json!({"enabled": true, "leadMinutes": 61})),
        json!({"code": "invalid-input", "field": "lead_minutes", "reason": "must be 0..=60"})
    );

    let v = m.ok("remove_shift", json!({ "id": id }));
    assert_eq!(v["shifts"], json!([]));
    assert_eq!(
        m.err("remove_shift", json!({ "id": id })),
        json!({"code": "not-found", "id": id})
    );

    // A shift every day from 00:00 to 23:59 runs now (but in the day's last
    // minute): its card shows, and dismissing hides it for this shift. It is
    // the only shift, so no other shift can be the one running (the night
    // shift above runs at 22:00 on Mondays and Wednesdays). The clock is read
    // before and after; the card is asserted only when both readings fall in
    // the same day and neither in its last minute.
    let clock = || jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::system());
    let before = clock();
    let always = json!({"kind": "weekly", "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                        "start": "00:00", "end": "23:59"});
    let v = m.ok("add_shift", json!({ "input": always }));
    let all_day = v["shifts"][0]["id"].clone();
    let card = m.ok("on_shift", json!({}));
    let boot = m.ok("bootstrap", json!({}))["on_shift"].clone();
    let dismissed = m.ok("dismiss_on_shift", json!({}));
    let reread = m.ok("on_shift", json!({}));
    let after = clock();
    let last_minute = |t: &jiff::ZonedDateTime| t.hour() == 23 && t.minute() == 59;
    if before.date() == after.date() && !last_minute(&before) && !last_minute(&after) {
        assert_eq!(card["shift"]["shift"], all_day, "{card}");
        assert!(card["steps"]["ios"]
            .as_array()
            .is_some_and(|s| !s.is_empty()));
        assert_eq!(boot, card, "the bootstrap carries the same card");
        assert_eq!(dismissed, json!(null));
        assert_eq!(reread, json!(null), "stays hidden");
    }
    let v = m.ok("remove_shift", json!({ "id": all_day }));
    assert_eq!(v["shifts"], json!([]));
    m.ok(
        "set_reminders",
        json!({"enabled": false, "leadMinutes": 15}),
    );
}
