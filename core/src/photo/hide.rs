//! Hiding for good, and the clean copy.
//!
//! A hidden region becomes a mosaic of 8 × 8 blocks, each filled with the
//! average colour of the pixels it covers: each block is at least 1/8 of the
//! region, one colour, and nothing of what was under it survives but that
//! average. A Gaussian blur is never used, because a blur can be partly
//! undone; a coarse mosaic of averages cannot.
//!
//! The clean copy is the photo without any metadata but its colour profile
//! (see [`super::container`] for why the profile stays). Where nothing is
//! hidden and the photo needs no turning, the copy is the file's own bytes
//! with the metadata blocks cut out: the JPEG's entropy-coded data (or the
//! PNG's or WebP's compressed data) untouched, so the picture is exactly
//! the original. Otherwise it is decoded, turned the right way up by its
//! EXIF orientation (so it stands right without the tag), hidden, and
//! encoded again in its own format (JPEG at quality 92 with its profile;
//! PNG; WebP lossless, the one WebP encoding the codec offers).

use std::io::Cursor;

use image::{DynamicImage, ImageBuffer, ImageEncoder, Pixel};
use num_traits::ToPrimitive;
use serde::{Deserialize, Serialize};

use super::container::{rebuild, Format};
use super::{corrupt, Photo, FIELD, MAX_PIXELS};
use crate::Error;

/// The most regions one copy hides.
pub const REGIONS_MAX: usize = 200;

/// A rectangle of the picture as it is shown (after its orientation), in
/// fractions of its width and height (0 to 1), so that it does not depend
/// on the size the screen draws it at.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Region {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Region {
    /// A region clamped to the picture.
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Region {
        let x0 = x.clamp(0.0, 1.0);
        let y0 = y.clamp(0.0, 1.0);
        let x1 = (x + w).clamp(0.0, 1.0);
        let y1 = (y + h).clamp(0.0, 1.0);
        Region {
            x: x0,
            y: y0,
            w: (x1 - x0).max(0.0),
            h: (y1 - y0).max(0.0),
        }
    }

    /// The region grown by `by` of its size on every side (a face box is
    /// tight around the eyes and mouth; hair and ears need more), clamped.
    pub fn grown(self, by: f64) -> Region {
        Region::new(
            self.x - self.w * by,
            self.y - self.h * by,
            self.w * (1.0 + 2.0 * by),
            self.h * (1.0 + 2.0 * by),
        )
    }

    /// Checks a region from the page: finite, inside the picture, not empty.
    pub fn checked(self) -> Result<Region, Error> {
        let all = [self.x, self.y, self.w, self.h];
        let inside = all.iter().all(|v| v.is_finite())
            && self.w > 0.0
            && self.h > 0.0
            && self.x >= 0.0
            && self.y >= 0.0
            && self.x + self.w <= 1.0 + 1e-9
            && self.y + self.h <= 1.0 + 1e-9;
        if inside {
            Ok(Region::new(self.x, self.y, self.w, self.h))
        } else {
            Err(Error::InvalidInput {
                field: "regions".into(),
                reason: "a region must lie inside the picture".into(),
            })
        }
    }

    /// The pixel rectangle `[x0, x1) × [y0, y1)` in a `w × h` picture.
    fn pixels(self, w: u32, h: u32) -> (u32, u32, u32, u32) {
        let at = |f: f64, n: u32| ((f * f64::from(n)).round() as u32).min(n);
        (
            at(self.x, w),
            at(self.y, h),
            at(self.x + self.w, w),
            at(self.y + self.h, h),
        )
    }
}

/// The photo decoded in full, within the pixel limit, with its colour
/// profile.
pub(super) fn decode_with_profile(photo: &Photo) -> Result<(DynamicImage, Option<Vec<u8>>), Error> {
    let format = match photo.format() {
        Format::Jpeg => image::ImageFormat::Jpeg,
        Format::Png => image::ImageFormat::Png,
        Format::Webp => image::ImageFormat::WebP,
    };
    let mut reader = image::ImageReader::with_format(Cursor::new(photo.bytes()), format);
    let mut limits = image::Limits::default();
    // Four bytes a pixel at the pixel limit, and a little for the decoder.
    limits.max_alloc = Some(MAX_PIXELS * 4 + 16 * 1024 * 1024);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|_| corrupt())?;
    let profile = image::ImageDecoder::icc_profile(&mut decoder)
        .ok()
        .flatten();
    if image::ImageDecoder::total_bytes(&decoder) > MAX_PIXELS * 8 {
        return Err(Error::PhotoTooManyPixels {
            field: FIELD.into(),
            max_megapixels: (MAX_PIXELS / 1_000_000) as usize,
        });
    }
    let image = DynamicImage::from_decoder(decoder).map_err(|_| corrupt())?;
    Ok((image, profile))
}

pub(super) fn decode(photo: &Photo) -> Result<DynamicImage, Error> {
    decode_with_profile(photo).map(|(image, _)| image)
}

