//! The photo check on photos made as phones make them (`fixtures`): what
//! each gives away, the clean copy (lossless where it can be, the right way
//! up for every orientation, hidden for good), the face search, and bad
//! input of every kind.

use image::{DynamicImage, GenericImageView};

use super::fixtures::{self, Meta};
use super::*;
use crate::i18n::Localizer;

fn dynamic(img: image::RgbImage) -> DynamicImage {
    DynamicImage::ImageRgb8(img)
}

fn phone_photo() -> Vec<u8> {
    fixtures::phone_jpeg(&dynamic(fixtures::noise(320, 240, 1)), &Meta::phone())
}

/// The entropy-coded scans of a JPEG, as the walker finds them.
fn scans(bytes: &[u8]) -> Vec<u8> {
    let w = container::walk(Format::Jpeg, bytes).unwrap();
    // The kept ranges that follow a start-of-scan segment.
    let mut out = Vec::new();
    let mut after_sos = false;
    for r in &w.keep {
        let s = &bytes[r.clone()];
        if after_sos {
            out.extend_from_slice(s);
        }
        after_sos = s.len() > 1 && s[0] == 0xFF && s[1] == 0xDA;
    }
    out
}

#[test]
fn a_phone_photo_gives_away_its_position_time_camera_owner_and_more() {
    let photo = open(phone_photo()).unwrap();
    let f = inspect(&photo);
    let (lat, lon) = f.position.expect("the position is read");
    assert!(
        (lat - 60.79420).abs() < 1e-4 && (lon - 11.06780).abs() < 1e-4,
        "{lat} {lon}"
    );
    assert_eq!(f.taken.unwrap().to_string(), "2026-11-20T14:33:07");
    assert_eq!(f.camera.as_deref(), Some("Postvett Testphone 1"));
    assert_eq!(f.serials, ["SN-0042-TEST"]);
    assert_eq!(f.names, ["Kari Nordmann"], "owner and artist, once");
    assert_eq!(f.software.as_deref(), Some("Testphone OS 17.1"));
    assert_eq!(f.comments, ["Ward 5, night shift", "Postvett test photo"]);
    assert!(f.thumbnail && f.xmp && f.iptc);
    assert!(!f.is_clean());

    let l = Localizer::embedded();
    let v = view(&photo, &f, l, "en").unwrap();
    let text: Vec<_> = v.lines.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(text[0], "Position: 60.79420, 11.06780");
    assert_eq!(
        v.lines[0].note.as_deref(),
        Some("Anyone who downloads the photo can see where it was taken.")
    );
    assert!(
        text.contains(&"Taken: Friday 20 November 2026 14:33"),
        "{text:?}"
    );
    assert!(text.contains(&"Name: Kari Nordmann"));
    assert!(text.contains(&"A small copy of the original picture is hidden inside the photo."));
    for lang in l.languages() {
        let v = view(&photo, &f, l, lang).unwrap();
        assert_eq!(v.lines.len(), 11, "{lang}: {:?}", v.lines);
        assert!(!v.received.is_empty());
    }
}

#[test]
fn the_lossless_copy_carries_nothing_and_keeps_the_jpeg_data_untouched() {
    let bytes = phone_photo();
    let photo = open(bytes.clone()).unwrap();
    let c = clean(&photo, &[]).unwrap();
    assert!(c.lossless);
    assert_eq!(
        scans(&c.bytes),
        scans(&bytes),
        "the entropy-coded data is untouched"
    );
    let before = image::load_from_memory(&bytes).unwrap();
    let after = image::load_from_memory(&c.bytes).unwrap();
    assert_eq!(before.to_rgb8(), after.to_rgb8(), "the same pixels");
    let again = open(c.bytes.clone()).unwrap();
    let f = inspect(&again);
    assert!(f.is_clean(), "{f:?}");
    assert_eq!(f, Findings::default(), "not even a profile was there");
    let l = Localizer::embedded();
    assert_eq!(carries(&f, l, "en").unwrap()[0].text, "No metadata.");
    // A copy smaller by what it carried, and no kamadak-exif finds nothing.
    assert!(c.bytes.len() < bytes.len());
    assert!(exif::Reader::new()
        .read_from_container(&mut std::io::Cursor::new(&c.bytes))
        .is_err());
}

