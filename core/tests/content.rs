//! The bundled documents: structure and deep links, the verbatim Norwegian
//! text against the seeds, and search.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure report

use std::collections::BTreeSet;
use std::path::PathBuf;

use postvett_core::content::render::{guideline, BlockView, Guideline};
use postvett_core::content::search::Index;
use postvett_core::content::{locate, locations, urls, DOCUMENTS};
use postvett_core::i18n::Localizer;

fn rendered(lang: &str) -> Guideline {
    guideline(Localizer::embedded(), lang).unwrap()
}

#[test]
fn ids_are_unique_and_every_one_resolves() {
    let locs = locations();
    let ids: BTreeSet<_> = locs.iter().map(|l| l.id).collect();
    assert_eq!(ids.len(), locs.len(), "duplicate ids");
    for l in &locs {
        assert_eq!(locate(l.id), Some(*l));
        assert!(
            l.id.starts_with(l.document),
            "{} is not prefixed by its document",
            l.id
        );
    }
    assert!(locate("no-such-section").is_none());
    // The targets the checklist and other screens link to.
    for id in [
        "d38049-patients-photos",
        "d38049-patients-friends",
        "d38049-workplace-internal",
        "d38049-netiquette-location",
        "guide-confidentiality",
    ] {
        assert!(locate(id).is_some(), "{id}");
    }
}

#[test]
fn both_documents_carry_their_metadata() {
    let d = &DOCUMENTS[0];
    assert_eq!(
        (d.id, d.number, d.edition, d.valid_from),
        ("d38049", Some("D38049"), Some("3.02"), Some("2024-03-20"))
    );
    let codes: Vec<_> = d.references.iter().map(|r| r.code).collect();
    assert_eq!(codes, ["SI/06.11-05", "SI/10.01.17-01"]);
    assert_eq!(DOCUMENTS[1].id, "guide");
    let g = rendered("nb");
    assert_eq!(
        g.documents[0].valid_from_display.as_deref(),
        Some("20.03.2024")
    );
    assert_eq!(
        g.documents[0].references[1].title,
        "Varsling - Kritikkverdige forhold"
    );
    assert_eq!(urls(), ["https://slettmeg.no/"]);
}

/// All text of a rendered language, in reading order.
fn texts(g: &Guideline) -> Vec<String> {
    let mut out = Vec::new();
    for d in &g.documents {
        out.push(d.title.clone());
        for s in &d.sections {
            out.push(s.title.clone());
            for b in &s.blocks {
                match b {
                    BlockView::Paragraph { text, .. } => out.push(text.plain()),
                    BlockView::Template { text, .. } | BlockView::Link { text, .. } => {
                        out.push(text.clone())
                    }
                    BlockView::Bullets { items, .. } => {
                        out.extend(items.iter().map(|i| i.text.plain()))
                    }
                }
            }
        }
        for r in &d.references {
            out.push(format!("{} {}", r.code, r.title));
        }
    }
    out
}

#[test]
fn every_text_is_present_in_every_language_and_holds_no_html() {
    for lang in ["nb", "nn", "en"] {
        for t in texts(&rendered(lang)) {
            assert!(!t.trim().is_empty(), "{lang}: empty text");
            for tag in [
                "</", "<br", "<p>", "<a ", "<b>", "<i>", "<em>", "&amp;", "&nbsp;", "&lt;",
            ] {
                assert!(!t.contains(tag), "{lang}: HTML {tag:?} in {t:?}");
            }
        }
    }
}

#[test]
fn the_template_keeps_the_guidelines_placeholders() {
    let g = rendered("nb");
    let template = g.documents[0]
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .find_map(|b| match b {
            BlockView::Template { text, .. } => Some(text.clone()),
            _ => None,
        })
        .unwrap();
    assert!(template
        .starts_with("Takk for henvendelsen om å bli satt i forbindelse her på <sosialt medium>!"));
    assert!(template.ends_with("\nMed vennlig hilsen <NN"));
}

// ---- the Norwegian text against the seeds ----

/// The seed folder beside the checkout. Outside CI a missing folder skips
/// the seed checks (a contributor may have only the repository); under
/// `CI=true` it fails them, so a CI run never passes without comparing.
fn seeds_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    if dir.is_dir() {
        return Some(dir);
    }
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    assert!(!ci, "CI is set but the seeds are not at {}", dir.display());
    None
}

