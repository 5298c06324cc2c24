//! The photo check's core operations on a 12-megapixel phone JPEG made here
//! (4000 × 3000, with a position, names, XMP, IPTC and a thumbnail): opening
//! it and reading what it carries, the face search, the lossless clean copy,
//! and the clean copy with faces hidden. Also the face search on the Solvay
//! group photo. Run: `cargo bench -p postvett-core --features fixtures
//! --bench photo`. These are figures for docs/performance.md (bench/photo adds the
//! whole app, memory and the comparisons), never assertions in tests.

#![allow(clippy::expect_used)] // benchmark set-up: a failure should stop the run

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use image::DynamicImage;
use postvett_core::i18n::Localizer;
use postvett_core::photo::fixtures::{self, Meta};
use postvett_core::photo::{self, Region};

fn benches(c: &mut Criterion) {
    let twelve = fixtures::phone_jpeg(
        &DynamicImage::ImageRgb8(fixtures::noise(4000, 3000, 12)),
        &Meta::phone(),
    );
    let solvay = fixtures::phone_jpeg(&fixtures::solvay(), &Meta::phone());
    let l = Localizer::embedded();
    let mut g = c.benchmark_group("photo 12 MP");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("open + what it carries (nb)", |b| {
        b.iter(|| {
            let p = photo::open(black_box(twelve.clone())).expect("opens");
            photo::view(&p, &photo::inspect(&p), l, "nb").expect("view")
        })
    });
    let p = photo::open(twelve.clone()).expect("opens");
    g.bench_function("faces", |b| b.iter(|| photo::detect(black_box(&p))));
    g.bench_function("clean, lossless", |b| {
        b.iter(|| photo::clean(black_box(&p), &[]))
    });
    let faces = [
        Region::new(0.1, 0.1, 0.08, 0.1),
        Region::new(0.3, 0.1, 0.08, 0.1),
        Region::new(0.5, 0.1, 0.08, 0.1),
        Region::new(0.7, 0.1, 0.08, 0.1),
        Region::new(0.2, 0.6, 0.3, 0.2),
    ];
    g.bench_function("clean, 5 regions hidden", |b| {
        b.iter(|| photo::clean(black_box(&p), &faces))
    });
    g.finish();
    let s = photo::open(solvay).expect("opens");
    eprintln!(
        "Solvay: {} faces found",
        photo::detect(&s).expect("searches").len()
    );
    let mut g = c.benchmark_group("photo Solvay 1666x1136");
    g.sample_size(10);
    g.bench_function("faces", |b| b.iter(|| photo::detect(black_box(&s))));
    g.finish();
}

criterion_group!(photo_benches, benches);
criterion_main!(photo_benches);
