//! "Lest og forstått": a confirmation that the user has read and understood a
//! specific document and edition, kept on the phone (no server), with a
//! plain-text receipt to paste into an e-mail to a leader, and a re-read prompt
//! when the bundled edition is newer than the one signed.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::content::DOCUMENTS;
use crate::dates;
use crate::i18n::{Arg, Args, Localizer};
use crate::store::{Store, Tree};
use crate::text::clean;
use crate::{Error, Result};

/// Longest name and place, in characters.
pub const FIELD_MAX: usize = 80;

/// A stored sign-off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignOff {
    pub id: Uuid,
    pub document: String,
    /// The edition signed; `None` for a document without editions.
    pub edition: Option<String>,
    pub name: String,
    pub place: String,
    /// The date the user gave (defaults to today in the UI).
    pub date: Date,
    /// The typed signature: the full name entered again.
    pub signature: String,
    /// When the record was made.
    pub recorded_at: Timestamp,
}

/// What the sign-off form sends.
#[derive(Debug, Clone, Deserialize)]
pub struct SignOffInput {
    pub document: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub signature: String,
}

fn required(field: &str, value: &str) -> Result<String> {
    let v = clean(field, value, FIELD_MAX)?;
    if v.is_empty() {
        return Err(Error::Required {
            field: field.to_owned(),
        });
    }
    Ok(v)
}

/// Validates the input and stores the sign-off under a new uuid v4.
pub fn record(
    store: &Store,
    input: &SignOffInput,
    now: Timestamp,
    tz: &TimeZone,
) -> Result<SignOff> {
    let doc = DOCUMENTS
        .iter()
        .find(|d| d.id == input.document)
        .ok_or_else(|| Error::NotFound {
            id: input.document.chars().take(40).collect(),
        })?;
    let name = required("name", &input.name)?;
    let place = required("place", &input.place)?;
    let signature = required("signature", &input.signature)?;
    if signature.to_lowercase() != name.to_lowercase() {
        return Err(Error::SignatureMismatch {
            field: "signature".into(),
        });
    }
    let date: Date = input.date.trim().parse().map_err(|_| Error::InvalidInput {
        field: "date".into(),
        reason: "not a YYYY-MM-DD date".into(),
    })?;
    if date > now.to_zoned_datetime(tz.clone()).date() {
        return Err(Error::DateInFuture {
            field: "date".into(),
        });
    }
    let signoff = SignOff {
        id: Uuid::new_v4(),
        document: doc.id.to_owned(),
        edition: doc.edition.map(str::to_owned),
        name,
        place,
        date,
        signature,
        recorded_at: now,
    };
    store.put(Tree::SignOffs, &signoff.id.to_string(), &signoff)?;
    Ok(signoff)
}

/// Every sign-off, newest first.
pub fn list(store: &Store) -> Result<Vec<SignOff>> {
    let mut all: Vec<SignOff> = store
        .list(Tree::SignOffs)?
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    all.sort_by_key(|s| std::cmp::Reverse(s.recorded_at));
    Ok(all)
}

/// Deletes a sign-off; a malformed or unknown id is `not-found`.
pub fn delete(store: &Store, id: &str) -> Result<()> {
    let not_found = || Error::NotFound {
        id: id.chars().take(40).collect(),
    };
    let uuid = Uuid::parse_str(id).map_err(|_| not_found())?;
    if store.remove(Tree::SignOffs, &uuid.to_string())? {
        Ok(())
    } else {
        Err(not_found())
    }
}

