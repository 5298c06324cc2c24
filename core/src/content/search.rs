//! Search over the documents in one language.
//!
//! - Case-insensitive, Norwegian letters included (Å/Æ/Ø fold to å/æ/ø).
//! - Every query word must match (AND). A word matches a text word it equals
//!   (best), starts (a prefix: "taushet" finds "taushetsplikt"), or sits inside
//!   (compounds: "plikt" finds "taushetsplikt", ranked lowest).
//! - Headings rank above body text. Results carry their section and a snippet
//!   split into plain and matched spans, so the UI can highlight without HTML.
//!
//! Folding is per character (the first char of its lowercase), which keeps
//! positions in the folded text aligned with the original.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Serialize;

use super::render::{guideline, BlockView};
use crate::i18n::Localizer;

/// The most results one query returns.
pub const MAX_RESULTS: usize = 20;
/// Queries are cut to this many characters.
pub const MAX_QUERY_CHARS: usize = 100;
const SNIPPET_BEFORE: usize = 50;
const SNIPPET_AFTER: usize = 110;

struct Entry {
    document: &'static str,
    section: &'static str,
    section_title: String,
    /// The block or bullet item (or the section, for a heading).
    target: &'static str,
    heading: bool,
    text: Vec<char>,
    folded: Vec<char>,
}

/// A piece of a snippet; `hit` marks the matched part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub document: &'static str,
    pub section: &'static str,
    pub section_title: String,
    pub target: &'static str,
    pub snippet: Vec<Span>,
    pub score: u32,
}

/// The search index of one language.
pub struct Index {
    entries: Vec<Entry>,
}

/// Case and accents do not matter (`É` finds `e`), one char for one char so
/// snippet positions stay aligned. æ, ø and å are letters of their own in
/// Norwegian, not accented ones, and stay as they are.
fn fold(c: char) -> char {
    match c.to_lowercase().next().unwrap_or(c) {
        'à' | 'á' | 'â' | 'ã' | 'ä' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        other => other,
    }
}

fn words(query: &str) -> Vec<Vec<char>> {
    query
        .chars()
        .take(MAX_QUERY_CHARS)
        .map(fold)
        .collect::<String>()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().collect())
        .collect()
}

/// How well `word` matches `text` at its best occurrence: (score, start).
fn best_match(text: &[char], word: &[char]) -> Option<(u32, usize)> {
    let mut best: Option<(u32, usize)> = None;
    if word.len() > text.len() {
        return None;
    }
    for start in 0..=text.len() - word.len() {
        if text[start..start + word.len()] != *word {
            continue;
        }
        let at_word_start = start == 0 || !text[start - 1].is_alphanumeric();
        let end = start + word.len();
        let at_word_end = end == text.len() || !text[end].is_alphanumeric();
        let score = match (at_word_start, at_word_end) {
            (true, true) => 3,
            (true, false) => 2,
            _ => 1,
        };
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, start));
        }
        if score == 3 {
            break;
        }
    }
    best
}

impl Index {
    /// Builds the index of `lang` from the rendered documents.
    pub fn build(l: &Localizer, lang: &str) -> crate::Result<Index> {
        let g = guideline(l, lang)?;
        let mut entries = Vec::new();
        let mut push = |document,
                        section: &crate::content::render::SectionView,
                        target,
                        heading,
                        text: &str| {
            let chars: Vec<char> = text.chars().collect();
            entries.push(Entry {
                document,
                section: section.id,
                section_title: section.title.clone(),
                target,
                heading,
                folded: chars.iter().copied().map(fold).collect(),
                text: chars,
            });
        };
        for doc in &g.documents {
            for s in &doc.sections {
                push(doc.id, s, s.id, true, &s.title);
                for b in &s.blocks {
                    match b {
                        BlockView::Paragraph { id, text } => {
                            push(doc.id, s, id, false, &text.plain())
                        }
                        BlockView::Template { id, text } | BlockView::Link { id, text, .. } => {
                            push(doc.id, s, id, false, text)
                        }
                        BlockView::Bullets { items, .. } => {
                            for i in items {
                                push(doc.id, s, i.id, false, &i.text.plain());
                            }
                        }
                    }
                }
            }
        }
        Ok(Index { entries })
    }

