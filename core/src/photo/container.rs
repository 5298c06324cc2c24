//! The three containers the photo check takes (JPEG, PNG, WebP), walked by
//! hand: every block a file holds besides its pixels is found and named, and
//! a copy is rebuilt without them, byte for byte otherwise.
//!
//! Walking the segments here, rather than with a general image library, is
//! what makes the copy carry nothing: a JPEG's entropy-coded data is scanned
//! to its end-of-image marker, so what phones append after it (a second
//! picture for the multi-picture format, a motion photo's video, a vendor's
//! trailer) is seen and dropped, as are the segments between progressive
//! scans. Every length is checked against the bytes that are there; a
//! walker never reads past the end and never loops (each step moves on).
//!
//! # What a clean copy keeps
//!
//! Only what the pixels need to be shown as they were taken:
//! - the image data itself (JPEG tables, frame, scans; PNG header, palette,
//!   transparency, data; WebP bitstreams, alpha and animation);
//! - the colour profile (JPEG APP2 `ICC_PROFILE`, PNG `iCCP` and its plain
//!   colour chunks, WebP `ICCP`): phones shoot in wide-gamut colour spaces
//!   (Display P3), and a copy without its profile shows duller, shifted
//!   colours. A profile describes a colour space, not the phone or the
//!   person: the ones phones write are the same for every phone of a model
//!   line;
//! - a JPEG's Adobe APP14 marker, which is not metadata but the colour
//!   transform a decoder must apply (without it some JPEGs decode with
//!   wrong colours). It is twelve bytes of flags.

use std::ops::Range;

use super::{corrupt, FIELD};
use crate::Error;

/// The container formats the check takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Format {
    Jpeg,
    Png,
    Webp,
}

impl Format {
    /// The format of `bytes`, from their signature; HEIC and anything else
    /// is refused with its own error.
    pub fn sniff(bytes: &[u8]) -> Result<Format, Error> {
        match bytes {
            [0xFF, 0xD8, 0xFF, ..] => Ok(Format::Jpeg),
            [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Ok(Format::Png),
            [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => Ok(Format::Webp),
            [_, _, _, _, b'f', b't', b'y', b'p', brand @ ..]
                if brand.starts_with(b"hei")
                    || brand.starts_with(b"hev")
                    || brand.starts_with(b"mif1")
                    || brand.starts_with(b"msf1") =>
            {
                Err(Error::PhotoHeic {
                    field: FIELD.into(),
                })
            }
            _ => Err(Error::PhotoNotAnImage {
                field: FIELD.into(),
            }),
        }
    }

    /// The file name extension and media type of a copy in this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Png => "png",
            Format::Webp => "webp",
        }
    }
}

/// What a block besides the pixels is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// An EXIF block (a TIFF structure): position, time, camera, names …
    Exif,
    /// An XMP packet: can hold the location, people's names and the edit history.
    Xmp,
    /// IPTC fields (in a Photoshop block): creator, city, caption.
    Iptc,
    /// The colour profile: kept.
    ColourProfile,
    /// A comment or text chunk.
    Comment,
    /// A small copy of the picture besides the EXIF one (JFIF extension).
    Thumbnail,
    /// Further pictures or a video stored with this one (multi-picture
    /// format, data after the end of the image).
    Extra,
    /// A time stamp (PNG `tIME`).
    Time,
    /// A header that says only how to show the picture (JFIF's version and
    /// pixel density, without a thumbnail): dropped, but not worth a line.
    Format,
    /// Anything else that is not the pixels.
    Other,
}

/// A block besides the pixels, with where its payload lies in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// The payload (for EXIF: the TIFF structure, without its header).
    pub payload: Range<usize>,
}

/// A walked file: its blocks besides the pixels, and the ranges a clean
/// copy is made of, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Walk {
    pub blocks: Vec<Block>,
    /// The byte ranges of the input that make up a copy without metadata
    /// (for WebP the header is rewritten, see [`rebuild`]).
    pub keep: Vec<Range<usize>>,
}

