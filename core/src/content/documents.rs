//! The bundled documents as static data: the guideline D38049 and the short
//! employee guide. Only structure and ids live here; every word is in Fluent
//! (`locales/<lang>/guideline.ftl`, `decline.ftl`, `glossary.ftl`).
//!
//! # Sources
//!
//! - `d38049`: «Sosiale medier - Retningslinjer for ansattes bruk», Administrative
//!   rutiner, D38049, edition 3.02, valid from 20.03.2024.
//! - `guide`: «Bruk av sosiale medier – veiledning for ansatte» (no number,
//!   edition or date in the source).
//!
//! The Norwegian (`nb`) text is verbatim from the sources; `en` is a faithful
//! translation using the fixed glossary in [`GLOSSARY`].
//!
//! # Id scheme
//!
//! Ids are lowercase ASCII `a-z0-9-`, start with a letter (so each is a valid
//! Fluent identifier) and are prefixed with the document id (`d38049-`, `guide-`).
//! They are deep-link targets and must stay stable.
//!
//! - Document title: `<doc>-title`; kind line: `d38049-kind`; reference titles:
//!   `d38049-ref-<topic>`.
//! - Section: `<doc>-<topic>` (e.g. `d38049-patients`). The section id is also
//!   the Fluent id of its heading. Subsections of "Handling" use the same
//!   `d38049-<topic>` form (not `d38049-procedure-<topic>`) to keep links short.
//! - Paragraph: `<section>-p<n>`, numbered in source order (prose paragraphs are
//!   not linked to individually, so numbers are enough).
//! - Bullet item: `<section>-<topic>` with a meaningful topic (e.g.
//!   `d38049-patients-confidentiality`), never a number, because the checklist
//!   deep-links to individual items.
//! - Bullet list: `<section>-list` (`-list-2` for a second list in the same
//!   section). A list id is a structural anchor only and has no Fluent message.
//! - Template: `<section>-template`; its text is the Fluent message named in
//!   `message`.
//! - Link paragraph: `<section>-link`.
//!
//! # Decisions
//!
//! - "Handling" has no body of its own in the source, only subsections, so its
//!   `blocks` is empty.
//! - The decline template in "Forholdet til pasienter/brukere" sits between two
//!   bullets in the source. The section is therefore Bullets (up to and including
//!   the "Som hovedregel …" item), the Template, then a second Bullets with the
//!   "Utvis varsomhet …" item, to keep source order.
//! - "Referanser" is not a section: the two references are `Document::references`
//!   (codes untranslated, titles in Fluent).
//! - The guide's last part (the sign-off form: "Veiledningen er lest og
//!   forstått:", "Sted/dato", "Underskrift ansatt") has no heading in the source.
//!   It is the section `guide-signoff` with three paragraphs; its heading
//!   ("Signering" / "Sign-off") is the app's own label, the only text in
//!   `nb/guideline.ftl` that is not from the source.
//! - The guide's title: the extracted source text reads "Bruk av sosiale medier
//!   veiledning for ansatte" (title lines joined without separator); the title
//!   follows the sources' README, "Bruk av sosiale medier – veiledning for ansatte".

use super::model::*;

