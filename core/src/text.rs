//! Cleaning of free text the user types (names, platforms, places), shared by
//! every screen that takes text: trimmed, whitespace runs folded to one space
//! (no line breaks or doubled spaces end up in copied text), control
//! characters and Unicode bidi controls removed, and a length limit in
//! characters. Letters of every script, combining marks, ZWJ emoji sequences
//! and variation selectors are kept as typed. HTML is not special here: the UI
//! only ever shows text as text.

use crate::{Error, Result};

/// Bidi controls: embeddings and overrides (U+202A–U+202E), isolates
/// (U+2066–U+2069), and the implicit marks LRM, RLM and ALM. A name needs
/// none of them, and an override can make copied text read backwards.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Characters that never belong in a name: C0/C1 controls (tabs and line
/// breaks become spaces first), bidi controls, and U+FEFF.
fn is_removed(c: char) -> bool {
    (c.is_control() && !c.is_whitespace()) || is_bidi_control(c) || c == '\u{FEFF}'
}

/// Cleans `input` for `field` and checks that it has at most `max` characters.
pub fn clean(field: &str, input: &str, max: usize) -> Result<String> {
    let kept: String = input.chars().filter(|c| !is_removed(*c)).collect();
    let folded = kept.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.chars().count() > max {
        return Err(Error::TooLong {
            field: field.to_owned(),
            max,
        });
    }
    Ok(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_every_script_survive_intact() {
        for name in [
            "Åse Ødegård-Nilsen",
            "محمد",
            "Nguyễn Thị Minh Khai",
            "Kari 👩‍⚕️ Nordmann",
            "Zoë O’Brien",
            "李小龙",
        ] {
            assert_eq!(clean("name", name, 80).unwrap(), name);
        }
    }

    #[test]
    fn controls_bidi_overrides_and_extra_whitespace_go() {
        assert_eq!(
            clean("name", "  Kari\u{202E}  \tNord\u{0}mann\r\n", 80).unwrap(),
            "Kari Nordmann"
        );
        assert_eq!(
            clean("name", "\u{2066}Ali\u{2069}\u{200F}", 80).unwrap(),
            "Ali"
        );
        assert_eq!(clean("name", "\u{7}\u{1b}[31m", 80).unwrap(), "[31m");
    }

    #[test]
    fn html_stays_text() {
        let s = "<img src=x onerror=alert(1)>";
        assert_eq!(clean("name", s, 80).unwrap(), s);
    }

    #[test]
    fn length_is_counted_in_characters_after_trimming() {
        let eighty = "å".repeat(80);
        assert_eq!(clean("name", &format!("  {eighty}  "), 80).unwrap(), eighty);
        let err = clean("name", &"å".repeat(81), 80).unwrap_err();
        assert_eq!(
            err,
            Error::TooLong {
                field: "name".into(),
                max: 80
            }
        );
    }
}
