//! The photo check in the user's language: one line for each thing the
//! photo gives away, what the face search found and what it cannot find,
//! and what the clean copy carries.

use serde::Serialize;

use super::hide::Region;
use super::inspect::Findings;
use super::Photo;
use crate::content::locate;
use crate::dates;
use crate::i18n::{Arg, Args, Localizer};
use crate::Result;

/// One thing the photo carries: what (`kind`), its text, and why it matters.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LineView {
    pub kind: &'static str,
    pub text: String,
    pub note: Option<String>,
}

/// A guideline paragraph to read (`#/guideline/<id>`), titled by its section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleLink {
    pub id: &'static str,
    pub title: String,
}

/// What the picked photo gives away.
#[derive(Debug, Clone, Serialize)]
pub struct PhotoView {
    pub lines: Vec<LineView>,
    /// Nothing but (perhaps) a colour profile was found.
    pub clean: bool,
    /// What this copy is: the one the phone handed over, not the original.
    pub received: String,
    /// Width and height as the picture is shown.
    pub width: u32,
    pub height: u32,
}

/// What the face search found.
#[derive(Debug, Clone, Serialize)]
pub struct FacesView {
    /// Each face, a little larger than the detector's box (hair and ears).
    pub faces: Vec<Region>,
    /// Each face's name on screen ("Face 1").
    pub labels: Vec<String>,
    pub found: String,
    /// "Has everyone said yes? Is anyone a patient or a relative?" (when
    /// faces were found).
    pub ask: Option<String>,
    /// What the search cannot find, to look for by eye.
    pub limits: String,
    /// The guideline's two photo rules.
    pub rules: Vec<RuleLink>,
}

fn args(pairs: &[(&str, Arg)]) -> Args {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

fn line(l: &Localizer, lang: &str, kind: &'static str, a: &Args, note: bool) -> Result<LineView> {
    Ok(LineView {
        kind,
        text: l.format(lang, &format!("photo-{kind}"), a)?,
        note: if note {
            Some(l.text(lang, &format!("photo-{kind}-note"))?)
        } else {
            None
        },
    })
}

/// The lines for `f`, most telling first.
pub fn lines(f: &Findings, l: &Localizer, lang: &str) -> Result<Vec<LineView>> {
    let none = Args::new();
    let text = |v: &str| Arg::Str(v.to_owned());
    let mut out = Vec::new();
    if let Some((lat, lon)) = f.position {
        let a = args(&[
            ("lat", text(&format!("{lat:.5}"))),
            ("lon", text(&format!("{lon:.5}"))),
        ]);
        out.push(line(l, lang, "position", &a, true)?);
    }
    if let Some(t) = f.taken {
        let when = format!(
            "{} {}",
            dates::long(l, lang, t.date())?,
            dates::clock(t.time())
        );
        out.push(line(
            l,
            lang,
            "taken",
            &args(&[("when", text(&when))]),
            false,
        )?);
    }
    if let Some(c) = &f.camera {
        out.push(line(
            l,
            lang,
            "camera",
            &args(&[("camera", text(c))]),
            false,
        )?);
    }
    for s in &f.serials {
        out.push(line(
            l,
            lang,
            "serial",
            &args(&[("serial", text(s))]),
            false,
        )?);
    }
    for n in &f.names {
        out.push(line(l, lang, "name", &args(&[("name", text(n))]), false)?);
    }
    if let Some(s) = &f.software {
        out.push(line(
            l,
            lang,
            "software",
            &args(&[("software", text(s))]),
            false,
        )?);
    }
    for c in &f.comments {
        out.push(line(
            l,
            lang,
            "comment",
            &args(&[("comment", text(c))]),
            false,
        )?);
    }
    for (on, kind, note) in [
        (f.thumbnail, "thumbnail", true),
        (f.xmp, "xmp", true),
        (f.iptc, "iptc", true),
        (f.extra, "extra", false),
        (f.time_stamp, "time-stamp", false),
    ] {
        if on {
            out.push(line(l, lang, kind, &none, note)?);
        }
    }
    if f.other > 0 {
        let a = args(&[("count", Arg::Num(f.other as f64))]);
        out.push(line(l, lang, "other", &a, false)?);
    }
    for (on, kind) in [(f.unreadable, "unreadable"), (f.too_large, "too-large")] {
        if on {
            out.push(line(l, lang, kind, &none, false)?);
        }
    }
    if f.colour_profile {
        out.push(line(l, lang, "colour-profile", &none, true)?);
    }
    Ok(out)
}

/// What `photo` gives away, in `lang`.
pub fn view(photo: &Photo, f: &Findings, l: &Localizer, lang: &str) -> Result<PhotoView> {
    let (width, height) = photo.shown_size();
    let mut lines = lines(f, l, lang)?;
    if f.is_clean() {
        lines.insert(
            0,
            LineView {
                kind: "nothing",
                text: l.text(lang, "photo-nothing")?,
                note: None,
            },
        );
    }
    Ok(PhotoView {
        lines,
        clean: f.is_clean(),
        received: l.text(lang, "photo-received")?,
        width,
        height,
    })
}

/// The guideline paragraphs the face search points to.
const PHOTO_RULES: [&str; 2] = ["d38049-patients-photos", "d38049-colleagues-photos"];

/// What the face search found, in `lang`.
pub fn faces_view(faces: &[Region], l: &Localizer, lang: &str) -> Result<FacesView> {
    let count = args(&[("count", Arg::Num(faces.len() as f64))]);
    let rules = PHOTO_RULES
        .iter()
        .filter_map(|id| {
            let loc = locate(id)?;
            Some((id, loc.section.unwrap_or(loc.document)))
        })
        .map(|(id, section)| {
            Ok(RuleLink {
                id,
                title: l.text(lang, section)?,
            })
        })
        .collect::<Result<_>>()?;
    Ok(FacesView {
        faces: faces.iter().map(|f| f.grown(0.2)).collect(),
        labels: (1..=faces.len())
            .map(|n| {
                l.format(
                    lang,
                    "photo-region-face",
                    &args(&[("n", Arg::Num(n as f64))]),
                )
            })
            .collect::<Result<_>>()?,
        found: l.format(lang, "photo-faces-found", &count)?,
        ask: if faces.is_empty() {
            None
        } else {
            Some(l.text(lang, "photo-faces-ask")?)
        },
        limits: l.text(lang, "photo-faces-limits")?,
        rules,
    })
}

/// What a clean copy carries (its findings read again), in `lang`: one
/// sentence when it carries nothing but its profile, else every line.
pub fn carries(f: &Findings, l: &Localizer, lang: &str) -> Result<Vec<LineView>> {
    if f.is_clean() {
        let kind = if f.colour_profile {
            "carries-profile"
        } else {
            "carries-nothing"
        };
        return Ok(vec![LineView {
            kind,
            text: l.text(lang, &format!("photo-{kind}"))?,
            note: None,
        }]);
    }
    lines(f, l, lang)
}
