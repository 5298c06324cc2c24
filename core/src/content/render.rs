//! Resolves the documents into text for one language, ready for the reader:
//! the UI only lays it out (as text nodes, never HTML).

use serde::Serialize;

use super::{sections, Block, DOCUMENTS, GLOSSARY};
use crate::i18n::{Arg, Args, Localizer};
use crate::Result;

#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    pub id: &'static str,
    pub number: Option<&'static str>,
    pub edition: Option<&'static str>,
    /// The valid-from date as ISO 8601, for machines.
    pub valid_from: Option<&'static str>,
    /// The valid-from date as the document prints it (`dd.mm.yyyy`).
    pub valid_from_display: Option<String>,
    pub title: String,
    pub kind: Option<String>,
    pub references: Vec<ReferenceView>,
    pub sections: Vec<SectionView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReferenceView {
    pub code: &'static str,
    pub title: String,
}

/// A section with its heading level (1 = top level), flattened in reading order.
#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    pub id: &'static str,
    pub level: u8,
    pub title: String,
    pub blocks: Vec<BlockView>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BlockView {
    Paragraph {
        id: &'static str,
        text: String,
    },
    Bullets {
        id: &'static str,
        items: Vec<ItemView>,
    },
    Template {
        id: &'static str,
        text: String,
    },
    Link {
        id: &'static str,
        text: String,
        url: &'static str,
    },
}

#[derive(Debug, Clone, Serialize)]
pub struct ItemView {
    pub id: &'static str,
    pub text: String,
}

/// One glossary entry: the Norwegian term and its fixed English rendering.
#[derive(Debug, Clone, Serialize)]
pub struct GlossaryEntry {
    pub nb: String,
    pub en: String,
}

/// The reader's whole payload for one language.
#[derive(Debug, Clone, Serialize)]
pub struct Guideline {
    pub lang: String,
    pub documents: Vec<DocumentView>,
    pub glossary: Vec<GlossaryEntry>,
}

/// The decline template as it stands in the guideline, placeholders included.
pub fn template_text(l: &Localizer, lang: &str, message: &str) -> Result<String> {
    let mut args = Args::new();
    for (var, id) in [
        ("platform", "decline-placeholder-platform"),
        ("name", "decline-placeholder-name"),
    ] {
        args.insert(var.to_owned(), Arg::Str(l.format(lang, id, &Args::new())?));
    }
    l.format(lang, message, &args)
}

/// `2024-03-20` → `20.03.2024`, as the documents print their dates.
fn display_date(iso: &str) -> String {
    let mut parts = iso.split('-');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(y), Some(m), Some(d)) => format!("{d}.{m}.{y}"),
        _ => iso.to_owned(),
    }
}

fn block(l: &Localizer, lang: &str, b: &Block) -> Result<BlockView> {
    let text = |id: &str| l.format(lang, id, &Args::new());
    Ok(match b {
        Block::Paragraph { id } => BlockView::Paragraph {
            id,
            text: text(id)?,
        },
        Block::Bullets { id, items } => BlockView::Bullets {
            id,
            items: items
                .iter()
                .map(|i| {
                    Ok(ItemView {
                        id: i,
                        text: text(i)?,
                    })
                })
                .collect::<Result<_>>()?,
        },
        Block::Template { id, message } => BlockView::Template {
            id,
            text: template_text(l, lang, message)?,
        },
        Block::Link { id, url } => BlockView::Link {
            id,
            text: text(id)?,
            url,
        },
    })
}

/// Every document, resolved in `lang` (with the usual fallback chain).
pub fn guideline(l: &Localizer, lang: &str) -> Result<Guideline> {
    let none = Args::new();
    let documents = DOCUMENTS
        .iter()
        .map(|doc| {
            Ok(DocumentView {
                id: doc.id,
                number: doc.number,
                edition: doc.edition,
                valid_from: doc.valid_from,
                valid_from_display: doc.valid_from.map(display_date),
                title: l.format(lang, doc.title, &none)?,
                kind: doc.kind.map(|k| l.format(lang, k, &none)).transpose()?,
                references: doc
                    .references
                    .iter()
                    .map(|r| {
                        Ok(ReferenceView {
                            code: r.code,
                            title: l.format(lang, r.title, &none)?,
                        })
                    })
                    .collect::<Result<_>>()?,
                sections: sections(doc)
                    .into_iter()
                    .map(|(level, s)| {
                        Ok(SectionView {
                            id: s.id,
                            level,
                            title: l.format(lang, s.id, &none)?,
                            blocks: s
                                .blocks
                                .iter()
                                .map(|b| block(l, lang, b))
                                .collect::<Result<_>>()?,
                        })
                    })
                    .collect::<Result<_>>()?,
            })
        })
        .collect::<Result<_>>()?;
    let glossary = GLOSSARY
        .iter()
        .map(|id| {
            Ok(GlossaryEntry {
                nb: l.format("nb", id, &none)?,
                en: l.format("en", id, &none)?,
            })
        })
        .collect::<Result<_>>()?;
    Ok(Guideline {
        lang: lang.to_owned(),
        documents,
        glossary,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_print_as_in_the_document() {
        assert_eq!(display_date("2024-03-20"), "20.03.2024");
        assert_eq!(display_date("odd"), "odd");
    }
}
