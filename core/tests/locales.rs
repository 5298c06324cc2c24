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

/// The message text of each line of a Fluent source (comments, ids and
/// placeables aside, proper names blanked), with its line number.
fn message_text(source: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
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
        out.push((n + 1, without_placeables));
    }
    out
}

/// The bokmål-only words in the message text of a Fluent source, with
/// their line numbers.
fn bokmal_forms(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (n, text) in message_text(source) {
        for word in text.split(|c: char| !c.is_alphabetic()) {
            let lower = word.to_lowercase();
            if BOKMAL_ONLY.contains(&lower.as_str()) {
                found.push((n, lower));
            }
        }
    }
    found
}

/// Nynorsk slips that a pattern can find, each with its mend: forms the
/// 2012 norm does not have, bokmål names of laws and bodies in running
/// text, and the stiff habits the review listed.
fn nynorsk_slips(source: &str) -> Vec<(usize, &'static str)> {
    let mut found = Vec::new();
    for (n, text) in message_text(source) {
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        let mut slip = |what| found.push((n, what));
        // "Rettleiinga er lese og forstått": after «er», the strong
        // participle agrees with a feminine noun («lesen»).
        for w in words.windows(5) {
            if w[0].ends_with('a') && w[1..] == ["er", "lese", "og", "forstått"] {
                slip("«… -a er lese og forstått» → «lesen»");
            }
        }
        for w in &words {
            if w.ends_with("loven") || w.ends_with("lovens") {
                slip("a law's bokmål name («-loven») → «-lova»");
            }
            if w.contains("ombudsmann") {
                slip("«ombudsmann» → «ombodsmann»");
            }
            if *w == "samt" {
                slip("«samt» → «i tillegg til»");
            }
            // The verb, not «føretak» (an enterprise).
            if ["føreta", "føretek", "føreteke", "føretok", "føreteken"].contains(w) {
                slip("«føreta» → «gjere»");
            }
            if w.ends_with("messig") && w.contains("tryggleik") {
                slip("«-tryggleiksmessig» → «når det gjeld …tryggleik»");
            }
            if w.starts_with("ombestem") {
                slip("«ombestemt seg» → «angra seg»");
            }
        }
        for (phrase, what) in [
            ("forhalde seg", "«forhalde seg til» → «halde seg til»"),
            ("forheld seg", "«forhalde seg til» → «halde seg til»"),
            ("dette betyr at", "«Dette betyr at» → «Dette vil seie at»"),
            ("sett i samband", "«bli sett i samband» → «knyte kontakt»"),
        ] {
            if lower.contains(phrase) {
                slip(what);
            }
        }
    }
    found
}

#[test]
fn the_nynorsk_slip_check_finds_what_it_should() {
    let slips = |s: &str| {
        nynorsk_slips(s)
            .into_iter()
            .map(|(n, _)| n)
            .collect::<Vec<_>>()
    };
    assert_eq!(slips("a = Rettleiinga er lese og forstått:"), [1]);
    assert!(slips("a = Rettleiinga er lesen og forstått:").is_empty());
    assert!(
        slips("a = Du har lese og forstått dokumentet.").is_empty(),
        "after «har» the plain form is right"
    );
    assert_eq!(
        slips("a = Åndsverkloven regulerer\n    jf. Sivilombudsmannens avgjerder"),
        [1, 2]
    );
    assert!(slips("a = åndsverklova og Sivilombodsmannen").is_empty());
    for stiff in [
        "a = pasientar samt pårørande",
        "a = bør alltid føreta ei vurdering",
        "a = ein føretek ei vurdering",
        "a = må forhalde seg til reglane",
        "a = Dette betyr at du",
        "a = ikkje trygge nok informasjonstryggleiksmessig",
        "a = om å bli sett i samband her",
        "a = har ombestemt seg",
    ] {
        assert_eq!(slips(stiff), [1], "{stiff}");
    }
    assert!(slips("# Åndsverkloven in a comment\nb = { $samt }").is_empty());
    assert!(
        slips("a = tilsette i føretaket").is_empty(),
        "«føretak» is a noun"
    );
}

