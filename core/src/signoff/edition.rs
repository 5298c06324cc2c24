//! Which edition is older, and the documents to offer a re-read for.

use super::SignOff;
use crate::content::DOCUMENTS;

/// The numbered parts of an edition ("3.02" → [3, 2]), if every part is a
/// number.
fn parts(edition: &str) -> Option<Vec<u64>> {
    edition.trim().split('.').map(|p| p.parse().ok()).collect()
}

/// `a` < `b` for editions numbered as the quality system numbers them:
/// dotted parts, each compared as a whole number, so "3.9" < "3.10" < "4.0"
/// and "3.01" equals "3.1"; a missing part counts as 0 ("3" equals "3.0").
/// Editions that are not so numbered compare as text.
pub fn edition_older(a: &str, b: &str) -> bool {
    match (parts(a), parts(b)) {
        (Some(mut x), Some(mut y)) => {
            let n = x.len().max(y.len());
            x.resize(n, 0);
            y.resize(n, 0);
            x < y
        }
        _ => a < b,
    }
}

/// Documents to offer a re-read for: signed before, but only in editions
/// older than the bundled one. `bundled` is `(document id, edition)`.
pub fn reread_needed(signoffs: &[SignOff], bundled: &[(&str, &str)]) -> Vec<String> {
    bundled
        .iter()
        .filter(|(doc, edition)| {
            let signed: Vec<&str> = signoffs
                .iter()
                .filter(|s| s.document == *doc)
                .filter_map(|s| s.edition.as_deref())
                .collect();
            !signed.is_empty() && signed.iter().all(|e| edition_older(e, edition))
        })
        .map(|(doc, _)| (*doc).to_owned())
        .collect()
}

/// The bundled documents' editions.
pub fn bundled_editions() -> Vec<(&'static str, &'static str)> {
    DOCUMENTS
        .iter()
        .filter_map(|d| Some((d.id, d.edition?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn editions_compare_part_by_part_as_whole_numbers() {
        assert!(edition_older("3.9", "3.10"), "3.10 is not 3.1");
        assert!(!edition_older("3.10", "3.9"));
        assert!(edition_older("3.01", "3.02") && edition_older("3.02", "4.0"));
        assert!(!edition_older("3.01", "3.1") && !edition_older("3.1", "3.01"));
        assert!(!edition_older("3", "3.0") && !edition_older("3.0", "3"));
        assert!(edition_older("3.02", "3.02.1"));
        assert!(edition_older("A", "B"), "not numbered: as text");
    }

    proptest! {
        /// The order is the order of the numbered parts, whatever their
        /// leading zeros: irreflexive, asymmetric and transitive.
        #[test]
        fn the_order_is_that_of_the_numbers(a in prop::collection::vec(0u64..200, 1..4),
                                            b in prop::collection::vec(0u64..200, 1..4),
                                            c in prop::collection::vec(0u64..200, 1..4),
                                            zeros in 0usize..3) {
            let show = |v: &Vec<u64>| v.iter().map(|n| format!("{}{n}", "0".repeat(zeros))).collect::<Vec<_>>().join(".");
            let padded = |v: &Vec<u64>| { let mut v = v.clone(); v.resize(4, 0); v };
            let (sa, sb, sc) = (show(&a), show(&b), show(&c));
            prop_assert_eq!(edition_older(&sa, &sb), padded(&a) < padded(&b));
            prop_assert!(!edition_older(&sa, &sa));
            prop_assert!(!(edition_older(&sa, &sb) && edition_older(&sb, &sa)));
            if edition_older(&sa, &sb) && edition_older(&sb, &sc) {
                prop_assert!(edition_older(&sa, &sc));
            }
        }
    }
}
