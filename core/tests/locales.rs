//! The Fluent sources as a whole: they parse, every locale has the same
//! messages with the same variables, and every id the code asks for exists.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure report

use std::collections::BTreeSet;
use std::path::Path;

use postvett_core::i18n::{audit, embedded_sources, Localizer};
use postvett_core::Error;

fn catalogues() -> Vec<(&'static str, audit::Catalogue)> {
    embedded_sources()
        .iter()
        .map(|(lang, files)| {
            (
                *lang,
                audit::catalogue(files).unwrap_or_else(|e| panic!("{lang}: {e}")),
            )
        })
        .collect()
}

#[test]
fn bokmal_nynorsk_and_english_are_bundled() {
    assert_eq!(Localizer::embedded().languages(), vec!["en", "nb", "nn"]);
}

/// Forms that only bokmål uses; nynorsk writes ikkje, eg, kva, korleis,
/// dersom, nokon/nokre, berre, frå, vere, kven, utan, mykje, sjukehus, kvar,
/// dykkar/deira, gjere.
const BOKMAL_ONLY: &[&str] = &[
    "ikke",
    "jeg",
    "hva",
    "hvordan",
    "hvis",
    "noen",
    "bare",
    "fra",
    "være",
    "hvem",
    "uten",
    "mye",
    "sykehus",
    "hvor",
    "deres",
    "gjøre",
    "ennå",
    "sykepleier",
    "ansatte",
];

/// Proper names that contain such forms, and so may stand in nynorsk text:
/// the trust's name, the titles of documents and laws as they are named, and
/// phone menu labels, which the phones show in bokmål (they have no nynorsk).
const PROPER_NAMES: &[&str] = &[
    "Sykehuset Innlandet",
    "Ikke tillat",
    "Retningslinjer for ansattes bruk",
    "veiledning for ansatte",
];

/// The bokmål-only words in the message text of a Fluent source (comments,
/// ids and variable names aside), with their line numbers.
fn bokmal_forms(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, line) in source.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let mut text = match line.split_once('=') {
            Some((id, rest)) if !id.starts_with(' ') && !id.trim().is_empty() => rest.to_owned(),
            _ => line.to_owned(),
        };
        for name in PROPER_NAMES {
            text = text.replace(name, " ");
        }
        let without_placeables: String = text
            .split('{')
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part
                } else {
                    part.split_once('}').map_or("", |(_, after)| after)
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
        for word in without_placeables.split(|c: char| !c.is_alphabetic()) {
            let lower = word.to_lowercase();
            if BOKMAL_ONLY.contains(&lower.as_str()) {
                found.push((n + 1, lower));
            }
        }
    }
    found
}

#[test]
fn the_bokmal_form_check_finds_what_it_should() {
    assert_eq!(
        bokmal_forms("a = Det er ikke lov"),
        [(1, "ikke".to_owned())]
    );
    assert_eq!(
        bokmal_forms("a = Hvis du vil\n    Noen kan"),
        [(1, "hvis".to_owned()), (2, "noen".to_owned())]
    );
    assert_eq!(bokmal_forms("a =\n    fra deg"), [(2, "fra".to_owned())]);
    assert!(bokmal_forms("a = Det er ikkje lov for nokon").is_empty());
    assert!(
        bokmal_forms("# ikke in a comment\nhvis-id = { $hvis } ved Sykehuset Innlandet").is_empty()
    );
}

#[test]
fn nynorsk_uses_no_bokmal_only_forms() {
    let (_, files) = embedded_sources()
        .iter()
        .find(|(lang, _)| *lang == "nn")
        .expect("nn is bundled");
    let mut slips = Vec::new();
    for (file, source) in files.iter() {
        for (line, word) in bokmal_forms(source) {
            slips.push(format!("nn/{file}:{line}: {word}"));
        }
    }
    assert!(
        slips.is_empty(),
        "bokmål forms in nynorsk:\n{}",
        slips.join("\n")
    );
}