pub static DOCUMENTS: &[Document] = &[
    Document {
        id: "d38049",
        number: Some("D38049"),
        edition: Some("3.02"),
        valid_from: Some("2024-03-20"),
        title: "d38049-title",
        kind: Some("d38049-kind"),
        references: &[
            Reference {
                code: "SI/06.11-05",
                title: "d38049-ref-communication",
            },
            Reference {
                code: "SI/10.01.17-01",
                title: "d38049-ref-whistleblowing",
            },
        ],
        sections: &[
            // Hensikt og omfang
            Section {
                id: "d38049-purpose",

                rules: false,
                blocks: &[
                    Block::Paragraph {
                        id: "d38049-purpose-p1",
                    },
                    Block::Paragraph {
                        id: "d38049-purpose-p2",
                    },
                    Block::Paragraph {
                        id: "d38049-purpose-p3",
                    },
                    Block::Paragraph {
                        id: "d38049-purpose-p4",
                    },
                ],
                subsections: &[],
            },
            // Ansvar/målgruppe
            Section {
                id: "d38049-audience",

                rules: false,
                blocks: &[Block::Paragraph {
                    id: "d38049-audience-p1",
                }],
                subsections: &[],
            },
            // Handling
            Section {
                id: "d38049-procedure",

                rules: false,
                blocks: &[],
                subsections: &[
                    // Innledning og rettslig utgangspunkt
                    Section {
                        id: "d38049-legal",

                        rules: false,
                        blocks: &[
                            Block::Paragraph {
                                id: "d38049-legal-p1",
                            },
                            Block::Paragraph {
                                id: "d38049-legal-p2",
                            },
                            Block::Paragraph {
                                id: "d38049-legal-p3",
                            },
                            Block::Paragraph {
                                id: "d38049-legal-p4",
                            },
                        ],
                        subsections: &[],
                    },
                    // Forholdet til pasienter/brukere
                    Section {
                        id: "d38049-patients",

                        rules: true,
                        blocks: &[
                            Block::Bullets {
                                id: "d38049-patients-list",
                                items: &[
                                    "d38049-patients-trust",
                                    "d38049-patients-confidentiality",
                                    "d38049-patients-photos",
                                    "d38049-patients-consent",
                                    "d38049-patients-contact",
                                    "d38049-patients-friends",
                                ],
                            },
                            Block::Template {
                                id: "d38049-patients-template",
                                message: "decline-message",
                            },
                            Block::Bullets {
                                id: "d38049-patients-list-2",
                                items: &["d38049-patients-network"],
                            },
                        ],
                        subsections: &[],
                    },
                    // Forholdet til Sykehuset Innlandet som arbeidsplass
                    Section {
                        id: "d38049-workplace",

                        rules: true,
                        blocks: &[Block::Bullets {
                            id: "d38049-workplace-list",
                            items: &[
                                "d38049-workplace-active",
                                "d38049-workplace-own-behalf",
                                "d38049-workplace-questions",
                                "d38049-workplace-logo",
                                "d38049-workplace-email",
                                "d38049-workplace-internal",
                                "d38049-workplace-photos",
                            ],
                        }],
                        subsections: &[],
                    },
                    // Bruk av sosiale medier helsepersonell og andre ansatte imellom
                    Section {
                        id: "d38049-colleagues",

                        rules: true,
                        blocks: &[Block::Bullets {
                            id: "d38049-colleagues-list",
                            items: &[
                                "d38049-colleagues-environment",
                                "d38049-colleagues-closed-groups",
                                "d38049-colleagues-photos",
                            ],
                        }],
                        subsections: &[],
                    },
                    // Generelle råd/nettvett
                    Section {
                        id: "d38049-netiquette",

                        rules: true,
                        blocks: &[Block::Bullets {
                            id: "d38049-netiquette-list",
                            items: &[
                                "d38049-netiquette-personal-info",
                                "d38049-netiquette-requests",
                                "d38049-netiquette-privacy",
                                "d38049-netiquette-location",
                            ],
                        }],
                        subsections: &[],
                    },
                ],
            },
        ],
    },
    Document {
        id: "guide",
        number: None,
        edition: None,
        valid_from: None,
        title: "guide-title",
        kind: None,
        references: &[],
        sections: &[
            // Bakgrunn
            Section {
                id: "guide-background",

                rules: false,
                blocks: &[Block::Paragraph {
                    id: "guide-background-p1",
                }],
                subsections: &[],
            },
            // Sosiale medier er offentlige
            Section {
                id: "guide-public",

                rules: true,
                blocks: &[Block::Paragraph {
                    id: "guide-public-p1",
                }],
                subsections: &[],
            },
            // Vi har taushetsplikt overfor pasienter
            Section {
                id: "guide-confidentiality",

                rules: true,
                blocks: &[Block::Paragraph {
                    id: "guide-confidentiality-p1",
                }],
                subsections: &[],
            },
            // Privat informasjon er privat
            Section {
                id: "guide-private",

                rules: true,
                blocks: &[Block::Paragraph {
                    id: "guide-private-p1",
                }],
                subsections: &[],
            },
            // Vær tydelig på rolle
            Section {
                id: "guide-role",

                rules: true,
                blocks: &[Block::Paragraph {
                    id: "guide-role-p1",
                }],
                subsections: &[],
            },
            // Vær en positiv ambassadør
            Section {
                id: "guide-ambassador",

                rules: true,
                blocks: &[Block::Paragraph {
                    id: "guide-ambassador-p1",
                }],
                subsections: &[],
            },
            // Du kan få hjelp til å slette innhold du ikke vil ha på nett
            Section {
                id: "guide-delete",

                rules: true,
                blocks: &[Block::Link {
                    id: "guide-delete-link",
                    url: "https://slettmeg.no/",
                }],
                subsections: &[],
            },
            // Sign-off form (no heading in the source; see the module docs)
            Section {
                id: "guide-signoff",

                rules: false,
                blocks: &[
                    Block::Paragraph {
                        id: "guide-signoff-read",
                    },
                    Block::Paragraph {
                        id: "guide-signoff-place-date",
                    },
                    Block::Paragraph {
                        id: "guide-signoff-signature",
                    },
                ],
                subsections: &[],
            },
        ],
    },
];

/// Fluent ids of the glossary terms, in display order. In `nb` each message is
/// the Norwegian term, in `en` its fixed English rendering.
pub static GLOSSARY: &[&str] = &[
    "glossary-taushetsplikt",
    "glossary-lojalitetsplikt",
    "glossary-ytringsfrihet",
    "glossary-varsling",
    "glossary-tillitsvalgt",
    "glossary-verneombud",
    "glossary-helseforetak",
    "glossary-sivilombudsmannen",
    "glossary-andsverkloven",
    "glossary-uonskede-hendelser",
    "glossary-parorende",
    "glossary-brukere",
    "glossary-naermeste-leder",
];
