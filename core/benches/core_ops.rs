//! Micro-benchmarks of the core's operations, each meant to stay under 1 ms:
//! the checklist verdict, a guideline search (nb and en), all strings for one
//! locale, the decline message, planning the next 100 reminders, and opening
//! the store and reading the settings. Run: `cargo bench -p postvett-core`.
//! These are figures for docs/performance.md, never assertions in tests.

#![allow(clippy::expect_used)] // benchmark set-up: a failure should stop the run

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use jiff::tz::TimeZone;
use postvett_core::checklist::{step, verdict, Answer, Answers};
use postvett_core::content::search::Index;
use postvett_core::decline::{render, DeclineInput, Platform};
use postvett_core::i18n::Localizer;
use postvett_core::schedule::{plan, validate, Day, ShiftInput};
use postvett_core::settings::{LANGUAGE, READER_TEXT_SIZE};
use postvett_core::store::Store;

fn benches(c: &mut Criterion) {
    let l = Localizer::embedded();

    // A photo with others in it, one of whom has not said yes, and the
    // location not sure: the longest path's verdict, and the view drawn.
    let answers: Answers = [
        ("patient", Answer::No),
        ("others-pictured", Answer::Yes),
        ("photo-consent", Answer::No),
        ("colleague-respect", Answer::No),
        ("location", Answer::NotSure),
        ("patient-place", Answer::No),
        ("logo", Answer::Yes),
        ("badge", Answer::No),
        ("internal", Answer::No),
    ]
    .into_iter()
    .map(|(q, a)| (q.to_owned(), a))
    .collect();
    c.bench_function("checklist verdict", |b| {
        b.iter(|| verdict("photo", black_box(&answers)))
    });
    c.bench_function("checklist step view (verdict, nb)", |b| {
        b.iter(|| step("photo", black_box(&answers), l, "nb"))
    });

    for (lang, q) in [("nb", "taushetsplikt"), ("en", "confidentiality")] {
        let index = Index::embedded(lang).expect("index");
        c.bench_function(&format!("search {lang} '{q}'"), |b| {
            b.iter(|| index.search(black_box(q)))
        });
    }

    c.bench_function("all strings nb", |b| b.iter(|| l.all(black_box("nb"))));

    let input = DeclineInput {
        platform: Platform::Instagram,
        other: String::new(),
        name: "Åse Ødegård-Nilsen".into(),
        lang: "nb".into(),
    };
    c.bench_function("decline message", |b| {
        b.iter(|| render(l, black_box(&input)))
    });

    let week = ShiftInput {
        kind: "weekly".into(),
        days: vec![Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri],
        date: String::new(),
        start: "07:00".into(),
        end: "15:00".into(),
        night: false,
    };
    let shifts = vec![validate(&week, &[], uuid::Uuid::new_v4()).expect("valid shift")];
    let tz = TimeZone::get("Europe/Oslo").expect("tz");
    let now = "2026-11-23T12:00:00Z".parse().expect("instant");
    c.bench_function("plan next 100 reminders", |b| {
        b.iter(|| plan(black_box(&shifts), 15, now, &tz, 100))
    });

    let dir = tempfile::tempdir().expect("tempdir");
    {
        let store = Store::open(dir.path()).expect("store");
        store.set(LANGUAGE, &"nb".to_owned()).expect("set");
        store.set(READER_TEXT_SIZE, &2).expect("set");
    }
    // What start-up waits for: the store open with its settings read. Closing
    // happens when the app quits, so it is timed apart (the handle is dropped
    // outside the timing here and inside it below).
    c.bench_function("open store + read settings", |b| {
        b.iter_custom(|iters| {
            let mut opening = std::time::Duration::ZERO;
            for _ in 0..iters {
                let started = std::time::Instant::now();
                let store = Store::open(dir.path()).expect("open");
                let lang = store.get(LANGUAGE).expect("get");
                let size = store.get(READER_TEXT_SIZE).expect("get");
                opening += started.elapsed();
                black_box((lang, size));
                drop(store);
            }
            opening
        })
    });
    c.bench_function("open store + read settings + close", |b| {
        b.iter(|| {
            let store = Store::open(dir.path()).expect("open");
            let lang = store.get(LANGUAGE).expect("get");
            let size = store.get(READER_TEXT_SIZE).expect("get");
            drop(store);
            (lang, size)
        })
    });
}

criterion_group!(core, benches);
criterion_main!(core);