#[test]
fn the_colour_profile_is_the_one_thing_kept() {
    let img = dynamic(fixtures::noise(40, 30, 2));
    // An ICC profile is opaque to the container: any bytes do here.
    let profile = b"a made-up colour profile for the test".to_vec();
    let mut bytes = fixtures::png(&img, Some(profile.clone()));
    // A text chunk and an eXIf chunk before the data.
    let idat = bytes.windows(4).position(|w| w == b"IDAT").unwrap() - 4;
    let mut extra = Vec::new();
    for (kind, data) in [
        (&b"tEXt"[..], &b"Author\0Kari Nordmann"[..]),
        (b"eXIf", &fixtures::exif(&Meta::phone())[..]),
    ] {
        extra.extend_from_slice(&(data.len() as u32).to_be_bytes());
        extra.extend_from_slice(kind);
        extra.extend_from_slice(data);
        extra.extend_from_slice(&[0; 4]);
    }
    bytes.splice(idat..idat, extra);
    let photo = open(bytes).unwrap();
    let f = inspect(&photo);
    assert!(
        f.colour_profile
            && f.position.is_some()
            && f.comments.contains(&"Kari Nordmann".to_owned()),
        "{f:?}"
    );
    let c = clean(&photo, &[]).unwrap();
    assert!(c.lossless);
    let f = inspect(&open(c.bytes.clone()).unwrap());
    assert!(f.is_clean() && f.colour_profile, "{f:?}");
    let l = Localizer::embedded();
    assert_eq!(
        carries(&f, l, "nb").unwrap()[0].text,
        "Ingen metadata, bare fargeprofilen."
    );
    let copy = image::load_from_memory(&c.bytes).unwrap();
    assert_eq!(copy.to_rgb8(), img.to_rgb8());
}

/// An asymmetric picture: a red block in one corner of a grey field.
fn marked(w: u32, h: u32) -> DynamicImage {
    dynamic(image::RgbImage::from_fn(w, h, |x, y| {
        if x < w / 4 && y < h / 4 {
            image::Rgb([220, 20, 20])
        } else {
            image::Rgb([120, 120, 120])
        }
    }))
}

#[test]
fn every_orientation_is_turned_into_the_pixels_and_the_tag_is_gone() {
    let shown = marked(48, 32);
    for o in 1..=8u8 {
        // What the camera stored: the shown picture turned back.
        let stored = {
            let mut s = shown.clone();
            let inverse = match o {
                6 => 8,
                8 => 6,
                other => other,
            };
            s.apply_orientation(image::metadata::Orientation::from_exif(inverse).unwrap());
            s
        };
        let meta = Meta {
            orientation: Some(u16::from(o)),
            ..Meta::default()
        };
        let bytes = fixtures::png(&stored, None);
        let idat = bytes.windows(4).position(|w| w == b"IDAT").unwrap() - 4;
        let tiff = fixtures::exif(&meta);
        let mut chunk = (tiff.len() as u32).to_be_bytes().to_vec();
        chunk.extend_from_slice(b"eXIf");
        chunk.extend_from_slice(&tiff);
        chunk.extend_from_slice(&[0; 4]);
        let mut bytes = bytes;
        bytes.splice(idat..idat, chunk);
        let photo = open(bytes).unwrap();
        assert_eq!(photo.orientation(), o);
        assert_eq!(photo.shown_size(), (48, 32), "orientation {o}");
        let c = clean(&photo, &[]).unwrap();
        assert_eq!(c.lossless, o == 1, "orientation {o}");
        let copy = image::load_from_memory(&c.bytes).unwrap();
        assert_eq!(
            copy.to_rgb8(),
            shown.to_rgb8(),
            "orientation {o} stands the right way up"
        );
        let again = open(c.bytes).unwrap();
        assert_eq!(again.orientation(), 1, "orientation {o}: no tag left");
        assert!(inspect(&again).is_clean());
    }
    // A JPEG too: the red corner ends up top left.
    let stored = {
        let mut s = marked(64, 48);
        s.apply_orientation(image::metadata::Orientation::Rotate90);
        s
    };
    let meta = Meta {
        orientation: Some(8),
        ..Meta::default()
    };
    let bytes = fixtures::with_segments(
        &fixtures::jpeg(&stored, 95),
        &[fixtures::app1_exif(&fixtures::exif(&meta))],
    );
    let c = clean(&open(bytes).unwrap(), &[]).unwrap();
    let copy = image::load_from_memory(&c.bytes).unwrap().to_rgb8();
    assert_eq!(copy.dimensions(), (64, 48));
    let red = copy.get_pixel(4, 4);
    let grey = copy.get_pixel(60, 44);
    assert!(red[0] > 180 && red[1] < 80, "{red:?}");
    assert!((grey[0] as i32 - 120).abs() < 20, "{grey:?}");
}

