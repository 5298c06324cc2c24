//! Photos made for tests and the benchmark, as a phone writes them: pixels,
//! then EXIF (position, time, camera, serial, owner, software, comment, a
//! thumbnail), XMP, IPTC and a comment. Built here, so nothing personal is
//! committed; only with the `fixtures` feature (and in the crate's tests).

// Test data: a photo that cannot be made is a broken test, said loudly.
#![allow(clippy::expect_used)]

use std::io::Cursor;

use exif::experimental::Writer;
use exif::{Field, In, Rational, Tag, Value};
use image::{DynamicImage, ImageEncoder, RgbImage};

/// A picture of smooth gradients and noise, the same for the same seed.
pub fn noise(w: u32, h: u32, seed: u64) -> RgbImage {
    let mut s = seed | 1;
    RgbImage::from_fn(w, h, |x, y| {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        let n = (s & 0x3f) as u32;
        image::Rgb([
            ((x * 255 / w.max(1)) + n).min(255) as u8,
            ((y * 255 / h.max(1)) + n).min(255) as u8,
            (((x + y) * 127 / (w + h).max(1)) + n).min(255) as u8,
        ])
    })
}

/// `image` as a JPEG at `quality`.
pub fn jpeg(image: &DynamicImage, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    let e = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality);
    image.write_with_encoder(e).expect("encodes");
    out
}

/// `image` as a PNG, with `profile` if given.
pub fn png(image: &DynamicImage, profile: Option<Vec<u8>>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut e = image::codecs::png::PngEncoder::new(&mut out);
    if let Some(p) = profile {
        e.set_icc_profile(p).expect("PNG takes a profile");
    }
    image.write_with_encoder(e).expect("encodes");
    out
}

/// What an EXIF block says.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub orientation: Option<u16>,
    /// Latitude and longitude in degrees.
    pub position: Option<(f64, f64)>,
    /// "2026:11:20 14:33:07".
    pub taken: Option<&'static str>,
    pub make: Option<&'static str>,
    pub model: Option<&'static str>,
    pub serial: Option<&'static str>,
    pub owner: Option<&'static str>,
    pub artist: Option<&'static str>,
    pub software: Option<&'static str>,
    pub comment: Option<&'static str>,
    /// A JPEG thumbnail in IFD1.
    pub thumbnail: Option<Vec<u8>>,
}

impl Meta {
    /// Everything a phone may write about a photo taken at the hospital.
    pub fn phone() -> Meta {
        Meta {
            orientation: Some(1),
            position: Some((60.79420, 11.06780)),
            taken: Some("2026:11:20 14:33:07"),
            make: Some("Postvett"),
            model: Some("Postvett Testphone 1"),
            serial: Some("SN-0042-TEST"),
            owner: Some("Kari Nordmann"),
            artist: Some("Kari Nordmann"),
            software: Some("Testphone OS 17.1"),
            comment: Some("Ward 5, night shift"),
            thumbnail: Some(jpeg(&DynamicImage::ImageRgb8(noise(64, 48, 9)), 60)),
        }
    }
}

fn dms(degrees: f64) -> Value {
    let d = degrees.abs();
    let whole = d.trunc();
    let minutes = (d - whole) * 60.0;
    let m = minutes.trunc();
    let s = ((minutes - m) * 60.0 * 1000.0).round() as u32;
    Value::Rational(vec![
        Rational {
            num: whole as u32,
            denom: 1,
        },
        Rational {
            num: m as u32,
            denom: 1,
        },
        Rational {
            num: s,
            denom: 1000,
        },
    ])
}

fn ascii(tag: Tag, s: &str) -> Field {
    Field {
        tag,
        ifd_num: In::PRIMARY,
        value: Value::Ascii(vec![s.as_bytes().to_vec()]),
    }
}

