//! The privacy tips as static data: one card per service or phone setting,
//! each a short list of steps. Only ids and dates live here; every word is in
//! Fluent (`locales/<lang>/tips.ftl`): `<card id>-title`, `<card id>-intro`
//! and one message per step id.
//!
//! # Sources
//!
//! The facts come from the project's reference notes
//! (`shared/reference/README.md`, "Per-platform privacy and location
//! settings"), which were gathered from the services' own public help pages
//! (and Apple's and Android's for the phone settings) as seen in 2023–2026.
//! The phrasing is the app's own, not copied from those pages. The cards only
//! turn the guideline's own advice (`d38049-netiquette-privacy`,
//! `d38049-netiquette-location`, shown verbatim above the cards) into concrete
//! steps; they add no rules of the trust.
//!
//! Menu paths move between app versions, so each card carries an `as_of`
//! date, and the step texts name what to look for rather than relying on an
//! exact path alone.
//!
//! # Id scheme
//!
//! Card ids are `tips-<service>`; step ids are `<card id>-<short-topic>`,
//! lowercase ASCII `a-z0-9-`. A step id is also the key of its done-mark, so
//! ids must stay stable: reword the Fluent text, never rename the id.

use super::model::Card;

pub static CARDS: &[Card] = &[
    Card {
        id: "tips-facebook",
        as_of: "2026-11-23",
        steps: &[
            "tips-facebook-audience",
            "tips-facebook-past-posts",
            "tips-facebook-friend-requests",
            "tips-facebook-lookup",
            "tips-facebook-restricted",
        ],
    },
    Card {
        id: "tips-instagram",
        as_of: "2026-11-23",
        steps: &[
            "tips-instagram-private",
            "tips-instagram-tags",
            "tips-instagram-activity-status",
        ],
    },
    Card {
        id: "tips-snapchat",
        as_of: "2026-11-23",
        steps: &["tips-snapchat-ghost-mode", "tips-snapchat-keep-on"],
    },
    Card {
        id: "tips-tiktok",
        as_of: "2026-11-23",
        steps: &[
            "tips-tiktok-private",
            "tips-tiktok-suggest",
            "tips-tiktok-contacts",
            "tips-tiktok-downloads",
        ],
    },
    Card {
        id: "tips-x",
        as_of: "2026-11-23",
        steps: &["tips-x-protect", "tips-x-photo-tagging"],
    },
    Card {
        id: "tips-linkedin",
        as_of: "2026-11-23",
        steps: &["tips-linkedin-public-profile", "tips-linkedin-viewing-mode"],
    },
    Card {
        id: "tips-strava",
        as_of: "2026-11-23",
        steps: &["tips-strava-private-activities", "tips-strava-privacy-zone"],
    },
    Card {
        id: "tips-camera-ios",
        as_of: "2026-11-23",
        steps: &["tips-camera-ios-never", "tips-camera-ios-share-options"],
    },
    Card {
        id: "tips-camera-android",
        as_of: "2026-11-23",
        steps: &[
            "tips-camera-android-permission",
            "tips-camera-android-app-info",
        ],
    },
    Card {
        id: "tips-location-ios",
        as_of: "2026-11-23",
        steps: &[
            "tips-location-ios-off",
            "tips-location-ios-per-app",
            "tips-location-ios-no-control-centre",
            "tips-location-ios-after-shift",
        ],
    },
    Card {
        id: "tips-location-android",
        as_of: "2026-11-23",
        steps: &[
            "tips-location-android-quick-settings",
            "tips-location-android-settings",
            "tips-location-android-per-app",
            "tips-location-android-after-shift",
        ],
    },
];
