//! Settings' view of the sign-offs: each record with its summary and
//! receipt, the re-read notices, and the form's date default.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde::Serialize;

use super::{bundled_editions, list, receipt, reread_needed, SignOff};
use crate::content::document;
use crate::dates;
use crate::i18n::{Arg, Args, Localizer};
use crate::store::Store;
use crate::Result;

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
    /// The name to fill in the form: the one remembered for the decline
    /// message ("" when none), the same person's name.
    pub name: String,
}

fn title(l: &Localizer, lang: &str, doc: &str) -> String {
    document(doc)
        .and_then(|d| l.text(lang, d.title).ok())
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
            let d = document(&doc)?;
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
        name: crate::decline::remembered_name(store),
    })
}
