//! The plain-text receipt of a sign-off, to paste into an e-mail.

use super::{list, SignOff};
use crate::content::document;
use crate::dates;
use crate::i18n::{Arg, Args, Localizer};
use crate::store::Store;
use crate::{Error, Result};

/// The receipt of the stored sign-off `id`, in `lang`; an unknown id is
/// `not-found`.
pub fn receipt_of(store: &Store, l: &Localizer, lang: &str, id: &str) -> Result<String> {
    let signoff = list(store)?
        .into_iter()
        .find(|s| s.id.to_string() == id)
        .ok_or_else(|| Error::NotFound {
            id: id.chars().take(40).collect(),
        })?;
    receipt(l, lang, &signoff)
}

/// The plain-text receipt, in `lang`: document, edition, valid-from, name,
/// place, date and the record's id. No isolation marks; one fact a line.
pub fn receipt(l: &Localizer, lang: &str, s: &SignOff) -> Result<String> {
    let doc = document(&s.document);
    let none = Args::new();
    let title = match doc {
        Some(d) => l.format(lang, d.title, &none)?,
        None => s.document.clone(),
    };
    let valid_from = doc
        .and_then(|d| d.valid_from)
        .map(dates::numeric_iso)
        .unwrap_or_else(|| "–".into());
    let number = doc.and_then(|d| d.number).unwrap_or("–");
    let date = dates::numeric(s.date);
    let args = Args::from([
        ("title".to_owned(), Arg::Str(title)),
        ("number".to_owned(), Arg::Str(number.to_owned())),
        (
            "edition".to_owned(),
            Arg::Str(s.edition.clone().unwrap_or_else(|| "–".into())),
        ),
        ("validfrom".to_owned(), Arg::Str(valid_from)),
        ("name".to_owned(), Arg::Str(s.name.clone())),
        ("place".to_owned(), Arg::Str(s.place.clone())),
        ("date".to_owned(), Arg::Str(date)),
        ("id".to_owned(), Arg::Str(s.id.to_string())),
    ]);
    l.format(lang, "signoff-receipt", &args)
}