fn be16(b: &[u8], at: usize) -> Result<usize, Error> {
    let s = b.get(at..at + 2).ok_or_else(corrupt)?;
    Ok(u16::from_be_bytes([s[0], s[1]]) as usize)
}

fn be32(b: &[u8], at: usize) -> Result<usize, Error> {
    let s = b.get(at..at + 4).ok_or_else(corrupt)?;
    Ok(u32::from_be_bytes([s[0], s[1], s[2], s[3]]) as usize)
}

fn le32(b: &[u8], at: usize) -> Result<usize, Error> {
    let s = b.get(at..at + 4).ok_or_else(corrupt)?;
    Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize)
}

/// Walks a file of `format`.
pub fn walk(format: Format, b: &[u8]) -> Result<Walk, Error> {
    match format {
        Format::Jpeg => walk_jpeg(b),
        Format::Png => walk_png(b),
        Format::Webp => walk_webp(b),
    }
}

const SOI: u8 = 0xD8;
const EOI: u8 = 0xD9;
const SOS: u8 = 0xDA;
const APP0: u8 = 0xE0;
const APP1: u8 = 0xE1;
const APP2: u8 = 0xE2;
const APP13: u8 = 0xED;
const APP14: u8 = 0xEE;
const COM: u8 = 0xFE;

/// The kind of a JPEG APPn or COM segment from its payload, or `None` for
/// a segment the picture is made of.
fn jpeg_kind(marker: u8, payload: &[u8]) -> Option<(BlockKind, usize)> {
    match marker {
        APP0 if payload.starts_with(b"JFXX\0") => Some((BlockKind::Thumbnail, 0)),
        // JFIF carries the pixel density, and may carry a thumbnail.
        APP0 if payload.starts_with(b"JFIF\0")
            && payload.get(12..14).is_some_and(|t| t != [0, 0]) =>
        {
            Some((BlockKind::Thumbnail, 0))
        }
        APP0 if payload.starts_with(b"JFIF\0") => Some((BlockKind::Format, 0)),
        APP1 if payload.starts_with(b"Exif\0\0") => Some((BlockKind::Exif, 6)),
        APP1 if payload.starts_with(b"http://ns.adobe.com/xap/1.0/\0") => {
            Some((BlockKind::Xmp, 29))
        }
        APP1 if payload.starts_with(b"http://ns.adobe.com/xmp/extension/\0") => {
            Some((BlockKind::Xmp, 35))
        }
        APP2 if payload.starts_with(b"ICC_PROFILE\0") => Some((BlockKind::ColourProfile, 14)),
        APP2 if payload.starts_with(b"MPF\0") => Some((BlockKind::Extra, 4)),
        APP13 if payload.starts_with(b"Photoshop 3.0\0") && iptc_in_8bim(&payload[14..]) => {
            Some((BlockKind::Iptc, 14))
        }
        APP14 if payload.starts_with(b"Adobe") => None,
        COM => Some((BlockKind::Comment, 0)),
        0xE0..=0xEF => Some((BlockKind::Other, 0)),
        _ => None,
    }
}

/// Whether a Photoshop block holds IPTC data (resource 0x0404).
fn iptc_in_8bim(mut b: &[u8]) -> bool {
    while b.len() >= 12 && b.starts_with(b"8BIM") {
        let id = u16::from_be_bytes([b[4], b[5]]);
        let name = b[6] as usize;
        let name_len = (1 + name + 1) & !1; // a Pascal string padded to even
        let size_at = 6 + name_len;
        if size_at + 4 > b.len() {
            return false;
        }
        let size = u32::from_be_bytes([b[size_at], b[size_at + 1], b[size_at + 2], b[size_at + 3]])
            as usize;
        if id == 0x0404 && size > 0 {
            return true;
        }
        let next = size_at + 4 + ((size + 1) & !1);
        if next > b.len() {
            return false;
        }
        b = &b[next..];
    }
    false
}