fn mosaic_buffer<P: Pixel>(buf: &mut ImageBuffer<P, Vec<P::Subpixel>>, region: Region) {
    let (w, h) = buf.dimensions();
    let (x0, y0, x1, y1) = region.pixels(w, h);
    if x1 <= x0 || y1 <= y0 {
        return;
    }
    let channels = usize::from(P::CHANNEL_COUNT);
    let edge = |lo: u32, hi: u32, i: u32| lo + ((hi - lo) * i) / 8;
    for by in 0..8 {
        let (ya, yb) = (edge(y0, y1, by), edge(y0, y1, by + 1));
        for bx in 0..8 {
            let (xa, xb) = (edge(x0, x1, bx), edge(x0, x1, bx + 1));
            if xb <= xa || yb <= ya {
                continue;
            }
            let mut sum = vec![0f64; channels];
            for y in ya..yb {
                for x in xa..xb {
                    for (s, c) in sum.iter_mut().zip(buf.get_pixel(x, y).channels()) {
                        *s += c.to_f64().unwrap_or_default();
                    }
                }
            }
            let n = f64::from((xb - xa) * (yb - ya));
            // An average always lies in the subpixel's range.
            let avg: Vec<P::Subpixel> = sum
                .iter()
                .map(|s| {
                    <P::Subpixel as num_traits::NumCast>::from(s / n)
                        .unwrap_or(<P::Subpixel as image::Primitive>::DEFAULT_MIN_VALUE)
                })
                .collect();
            let fill = *P::from_slice(&avg);
            for y in ya..yb {
                for x in xa..xb {
                    buf.put_pixel(x, y, fill);
                }
            }
        }
    }
}

/// Hides `region` of `image` under a mosaic of 8 × 8 averaged blocks.
pub fn mosaic(image: &mut DynamicImage, region: Region) {
    match image {
        DynamicImage::ImageLuma8(b) => mosaic_buffer(b, region),
        DynamicImage::ImageLumaA8(b) => mosaic_buffer(b, region),
        DynamicImage::ImageRgb8(b) => mosaic_buffer(b, region),
        DynamicImage::ImageRgba8(b) => mosaic_buffer(b, region),
        DynamicImage::ImageLuma16(b) => mosaic_buffer(b, region),
        DynamicImage::ImageLumaA16(b) => mosaic_buffer(b, region),
        DynamicImage::ImageRgb16(b) => mosaic_buffer(b, region),
        DynamicImage::ImageRgba16(b) => mosaic_buffer(b, region),
        DynamicImage::ImageRgb32F(b) => mosaic_buffer(b, region),
        DynamicImage::ImageRgba32F(b) => mosaic_buffer(b, region),
        other => {
            let mut rgba = DynamicImage::ImageRgba8(other.to_rgba8());
            mosaic(&mut rgba, region);
            *other = rgba;
        }
    }
}

/// A clean copy.
#[derive(Debug, Clone)]
pub struct Cleaned {
    pub bytes: Vec<u8>,
    pub format: Format,
    /// The file's own compressed data, untouched (nothing was hidden or turned).
    pub lossless: bool,
}

fn encode(
    format: Format,
    image: &DynamicImage,
    profile: Option<Vec<u8>>,
) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    let failed = |_| corrupt();
    match format {
        Format::Jpeg => {
            let mut e = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 92);
            if let Some(p) = profile {
                let _ = e.set_icc_profile(p);
            }
            match image {
                DynamicImage::ImageLuma8(_) | DynamicImage::ImageRgb8(_) => {
                    image.write_with_encoder(e)
                }
                DynamicImage::ImageLuma16(_)
                | DynamicImage::ImageLumaA8(_)
                | DynamicImage::ImageLumaA16(_) => {
                    DynamicImage::ImageLuma8(image.to_luma8()).write_with_encoder(e)
                }
                _ => DynamicImage::ImageRgb8(image.to_rgb8()).write_with_encoder(e),
            }
            .map_err(failed)?;
        }
        Format::Png => {
            let mut e = image::codecs::png::PngEncoder::new(&mut out);
            if let Some(p) = profile {
                let _ = e.set_icc_profile(p);
            }
            image.write_with_encoder(e).map_err(failed)?;
        }
        Format::Webp => {
            let mut e = image::codecs::webp::WebPEncoder::new_lossless(&mut out);
            if let Some(p) = profile {
                let _ = e.set_icc_profile(p);
            }
            match image {
                DynamicImage::ImageRgb8(_) | DynamicImage::ImageRgba8(_) => {
                    image.write_with_encoder(e)
                }
                _ => DynamicImage::ImageRgba8(image.to_rgba8()).write_with_encoder(e),
            }
            .map_err(failed)?;
        }
    }
    Ok(out)
}

/// The copy to post: `regions` hidden, no metadata but the colour profile.
pub fn clean(photo: &Photo, regions: &[Region]) -> Result<Cleaned, Error> {
    if regions.len() > REGIONS_MAX {
        return Err(Error::InvalidInput {
            field: "regions".into(),
            reason: format!("at most {REGIONS_MAX} regions"),
        });
    }
    let regions: Vec<Region> = regions
        .iter()
        .map(|r| r.checked())
        .collect::<Result<_, _>>()?;
    if regions.is_empty() && photo.orientation() == 1 {
        return Ok(Cleaned {
            bytes: rebuild(photo.format(), photo.bytes(), &photo.walk),
            format: photo.format(),
            lossless: true,
        });
    }
    let (mut image, profile) = decode_with_profile(photo)?;
    if let Some(o) = image::metadata::Orientation::from_exif(photo.orientation()) {
        image.apply_orientation(o);
    }
    for r in &regions {
        mosaic(&mut image, *r);
    }
    // The encoder writes a header of its own (a JPEG's JFIF segment with
    // its pixel density): the copy is walked once more, so it carries
    // nothing but its picture and profile either way.
    let encoded = encode(photo.format(), &image, profile)?;
    let walk = super::container::walk(photo.format(), &encoded)?;
    Ok(Cleaned {
        bytes: rebuild(photo.format(), &encoded, &walk),
        format: photo.format(),
        lossless: false,
    })
}
