//! Faces turned towards the camera, found on the device with `rustface` and
//! the SeetaFace frontal model it ships. The search runs on a small grey
//! copy, the right way up: a JPEG is decoded at 1/2, 1/4 or 1/8 of its size
//! straight from its DCT coefficients (most of a 12-megapixel decode never
//! happens), then scaled to [`Detector::long_side`].
//!
//! The detector finds frontal faces only. Faces in profile or half hidden,
//! and screens, whiteboards, name badges and documents, must be looked for
//! by eye; the view says so next to the result.

use std::io::Cursor;
use std::sync::OnceLock;

use image::{DynamicImage, GrayImage};

use super::hide::Region;
use super::{corrupt, Format, Photo};
use crate::Error;

/// The SeetaFace frontal model, from the rustface crate (build.rs).
static MODEL_BYTES: &[u8] = include_bytes!(env!("POSTVETT_FACE_MODEL"));

fn model() -> Result<&'static rustface::Model, Error> {
    static MODEL: OnceLock<Option<rustface::Model>> = OnceLock::new();
    MODEL
        .get_or_init(|| rustface::read_model(MODEL_BYTES).ok())
        .as_ref()
        .ok_or_else(|| Error::PhotoCorrupt {
            field: "model".into(),
        })
}

/// How the search runs. The default was tuned on the Solvay group photo
/// (29 faces turned to the camera): it finds more of them than the
/// detector's own example settings (1024 px, 0.8, step 4), in less time; a
/// test checks at least 25. The figures are in docs/performance.md.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detector {
    /// The grey copy's longer side, in pixels.
    pub long_side: u32,
    /// The smallest face looked for, in pixels of the grey copy (at least 20).
    pub min_face: u32,
    /// How far the search window moves each step, in pixels.
    pub step: u32,
    /// How much each level of the image pyramid shrinks (0.01 to 0.99).
    pub pyramid: f32,
    /// The score a window needs to count as a face.
    pub score: f64,
}

impl Default for Detector {
    fn default() -> Self {
        Detector {
            long_side: 1152,
            min_face: 20,
            step: 4,
            pyramid: 0.75,
            score: 2.0,
        }
    }
}

/// The photo as a grey picture, the right way up, at most `long_side`
/// pixels on its longer side.
fn grey(photo: &Photo, long_side: u32) -> Result<GrayImage, Error> {
    let g = match photo.format() {
        Format::Jpeg => jpeg_grey(photo.bytes(), long_side)?,
        Format::Png | Format::Webp => super::hide::decode(photo)?.to_luma8(),
    };
    let mut g = DynamicImage::ImageLuma8(g);
    if let Some(o) = image::metadata::Orientation::from_exif(photo.orientation()) {
        g.apply_orientation(o);
    }
    let (w, h) = (g.width(), g.height());
    let long = w.max(h);
    let g = if long > long_side {
        let scale = f64::from(long_side) / f64::from(long);
        let (nw, nh) = (
            ((f64::from(w) * scale).round() as u32).max(1),
            ((f64::from(h) * scale).round() as u32).max(1),
        );
        g.resize_exact(nw, nh, image::imageops::FilterType::Triangle)
    } else {
        g
    };
    Ok(g.to_luma8())
}

/// A JPEG decoded at the smallest DCT scale that still gives `long_side`
/// pixels, as grey.
fn jpeg_grey(bytes: &[u8], long_side: u32) -> Result<GrayImage, Error> {
    let mut d = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    d.read_info().map_err(|_| corrupt())?;
    let info = d.info().ok_or_else(corrupt)?;
    let long = u32::from(info.width.max(info.height)).max(1);
    let want = |side: u16| {
        ((u64::from(side) * u64::from(long_side)).div_ceil(u64::from(long)) as u16).max(1)
    };
    let (w, h) = d
        .scale(want(info.width), want(info.height))
        .map_err(|_| corrupt())?;
    let pixels = d.decode().map_err(|_| corrupt())?;
    let format = d.info().ok_or_else(corrupt)?.pixel_format;
    let luma: Vec<u8> = match format {
        jpeg_decoder::PixelFormat::L8 => pixels,
        jpeg_decoder::PixelFormat::L16 => pixels.chunks_exact(2).map(|p| p[0]).collect(),
        jpeg_decoder::PixelFormat::RGB24 => pixels
            .chunks_exact(3)
            .map(|p| {
                ((u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8) as u8
            })
            .collect(),
        // Adobe's CMYK JPEGs store the inks inverted; the light left is
        // roughly the product of the four.
        jpeg_decoder::PixelFormat::CMYK32 => pixels
            .chunks_exact(4)
            .map(|p| {
                let [c, m, y, k] = [p[0], p[1], p[2], p[3]].map(u32::from);
                ((c * 77 + m * 150 + y * 29) * k / (255 * 256)) as u8
            })
            .collect(),
    };
    GrayImage::from_raw(u32::from(w), u32::from(h), luma).ok_or_else(corrupt)
}

impl Detector {
    /// The faces in `photo`, as regions of the picture as it is shown.
    pub fn detect(&self, photo: &Photo) -> Result<Vec<Region>, Error> {
        let grey = grey(photo, self.long_side)?;
        let (w, h) = grey.dimensions();
        if w.min(h) < self.min_face.max(20) {
            return Ok(Vec::new());
        }
        let model = model()?.clone();
        let this = *self;
        let found = std::panic::catch_unwind(move || {
            let mut d = rustface::create_detector_with_model(model);
            d.set_min_face_size(this.min_face.max(20));
            d.set_score_thresh(this.score.max(f64::MIN_POSITIVE));
            d.set_pyramid_scale_factor(this.pyramid.clamp(0.01, 0.99));
            d.set_slide_window_step(this.step.max(1), this.step.max(1));
            d.detect(&rustface::ImageData::new(grey.as_raw(), w, h))
        })
        .map_err(|_| corrupt())?;
        let (fw, fh) = (f64::from(w), f64::from(h));
        Ok(found
            .iter()
            .map(|f| {
                let b = f.bbox();
                Region::new(
                    f64::from(b.x()) / fw,
                    f64::from(b.y()) / fh,
                    f64::from(b.width()) / fw,
                    f64::from(b.height()) / fh,
                )
            })
            .collect())
    }
}

/// The faces in `photo`, with the default search.
pub fn detect(photo: &Photo) -> Result<Vec<Region>, Error> {
    Detector::default().detect(photo)
}
