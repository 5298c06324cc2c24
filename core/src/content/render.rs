//! Resolves the documents into text for one language, ready for the reader:
//! the UI only lays it out (as text nodes, never HTML).

use std::collections::BTreeMap;

use serde::Serialize;

use super::{locations, sections, Block, AUTHORITATIVE, DOCUMENTS, GLOSSARY};
use crate::dates;
use crate::i18n::{Arg, Args, LanguageOption, Localizer};
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
    /// "Title (edition)", as the sign-off names what is signed.
    pub heading: String,
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

/// A run of text, emphasised or not. The sources mark emphasis with
/// asterisks (the guide's "noen *er* eller *har vært* pasient"), and so do the
/// Fluent messages of every locale; the reader shows it as `<em>`, built from
/// DOM nodes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Inline {
    pub text: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub em: bool,
}

/// A paragraph's text as runs: plain, with `*emphasis*` split out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Rich(pub Vec<Inline>);

impl Rich {
    /// Splits `*…*` runs out of a message's text. A lone asterisk (none in
    /// the content today) stays as it is.
    pub fn parse(text: &str) -> Rich {
        let mut runs = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('*') {
            let Some(len) = rest[open + 1..].find('*') else {
                break;
            };
            if open > 0 {
                runs.push(Inline {
                    text: rest[..open].to_owned(),
                    em: false,
                });
            }
            runs.push(Inline {
                text: rest[open + 1..open + 1 + len].to_owned(),
                em: true,
            });
            rest = &rest[open + 2 + len..];
        }
        if !rest.is_empty() || runs.is_empty() {
            runs.push(Inline {
                text: rest.to_owned(),
                em: false,
            });
        }
        Rich(runs)
    }

    /// The text without its emphasis, for search and for machines.
    pub fn plain(&self) -> String {
        self.0.iter().map(|i| i.text.as_str()).collect()
    }

    /// The emphasised runs.
    pub fn emphasised(&self) -> Vec<&str> {
        self.0
            .iter()
            .filter(|i| i.em)
            .map(|i| i.text.as_str())
            .collect()
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BlockView {
    Paragraph {
        id: &'static str,
        text: Rich,
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
    pub text: Rich,
}

/// A text in a named language (the glossary shows each in its own `lang`).
#[derive(Debug, Clone, Serialize)]
pub struct Term {
    pub lang: &'static str,
    pub text: String,
}

/// One glossary entry: the authoritative (bokmål) term and its fixed
/// rendering in every other bundled language.
#[derive(Debug, Clone, Serialize)]
pub struct GlossaryEntry {
    pub term: Term,
    pub renderings: Vec<Term>,
}

/// The reader's whole payload for one language.
#[derive(Debug, Clone, Serialize)]
pub struct Guideline {
    pub lang: String,
    /// This is the authoritative text (else the reader says which is).
    pub authoritative: bool,
    /// The other languages the documents can be read in, each in its own name.
    pub read_in: Vec<LanguageOption>,
    /// Deep-link id → the document it lies in (every document, section,
    /// paragraph and bullet id; see [`super::locate`]).
    pub owners: BTreeMap<&'static str, &'static str>,
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

fn block(l: &Localizer, lang: &str, b: &Block) -> Result<BlockView> {
    let text = |id: &str| l.format(lang, id, &Args::new());
    let rich = |id: &str| text(id).map(|t| Rich::parse(&t));
    Ok(match b {
        Block::Paragraph { id } => BlockView::Paragraph {
            id,
            text: rich(id)?,
        },
        Block::Bullets { id, items } => BlockView::Bullets {
            id,
            items: items
                .iter()
                .map(|i| {
                    Ok(ItemView {
                        id: i,
                        text: rich(i)?,
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

/// "Title (edition)", or the title alone for a document without editions.
pub fn heading(l: &Localizer, lang: &str, title: &str, edition: Option<&str>) -> Result<String> {
    let title = l.format(lang, title, &Args::new())?;
    match edition {
        Some(edition) => l.format(
            lang,
            "reader-title-edition",
            &Args::from([
                ("title".to_owned(), Arg::Str(title)),
                ("edition".to_owned(), Arg::Str(edition.to_owned())),
            ]),
        ),
        None => Ok(title),
    }
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
                valid_from_display: doc.valid_from.map(dates::numeric_iso),
                title: l.format(lang, doc.title, &none)?,
                heading: heading(l, lang, doc.title, doc.edition)?,
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
    let term = |lang: &'static str, id: &str| -> Result<Term> {
        Ok(Term {
            lang,
            text: l.format(lang, id, &none)?,
        })
    };
    let glossary = GLOSSARY
        .iter()
        .map(|id| {
            Ok(GlossaryEntry {
                term: term(AUTHORITATIVE, id)?,
                renderings: l
                    .languages()
                    .into_iter()
                    .filter(|code| *code != AUTHORITATIVE)
                    .map(|code| term(code, id))
                    .collect::<Result<_>>()?,
            })
        })
        .collect::<Result<_>>()?;
    Ok(Guideline {
        lang: lang.to_owned(),
        authoritative: lang == AUTHORITATIVE,
        read_in: l.options().into_iter().filter(|o| o.code != lang).collect(),
        owners: locations()
            .into_iter()
            .map(|o| (o.id, o.document))
            .collect(),
        documents,
        glossary,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_carries_its_display_text_and_where_each_id_lives() {
        let l = Localizer::embedded();
        let g = guideline(l, "en").unwrap();
        assert!(!g.authoritative);
        assert!(guideline(l, "nb").unwrap().authoritative);
        assert_eq!(
            g.read_in.iter().map(|o| o.code).collect::<Vec<_>>(),
            ["nb", "nn"]
        );
        assert_eq!(g.read_in[0].name, "Norsk bokmål");
        assert_eq!(g.owners.get("d38049-patients-photos"), Some(&"d38049"));
        assert_eq!(g.owners.get("guide"), Some(&"guide"));
        let d = &g.documents[0];
        assert_eq!(d.valid_from_display.as_deref(), Some("20.03.2024"));
        assert_eq!(d.heading, format!("{} ({})", d.title, d.edition.unwrap()));
        assert_eq!(g.glossary[0].term.lang, "nb");
        let renderings: Vec<_> = g.glossary[0].renderings.iter().map(|r| r.lang).collect();
        assert_eq!(renderings, ["en", "nn"]);
    }

    #[test]
    fn asterisks_become_emphasis_runs() {
        let r = Rich::parse("noen *er* eller *har vært* pasient");
        assert_eq!(r.emphasised(), ["er", "har vært"]);
        assert_eq!(r.plain(), "noen er eller har vært pasient");
        assert_eq!(r.0.len(), 5);
        assert_eq!(
            Rich::parse("*a*").0,
            [Inline {
                text: "a".into(),
                em: true
            }]
        );
        assert_eq!(
            Rich::parse("").0,
            [Inline {
                text: "".into(),
                em: false
            }]
        );
        let lone = Rich::parse("5 * 3");
        assert_eq!(
            (lone.plain().as_str(), lone.emphasised().len()),
            ("5 * 3", 0)
        );
        assert_eq!(
            serde_json::to_value(Rich::parse("x *y*")).unwrap(),
            serde_json::json!([{"text": "x "}, {"text": "y", "em": true}])
        );
    }
}
