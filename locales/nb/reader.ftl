## The guideline reader: document list, metadata, table of contents, search.

reader-documents = Dokumenter
reader-open = Les dokumentet
reader-all-documents = Alle dokumenter
reader-meta-number = Dokument
reader-meta-edition = Utgave
reader-meta-valid-from = Gjelder fra
reader-meta-kind = Type
reader-references = Referanser
reader-toc = Innhold
reader-search-label = Søk i retningslinjen og veiledningen
reader-search-button = Søk
reader-search-none = Ingen treff.
reader-search-count = { $count ->
    [one] Ett treff
   *[other] { $count } treff
}
reader-to-decline = Bruk teksten: gå til avslå-meldingen
reader-open-link = Åpne i nettleseren
reader-link-offline = Uten nett kan du merke og kopiere adressen og åpne den senere.
reader-text-size = Tekststørrelse
reader-text-smaller = Mindre tekst
reader-text-larger = Større tekst
reader-to-top = Til toppen
reader-read-in = Les også på
reader-title-edition = { $title } ({ $edition })
