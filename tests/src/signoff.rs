//! The "read and understood" steps several tests walk through: open a
//! document, open its sign-off dialog, fill it in and save.

use crate::{App, Result};

impl App {
    /// Opens `route` (`#/guideline/<document or section>`) and waits for the
    /// document to show.
    pub async fn open_document(&self, route: &str) -> Result {
        self.goto_route(route).await?;
        self.wait_js("return !document.getElementById('reader-doc').hidden")
            .await
    }

    /// Opens the sign-off dialog of the document shown.
    pub async fn open_signoff(&self) -> Result {
        self.click("#signoff-start").await?;
        self.wait_js("return document.getElementById('signoff-dialog').open")
            .await
    }

    /// Fills in the open sign-off dialog, saves, and waits for it to close
    /// (which it does only once the sign-off is stored).
    pub async fn sign_off(&self, name: &str, place: &str, signature: &str) -> Result {
        self.type_into("#signoff-name", name).await?;
        self.type_into("#signoff-place", place).await?;
        self.type_into("#signoff-signature", signature).await?;
        self.click("#signoff-save").await?;
        self.wait_js("return !document.getElementById('signoff-dialog').open")
            .await
    }
}