fn variance(img: &image::RgbImage, x0: u32, y0: u32, x1: u32, y1: u32) -> f64 {
    let mut values = Vec::new();
    for y in y0..y1 {
        for x in x0..x1 {
            let p = img.get_pixel(x, y);
            values.push(f64::from(p[0]) + f64::from(p[1]) + f64::from(p[2]));
        }
    }
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / values.len() as f64
}

#[test]
fn a_hidden_region_is_blocks_of_one_colour_with_nothing_of_the_original() {
    let original = dynamic(fixtures::noise(200, 160, 3));
    let mut hidden = original.clone();
    let region = Region::new(0.1, 0.2, 0.5, 0.6); // 100 × 96 pixels from (20, 32)
    mosaic(&mut hidden, region);
    let (o, h) = (original.to_rgb8(), hidden.to_rgb8());
    // 8 × 8 blocks of 12 or 13 by 12 pixels, each one colour.
    for by in 0..8u32 {
        for bx in 0..8u32 {
            let (x0, x1) = (20 + 100 * bx / 8, 20 + 100 * (bx + 1) / 8);
            let (y0, y1) = (32 + 96 * by / 8, 32 + 96 * (by + 1) / 8);
            assert!(
                x1 - x0 >= 100 / 8 && y1 - y0 >= 96 / 8,
                "a block is at least 1/8 of the region"
            );
            let first = *h.get_pixel(x0, y0);
            for y in y0..y1 {
                for x in x0..x1 {
                    assert_eq!(*h.get_pixel(x, y), first, "block {bx},{by} is one colour");
                }
            }
            assert!(
                variance(&o, x0, y0, x1, y1) > 100.0,
                "the original had detail there"
            );
        }
    }
    // Outside the region nothing changed.
    assert_eq!(o.get_pixel(5, 5), h.get_pixel(5, 5));
    assert_eq!(o.get_pixel(150, 150), h.get_pixel(150, 150));

    // And in the saved copy (a JPEG encoded again) the blocks stay flat:
    // the original's variance is gone.
    let bytes = fixtures::phone_jpeg(&original, &Meta::phone());
    let c = clean(&open(bytes).unwrap(), &[region]).unwrap();
    assert!(!c.lossless);
    let copy = image::load_from_memory(&c.bytes).unwrap().to_rgb8();
    for by in 0..8u32 {
        for bx in 0..8u32 {
            // Inside each block, away from its edges (JPEG rings a little there).
            let (x0, x1) = (20 + 100 * bx / 8 + 3, 20 + 100 * (bx + 1) / 8 - 3);
            let (y0, y1) = (32 + 96 * by / 8 + 3, 32 + 96 * (by + 1) / 8 - 3);
            let before = variance(&o, x0, y0, x1, y1);
            let after = variance(&copy, x0, y0, x1, y1);
            assert!(
                after < before / 20.0,
                "block {bx},{by}: variance {after} against {before}"
            );
        }
    }
    assert!(inspect(&open(c.bytes).unwrap()).is_clean());
}

#[test]
fn regions_from_the_page_are_checked() {
    let photo = open(phone_photo()).unwrap();
    for bad in [
        Region {
            x: -0.1,
            y: 0.0,
            w: 0.5,
            h: 0.5,
        },
        Region {
            x: 0.6,
            y: 0.0,
            w: 0.5,
            h: 0.5,
        },
        Region {
            x: 0.0,
            y: 0.0,
            w: 0.0,
            h: 0.5,
        },
        Region {
            x: f64::NAN,
            y: 0.0,
            w: 0.1,
            h: 0.1,
        },
    ] {
        assert_eq!(
            clean(&photo, &[bad]).unwrap_err().code(),
            "invalid-input",
            "{bad:?}"
        );
    }
    let many = vec![Region::new(0.0, 0.0, 0.1, 0.1); hide::REGIONS_MAX + 1];
    assert_eq!(clean(&photo, &many).unwrap_err().code(), "invalid-input");
}