/// Joins PDF lines: a word split as "lojalitets-\nforholdet" is rejoined;
/// bullets, emphasis asterisks and the page header go; whitespace folds.
fn normalise_seed(raw: &str) -> String {
    let lines: Vec<&str> = raw.lines().collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let next = lines.get(i + 1).and_then(|n| n.trim_start().chars().next());
        let hyphen_after_letter =
            line.ends_with('-') && line.chars().rev().nth(1).is_some_and(char::is_alphabetic);
        if hyphen_after_letter && next.is_some_and(char::is_lowercase) {
            // "lojalitets-" + "forholdet": a word split by the PDF.
            out.push_str(&line[..line.len() - 1]);
        } else if hyphen_after_letter && next == Some('/') {
            // "pasient-" + "/brukerhistorier": a real hyphen, no space.
            out.push_str(line);
        } else {
            out.push_str(line);
            out.push(' ');
        }
    }
    fold_text(&out.replace("Side 1 av 4", " ").replace(['•', '*'], " "))
}

/// Whitespace folded, and a dash standing alone between words dropped (the
/// extracted guide title lost its dash).
fn fold_text(s: &str) -> String {
    s.split_whitespace()
        .filter(|w| *w != "-" && *w != "–")
        .collect::<Vec<_>>()
        .join(" ")
}

fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        if matches!(c, '.' | '!' | '?') && chars.get(i + 1) == Some(&' ') {
            out.push(current.trim().to_owned());
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_owned());
    }
    out
}

