## Lesaren for retningslinja: dokumentliste, metadata, innhaldsliste, søk.

reader-documents = Dokument
reader-open = Les dokumentet
reader-all-documents = Alle dokument
reader-meta-number = Dokument
reader-meta-edition = Utgåve
reader-meta-valid-from = Gjeld frå
reader-meta-kind = Type
reader-references = Referansar
reader-toc = Innhald
reader-search-label = Søk i retningslinja og rettleiinga
reader-search-button = Søk
reader-search-none = Ingen treff.
reader-search-count = { $count ->
    [one] Eitt treff
   *[other] { $count } treff
}
reader-to-decline = Bruk teksten: gå til avslå-meldinga
reader-open-link = Opne i nettlesaren
reader-link-offline = Utan nett kan du merke og kopiere adressa og opne ho seinare.
reader-text-size = Tekststorleik
reader-text-smaller = Mindre tekst
reader-text-larger = Større tekst
reader-to-top = Til toppen
reader-read-in = Les også på
reader-title-edition = { $title } ({ $edition })