fn walk_jpeg(b: &[u8]) -> Result<Walk, Error> {
    let mut blocks = Vec::new();
    let mut keep = Vec::new();
    keep.push(0..2); // the start-of-image marker
    let mut at = 2;
    let mut scanned = false;
    loop {
        // A marker: 0xFF (fill bytes may repeat it) and a code.
        if b.get(at) != Some(&0xFF) {
            return Err(corrupt());
        }
        let start = at;
        while b.get(at) == Some(&0xFF) {
            at += 1;
        }
        let marker = *b.get(at).ok_or_else(corrupt)?;
        at += 1;
        match marker {
            EOI => {
                keep.push(start..at);
                if at < b.len() && b[at..].iter().any(|&x| x != 0) {
                    blocks.push(Block {
                        kind: BlockKind::Extra,
                        payload: at..b.len(),
                    });
                }
                break;
            }
            // Standalone markers carry no length.
            0x01 | 0xD0..=0xD7 => {
                keep.push(start..at);
                continue;
            }
            SOI => return Err(corrupt()),
            _ => {}
        }
        let len = be16(b, at)?;
        if len < 2 {
            return Err(corrupt());
        }
        let end = at
            .checked_add(len)
            .filter(|&e| e <= b.len())
            .ok_or_else(corrupt)?;
        let payload = at + 2..end;
        at = end;
        match jpeg_kind(marker, &b[payload.clone()]) {
            Some((kind, skip)) => {
                let payload = payload.start + skip.min(payload.len())..payload.end;
                if kind == BlockKind::ColourProfile {
                    keep.push(start..end);
                }
                blocks.push(Block { kind, payload });
            }
            None => keep.push(start..end),
        }
        if marker == SOS {
            // The entropy-coded data: up to the next marker that is not a
            // stuffed zero, a restart marker or a fill byte.
            let data = at;
            loop {
                let ff = b[at..]
                    .iter()
                    .position(|&x| x == 0xFF)
                    .map(|p| at + p)
                    .ok_or_else(corrupt)?;
                let mut next = ff + 1;
                while b.get(next) == Some(&0xFF) {
                    next += 1;
                }
                match b.get(next) {
                    None => return Err(corrupt()),
                    Some(0x00 | 0xD0..=0xD7) => at = next + 1,
                    Some(_) => {
                        at = ff;
                        break;
                    }
                }
            }
            keep.push(data..at);
            scanned = true;
        }
    }
    if !scanned {
        return Err(corrupt());
    }
    Ok(Walk { blocks, keep })
}

/// PNG chunks a copy keeps: the picture and its colour (the profile and
/// the plain colour chunks that stand in for one), and animation frames.
const PNG_KEEP: &[&[u8; 4]] = &[
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT",
    b"cICP", b"mDCv", b"cLLi", b"acTL", b"fcTL", b"fdAT",
];

fn walk_png(b: &[u8]) -> Result<Walk, Error> {
    let mut blocks = Vec::new();
    let mut keep = Vec::new();
    keep.push(0..8); // the signature
    let mut at = 8;
    loop {
        let len = be32(b, at)?;
        let kind: [u8; 4] = b
            .get(at + 4..at + 8)
            .ok_or_else(corrupt)?
            .try_into()
            .map_err(|_| corrupt())?;
        let data = at + 8;
        let end = data
            .checked_add(len)
            .and_then(|e| e.checked_add(4))
            .filter(|&e| e <= b.len())
            .ok_or_else(corrupt)?;
        let payload = data..data + len;
        let block = match &kind {
            b"eXIf" => Some((BlockKind::Exif, payload.clone())),
            b"iTXt" if b[payload.clone()].starts_with(b"XML:com.adobe.xmp\0") => {
                Some((BlockKind::Xmp, payload.clone()))
            }
            // A comment's payload is its readable text: after the keyword,
            // and for international text after its flags, language and
            // translated keyword; compressed text is empty (counted, not read).
            b"tEXt" | b"zTXt" | b"iTXt" => {
                Some((BlockKind::Comment, png_text(&kind, b, payload.clone())))
            }
            b"tIME" => Some((BlockKind::Time, payload.clone())),
            b"iCCP" => Some((BlockKind::ColourProfile, payload.clone())),
            k if PNG_KEEP.contains(&k) => None,
            _ => Some((BlockKind::Other, payload.clone())),
        };
        if let Some((kind, payload)) = block {
            blocks.push(Block { kind, payload });
        }
        if PNG_KEEP.contains(&&kind) {
            keep.push(at..end);
        }
        at = end;
        if &kind == b"IEND" {
            if b[at..].iter().any(|&x| x != 0) {
                blocks.push(Block {
                    kind: BlockKind::Extra,
                    payload: at..b.len(),
                });
            }
            break;
        }
    }
    Ok(Walk { blocks, keep })
}

