//! Records, re-read notices and the view, together.

use super::*;
use crate::i18n::Localizer;

fn oslo() -> TimeZone {
    TimeZone::get("Europe/Oslo").unwrap()
}

fn input(doc: &str, date: &str) -> SignOffInput {
    SignOffInput {
        document: doc.into(),
        name: " Åse Ødegård-Nilsen ".into(),
        place: "Hamar".into(),
        date: date.into(),
        signature: "åse ødegård-nilsen".into(),
    }
}

fn now() -> Timestamp {
    "2026-11-23T12:00:00Z".parse().unwrap()
}

#[test]
fn record_list_and_delete() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let s = record(&store, &input("d38049", "2026-11-23"), now(), &oslo()).unwrap();
    assert_eq!(s.id.get_version_num(), 4);
    assert_eq!(
        (s.document.as_str(), s.edition.as_deref()),
        ("d38049", Some("3.02"))
    );
    assert_eq!(s.name, "Åse Ødegård-Nilsen");
    let g = record(&store, &input("guide", "2026-11-20"), now(), &oslo()).unwrap();
    assert_eq!(g.edition, None);
    assert_eq!(list(&store).unwrap().len(), 2);
    delete(&store, &s.id.to_string()).unwrap();
    assert_eq!(list(&store).unwrap(), vec![g]);
    assert_eq!(
        delete(&store, &s.id.to_string()).unwrap_err().code(),
        "not-found"
    );
}

#[test]
fn input_rules() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let err = |i: SignOffInput| record(&store, &i, now(), &oslo()).unwrap_err().code();
    assert_eq!(err(input("d38049", "2026-11-24")), "date-in-future");
    assert_eq!(err(input("d38049", "23.11.2026")), "invalid-input");
    assert_eq!(err(input("nope", "2026-11-23")), "not-found");
    let mut i = input("d38049", "2026-11-23");
    i.signature = "Someone Else".into();
    assert_eq!(err(i), "signature-mismatch");
    let mut i = input("d38049", "2026-11-23");
    i.place = " \u{202e} ".into();
    assert_eq!(err(i), "required");
    let mut i = input("d38049", "2026-11-23");
    i.name = "n".repeat(81);
    assert_eq!(err(i), "too-long");
    // HTML stays text; bidi controls go.
    let mut i = input("d38049", "2026-11-23");
    i.place = "<img src=x onerror=alert(1)>\u{202e}".into();
    let s = record(&store, &i, now(), &oslo()).unwrap();
    assert_eq!(s.place, "<img src=x onerror=alert(1)>");
}

#[test]
fn the_reread_prompt_comes_only_for_an_older_edition() {
    let signed = |edition: &str| SignOff {
        id: Uuid::new_v4(),
        document: "d38049".into(),
        edition: Some(edition.into()),
        name: "A".into(),
        place: "B".into(),
        date: "2024-01-01".parse().unwrap(),
        signature: "A".into(),
        recorded_at: now(),
    };
    let bundled = [("d38049", "3.02")];
    assert_eq!(reread_needed(&[signed("3.01")], &bundled), ["d38049"]);
    assert!(reread_needed(&[signed("3.02")], &bundled).is_empty());
    assert!(
        reread_needed(&[signed("3.01"), signed("3.02")], &bundled).is_empty(),
        "signed again: no prompt, old record kept"
    );
    assert!(reread_needed(&[signed("4.0")], &bundled).is_empty());
    assert!(
        reread_needed(&[], &bundled).is_empty(),
        "never signed: no prompt"
    );
    assert_eq!(bundled_editions(), [("d38049", "3.02")]);
}

#[test]
fn the_view_carries_summaries_receipts_and_today() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let now: Timestamp = "2026-11-23T23:30:00Z".parse().unwrap();
    record(&store, &input("d38049", "2026-11-20"), now, &oslo()).unwrap();
    let l = Localizer::embedded();
    let v = view(&store, l, "en", now, &oslo()).unwrap();
    assert_eq!(
        v.today.to_string(),
        "2026-11-24",
        "today in the phone's zone"
    );
    let s = &v.signoffs[0];
    assert!(s.summary.ends_with(", 20.11.2026"), "{}", s.summary);
    assert!(
        s.summary
            .starts_with("Social media - Guidelines for employees’ use, edition 3.02, "),
        "{}",
        s.summary
    );
    assert!(s.receipt.contains("20.11.2026"));
    assert!(v.reread.is_empty());

    // Signed only in an older edition: a re-read notice, in the language.
    let mut old = list(&store).unwrap().remove(0);
    old.edition = Some("3.01".into());
    store
        .put(Tree::SignOffs, &old.id.to_string(), &old)
        .unwrap();
    let v = view(&store, l, "nb", now, &oslo()).unwrap();
    assert_eq!(v.reread.len(), 1);
    assert_eq!(v.reread[0].document, "d38049");
    assert!(
        v.reread[0].text.contains("(utgave 3.02)"),
        "{}",
        v.reread[0].text
    );
}