#[test]
fn nynorsk_has_none_of_the_slips_a_pattern_can_find() {
    let (_, files) = embedded_sources()
        .iter()
        .find(|(lang, _)| *lang == "nn")
        .expect("nn is bundled");
    let mut found = Vec::new();
    for (file, source) in files.iter() {
        for (line, what) in nynorsk_slips(source) {
            found.push(format!("nn/{file}:{line}: {what}"));
        }
    }
    assert!(found.is_empty(), "nynorsk slips:\n{}", found.join("\n"));
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

/// What a glossary rendering must contain, whatever its inflection: without
/// a leading article, and without an English plural "s" or a nynorsk
/// plural "-ar" ("relatives" → "relative", "brukarar" → "brukar").
fn stem(rendering: &str) -> String {
    let r = rendering.to_lowercase();
    let r = r.strip_prefix("the ").unwrap_or(&r).to_owned();
    if let Some(s) = r.strip_suffix("ar").filter(|s| s.chars().count() > 4) {
        return s.to_owned();
    }
    match r.strip_suffix('s') {
        Some(s) if s.chars().count() > 4 => s.to_owned(),
        _ => r,
    }
}

/// For each glossary term `(nb, en, nn)`, the messages `(id, nb, en, nn)`
/// whose bokmål uses the term but whose English or nynorsk does not use its
/// rendering.
fn glossary_misses(
    terms: &[(String, String, String)],
    messages: &[(String, String, String, String)],
) -> Vec<String> {
    let mut out = Vec::new();
    for (nb_term, en_term, nn_term) in terms {
        let nb_term = nb_term.to_lowercase();
        for (id, nb, en, nn) in messages {
            if !nb.to_lowercase().contains(&nb_term) {
                continue;
            }
            for (lang, text, term) in [("en", en, en_term), ("nn", nn, nn_term)] {
                if !text.to_lowercase().contains(&stem(term)) {
                    out.push(format!("{lang}/{id}: «{nb_term}» is not rendered «{term}»"));
                }
            }
        }
    }
    out
}

#[test]
fn the_glossary_check_finds_what_it_should() {
    let t = |a: &str, b: &str, c: &str| (a.to_owned(), b.to_owned(), c.to_owned());
    let terms = [
        t("pårørende", "relatives", "pårørande"),
        t("brukere", "service users", "brukarar"),
    ];
    let m = |id: &str, nb: &str, en: &str, nn: &str| (id.into(), nb.into(), en.into(), nn.into());
    let messages = [
        m(
            "a",
            "pasienter og pårørende",
            "patients and their next of kin",
            "pasientar og pårørande",
        ),
        m("b", "Pårørende", "A relative", "Pårørande"),
        m(
            "c",
            "pasienter/brukere",
            "patients or service users",
            "pasientar/brukarar",
        ),
        m("d", "brukere", "users", "brukarar"),
        m("e", "ingen av dem", "next of kin", "ingen"),
    ];
    assert_eq!(
        glossary_misses(&terms, &messages),
        [
            "en/a: «pårørende» is not rendered «relatives»",
            "en/d: «brukere» is not rendered «service users»",
        ]
    );
}

/// Messages where a glossary term's bokmål word means something else, with
/// the reason (a list of exceptions, each explained, not a second glossary).
const NOT_THE_TERM: &[(&str, &str, &str)] = &[(
    "glossary-varsling",
    "a11y-gap-screenreader",
    "«varslinger» here are a screen reader's announcements, not whistleblowing",
)];

/// Each glossary term's rendering is used in every English and nynorsk
/// message that translates a bokmål message using the term. Derived from
/// the glossary's own messages (`GLOSSARY`).
#[test]
fn every_glossary_term_is_rendered_as_the_glossary_says() {
    use postvett_core::content::GLOSSARY;
    use postvett_core::i18n::{Arg, Args};
    let l = Localizer::embedded();
    let cats = catalogues();
    let (_, nb_cat) = cats.iter().find(|(lang, _)| *lang == "nb").unwrap();
    let text = |lang: &str, id: &str, vars: &BTreeSet<String>| {
        let args: Args = vars
            .iter()
            .map(|v| (v.clone(), Arg::Str("X".into())))
            .collect();
        l.format(lang, id, &args).unwrap()
    };
    let mut misses = Vec::new();
    for term in GLOSSARY {
        let terms = [(
            l.text("nb", term).unwrap(),
            l.text("en", term).unwrap(),
            l.text("nn", term).unwrap(),
        )];
        let messages: Vec<_> = nb_cat
            .iter()
            .filter(|(id, _)| !id.starts_with("glossary-"))
            .filter(|(id, _)| !NOT_THE_TERM.iter().any(|(t, m, _)| t == term && m == id))
            .map(|(id, vars)| {
                (
                    id.clone(),
                    text("nb", id, vars),
                    text("en", id, vars),
                    text("nn", id, vars),
                )
            })
            .collect();
        misses.extend(glossary_misses(&terms, &messages));
    }
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}