/// Where the readable text of a PNG text chunk lies (empty when compressed).
fn png_text(kind: &[u8; 4], b: &[u8], payload: Range<usize>) -> Range<usize> {
    let empty = payload.end..payload.end;
    let chunk = &b[payload.clone()];
    let after_null = |from: usize| {
        chunk[from..]
            .iter()
            .position(|&x| x == 0)
            .map(|p| from + p + 1)
    };
    let Some(text) = after_null(0) else {
        return empty;
    };
    let start = match kind {
        b"tEXt" => Some(text),
        // Compression flag 0, method, then the language and translated keyword.
        b"iTXt" if chunk.get(text) == Some(&0) => after_null(text + 2).and_then(after_null),
        _ => None,
    };
    start
        .filter(|&s| s <= chunk.len())
        .map_or(empty, |s| payload.start + s..payload.end)
}

/// WebP chunks a copy keeps.
const WEBP_KEEP: &[&[u8; 4]] = &[
    b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP",
];

fn walk_webp(b: &[u8]) -> Result<Walk, Error> {
    let riff = le32(b, 4)?;
    let end_of_riff = riff
        .checked_add(8)
        .filter(|&e| e <= b.len())
        .ok_or_else(corrupt)?;
    let mut blocks = Vec::new();
    let mut keep = Vec::new();
    let mut at = 12;
    while at < end_of_riff {
        let kind: [u8; 4] = b
            .get(at..at + 4)
            .ok_or_else(corrupt)?
            .try_into()
            .map_err(|_| corrupt())?;
        let len = le32(b, at + 4)?;
        let data = at + 8;
        let padded = len.checked_add(len & 1).ok_or_else(corrupt)?;
        let end = data
            .checked_add(padded)
            .filter(|&e| e <= end_of_riff)
            .ok_or_else(corrupt)?;
        let payload = data..data + len;
        let block = match &kind {
            b"EXIF" => {
                // Some writers put the JPEG APP1 header in front of the TIFF data.
                let skip = if b[payload.clone()].starts_with(b"Exif\0\0") {
                    6
                } else {
                    0
                };
                Some((BlockKind::Exif, payload.start + skip..payload.end))
            }
            b"XMP " => Some((BlockKind::Xmp, payload.clone())),
            b"ICCP" => Some((BlockKind::ColourProfile, payload.clone())),
            k if WEBP_KEEP.contains(&k) => None,
            _ => Some((BlockKind::Other, payload.clone())),
        };
        if let Some((kind, payload)) = block {
            blocks.push(Block { kind, payload });
        }
        if WEBP_KEEP.contains(&&kind) {
            keep.push(at..end);
        }
        at = end;
    }
    if end_of_riff < b.len() && b[end_of_riff..].iter().any(|&x| x != 0) {
        blocks.push(Block {
            kind: BlockKind::Extra,
            payload: end_of_riff..b.len(),
        });
    }
    Ok(Walk { blocks, keep })
}

