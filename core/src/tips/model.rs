//! The shape of the privacy tips: cards of concrete steps, each step with a
//! stable id (its done-mark is stored under that id). All text is in Fluent
//! (`locales/<lang>/tips.ftl`): `<card id>-title`, `<card id>-intro`, and one
//! message per step id.

use serde::Serialize;

#[derive(Debug, Clone, Copy, Serialize)]
pub struct Card {
    /// Stable id, e.g. `tips-facebook`; also the Fluent id prefix.
    pub id: &'static str,
    /// When the steps were last checked against the service's own help pages
    /// (ISO 8601 date), shown as "as of".
    pub as_of: &'static str,
    /// Step ids, in order; each is a Fluent message and a done-mark key.
    pub steps: &'static [&'static str],
}
