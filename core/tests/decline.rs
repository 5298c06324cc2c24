//! The decline message: exact texts in nb and en, every platform, and the
//! Unicode and hostile inputs the screen must survive.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code: a panic is a failure report

use postvett_core::decline::{render, Decline, DeclineInput, Platform, NAME_MAX, PLATFORM_MAX};
use postvett_core::i18n::Localizer;
use postvett_core::text::is_bidi_control;
use proptest::prelude::*;

fn decline(
    platform: Platform,
    other: &str,
    name: &str,
    lang: &str,
) -> postvett_core::Result<Decline> {
    render(
        Localizer::embedded(),
        &DeclineInput {
            platform,
            other: other.into(),
            name: name.into(),
            lang: lang.into(),
        },
    )
}

const NB_FACEBOOK_ASE: &str = "Takk for henvendelsen om å bli satt i forbindelse her på Facebook! Dessverre må jeg avslå tilbudet ditt. Det kan noen ganger være vanskelig å gjøre gode, faglige vurderinger og gi behandling til noen en også har et personlig forhold til. Ansatte i Sykehuset Innlandet frarådes generelt å ha nåværende eller tidligere pasienter/brukere som forbindelser på Facebook. Jeg håper du har forståelse for dette.\nMed vennlig hilsen Åse Ødegård-Nilsen";

#[test]
fn bokmal_with_a_name_is_the_guidelines_text_filled_in() {
    let d = decline(Platform::Facebook, "", "Åse Ødegård-Nilsen", "nb").unwrap();
    assert_eq!(d.text, NB_FACEBOOK_ASE);
    assert!(!d.name_missing && !d.platform_missing);
}

#[test]
fn english_with_a_name() {
    let d = decline(Platform::Instagram, "", "Kari Nordmann", "en").unwrap();
    assert!(
        d.text
            .starts_with("Thank you for your request to connect here on Instagram! "),
        "{}",
        d.text
    );
    assert!(d.text.contains(" as connections on Instagram. "));
    assert!(d.text.ends_with("\nKind regards, Kari Nordmann"));
}

#[test]
fn an_empty_name_leaves_a_visible_marker_in_both_languages() {
    for (lang, marker) in [("nb", "[ditt navn]"), ("en", "[your name]")] {
        let d = decline(Platform::Facebook, "", "   ", lang).unwrap();
        assert!(d.name_missing);
        assert!(
            d.text.ends_with(&format!(" {marker}")),
            "{lang}: {}",
            d.text
        );
    }
}

#[test]
fn every_platform_is_named_and_other_takes_free_text() {
    for p in Platform::all() {
        for lang in Localizer::embedded().languages() {
            let d = decline(p, "Mastodon", "Kari", lang).unwrap();
            let name = if p == Platform::Other {
                "Mastodon".to_owned()
            } else {
                Localizer::embedded()
                    .format(lang, &p.message_id(), &Default::default())
                    .unwrap()
            };
            assert_eq!(d.text.matches(&name).count(), 2, "{p:?}/{lang}: {}", d.text);
            assert!(!d.platform_missing);
        }
    }
    let d = decline(Platform::Other, "  ", "Kari", "nb").unwrap();
    assert!(d.platform_missing);
    assert!(d.text.contains("her på [tjeneste]!"));
}

#[test]
fn the_text_is_clean_to_copy() {
    for lang in Localizer::embedded().languages() {
        for name in ["", "Kari"] {
            let t = decline(Platform::X, "", name, lang).unwrap().text;
            assert!(!t.contains(['\u{2068}', '\u{2069}', '{', '}', '$']), "{t}");
            assert!(
                !t.contains("<sosialt") && !t.contains("<social") && !t.contains("<NN"),
                "{t}"
            );
            assert!(!t.contains("  "), "doubled space in {t:?}");
            assert_eq!(
                t.matches('\n').count(),
                1,
                "one line break before the greeting"
            );
            assert!(!t.starts_with(char::is_whitespace) && !t.ends_with(char::is_whitespace));
        }
    }
}

#[test]
fn names_in_any_script_and_emoji_survive_intact() {
    for name in [
        "Åse Ødegård-Nilsen",
        "محمد",
        "Nguyễn Thị Minh Khai",
        "Kari 👩🏽‍⚕️",
        "Zoë",
    ] {
        let t = decline(Platform::Facebook, "", name, "nb").unwrap().text;
        assert!(t.ends_with(&format!("Med vennlig hilsen {name}")), "{t}");
    }
}

#[test]
fn hostile_input_stays_text_and_loses_controls() {
    let html = "<img src=x onerror=alert(1)>";
    let t = decline(Platform::Other, "\"><script>alert(1)</script>", html, "en")
        .unwrap()
        .text;
    assert!(t.ends_with(&format!("Kind regards, {html}")));
    assert!(t.contains("on \"><script>alert(1)</script>!"));
    let t = decline(
        Platform::Facebook,
        "",
        "Ali\u{202E}cba\u{2066}\n\u{0}Veli",
        "nb",
    )
    .unwrap()
    .text;
    assert!(t.ends_with("Med vennlig hilsen Alicba Veli"), "{t}");
}

#[test]
fn limits_are_80_for_the_name_and_40_for_the_platform() {
    assert!(decline(Platform::Facebook, "", &"n".repeat(NAME_MAX), "nb").is_ok());
    assert_eq!(
        decline(Platform::Facebook, "", &"n".repeat(NAME_MAX + 1), "nb")
            .unwrap_err()
            .code(),
        "too-long"
    );
    assert!(decline(Platform::Other, &"p".repeat(PLATFORM_MAX), "Kari", "nb").is_ok());
    assert_eq!(
        decline(Platform::Other, &"p".repeat(PLATFORM_MAX + 1), "Kari", "nb")
            .unwrap_err()
            .code(),
        "too-long"
    );
    assert_eq!(
        decline(Platform::Facebook, "", "Kari", "de")
            .unwrap_err()
            .code(),
        "unknown-language"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// For any input: no control or bidi characters but the one line break,
    /// and the cleaned name is the signature, exactly once.
    #[test]
    fn any_input_gives_clean_text_with_the_name_once(name in "\\PC{0,60}|[\\x00-\\x1f\\u{202a}-\\u{202e}\\u{2066}-\\u{2069} a-zæøåÆØÅ<>\"'&]{0,60}", other in ".{0,30}", lang in "nb|en") {
        let d = decline(Platform::Other, &other, &name, &lang).unwrap();
        for c in d.text.chars() {
            prop_assert!(c == '\n' || !c.is_control(), "control {:?}", c);
            prop_assert!(!is_bidi_control(c), "bidi {:?}", c);
        }
        prop_assert_eq!(d.text.matches('\n').count(), 1);
        let signature = d.text.rsplit('\n').next().unwrap();
        let cleaned = postvett_core::text::clean("name", &name, NAME_MAX).unwrap();
        if !cleaned.is_empty() {
            prop_assert!(signature.ends_with(&format!(" {cleaned}")), "{:?}", signature);
            let body = d.text.rsplit_once('\n').unwrap().0;
            // The name appears nowhere else, unless the template itself or the
            // platform already contains that text.
            if cleaned.chars().count() >= 3 && !body.contains(&cleaned) {
                prop_assert_eq!(d.text.matches(&cleaned).count(), 1);
            }
        }
    }
}