    /// The embedded content's index for `lang`, built once per process.
    pub fn embedded(lang: &str) -> Option<&'static Index> {
        static ALL: OnceLock<BTreeMap<&'static str, Index>> = OnceLock::new();
        ALL.get_or_init(|| {
            let l = Localizer::embedded();
            l.languages()
                .into_iter()
                .filter_map(|lang| match Index::build(l, lang) {
                    Ok(i) => Some((lang, i)),
                    Err(e) => {
                        log::error!("search index for {lang}: {e}");
                        None
                    }
                })
                .collect()
        })
        .get(lang)
    }

    /// Ranked results for `query`; empty for a query with no words.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let words = words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(usize, Hit)> = Vec::new();
        for (order, e) in self.entries.iter().enumerate() {
            let mut score = 0;
            let mut first = usize::MAX;
            let mut ranges = Vec::new();
            let mut all = true;
            for w in &words {
                match best_match(&e.folded, w) {
                    Some((s, start)) => {
                        score += s;
                        first = first.min(start);
                        ranges.push((start, start + w.len()));
                    }
                    None => {
                        all = false;
                        break;
                    }
                }
            }
            if !all {
                continue;
            }
            if e.heading {
                score += 2;
            }
            hits.push((
                order,
                Hit {
                    document: e.document,
                    section: e.section,
                    section_title: e.section_title.clone(),
                    target: e.target,
                    snippet: snippet(e, &words, first),
                    score,
                },
            ));
        }
        // Best score first; reading order breaks ties.
        hits.sort_by(|(ao, a), (bo, b)| b.score.cmp(&a.score).then(ao.cmp(bo)));
        hits.into_iter().take(MAX_RESULTS).map(|(_, h)| h).collect()
    }
}

/// A window of the entry's text around `first`, cut at word boundaries, with
/// every occurrence of a query word marked.
fn snippet(e: &Entry, words: &[Vec<char>], first: usize) -> Vec<Span> {
    let n = e.text.len();
    let mut start = first.saturating_sub(SNIPPET_BEFORE);
    while start > 0 && start < first && !e.text[start - 1].is_whitespace() {
        start += 1;
    }
    let mut end = (first + SNIPPET_AFTER).min(n);
    while end < n && end > first && !e.text[end].is_whitespace() {
        end -= 1;
    }
    let mut marked = vec![false; n];
    for w in words {
        let mut i = start;
        while i + w.len() <= end {
            if e.folded[i..i + w.len()] == **w {
                marked[i..i + w.len()].iter_mut().for_each(|m| *m = true);
                i += w.len();
            } else {
                i += 1;
            }
        }
    }
    let mut spans: Vec<Span> = Vec::new();
    if start > 0 {
        spans.push(Span {
            text: "…".into(),
            hit: false,
        });
    }
    for (i, (&c, &hit)) in e.text.iter().zip(&marked).enumerate().take(end).skip(start) {
        match spans.last_mut() {
            Some(last) if last.hit == hit && !(i == start && start > 0) => last.text.push(c),
            _ => spans.push(Span {
                text: c.to_string(),
                hit,
            }),
        }
    }
    if end < n {
        match spans.last_mut() {
            Some(last) if !last.hit => last.text.push('…'),
            _ => spans.push(Span {
                text: "…".into(),
                hit: false,
            }),
        }
    }
    spans
}

/// Where a deep link's query words sit in its target's text, for the
/// reader to mark: `[start, end)` in UTF-16 code units (the page's string
/// positions) of the target's text as shown (a section's: its heading).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
}

impl Index {
    /// Every occurrence of every word of `query` in the text of `target`,
    /// found as search finds them (case and accents folded), in order and
    /// without overlaps; empty for an unknown target or a query of no words.
    pub fn marks(&self, target: &str, query: &str) -> Vec<Mark> {
        let words = words(query);
        let Some(e) = self.entries.iter().find(|e| e.target == target) else {
            return Vec::new();
        };
        let n = e.folded.len();
        let mut marked = vec![false; n];
        for w in words.iter().filter(|w| w.len() <= n) {
            let mut i = 0;
            while i + w.len() <= n {
                if e.folded[i..i + w.len()] == **w {
                    marked[i..i + w.len()].iter_mut().for_each(|m| *m = true);
                    i += w.len();
                } else {
                    i += 1;
                }
            }
        }
        let mut out: Vec<Mark> = Vec::new();
        let mut at = 0; // UTF-16 position of char i
        for (i, c) in e.text.iter().enumerate() {
            let next = at + c.len_utf16();
            if marked[i] {
                match out.last_mut() {
                    Some(m) if m.end == at => m.end = next,
                    _ => out.push(Mark {
                        start: at,
                        end: next,
                    }),
                }
            }
            at = next;
        }
        out
    }
}

