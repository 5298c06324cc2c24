## The guideline reader: document list, metadata, table of contents, search.

reader-documents = Documents
reader-open = Read the document
reader-all-documents = All documents
reader-meta-number = Document
reader-meta-edition = Edition
reader-meta-valid-from = Valid from
reader-meta-kind = Type
reader-references = References
reader-toc = Contents
reader-search-label = Search the guideline and the guide
reader-search-button = Search
reader-search-none = No results.
reader-search-count = { $count ->
    [one] One result
   *[other] { $count } results
}
reader-to-decline = Use the text: go to the decline message
reader-open-link = Open in the browser
reader-link-offline = Offline, you can select and copy the address and open it later.
reader-text-size = Text size
reader-text-smaller = Smaller text
reader-text-larger = Larger text
reader-to-top = Back to top
reader-read-in = Also read in
reader-title-edition = { $title } ({ $edition })