/// `a` < `b` for editions such as "3.01" < "3.02" < "3.1" (compared as
/// decimal numbers, which is how the quality system numbers them); editions
/// that are not numbers compare as text.
pub fn edition_older(a: &str, b: &str) -> bool {
    match (a.parse::<f64>(), b.parse::<f64>()) {
        (Ok(x), Ok(y)) => x < y,
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

/// The plain-text receipt, in `lang`: document, edition, valid-from, name,
/// place, date and the record's id. No isolation marks; one fact a line.
pub fn receipt(l: &Localizer, lang: &str, s: &SignOff) -> Result<String> {
    let doc = DOCUMENTS.iter().find(|d| d.id == s.document);
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

/// A sign-off as Settings lists it: the record, a one-line summary and the
/// receipt to copy.
#[derive(Debug, Clone, Serialize)]
pub struct SignOffView {
    #[serde(flatten)]
    pub record: SignOff,
    /// "Title, edition 3.01, 20.11.2026".
    pub summary: String,
    /// The plain-text receipt in the UI's language.
    pub receipt: String,
}

/// A document to offer a re-read for (its deep-link id), with its notice.
#[derive(Debug, Clone, Serialize)]
pub struct Reread {
    pub document: &'static str,
    pub text: String,
}

/// Settings' list, the reader's and Settings' re-read notices, and the
/// form's date default and limit (today, in the phone's time zone).
#[derive(Debug, Clone, Serialize)]
pub struct SignOffsView {
    pub signoffs: Vec<SignOffView>,
    pub reread: Vec<Reread>,
    /// Today as `YYYY-MM-DD`: the date field's default and its latest value.
    pub today: Date,
}

fn title(l: &Localizer, lang: &str, doc: &str) -> String {
    DOCUMENTS
        .iter()
        .find(|d| d.id == doc)
        .and_then(|d| l.format(lang, d.title, &Args::new()).ok())
        .unwrap_or_else(|| doc.to_owned())
}

pub fn view(
    store: &Store,
    l: &Localizer,
    lang: &str,
    now: Timestamp,
    tz: &TimeZone,
) -> Result<SignOffsView> {
    let all = list(store)?;
    let reread = reread_needed(&all, &bundled_editions())
        .into_iter()
        .filter_map(|doc| {
            let d = DOCUMENTS.iter().find(|d| d.id == doc)?;
            Some((d.id, d.edition?))
        })
        .map(|(document, edition)| {
            let title = title(l, lang, document);
            let args = Args::from([
                ("title".to_owned(), Arg::Str(title)),
                ("edition".to_owned(), Arg::Str(edition.to_owned())),
            ]);
            Ok(Reread {
                document,
                text: l.format(lang, "signoff-reread", &args)?,
            })
        })
        .collect::<Result<_>>()?;
    let signoffs = all
        .into_iter()
        .map(|record| {
            let title = title(l, lang, &record.document);
            let args = Args::from([
                ("title".to_owned(), Arg::Str(title)),
                (
                    "edition".to_owned(),
                    Arg::Str(record.edition.clone().unwrap_or_else(|| "–".into())),
                ),
                ("date".to_owned(), Arg::Str(dates::numeric(record.date))),
            ]);
            Ok(SignOffView {
                summary: l.format(lang, "signoff-summary", &args)?,
                receipt: receipt(l, lang, &record)?,
                record,
            })
        })
        .collect::<Result<_>>()?;
    Ok(SignOffsView {
        signoffs,
        reread,
        today: now.to_zoned_datetime(tz.clone()).date(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn oslo() -> TimeZone {
        TimeZone::get("Europe/Oslo").unwrap()
    }

    fn input(doc: &str, date: &str) -> SignOffInput {
        SignOffInput {
            document: doc.into(),
            name: " Åse Ødegård-Nilsen ".into(),
            place: "Hamar".into(),
            date: date.into(),
            signature: "åse ødegård-nilsen".into(),
        }
    }

    fn now() -> Timestamp {
        "2026-11-23T12:00:00Z".parse().unwrap()
    }

    #[test]
    fn record_list_and_delete() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let s = record(&store, &input("d38049", "2026-11-23"), now(), &oslo()).unwrap();
        assert_eq!(s.id.get_version_num(), 4);
        assert_eq!(
            (s.document.as_str(), s.edition.as_deref()),
            ("d38049", Some("3.02"))
        );
        assert_eq!(s.name, "Åse Ødegård-Nilsen");
        let g = record(&store, &input("guide", "2026-11-20"), now(), &oslo()).unwrap();
        assert_eq!(g.edition, None);
        assert_eq!(list(&store).unwrap().len(), 2);
        delete(&store, &s.id.to_string()).unwrap();
        assert_eq!(list(&store).unwrap(), vec![g]);
        assert_eq!(
            delete(&store, &s.id.to_string()).unwrap_err().code(),
            "not-found"
        );
    }

    #[test]
    fn input_rules() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let err = |i: SignOffInput| record(&store, &i, now(), &oslo()).unwrap_err().code();
        assert_eq!(err(input("d38049", "2026-11-24")), "date-in-future");
        assert_eq!(err(input("d38049", "23.11.2026")), "invalid-input");
        assert_eq!(err(input("nope", "2026-11-23")), "not-found");
        let mut i = input("d38049", "2026-11-23");
        i.signature = "Someone Else".into();
        assert_eq!(err(i), "signature-mismatch");
        let mut i = input("d38049", "2026-11-23");
        i.place = " \u{202e} ".into();
        assert_eq!(err(i), "required");
        let mut i = input("d38049", "2026-11-23");
        i.name = "n".repeat(81);
        assert_eq!(err(i), "too-long");
        // HTML stays text; bidi controls go.
        let mut i = input("d38049", "2026-11-23");
        i.place = "<img src=x onerror=alert(1)>\u{202e}".into();
        let s = record(&store, &i, now(), &oslo()).unwrap();
        assert_eq!(s.place, "<img src=x onerror=alert(1)>");
    }

    #[test]
    fn the_reread_prompt_comes_only_for_an_older_edition() {
        let signed = |edition: &str| SignOff {
            id: Uuid::new_v4(),
            document: "d38049".into(),
            edition: Some(edition.into()),
            name: "A".into(),
            place: "B".into(),
            date: "2024-01-01".parse().unwrap(),
            signature: "A".into(),
            recorded_at: now(),
        };
        let bundled = [("d38049", "3.02")];
        assert_eq!(reread_needed(&[signed("3.01")], &bundled), ["d38049"]);
        assert!(reread_needed(&[signed("3.02")], &bundled).is_empty());
        assert!(
            reread_needed(&[signed("3.01"), signed("3.02")], &bundled).is_empty(),
            "signed again: no prompt, old record kept"
        );
        assert!(reread_needed(&[signed("4.0")], &bundled).is_empty());
        assert!(
            reread_needed(&[], &bundled).is_empty(),
            "never signed: no prompt"
        );
        assert!(edition_older("3.02", "3.1") && !edition_older("3.1", "3.02"));
        assert_eq!(bundled_editions(), [("d38049", "3.02")]);
    }

    #[test]
    fn the_view_carries_summaries_receipts_and_today() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let now: Timestamp = "2026-11-23T23:30:00Z".parse().unwrap();
        record(&store, &input("d38049", "2026-11-20"), now, &oslo()).unwrap();
        let l = Localizer::embedded();
        let v = view(&store, l, "en", now, &oslo()).unwrap();
        assert_eq!(
            v.today.to_string(),
            "2026-11-24",
            "today in the phone's zone"
        );
        let s = &v.signoffs[0];
        assert!(s.summary.ends_with(", 20.11.2026"), "{}", s.summary);
        assert!(
            s.summary
                .starts_with("Social media - Guidelines for employees’ use, edition 3.02, "),
            "{}",
            s.summary
        );
        assert!(s.receipt.contains("20.11.2026"));
        assert!(v.reread.is_empty());

        // Signed only in an older edition: a re-read notice, in the language.
        let mut old = list(&store).unwrap().remove(0);
        old.edition = Some("3.01".into());
        store
            .put(Tree::SignOffs, &old.id.to_string(), &old)
            .unwrap();
        let v = view(&store, l, "nb", now, &oslo()).unwrap();
        assert_eq!(v.reread.len(), 1);
        assert_eq!(v.reread[0].document, "d38049");
        assert!(
            v.reread[0].text.contains("(utgave 3.02)"),
            "{}",
            v.reread[0].text
        );
    }
}
