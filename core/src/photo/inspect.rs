//! What a photo carries besides its pixels, read from its blocks: the EXIF
//! fields that give a person or a place away, and the presence of XMP,
//! IPTC, comments, a hidden thumbnail and data after the picture.
//!
//! The EXIF reader (`kamadak-exif`) follows at most eight IFDs, refuses an
//! IFD offset it has seen (so offsets that loop end), and checks every
//! value's offset against the block; a block larger than [`super::EXIF_MAX`]
//! is not read at all. Whatever cannot be read is reported as such, and is
//! removed from the clean copy like everything else.

use exif::{In, Tag, Value};
use jiff::civil::DateTime;

use super::container::{Block, BlockKind};
use super::{Photo, EXIF_MAX};

/// What a photo carries, in no language.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Findings {
    /// Latitude and longitude, in degrees (south and west negative).
    pub position: Option<(f64, f64)>,
    /// When it was taken (the camera's local time, as the camera wrote it).
    pub taken: Option<DateTime>,
    /// The make and model of the phone or camera.
    pub camera: Option<String>,
    /// Serial numbers of the camera body and the lens.
    pub serials: Vec<String>,
    /// Names: the artist, the camera's owner, the copyright holder.
    pub names: Vec<String>,
    /// The software that wrote it.
    pub software: Option<String>,
    /// Comments, captions and text chunks.
    pub comments: Vec<String>,
    /// A small copy of the picture inside it (EXIF or JFIF thumbnail).
    pub thumbnail: bool,
    pub xmp: bool,
    pub iptc: bool,
    /// Further pictures or video stored with it.
    pub extra: bool,
    /// A time stamp besides the EXIF one (PNG `tIME`).
    pub time_stamp: bool,
    /// Blocks of other kinds.
    pub other: usize,
    /// A colour profile (kept in the clean copy).
    pub colour_profile: bool,
    /// Some metadata could not be read.
    pub unreadable: bool,
    /// An EXIF block too large to read.
    pub too_large: bool,
}

impl Findings {
    /// Whether the photo carries anything but its colour profile.
    pub fn is_clean(&self) -> bool {
        Findings {
            colour_profile: false,
            ..self.clone()
        } == Findings::default()
    }
}

/// The longest text shown from a field (longer ones are cut with "…").
const TEXT_MAX: usize = 120;