/// The copy without metadata: the kept ranges, in order. For WebP the RIFF
/// header is written anew for the new size, and the extended header's flags
/// no longer announce EXIF or XMP.
pub fn rebuild(format: Format, b: &[u8], walk: &Walk) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    if format == Format::Webp {
        out.extend_from_slice(b"RIFF\0\0\0\0WEBP");
    }
    for r in &walk.keep {
        out.extend_from_slice(&b[r.clone()]);
    }
    if format == Format::Webp {
        let size = (out.len() - 8) as u32;
        out[4..8].copy_from_slice(&size.to_le_bytes());
        if out.get(12..16) == Some(b"VP8X") {
            // Flags: 0x08 EXIF, 0x04 XMP.
            out[20] &= !(0x08 | 0x04);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
        let mut s = vec![0xFF, marker];
        s.extend_from_slice(&((payload.len() + 2) as u16).to_be_bytes());
        s.extend_from_slice(payload);
        s
    }

    /// A JPEG made of real segments around a made-up scan: enough for the
    /// walker, which reads segments, not pixels.
    fn jpeg(extra: &[Vec<u8>], scan: &[u8], after: &[u8]) -> Vec<u8> {
        let mut b = vec![0xFF, SOI];
        for e in extra {
            b.extend_from_slice(e);
        }
        b.extend(segment(0xDB, &[0; 65]));
        b.extend(segment(0xC0, &[8, 0, 1, 0, 1, 1, 1, 0x11, 0]));
        b.extend(segment(SOS, &[1, 1, 0, 0, 63, 0]));
        b.extend_from_slice(scan);
        b.extend_from_slice(&[0xFF, EOI]);
        b.extend_from_slice(after);
        b
    }

    #[test]
    fn a_jpeg_walk_names_every_block_and_keeps_the_picture_and_its_profile() {
        let exif = segment(APP1, b"Exif\0\0MM\0*\0\0\0\x08");
        let xmp = segment(APP1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>");
        let icc = segment(APP2, b"ICC_PROFILE\0\x01\x01profile");
        let com = segment(COM, b"hello");
        // A scan with a stuffed zero, a restart marker and fill bytes.
        let scan = [1, 2, 0xFF, 0x00, 3, 0xFF, 0xD0, 4, 0xFF, 0xFF, 0xD1, 5];
        let b = jpeg(
            &[exif, xmp, icc.clone(), com],
            &scan,
            b"\xFF\xD8 a second picture",
        );
        let w = walk(Format::Jpeg, &b).unwrap();
        let kinds: Vec<_> = w.blocks.iter().map(|x| x.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Exif,
                BlockKind::Xmp,
                BlockKind::ColourProfile,
                BlockKind::Comment,
                BlockKind::Extra
            ]
        );
        assert_eq!(&b[w.blocks[0].payload.clone()], b"MM\0*\0\0\0\x08");
        let out = rebuild(Format::Jpeg, &b, &w);
        let clean = jpeg(&[icc], &scan, b"");
        assert_eq!(
            out, clean,
            "the picture and its profile, byte for byte, and nothing else"
        );
        assert_eq!(
            walk(Format::Jpeg, &out).unwrap().blocks.len(),
            1,
            "only the profile"
        );
    }

    #[test]
    fn truncated_or_malformed_jpegs_are_corrupt_never_a_panic() {
        let b = jpeg(&[segment(APP1, b"Exif\0\0")], &[1, 2, 3], b"");
        for cut in 0..b.len() - 1 {
            let r = Format::sniff(&b[..cut]).and_then(|f| walk(f, &b[..cut]));
            assert!(r.is_err(), "cut at {cut}");
        }
        // A segment whose length runs past the end.
        let mut long = vec![0xFF, SOI, 0xFF, APP1, 0xFF, 0xFF];
        long.extend_from_slice(&[0; 10]);
        assert_eq!(walk(Format::Jpeg, &long), Err(corrupt()));
        // A length below its own two bytes.
        assert_eq!(
            walk(Format::Jpeg, &[0xFF, SOI, 0xFF, APP1, 0, 1]),
            Err(corrupt())
        );
    }

    fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut c = (data.len() as u32).to_be_bytes().to_vec();
        c.extend_from_slice(kind);
        c.extend_from_slice(data);
        c.extend_from_slice(&[0; 4]); // the CRC is not read
        c
    }

    #[test]
    fn a_png_walk_drops_text_time_exif_and_what_follows_the_end() {
        let mut b = b"\x89PNG\r\n\x1a\n".to_vec();
        let ihdr = png_chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
        let iccp = png_chunk(b"iCCP", b"p\0\0z");
        let idat = png_chunk(b"IDAT", b"pixels");
        let iend = png_chunk(b"IEND", b"");
        for c in [
            &ihdr,
            &png_chunk(b"tEXt", b"Author\0Kari"),
            &png_chunk(b"eXIf", b"MM\0*"),
            &png_chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0<x/>"),
            &iccp,
            &png_chunk(b"tIME", &[7; 7]),
            &png_chunk(b"pHYs", &[0; 9]),
            &idat,
            &iend,
        ] {
            b.extend_from_slice(c);
        }
        b.extend_from_slice(b"trailing");
        let w = walk(Format::Png, &b).unwrap();
        let kinds: Vec<_> = w.blocks.iter().map(|x| x.kind).collect();
        use BlockKind::{ColourProfile, Comment, Exif, Extra, Other, Time, Xmp};
        assert_eq!(
            kinds,
            [Comment, Exif, Xmp, ColourProfile, Time, Other, Extra]
        );
        let mut clean = b"\x89PNG\r\n\x1a\n".to_vec();
        for c in [&ihdr, &iccp, &idat, &iend] {
            clean.extend_from_slice(c);
        }
        assert_eq!(rebuild(Format::Png, &b, &w), clean);
    }

    fn riff(chunks: &[(&[u8; 4], &[u8])]) -> Vec<u8> {
        let mut body = b"WEBP".to_vec();
        for (kind, data) in chunks {
            body.extend_from_slice(*kind);
            body.extend_from_slice(&(data.len() as u32).to_le_bytes());
            body.extend_from_slice(data);
            if data.len() % 2 == 1 {
                body.push(0);
            }
        }
        let mut b = b"RIFF".to_vec();
        b.extend_from_slice(&(body.len() as u32).to_le_bytes());
        b.extend(body);
        b
    }

    #[test]
    fn a_webp_walk_drops_exif_and_xmp_and_their_flags() {
        let vp8x = [0x08 | 0x04 | 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let b = riff(&[
            (b"VP8X", &vp8x),
            (b"ICCP", b"prof"),
            (b"VP8L", b"bits!"),
            (b"EXIF", b"Exif\0\0MM\0*"),
            (b"XMP ", b"<x/>"),
        ]);
        let w = walk(Format::Webp, &b).unwrap();
        let kinds: Vec<_> = w.blocks.iter().map(|x| x.kind).collect();
        assert_eq!(
            kinds,
            [BlockKind::ColourProfile, BlockKind::Exif, BlockKind::Xmp]
        );
        assert_eq!(&b[w.blocks[1].payload.clone()], b"MM\0*");
        let mut flags = vp8x;
        flags[0] = 0x20;
        assert_eq!(
            rebuild(Format::Webp, &b, &w),
            riff(&[(b"VP8X", &flags), (b"ICCP", b"prof"), (b"VP8L", b"bits!")])
        );
    }

    #[test]
    fn formats_are_told_by_their_signature_and_heic_is_named() {
        assert_eq!(Format::sniff(b"\xFF\xD8\xFF\xE0"), Ok(Format::Jpeg));
        assert_eq!(
            Format::sniff(b"\0\0\0\x18ftypheic\0\0"),
            Err(Error::PhotoHeic {
                field: FIELD.into()
            })
        );
        assert_eq!(
            Format::sniff(b"GIF89a"),
            Err(Error::PhotoNotAnImage {
                field: FIELD.into()
            })
        );
        assert_eq!(
            Format::sniff(b""),
            Err(Error::PhotoNotAnImage {
                field: FIELD.into()
            })
        );
        assert_eq!(
            Format::sniff(b"%PDF-1.7"),
            Err(Error::PhotoNotAnImage {
                field: FIELD.into()
            })
        );
    }
}