/// The TIFF structure of an EXIF block saying `meta`.
pub fn exif(meta: &Meta) -> Vec<u8> {
    let mut fields = Vec::new();
    if let Some(o) = meta.orientation {
        fields.push(Field {
            tag: Tag::Orientation,
            ifd_num: In::PRIMARY,
            value: Value::Short(vec![o]),
        });
    }
    if let Some((lat, lon)) = meta.position {
        fields.push(ascii(
            Tag::GPSLatitudeRef,
            if lat < 0.0 { "S" } else { "N" },
        ));
        fields.push(Field {
            tag: Tag::GPSLatitude,
            ifd_num: In::PRIMARY,
            value: dms(lat),
        });
        fields.push(ascii(
            Tag::GPSLongitudeRef,
            if lon < 0.0 { "W" } else { "E" },
        ));
        fields.push(Field {
            tag: Tag::GPSLongitude,
            ifd_num: In::PRIMARY,
            value: dms(lon),
        });
    }
    for (tag, v) in [
        (Tag::DateTimeOriginal, meta.taken),
        (Tag::Make, meta.make),
        (Tag::Model, meta.model),
        (Tag::BodySerialNumber, meta.serial),
        (Tag::CameraOwnerName, meta.owner),
        (Tag::Artist, meta.artist),
        (Tag::Software, meta.software),
    ] {
        if let Some(v) = v {
            fields.push(ascii(tag, v));
        }
    }
    if let Some(c) = meta.comment {
        let mut bytes = b"ASCII\0\0\0".to_vec();
        bytes.extend_from_slice(c.as_bytes());
        fields.push(Field {
            tag: Tag::UserComment,
            ifd_num: In::PRIMARY,
            value: Value::Undefined(bytes, 0),
        });
    }
    let mut w = Writer::new();
    for f in &fields {
        w.push_field(f);
    }
    if let Some(t) = &meta.thumbnail {
        w.set_jpeg(t, In::THUMBNAIL);
    }
    let mut out = Cursor::new(Vec::new());
    w.write(&mut out, false).expect("EXIF writes");
    out.into_inner()
}

/// A JPEG segment: marker, length, payload.
pub fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
    let mut s = vec![0xFF, marker];
    s.extend_from_slice(
        &u16::try_from(payload.len() + 2)
            .expect("a segment is < 64 KiB")
            .to_be_bytes(),
    );
    s.extend_from_slice(payload);
    s
}

/// An APP1 EXIF segment for `tiff`.
pub fn app1_exif(tiff: &[u8]) -> Vec<u8> {
    let mut p = b"Exif\0\0".to_vec();
    p.extend_from_slice(tiff);
    segment(0xE1, &p)
}

/// An APP1 XMP segment naming a person and a place.
pub fn app1_xmp() -> Vec<u8> {
    let mut p = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    p.extend_from_slice(
        br#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="Hamar"><dc:creator><rdf:Seq><rdf:li>Kari Nordmann</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"#,
    );
    segment(0xE1, &p)
}

/// An APP13 Photoshop segment with IPTC: by-line and city.
pub fn app13_iptc() -> Vec<u8> {
    let mut iptc = Vec::new();
    for (ds, v) in [(80u8, &b"Kari Nordmann"[..]), (90, b"Hamar")] {
        iptc.extend_from_slice(&[0x1C, 2, ds]);
        iptc.extend_from_slice(&(v.len() as u16).to_be_bytes());
        iptc.extend_from_slice(v);
    }
    let mut p = b"Photoshop 3.0\08BIM\x04\x04\0\0".to_vec();
    p.extend_from_slice(&(iptc.len() as u32).to_be_bytes());
    p.extend_from_slice(&iptc);
    if iptc.len() % 2 == 1 {
        p.push(0);
    }
    segment(0xED, &p)
}

/// `jpeg` with `segments` put right after its start-of-image marker.
pub fn with_segments(jpeg: &[u8], segments: &[Vec<u8>]) -> Vec<u8> {
    let mut out = jpeg[..2].to_vec();
    for s in segments {
        out.extend_from_slice(s);
    }
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// A phone photo of `w × h` pixels carrying `meta`, XMP, IPTC and a comment.
pub fn phone_jpeg(image: &DynamicImage, meta: &Meta) -> Vec<u8> {
    with_segments(
        &jpeg(image, 90),
        &[
            app1_exif(&exif(meta)),
            app1_xmp(),
            app13_iptc(),
            segment(0xFE, b"Postvett test photo"),
        ],
    )
}

/// The Solvay group photo that rustface ships (29 faces turned to the
/// camera, with the demo's red boxes drawn on them), as a phone JPEG with a
/// position and everything else a phone writes.
pub fn solvay() -> DynamicImage {
    image::load_from_memory(include_bytes!(env!("POSTVETT_FACE_TEST_PNG")))
        .expect("the crate's test.png decodes")
}