/// Text from a field: printable, trimmed, short.
fn text(bytes: &[u8]) -> Option<String> {
    let s: String = String::from_utf8_lossy(bytes)
        .chars()
        .map(|c| {
            if c.is_control() || crate::text::is_bidi_control(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.is_empty() {
        return None;
    }
    let mut cut: String = s.chars().take(TEXT_MAX).collect();
    if cut.len() < s.len() {
        cut.push('…');
    }
    Some(cut)
}

fn ascii(exif: &exif::Exif, tag: Tag) -> Option<String> {
    match &exif.get_field(tag, In::PRIMARY)?.value {
        Value::Ascii(parts) => parts.iter().find_map(|p| text(p)),
        _ => None,
    }
}

/// An EXIF UserComment: eight bytes naming the character code, then text.
fn user_comment(exif: &exif::Exif) -> Option<String> {
    let Value::Undefined(bytes, _) = &exif.get_field(Tag::UserComment, In::PRIMARY)?.value else {
        return None;
    };
    let (code, body) = bytes.split_at(bytes.len().min(8));
    if code.starts_with(b"UNICODE") {
        // UCS-2, in the byte order of the TIFF (taken as big-endian here, as
        // most writers do; a wrong guess still shows that there is text).
        let units: Vec<u16> = body
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return text(String::from_utf16_lossy(&units).as_bytes());
    }
    text(body.split(|&b| b == 0).next().unwrap_or_default())
}

fn coordinate(exif: &exif::Exif, tag: Tag, reference: Tag) -> Option<f64> {
    let Value::Rational(v) = &exif.get_field(tag, In::PRIMARY)?.value else {
        return None;
    };
    if v.len() < 3 || v[..3].iter().any(|r| r.denom == 0) {
        return None;
    }
    let degrees = v[0].to_f64() + v[1].to_f64() / 60.0 + v[2].to_f64() / 3600.0;
    let negative = ascii(exif, reference).is_some_and(|r| r.starts_with('S') || r.starts_with('W'));
    let d = if negative { -degrees } else { degrees };
    d.is_finite().then_some(d)
}

/// "2026:11:20 14:33:07" as EXIF writes a time.
fn exif_time(s: &str) -> Option<DateTime> {
    let s = s.trim();
    let date = s.get(..10)?.replace(':', "-");
    let time = s.get(11..19)?;
    format!("{date}T{time}").parse().ok()
}

fn read_exif(payload: &[u8], f: &mut Findings) {
    if payload.len() > EXIF_MAX {
        f.too_large = true;
        return;
    }
    let exif = match exif::Reader::new()
        .continue_on_error(true)
        .read_raw(payload.to_vec())
    {
        Ok(e) => e,
        Err(e) => match e.distill_partial_result(|_| ()) {
            Ok(e) => {
                f.unreadable = true;
                e
            }
            Err(_) => {
                f.unreadable = true;
                return;
            }
        },
    };
    let lat = coordinate(&exif, Tag::GPSLatitude, Tag::GPSLatitudeRef);
    let lon = coordinate(&exif, Tag::GPSLongitude, Tag::GPSLongitudeRef);
    if let (Some(lat), Some(lon)) = (lat, lon) {
        f.position = Some((lat, lon));
    }
    f.taken = ascii(&exif, Tag::DateTimeOriginal)
        .or_else(|| ascii(&exif, Tag::DateTime))
        .and_then(|t| exif_time(&t))
        .or(f.taken);
    let camera: Vec<String> = [Tag::Make, Tag::Model]
        .into_iter()
        .filter_map(|t| ascii(&exif, t))
        .collect();
    if !camera.is_empty() {
        // "Apple iPhone 15": a model often repeats the make.
        let joined = match camera.as_slice() {
            [make, model] if model.to_lowercase().starts_with(&make.to_lowercase()) => {
                model.clone()
            }
            _ => camera.join(" "),
        };
        f.camera = Some(joined);
    }
    for t in [Tag::BodySerialNumber, Tag::LensSerialNumber] {
        f.serials.extend(ascii(&exif, t));
    }
    for t in [Tag::Artist, Tag::CameraOwnerName, Tag::Copyright] {
        if let Some(name) = ascii(&exif, t) {
            if !f.names.contains(&name) {
                f.names.push(name);
            }
        }
    }
    f.software = ascii(&exif, Tag::Software).or(f.software.take());
    f.comments.extend(ascii(&exif, Tag::ImageDescription));
    f.comments.extend(user_comment(&exif));
    if exif
        .get_field(Tag::JPEGInterchangeFormat, In::THUMBNAIL)
        .is_some()
        || exif
            .fields()
            .any(|x| x.ifd_num == In::THUMBNAIL && x.tag == Tag::StripOffsets)
    {
        f.thumbnail = true;
    }
}

/// The EXIF orientation of a photo, 1 to 8 (1 when there is none).
pub(super) fn orientation(photo: &Photo) -> u8 {
    exif_blocks(photo)
        .find_map(|b| {
            let payload = photo.bytes.get(b.payload.clone())?;
            if payload.len() > EXIF_MAX {
                return None;
            }
            let exif = exif::Reader::new()
                .continue_on_error(true)
                .read_raw(payload.to_vec())
                .or_else(|e| e.distill_partial_result(|_| ()))
                .ok()?;
            let o = exif
                .get_field(Tag::Orientation, In::PRIMARY)?
                .value
                .get_uint(0)?;
            u8::try_from(o).ok().filter(|o| (1..=8).contains(o))
        })
        .unwrap_or(1)
}

fn exif_blocks(photo: &Photo) -> impl Iterator<Item = &Block> {
    photo
        .walk
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Exif)
}

/// What `photo` carries.
pub fn inspect(photo: &Photo) -> Findings {
    let mut f = Findings::default();
    for b in &photo.walk.blocks {
        match b.kind {
            BlockKind::Exif => match photo.bytes.get(b.payload.clone()) {
                Some(payload) => read_exif(payload, &mut f),
                None => f.unreadable = true,
            },
            BlockKind::Xmp => f.xmp = true,
            BlockKind::Iptc => f.iptc = true,
            BlockKind::ColourProfile => f.colour_profile = true,
            BlockKind::Comment => match photo.bytes.get(b.payload.clone()).and_then(text) {
                Some(c) => f.comments.push(c),
                None => f.other += 1,
            },
            BlockKind::Thumbnail => f.thumbnail = true,
            BlockKind::Extra => f.extra = true,
            BlockKind::Time => f.time_stamp = true,
            BlockKind::Other => f.other += 1,
            BlockKind::Format => {}
        }
    }
    f.comments.dedup();
    f
}