#[test]
fn the_solvay_photo_has_at_least_25_faces_found_and_noise_none() {
    let solvay = fixtures::solvay();
    let photo = open(fixtures::jpeg(&solvay, 92)).unwrap();
    let faces = detect(&photo).unwrap();
    eprintln!("Solvay: {} faces found", faces.len());
    assert!(faces.len() >= 25, "{} faces", faces.len());
    assert!(
        faces.len() <= 32,
        "{} faces: more than there are",
        faces.len()
    );
    for f in &faces {
        assert!(
            f.w > 0.0 && f.h > 0.0 && f.x + f.w <= 1.0 && f.y + f.h <= 1.0,
            "{f:?}"
        );
        // The faces are in the upper part of the picture.
        assert!(f.y < 0.35, "{f:?}");
    }
    let none = open(fixtures::jpeg(&dynamic(fixtures::noise(800, 600, 4)), 90)).unwrap();
    assert_eq!(detect(&none).unwrap(), [], "no face in noise");
    let flat = open(fixtures::png(
        &dynamic(image::RgbImage::from_pixel(
            640,
            480,
            image::Rgb([200, 200, 200]),
        )),
        None,
    ))
    .unwrap();
    assert_eq!(detect(&flat).unwrap(), []);
    let l = Localizer::embedded();
    let v = faces_view(&faces, l, "en").unwrap();
    assert_eq!(v.found, format!("{} faces found.", faces.len()));
    assert!(v.ask.is_some());
    assert_eq!(v.rules.len(), 2);
    assert_eq!(
        faces_view(&[], l, "nb").unwrap().found,
        "Fant ingen ansikter som vender mot kameraet."
    );
}

#[test]
fn what_is_not_a_photo_we_can_read_gets_its_own_error() {
    let code = |b: Vec<u8>| open(b).unwrap_err().code();
    assert_eq!(
        code(b"just some text, not a picture".to_vec()),
        "photo-not-an-image"
    );
    assert_eq!(
        code(b"GIF89a\x01\x00\x01\x00".to_vec()),
        "photo-not-an-image"
    );
    assert_eq!(
        code(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec()),
        "photo-heic"
    );
    let bytes = phone_photo();
    for cut in [3, 20, 200, bytes.len() / 2, bytes.len() - 3] {
        assert_eq!(code(bytes[..cut].to_vec()), "photo-corrupt", "cut at {cut}");
    }
    let mut big = bytes.clone();
    big.resize(MAX_BYTES + 1, 0);
    assert_eq!(code(big), "photo-too-large");
}

#[test]
fn a_decompression_bomb_is_refused_from_its_header_before_any_decoding() {
    // A PNG whose header claims 100 000 × 100 000 pixels, and one IDAT.
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = 100_000u32.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&100_000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    for (kind, data) in [
        (&b"IHDR"[..], &ihdr[..]),
        (b"IDAT", &[0x78, 0x9c, 0x03, 0x00][..]),
        (b"IEND", &[][..]),
    ] {
        png.extend_from_slice(&(data.len() as u32).to_be_bytes());
        png.extend_from_slice(kind);
        png.extend_from_slice(data);
        let mut crc = crc(kind);
        crc = crc_more(crc, data);
        png.extend_from_slice(&(!crc).to_be_bytes());
    }
    let started = std::time::Instant::now();
    assert_eq!(open(png).unwrap_err().code(), "photo-too-many-pixels");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(5),
        "nothing was decoded"
    );
    // A JPEG whose frame claims 60 000 × 60 000.
    let mut jpeg = phone_photo();
    // The picture's own frame, after the thumbnail's inside the EXIF.
    let sof = jpeg.windows(2).rposition(|w| w == [0xFF, 0xC0]).unwrap();
    jpeg[sof + 5..sof + 9].copy_from_slice(&[0xEA, 0x60, 0xEA, 0x60]);
    assert_eq!(open(jpeg).unwrap_err().code(), "photo-too-many-pixels");
}

fn crc(data: &[u8]) -> u32 {
    crc_more(0xFFFF_FFFF, data)
}

