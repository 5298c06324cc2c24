//! The photo check: what a photo gives away, the faces in it, and a clean
//! copy with what must not show hidden for good.
//!
//! - [`open`] takes the bytes the page's file input handed over (never a
//!   path), refuses what is not a JPEG, PNG or WebP picture, what is larger
//!   than [`MAX_BYTES`] or has more than [`MAX_PIXELS`] pixels (checked from
//!   the header, before any decoding: a decompression bomb never gets
//!   decoded), and walks its container ([`container`]).
//! - [`inspect`] reads what the copy carries: EXIF fields, and the XMP,
//!   IPTC, comment, thumbnail and trailing blocks ([`Findings`]).
//! - [`faces`] looks for faces turned towards the camera.
//! - [`clean`] makes the copy to post: without any metadata but its colour
//!   profile, the right way up, with the regions asked for hidden by a
//!   coarse mosaic.
//! - [`view`] says all of it in the user's language.
//!
//! Nothing here touches the store or the log: a photo, what it carries and
//! its regions live in memory only while the screen holds them.

pub mod container;
mod faces;
#[cfg(any(test, feature = "fixtures"))]
pub mod fixtures;
mod hide;
mod inspect;
mod view;

pub use container::Format;
pub use faces::{detect, Detector};
pub use hide::{clean, mosaic, Cleaned, Region};
pub use inspect::{inspect, Findings};
pub use view::{carries, faces_view, view, FacesView, LineView, PhotoView};

use crate::Error;

/// The field errors are shown at.
pub const FIELD: &str = "photo";

/// The largest file taken, in bytes: a 50-megapixel phone photo is well
/// under it.
pub const MAX_BYTES: usize = 40 * 1024 * 1024;

/// The most pixels decoded: 50 megapixels, as the largest phone cameras
/// take. Checked from the header before decoding.
pub const MAX_PIXELS: u64 = 50_000_000;

/// The largest EXIF block read; a larger one is reported as too large to
/// read (and removed like any other).
pub const EXIF_MAX: usize = 1024 * 1024;

pub(crate) fn corrupt() -> Error {
    Error::PhotoCorrupt {
        field: FIELD.into(),
    }
}

/// A photo as it was handed over, walked and measured.
#[derive(Debug, Clone)]
pub struct Photo {
    bytes: Vec<u8>,
    format: Format,
    walk: container::Walk,
    /// As stored (before the EXIF orientation).
    width: u32,
    height: u32,
    /// The EXIF orientation, 1 to 8 (1 when absent or unreadable).
    orientation: u8,
}

impl Photo {
    pub fn format(&self) -> Format {
        self.format
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The EXIF orientation (1 when none).
    pub fn orientation(&self) -> u8 {
        self.orientation
    }

    /// Width and height as the picture is shown (after its orientation).
    pub fn shown_size(&self) -> (u32, u32) {
        if self.orientation >= 5 {
            (self.height, self.width)
        } else {
            (self.width, self.height)
        }
    }
}

/// Width and height from the header, without decoding the pixels.
fn dimensions(format: Format, bytes: &[u8]) -> Result<(u32, u32), Error> {
    let f = match format {
        Format::Jpeg => image::ImageFormat::Jpeg,
        Format::Png => image::ImageFormat::Png,
        Format::Webp => image::ImageFormat::WebP,
    };
    image::ImageReader::with_format(std::io::Cursor::new(bytes), f)
        .into_dimensions()
        .map_err(|_| corrupt())
}

/// Opens the bytes of a picked photo.
pub fn open(bytes: Vec<u8>) -> Result<Photo, Error> {
    if bytes.len() > MAX_BYTES {
        return Err(Error::PhotoTooLarge {
            field: FIELD.into(),
            max_mb: MAX_BYTES / (1024 * 1024),
        });
    }
    let format = Format::sniff(&bytes)?;
    let walk = container::walk(format, &bytes)?;
    let (width, height) = dimensions(format, &bytes)?;
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(Error::PhotoTooManyPixels {
            field: FIELD.into(),
            max_megapixels: (MAX_PIXELS / 1_000_000) as usize,
        });
    }
    if width == 0 || height == 0 {
        return Err(corrupt());
    }
    let mut photo = Photo {
        bytes,
        format,
        walk,
        width,
        height,
        orientation: 1,
    };
    photo.orientation = inspect::orientation(&photo);
    Ok(photo)
}

#[cfg(test)]
mod tests;