#[test]
fn the_norwegian_content_has_every_sentence_of_the_seeds_word_for_word() {
    let Some(dir) = seeds_dir() else {
        println!("seed check skipped: ../shared/seeds is not beside this checkout");
        return;
    };
    let blob = fold_text(&texts(&rendered("nb")).join(" "));
    let mut checked = 0;
    let mut missing = Vec::new();
    for (file, start, end) in [
        (
            "002_7e059ceaac8f7e01.txt",
            "Hensikt og omfang",
            "Referanser",
        ),
        (
            "000_9e1fc9692fc7006a.txt",
            "Bruk av sosiale medier",
            "\u{0}",
        ),
    ] {
        let raw = std::fs::read_to_string(dir.join(file)).unwrap();
        let body_start = raw.find(start).unwrap();
        let body_end = raw.find(end).unwrap_or(raw.len());
        for s in sentences(&normalise_seed(&raw[body_start..body_end])) {
            checked += 1;
            if !blob.contains(&s) {
                missing.push(s);
            }
        }
        if file.starts_with("002") {
            // The header block (kind, title) and the references.
            let head = normalise_seed(&raw[..body_start]);
            let g = rendered("nb");
            for t in [
                g.documents[0].kind.clone().unwrap(),
                g.documents[0].title.clone(),
            ] {
                assert!(head.contains(&fold_text(&t)), "header lacks {t:?}");
            }
            let tail = normalise_seed(&raw[body_end..]);
            for r in &g.documents[0].references {
                assert!(
                    tail.contains(&fold_text(&format!("{} {}", r.code, r.title))),
                    "{}",
                    r.code
                );
            }
        }
    }
    assert!(
        checked > 80,
        "only {checked} sentences were read from the seeds"
    );
    assert!(
        missing.is_empty(),
        "{} seed sentences are missing from the nb content:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

// ---- search ----

fn sections_found(lang: &str, q: &str) -> Vec<&'static str> {
    Index::embedded(lang)
        .unwrap()
        .search(q)
        .iter()
        .map(|h| h.section)
        .collect()
}

#[test]
fn taushetsplikt_is_found_where_the_guideline_speaks_of_it() {
    let found = sections_found("nb", "taushetsplikt");
    for s in [
        "guide-confidentiality",
        "d38049-legal",
        "d38049-purpose",
        "d38049-patients",
    ] {
        assert!(found.contains(&s), "{s} not in {found:?}");
    }
    // The heading "Vi har taushetsplikt overfor pasienter" ranks first.
    assert_eq!(found[0], "guide-confidentiality");
    // Case, and Norwegian capitals, do not matter; a prefix finds the word.
    assert_eq!(sections_found("nb", "TAUSHETSPLIKT"), found);
    assert!(sections_found("nb", "taushet").contains(&"d38049-patients"));
    assert!(sections_found("nb", "ÅNDSVERKLOVEN").contains(&"guide-private"));
    assert!(sections_found("nb", "ØNSKES").contains(&"d38049-purpose"));
}

#[test]
fn teieplikt_is_found_in_nynorsk_whatever_the_case_or_accents() {
    let found = sections_found("nn", "teieplikt");
    for s in ["guide-confidentiality", "d38049-legal", "d38049-patients"] {
        assert!(found.contains(&s), "{s} not in {found:?}");
    }
    assert_eq!(found[0], "guide-confidentiality");
    assert_eq!(sections_found("nn", "TEIEPLIKT"), found);
    assert_eq!(sections_found("nn", "téieplíkt"), found);
    assert!(sections_found("nn", "teie").contains(&"d38049-patients"));
    // nynorsk forms, not bokmål ones, are what the nn text holds.
    assert!(sections_found("nn", "taushetsplikt").is_empty());
}

#[test]
fn confidentiality_is_found_in_english() {
    let found = sections_found("en", "confidentiality");
    for s in ["guide-confidentiality", "d38049-patients", "d38049-legal"] {
        assert!(found.contains(&s), "{s} not in {found:?}");
    }
}

#[test]
fn results_carry_a_highlighted_snippet_and_every_word_must_match() {
    let hits = Index::embedded("nb").unwrap().search("slettmeg");
    assert_eq!(hits[0].target, "guide-delete-link");
    let marked: String = hits[0]
        .snippet
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(marked.to_lowercase(), "slettmeg");
    assert!(Index::embedded("nb")
        .unwrap()
        .search("slettmeg zzzz")
        .is_empty());
    assert!(Index::embedded("nb").unwrap().search("  ").is_empty());
}

/// Every paragraph and bullet item's rich text, by id.
fn rich_texts(g: &Guideline) -> Vec<(&'static str, &postvett_core::content::render::Rich)> {
    let mut out = Vec::new();
    for d in &g.documents {
        for s in &d.sections {
            for b in &s.blocks {
                match b {
                    BlockView::Paragraph { id, text } => out.push((*id, text)),
                    BlockView::Bullets { items, .. } => {
                        out.extend(items.iter().map(|i| (i.id, &i.text)))
                    }
                    _ => {}
                }
            }
        }
    }
    out
}

#[test]
fn emphasis_is_kept_in_every_language_and_no_asterisk_is_left() {
    let nb = rendered("nb");
    let nb_runs: Vec<_> = rich_texts(&nb)
        .into_iter()
        .map(|(id, r)| (id, r.emphasised().len()))
        .collect();
    assert!(
        nb_runs.iter().any(|(_, n)| *n > 0),
        "the bokmål text keeps the guide's emphasis"
    );
    for lang in ["nb", "nn", "en"] {
        let g = rendered(lang);
        let runs: Vec<_> = rich_texts(&g)
            .into_iter()
            .map(|(id, r)| {
                assert!(!r.plain().contains('*'), "{lang} {id}: a stray asterisk");
                (id, r.emphasised().len())
            })
            .collect();
        assert_eq!(
            runs, nb_runs,
            "{lang}: the same runs are emphasised as in nb"
        );
    }
}

#[test]
fn the_seeds_emphasis_is_the_bokmal_emphasis() {
    let Some(dir) = seeds_dir() else {
        println!("seed check skipped: ../shared/seeds is not beside this checkout");
        return;
    };
    let mut from_seeds = Vec::new();
    for file in ["002_7e059ceaac8f7e01.txt", "000_9e1fc9692fc7006a.txt"] {
        let raw = std::fs::read_to_string(dir.join(file)).unwrap();
        let parts: Vec<&str> = raw.split('*').collect();
        from_seeds.extend(parts.iter().skip(1).step_by(2).map(|s| s.to_string()));
    }
    let nb = rendered("nb");
    let shown: Vec<String> = rich_texts(&nb)
        .into_iter()
        .flat_map(|(_, r)| r.emphasised())
        .map(str::to_owned)
        .collect();
    assert_eq!(shown, from_seeds);
    assert_eq!(shown, ["er", "har vært"]);
}
