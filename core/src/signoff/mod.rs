//! "Lest og forstått": a confirmation that the user has read and understood a
//! specific document and edition, kept on the phone (no server), with a
//! plain-text receipt to paste into an e-mail to a leader ([`receipt`]), and
//! a re-read prompt when the bundled edition is newer than the one signed
//! ([`edition`]). The records are made, listed and deleted here; Settings'
//! view of them is [`view`].

mod edition;
mod receipt;
mod view;

pub use edition::{bundled_editions, edition_older, reread_needed};
pub use receipt::{receipt, receipt_of};
pub use view::{view, Reread, SignOffView, SignOffsView};

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::content::document;
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
    let doc = document(&input.document).ok_or_else(|| Error::NotFound {
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

#[cfg(test)]
mod tests;
