//! The bundled documents (the guideline D38049 and the short employee guide):
//! their structure as static data ([`documents`]), with all text in Fluent.
//! [`render`] resolves them into text for one language, [`search`] finds
//! words in them, and [`locate`] resolves a deep-link id.

pub mod documents;
pub mod model;
pub mod render;
pub mod search;

pub use documents::{DOCUMENTS, GLOSSARY};

/// The language whose text of the documents is authoritative (the trust's
/// own); every other language's reader says so.
pub const AUTHORITATIVE: &str = "nb";
pub use model::{Block, Document, Reference, Section};

/// Where a deep-link id points: the document, the section (the innermost one)
/// and the id itself (a document, section, block or bullet item).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    pub document: &'static str,
    pub section: Option<&'static str>,
    pub id: &'static str,
}

/// Every section of a document, depth first, with its nesting level (1 = top).
pub fn sections(doc: &Document) -> Vec<(u8, &'static Section)> {
    fn walk(out: &mut Vec<(u8, &'static Section)>, level: u8, list: &'static [Section]) {
        for s in list {
            out.push((level, s));
            walk(out, level + 1, s.subsections);
        }
    }
    let mut out = Vec::new();
    walk(&mut out, 1, doc.sections);
    out
}

/// The ids a block answers to: its own, and each bullet item's.
pub fn block_ids(block: &Block) -> Vec<&'static str> {
    match block {
        Block::Paragraph { id } | Block::Template { id, .. } | Block::Link { id, .. } => vec![id],
        Block::Bullets { id, items } => std::iter::once(*id).chain(items.iter().copied()).collect(),
    }
}

/// Every deep-link location, in reading order.
pub fn locations() -> Vec<Location> {
    let mut out = Vec::new();
    for doc in DOCUMENTS {
        out.push(Location {
            document: doc.id,
            section: None,
            id: doc.id,
        });
        for (_, section) in sections(doc) {
            out.push(Location {
                document: doc.id,
                section: Some(section.id),
                id: section.id,
            });
            for block in section.blocks {
                for id in block_ids(block) {
                    out.push(Location {
                        document: doc.id,
                        section: Some(section.id),
                        id,
                    });
                }
            }
        }
    }
    out
}

/// A rule paragraph: a paragraph, bullet item or link paragraph of a section
/// marked `rules`, with the section it lies in. The decline template is not
/// one (it is the text to use, opened from the checklist's decline action),
/// and neither is a list's own anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleParagraph {
    pub id: &'static str,
    pub section: &'static str,
}

/// Every rule paragraph of every document, in reading order.
pub fn rule_paragraphs() -> Vec<RuleParagraph> {
    DOCUMENTS
        .iter()
        .flat_map(sections)
        .filter(|(_, s)| s.rules)
        .flat_map(|(_, s)| {
            s.blocks.iter().flat_map(move |b| {
                let ids: Vec<&'static str> = match b {
                    Block::Paragraph { id } | Block::Link { id, .. } => vec![id],
                    Block::Bullets { items, .. } => items.to_vec(),
                    Block::Template { .. } => vec![],
                };
                ids.into_iter()
                    .map(move |id| RuleParagraph { id, section: s.id })
            })
        })
        .collect()
}

/// The bundled document with this id.
pub fn document(id: &str) -> Option<&'static Document> {
    DOCUMENTS.iter().find(|d| d.id == id)
}

/// Resolves a deep-link id; `None` for an unknown id.
pub fn locate(id: &str) -> Option<Location> {
    locations().into_iter().find(|l| l.id == id)
}

/// The outside addresses the content links to (the opener capability is
/// scoped to exactly these).
pub fn urls() -> Vec<&'static str> {
    DOCUMENTS
        .iter()
        .flat_map(sections)
        .flat_map(|(_, s)| s.blocks)
        .filter_map(|b| match b {
            Block::Link { url, .. } => Some(*url),
            _ => None,
        })
        .collect()
}

/// `url` if the content links to it; the shell opens nothing else.
pub fn link(url: &str) -> crate::Result<&'static str> {
    urls()
        .into_iter()
        .find(|u| *u == url)
        .ok_or_else(|| crate::Error::UnknownLink {
            url: url.chars().take(100).collect(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_contents_own_links_are_opened() {
        assert_eq!(
            link("https://slettmeg.no/").unwrap(),
            "https://slettmeg.no/"
        );
        assert_eq!(
            link("https://slettmeg.no.example/").unwrap_err().code(),
            "unknown-link"
        );
        assert_eq!(link("").unwrap_err().code(), "unknown-link");
    }
}
