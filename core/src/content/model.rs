//! The shape of the bundled documents: documents → sections → blocks.
//!
//! Structure lives here as static data; every user-visible word lives in Fluent
//! (`locales/<lang>/*.ftl`), keyed by the ids below. An id is also a deep-link
//! target (`#/guideline/<id>`), so ids are stable: never rename one without a
//! redirect. No HTML is stored anywhere in content.

use serde::Serialize;

/// One bundled source document (the guideline D38049 or the short employee guide).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Document {
    /// Stable id, also the deep-link target of the document itself.
    pub id: &'static str,
    /// The trust's document number, e.g. "D38049"; `None` when the source has none.
    pub number: Option<&'static str>,
    /// Edition as printed, e.g. "3.02"; `None` when the source has none.
    pub edition: Option<&'static str>,
    /// Valid-from date as ISO 8601 (`YYYY-MM-DD`); `None` when the source has none.
    pub valid_from: Option<&'static str>,
    /// Fluent id of the document's title.
    pub title: &'static str,
    /// Fluent id of the document's kind line (e.g. "Administrative rutiner"), if any.
    pub kind: Option<&'static str>,
    /// References listed by the document, in source order.
    pub references: &'static [Reference],
    pub sections: &'static [Section],
}

/// A reference to another document of the trust's quality system.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Reference {
    /// The reference code as printed, e.g. "SI/06.11-05" (not translated).
    pub code: &'static str,
    /// Fluent id of the referenced document's title.
    pub title: &'static str,
}

/// A titled part of a document. Sections may nest one level (e.g. "Handling").
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Section {
    /// Stable id; the Fluent id of the section's heading is the same id.
    pub id: &'static str,
    /// Whether the section's blocks are rules and advice for what staff post
    /// and do (the checklist asks about each, or says why not; see
    /// `checklist::NOT_ASKED`). False for purpose, scope, legal background,
    /// the guide's introduction and the sign-off form.
    pub rules: bool,
    pub blocks: &'static [Block],
    pub subsections: &'static [Section],
}

/// One piece of a section's body.
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// A paragraph; `id` is its Fluent id.
    Paragraph { id: &'static str },
    /// A bullet list; each item id is both a Fluent id and a deep-link target.
    Bullets {
        id: &'static str,
        items: &'static [&'static str],
    },
    /// The quoted decline template. It is the Fluent message `message`, rendered
    /// in the reader with its placeholder messages as arguments, so the reader
    /// and the decline screen share one text.
    Template {
        id: &'static str,
        message: &'static str,
    },
    /// A paragraph that carries an outside address. `id` is the Fluent id of the
    /// text; `url` is not translated and opens in the system browser.
    Link { id: &'static str, url: &'static str },
}
