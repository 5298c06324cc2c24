//! A whole photo check as one process, for bench/photo: its peak memory,
//! and the lossless clean as a whole command beside `exiftool -all=`.
//!
//! - `photo_check make <out.jpg>`: writes the benchmark's 12-megapixel phone
//!   JPEG (4000 × 3000, with a position, names, XMP, IPTC and a thumbnail);
//! - `photo_check clean <in> <out>`: the clean copy without hiding;
//! - `photo_check check <in>`: what it carries, the faces, and the copy with
//!   the faces hidden, as the app does after a pick and a save;
//! - `photo_check idle`: nothing (the process's own memory, to subtract).

#![allow(clippy::expect_used)] // a benchmark tool: a failure should stop the run

use image::DynamicImage;
use postvett_core::i18n::Localizer;
use postvett_core::photo::{self, fixtures};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["make", out] => {
            let image = DynamicImage::ImageRgb8(fixtures::noise(4000, 3000, 12));
            std::fs::write(out, fixtures::phone_jpeg(&image, &fixtures::Meta::phone()))
                .expect("writes");
        }
        ["clean", input, out] => {
            let p = photo::open(std::fs::read(input).expect("reads")).expect("opens");
            std::fs::write(out, photo::clean(&p, &[]).expect("cleans").bytes).expect("writes");
        }
        ["check", input] => {
            let p = photo::open(std::fs::read(input).expect("reads")).expect("opens");
            let view =
                photo::view(&p, &photo::inspect(&p), Localizer::embedded(), "nb").expect("view");
            let faces = photo::detect(&p).expect("searches");
            let hidden: Vec<_> = photo::faces_view(&faces, Localizer::embedded(), "nb")
                .expect("view")
                .faces;
            let copy = photo::clean(&p, &hidden).expect("cleans");
            println!(
                "{} lines, {} faces, copy of {} bytes",
                view.lines.len(),
                faces.len(),
                copy.bytes.len()
            );
        }
        ["idle"] => {}
        _ => {
            eprintln!("usage: photo_check make <out> | clean <in> <out> | check <in> | idle");
            std::process::exit(2);
        }
    }
}