#[test]
fn every_embedded_file_parses_without_problems() {
    let (_, problems) = Localizer::from_sources(embedded_sources());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_locale_has_the_same_messages_and_variables() {
    let cats = catalogues();
    let (first_lang, first) = &cats[0];
    for (lang, cat) in &cats[1..] {
        let a: BTreeSet<_> = first.keys().collect();
        let b: BTreeSet<_> = cat.keys().collect();
        assert_eq!(
            a.symmetric_difference(&b).collect::<Vec<_>>(),
            Vec::<&&String>::new(),
            "ids that exist in only one of {first_lang}/{lang}"
        );
        for (id, vars) in first {
            assert_eq!(
                &cat[id], vars,
                "variables of {id} differ between {first_lang} and {lang}"
            );
        }
    }
}

#[test]
fn no_formatted_string_carries_isolation_marks() {
    let l = Localizer::embedded();
    for lang in l.languages() {
        for (id, text) in l.all(lang) {
            assert!(!text.contains(['\u{2068}', '\u{2069}']), "{lang}/{id}");
        }
    }
}

#[test]
fn every_error_code_has_a_message() {
    let l = Localizer::embedded();
    for lang in l.languages() {
        // The shell's own codes are checked in src-tauri (its error type).
        for code in Error::codes() {
            let id = format!("error-{code}");
            assert!(l.has(lang, &id), "{lang} lacks {id}");
        }
    }
}

/// Ids the UI asks for by name: `data-i18n*="id"` in HTML and `t("id")` in JS.
fn ui_ids() -> BTreeSet<String> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src");
    let mut ids = BTreeSet::new();
    let mut stack = vec![ui];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for marker in [
                "data-i18n=\"",
                "data-i18n-aria-label=\"",
                "data-i18n-placeholder=\"",
                "data-i18n-title=\"",
                "t(\"",
                "t('",
            ] {
                for (at, _) in text.match_indices(marker) {
                    // `t(` only as a call of its own, not the tail of `createElement(`.
                    let before = text[..at].chars().next_back();
                    if marker.starts_with("t(")
                        && before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
                    {
                        continue;
                    }
                    let id: String = text[at + marker.len()..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '.')
                        .collect();
                    if !id.is_empty() {
                        ids.insert(id);
                    }
                }
            }
        }
    }
    ids
}

#[test]
fn every_id_the_ui_asks_for_exists_in_every_locale() {
    let ids = ui_ids();
    assert!(
        ids.contains("screen-checklist-title"),
        "the scan found the UI's ids: {ids:?}"
    );
    let l = Localizer::embedded();
    for lang in l.languages() {
        for id in &ids {
            assert!(l.has(lang, id), "{lang} lacks {id}, which the UI asks for");
        }
    }
}

#[test]
fn a_missing_id_is_caught_by_the_same_check() {
    assert!(!Localizer::embedded().has("nb", "no-such-message"));
}

/// Ids the core's views build from data (`check-<id>`, `verdict-<light>-title`,
/// `month-<n>` ...), which the scan above cannot see.
#[test]
fn every_id_the_core_builds_from_data_exists_in_every_locale() {
    use postvett_core::checklist::{QUESTIONS, SITUATIONS};
    let mut ids = Vec::new();
    for q in QUESTIONS {
        let suffixes: &[&str] = if q.rule.is_some() {
            &["", "-counts", "-why", "-do"]
        } else {
            &["", "-counts"]
        };
        for suffix in suffixes {
            ids.push(format!("check-{}{suffix}", q.id));
        }
    }
    for s in SITUATIONS {
        ids.push(format!("situation-{}", s.id));
        ids.push(format!("situation-{}-hint", s.id));
    }
    for light in ["stop", "think", "ok"] {
        ids.push(format!("verdict-{light}-title"));
        ids.push(format!("verdict-{light}-text"));
    }
    for severity in ["stop", "think"] {
        ids.push(format!("reason-severity-{severity}"));
    }
    for p in postvett_core::decline::Platform::all() {
        ids.push(p.message_id());
    }
    for m in 1..=12 {
        ids.push(format!("month-{m}"));
    }
    for d in postvett_core::schedule::Day::ALL {
        ids.push(postvett_core::dates::day_id(d.weekday()).to_owned());
    }
    for id in [
        "language-name",
        "date-long",
        "date-time-long",
        "shift-summary",
        "shift-summary-night",
    ] {
        ids.push(id.to_owned());
    }
    let l = Localizer::embedded();
    for lang in l.languages() {
        for id in &ids {
            assert!(l.has(lang, id), "{lang} lacks {id}");
        }
    }
}

/// The checklist's messages are exactly those its data asks for: a gate
/// has no "why" or "what to do", and no message is left from a question
/// that is gone; "what counts" has as many lines in every locale.
#[test]
fn the_checklist_messages_match_its_data() {
    use postvett_core::checklist::{question, QUESTIONS};
    let l = Localizer::embedded();
    for (lang, cat) in catalogues() {
        for id in cat.keys().filter_map(|k| k.strip_prefix("check-")) {
            let (q, suffix) = ["-counts", "-why", "-do"]
                .iter()
                .find_map(|s| id.strip_suffix(s).map(|q| (q, *s)))
                .unwrap_or((id, ""));
            let q =
                question(q).unwrap_or_else(|| panic!("{lang}: check-{id} belongs to no question"));
            assert!(
                q.rule.is_some() || !matches!(suffix, "-why" | "-do"),
                "{lang}: check-{id}: the gate {} gives no reason",
                q.id
            );
        }
    }
    for q in QUESTIONS {
        let lines: Vec<_> = l
            .languages()
            .into_iter()
            .map(|lang| {
                l.text(lang, &format!("check-{}-counts", q.id))
                    .unwrap()
                    .lines()
                    .count()
            })
            .collect();
        assert!(
            lines.windows(2).all(|w| w[0] == w[1]),
            "{}: {lines:?}",
            q.id
        );
    }
}
