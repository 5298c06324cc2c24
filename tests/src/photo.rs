//! The photo check driven as a person drives it: a photo handed over by the
//! picker, its findings and faces waited for, a box added, the copy saved
//! (through the real save dialog in WebKit, typed into with `xdotool`; the
//! Chromium lane's mock runtime has none and saves where its test hook says),
//! and the saved file opened and checked.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use image::{DynamicImage, GenericImageView};
use postvett_core::photo::fixtures::{self, Meta};
use postvett_core::photo::Region;
use serde_json::Value;

use crate::{App, Result};

/// The Solvay group photo as a phone JPEG with a position and everything
/// else a phone writes, in `dir`; and the picture itself.
pub fn fixture(dir: &Path) -> Result<(PathBuf, DynamicImage)> {
    let picture = fixtures::solvay();
    let path = dir.join("solvay.jpg");
    std::fs::write(&path, fixtures::phone_jpeg(&picture, &Meta::phone()))?;
    Ok((path, picture))
}

/// A small phone photo (640 × 480, no faces) with everything a phone
/// writes, in `dir`, for the checks that need a photo open but not faces.
pub fn small_fixture(dir: &Path) -> Result<(PathBuf, DynamicImage)> {
    let picture = DynamicImage::ImageRgb8(fixtures::noise(640, 480, 11));
    let path = dir.join("small.jpg");
    std::fs::write(&path, fixtures::phone_jpeg(&picture, &Meta::phone()))?;
    Ok((path, picture))
}

/// Opens the photo check and picks `file`; waits for what it gives away.
pub async fn pick(app: &App, file: &Path) -> Result {
    app.open("photo").await?;
    app.upload("#photo-file", file).await?;
    app.wait_js("return !document.getElementById('photo-result').hidden && document.querySelectorAll('#photo-lines li').length > 0")
        .await
}

/// Waits for the face search; returns the number of face rows.
pub async fn faces(app: &App) -> Result<usize> {
    app.wait_js("return document.getElementById('photo-stage').dataset.faces !== undefined")
        .await?;
    let n = app
        .js(
            "return document.querySelectorAll(\"#photo-regions li[data-region^='face-']\").length",
            vec![],
        )
        .await?;
    Ok(n.as_u64().unwrap_or(0) as usize)
}

/// The regions marked to hide, as the boxes on the picture place them.
pub async fn hidden(app: &App) -> Result<Vec<Region>> {
    let v: Value = app
        .js(
            "return [...document.querySelectorAll(\".photo-box[data-hide='true']\")].map(b => [b.style.left, b.style.top, b.style.width, b.style.height].map(v => parseFloat(v) / 100))",
            vec![],
        )
        .await?;
    let boxes: Vec<[f64; 4]> = serde_json::from_value(v)?;
    Ok(boxes
        .into_iter()
        .map(|[x, y, w, h]| Region { x, y, w, h })
        .collect())
}

/// Types `target` into the save dialog titled `title` (a GTK file chooser
/// under Xvfb, which has no window manager: the dialog is given the
/// keyboard focus by hand) and confirms it.
async fn answer_the_dialog(title: &str, target: &Path) -> Result {
    let deadline = Instant::now() + Duration::from_secs(20);
    let window = loop {
        let out = tokio::process::Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", &format!("^{title}$")])
            .output()
            .await?;
        let id = String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .map(str::to_owned);
        if let Some(id) = id {
            break id;
        }
        if Instant::now() > deadline {
            return Err(format!("no dialog titled {title:?} appeared").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let path = target.to_str().ok_or("a path that is not UTF-8")?;
    for args in [
        vec!["windowfocus", "--sync", window.as_str()],
        vec!["key", "--window", window.as_str(), "ctrl+a"],
        vec!["type", "--window", window.as_str(), "--delay", "20", path],
        vec!["key", "--window", window.as_str(), "Return"],
    ] {
        let status = tokio::process::Command::new("xdotool")
            .args(&args)
            .status()
            .await?;
        if !status.success() {
            return Err(format!("xdotool {args:?}: {status}").into());
        }
    }
    Ok(())
}

/// Saves the clean copy to `target` (through the dialog, unless the app
/// saves without one); waits until the page says it is saved.
pub async fn save(app: &App, title: &str, target: &Path) -> Result {
    app.click("#photo-save").await?;
    if app.saves_to().is_none() {
        answer_the_dialog(title, target).await?;
    }
    app.wait_js("return document.getElementById('photo-save-status').dataset.kind === 'ok' && !document.getElementById('photo-carries').hidden")
        .await?;
    let deadline = Instant::now() + Duration::from_secs(10);
    while !target.exists() {
        if Instant::now() > deadline {
            return Err(format!("{} was never written", target.display()).into());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

fn variance(img: &image::RgbImage, x0: u32, y0: u32, x1: u32, y1: u32) -> f64 {
    let values: Vec<f64> = (y0..y1)
        .flat_map(|y| (x0..x1).map(move |x| (x, y)))
        .map(|(x, y)| img.get_pixel(x, y).0.iter().map(|&c| f64::from(c)).sum())
        .collect();
    let mean = values.iter().sum::<f64>() / values.len().max(1) as f64;
    values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / values.len().max(1) as f64
}

/// The saved copy carries nothing, is the picture's size, and inside each
/// hidden region (away from its mosaic's block edges) the original's detail
/// is gone. Returns the number of regions checked.
pub fn check_saved(saved: &Path, original: &DynamicImage, regions: &[Region]) -> Result<usize> {
    let bytes = std::fs::read(saved)?;
    let photo = postvett_core::photo::open(bytes.clone())?;
    let found = postvett_core::photo::inspect(&photo);
    if !found.is_clean() {
        return Err(format!("the saved copy still carries {found:?}").into());
    }
    let copy = image::load_from_memory(&bytes)?;
    if copy.dimensions() != original.dimensions() {
        return Err(format!("{:?} is not {:?}", copy.dimensions(), original.dimensions()).into());
    }
    let (copy, original) = (copy.to_rgb8(), original.to_rgb8());
    let (w, h) = copy.dimensions();
    let mut checked = 0;
    // The mosaic's block edges, as the core lays them: the region's pixel
    // rectangle (rounded), split in eighths.
    let px = |f: f64, n: u32| ((f * f64::from(n)).round() as u32).min(n);
    let edge = |lo: u32, hi: u32, i: u32| lo + ((hi - lo) * i) / 8;
    for r in regions {
        let (x0, x1) = (px(r.x, w), px(r.x + r.w, w));
        let (y0, y1) = (px(r.y, h), px(r.y + r.h, h));
        // Block (3, 3), away from its edges (JPEG rings a little there).
        let (bx0, bx1) = (edge(x0, x1, 3) + 2, edge(x0, x1, 4).saturating_sub(2));
        let (by0, by1) = (edge(y0, y1, 3) + 2, edge(y0, y1, 4).saturating_sub(2));
        if bx1 <= bx0 + 2 || by1 <= by0 + 2 {
            continue; // too small to tell a flat block from JPEG's ringing
        }
        let before = variance(&original, bx0, by0, bx1, by1);
        let after = variance(&copy, bx0, by0, bx1, by1);
        if before > 50.0 && after > before / 10.0 {
            return Err(format!("{r:?}: variance {after} left of {before}").into());
        }
        checked += 1;
    }
    Ok(checked)
}
