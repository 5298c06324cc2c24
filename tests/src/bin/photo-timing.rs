//! For bench/photo, not a test: the photo check's times in the real app as
//! a person meets them, from the pick (the file input's change) to what the
//! photo gives away on screen, and to its faces on screen. Reads the page's
//! User Timing marks (`photo-picked`, `photo-shown`, `photo-faces`).
//!
//! `photo-timing <photo> [runs]`, with `POSTVETT_BIN` naming the build to
//! run (bench/photo passes the release build), under Xvfb.

use std::path::PathBuf;

use postvett_e2e::{App, Result};
use serde_json::Value;

#[tokio::main]
async fn main() -> Result {
    let mut args = std::env::args().skip(1);
    let photo = PathBuf::from(args.next().ok_or("usage: photo-timing <photo> [runs]")?);
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(7);
    let dir = tempfile::tempdir()?;
    let app = App::phone("nb_NO.UTF-8", dir.path()).await?;
    let mut shown = Vec::new();
    let mut faces = Vec::new();
    let r = async {
        for run in 0..=runs {
            app.open("checklist").await?; // leaving the photo check drops the last photo
            app.open("photo").await?;
            app.js("performance.clearMarks()", vec![]).await?;
            postvett_e2e::photo::pick(&app, &photo).await?;
            postvett_e2e::photo::faces(&app).await?;
            app.wait_js("return performance.getEntriesByName('photo-faces').length > 0").await?;
            let v: Value = app
                .js(
                    "const t = n => performance.getEntriesByName(n)[0].startTime; return [t('photo-shown') - t('photo-picked'), t('photo-faces') - t('photo-picked')]",
                    vec![],
                )
                .await?;
            let (s, f) = (v[0].as_f64().unwrap_or(-1.0), v[1].as_f64().unwrap_or(-1.0));
            if run > 0 {
                // The first run warms the page's caches; it is not counted.
                shown.push(s);
                faces.push(f);
            }
        }
        Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
    }
    .await;
    app.quit().await?;
    r?;
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (min_s, max_s) = (
        shown.iter().copied().fold(f64::MAX, f64::min),
        shown.iter().copied().fold(0.0, f64::max),
    );
    let (min_f, max_f) = (
        faces.iter().copied().fold(f64::MAX, f64::min),
        faces.iter().copied().fold(0.0, f64::max),
    );
    println!(
        "pick -> findings on screen: median {:.0} ms (min {min_s:.0}, max {max_s:.0}, {runs} runs)",
        median(&mut shown)
    );
    println!(
        "pick -> faces on screen:    median {:.0} ms (min {min_f:.0}, max {max_f:.0}, {runs} runs)",
        median(&mut faces)
    );
    Ok(())
}