fn crc_more(mut c: u32, data: &[u8]) -> u32 {
    for &b in data {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    c
}

#[test]
fn a_huge_exif_block_or_looping_offsets_are_reported_and_still_removed() {
    // An eXIf chunk larger than EXIF_MAX.
    let img = dynamic(fixtures::noise(32, 24, 5));
    let mut bytes = fixtures::png(&img, None);
    let idat = bytes.windows(4).position(|w| w == b"IDAT").unwrap() - 4;
    let huge = vec![0x4D; EXIF_MAX + 10];
    let mut chunk = (huge.len() as u32).to_be_bytes().to_vec();
    chunk.extend_from_slice(b"eXIf");
    chunk.extend_from_slice(&huge);
    chunk.extend_from_slice(&[0; 4]);
    bytes.splice(idat..idat, chunk);
    let photo = open(bytes).unwrap();
    let f = inspect(&photo);
    assert!(f.too_large && !f.unreadable, "{f:?}");
    let c = clean(&photo, &[]).unwrap();
    assert!(inspect(&open(c.bytes).unwrap()).is_clean());

    // An IFD whose next-IFD offset points back at itself, and a GPS pointer
    // into nowhere.
    let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec();
    tiff.extend_from_slice(&[0, 2]); // two entries
    tiff.extend_from_slice(&[0x01, 0x0F, 0, 2, 0, 0, 0, 4]); // Make, ASCII, 4 bytes
    tiff.extend_from_slice(b"Ab\0\0");
    tiff.extend_from_slice(&[0x88, 0x25, 0, 4, 0, 0, 0, 1, 0x7F, 0xFF, 0xFF, 0xF0]); // GPS IFD far away
    tiff.extend_from_slice(&[0, 0, 0, 8]); // next IFD: itself
    let bytes = fixtures::with_segments(&fixtures::jpeg(&img, 80), &[fixtures::app1_exif(&tiff)]);
    let photo = open(bytes).unwrap();
    let f = inspect(&photo);
    assert!(f.unreadable, "{f:?}");
    let c = clean(&photo, &[]).unwrap();
    assert!(inspect(&open(c.bytes).unwrap()).is_clean());
}

#[test]
fn data_after_the_picture_is_found_and_dropped() {
    let mut bytes = phone_photo();
    let second = fixtures::jpeg(&dynamic(fixtures::noise(16, 16, 6)), 50);
    bytes.extend_from_slice(&second);
    let photo = open(bytes).unwrap();
    assert!(inspect(&photo).extra);
    let c = clean(&photo, &[]).unwrap();
    assert!(!c
        .bytes
        .windows(second.len())
        .any(|w| w == second.as_slice()));
    assert!(c.bytes.ends_with(&[0xFF, 0xD9]));
}

mod fuzz {
    use proptest::prelude::*;

    use super::super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Arbitrary bytes, with each format's signature or without:
        /// opening, reading and cleaning return a value or a typed error.
        #[test]
        fn arbitrary_bytes_never_panic(prefix in 0usize..4, body in prop::collection::vec(any::<u8>(), 0..2048)) {
            let signatures: [&[u8]; 4] = [b"", b"\xFF\xD8\xFF", b"\x89PNG\r\n\x1a\n", b"RIFF\x00\x01\x00\x00WEBP"];
            let mut bytes = signatures[prefix].to_vec();
            bytes.extend_from_slice(&body);
            if let Ok(photo) = open(bytes) {
                let _ = inspect(&photo);
                let _ = clean(&photo, &[]);
            }
        }

        /// A real photo with bytes changed at random: the same.
        #[test]
        fn a_damaged_photo_never_panics(at in prop::collection::vec((0usize..4000, any::<u8>()), 1..8)) {
            let mut bytes = super::phone_photo();
            for (i, b) in at {
                let i = i % bytes.len();
                bytes[i] = b;
            }
            if let Ok(photo) = open(bytes) {
                let _ = inspect(&photo);
                let _ = clean(&photo, &[Region::new(0.1, 0.1, 0.2, 0.2)]);
            }
        }
    }
}

#[test]
fn a_photo_of_a_few_pixels_is_not_searched_and_still_cleaned() {
    let tiny = open(fixtures::png(&dynamic(fixtures::noise(8, 8, 7)), None)).unwrap();
    assert_eq!(detect(&tiny).unwrap(), []);
    let c = clean(&tiny, &[Region::new(0.0, 0.0, 1.0, 1.0)]).unwrap();
    let copy = image::load_from_memory(&c.bytes).unwrap();
    assert_eq!(copy.dimensions(), (8, 8));
}

/// Not a test: prints the face count and time for settings of the search
/// (`cargo test -p postvett-core --release -- --ignored tune --nocapture`).
#[test]
#[ignore]
fn tune_the_face_search() {
    let photo = open(fixtures::jpeg(&fixtures::solvay(), 92)).unwrap();
    for long_side in [1024, 1152, 1280, 1408] {
        for pyramid in [0.7f32, 0.75, 0.8] {
            for step in [3u32, 4, 5] {
                let d = Detector {
                    long_side,
                    pyramid,
                    step,
                    ..Detector::default()
                };
                let t = std::time::Instant::now();
                let n = d.detect(&photo).unwrap().len();
                eprintln!(
                    "long {long_side} pyramid {pyramid} step {step}: {n} faces in {:?}",
                    t.elapsed()
                );
            }
        }
    }
}