/// The marks for a deep link in `lang` (see [`Index::marks`]).
pub fn marks(lang: &str, target: &str, query: &str) -> Vec<Mark> {
    Index::embedded(lang)
        .map(|index| index.marks(target, query))
        .unwrap_or_default()
}

/// The search as the reader shows it: the hits and the status line
/// ("3 treff", "Ingen treff."; empty for an empty query).
#[derive(Debug, Clone, Serialize)]
pub struct SearchView {
    pub status: String,
    pub hits: Vec<Hit>,
}

/// Searches both documents in `lang`.
pub fn view(l: &Localizer, lang: &str, query: &str) -> crate::Result<SearchView> {
    if words(query).is_empty() {
        return Ok(SearchView {
            status: String::new(),
            hits: Vec::new(),
        });
    }
    let hits = Index::embedded(lang)
        .map(|index| index.search(query))
        .unwrap_or_default();
    let status = if hits.is_empty() {
        l.format(lang, "reader-search-none", &crate::i18n::Args::new())?
    } else {
        let count = crate::i18n::Args::from([(
            "count".to_owned(),
            crate::i18n::Arg::Num(hits.len() as f64),
        )]);
        l.format(lang, "reader-search-count", &count)?
    };
    Ok(SearchView { status, hits })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_fold_as_search_does_and_count_utf16() {
        let l = Localizer::embedded();
        let index = Index::build(l, "nb").unwrap();
        let hit = &index.search("taushetsplikt")[0];
        let text: Vec<u16> = index
            .entries
            .iter()
            .find(|e| e.target == hit.target)
            .unwrap()
            .text
            .iter()
            .collect::<String>()
            .encode_utf16()
            .collect();
        let marks = index.marks(hit.target, "TAUSHETSPLIKT");
        assert!(!marks.is_empty());
        for m in &marks {
            let marked = String::from_utf16(&text[m.start..m.end]).unwrap();
            assert_eq!(marked.to_lowercase(), "taushetsplikt", "{m:?}");
        }
        // Accents fold: "kafe" marks "kafé" (built by hand: one entry).
        let entry = |text: &str| Entry {
            document: "d",
            section: "s",
            section_title: String::new(),
            target: "t",
            heading: false,
            text: text.chars().collect(),
            folded: text.chars().map(fold).collect(),
        };
        let one = Index {
            entries: vec![entry("På kafé, 😀 og Kafé")],
        };
        assert_eq!(
            one.marks("t", "kafe"),
            [Mark { start: 3, end: 7 }, Mark { start: 15, end: 19 }],
            "the emoji counts two UTF-16 units"
        );
        assert_eq!(
            one.marks("t", "på kafé"),
            [
                Mark { start: 0, end: 2 },
                Mark { start: 3, end: 7 },
                Mark { start: 15, end: 19 }
            ]
        );
        assert!(one.marks("other", "kafe").is_empty());
        assert!(one.marks("t", " ,.").is_empty());
    }

    #[test]
    fn best_match_prefers_whole_words_then_prefixes() {
        let t: Vec<char> = "ta taushetsplikt taus".chars().collect();
        assert_eq!(best_match(&t, &['t', 'a', 'u', 's']), Some((3, 17)));
        let t: Vec<char> = "taushetsplikt".chars().collect();
        assert_eq!(
            best_match(&t, &"plikt".chars().collect::<Vec<_>>()),
            Some((1, 8))
        );
        assert_eq!(
            best_match(&t, &"taushet".chars().collect::<Vec<_>>()),
            Some((2, 0))
        );
    }

    #[test]
    fn query_words_fold_norwegian_capitals() {
        assert_eq!(
            words("ÆRE Ødegård, å!"),
            vec![
                "ære".chars().collect::<Vec<_>>(),
                "ødegård".chars().collect(),
                vec!['å']
            ]
        );
        assert!(words("  ,. ").is_empty());
    }
}
