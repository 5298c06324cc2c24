## "Lese og forstått": the sign-off, its receipt and the re-read notice.

signoff-heading = Lese og forstått
signoff-intro = Når du har lese dokumentet, kan du stadfeste at du har lese og forstått det. Stadfestinga blir lagra berre på denne telefonen, og du får ei kvittering du kan sende til leiaren din.
signoff-start = Stadfest at du har lese og forstått
signoff-form-title = Stadfest lese og forstått
signoff-name-label = Namn
signoff-place-label = Stad
signoff-date-label = Dato
signoff-signature-label = Underskrift: skriv heile namnet ditt på nytt
signoff-save = Lagre stadfestinga
signoff-cancel = Avbryt
signoff-saved = Stadfestinga er lagra på denne telefonen.
signoff-mine = Stadfestingane mine
signoff-none = Du har ikkje stadfest nokon dokument enno.
signoff-copy-receipt = Kopier kvitteringa
signoff-receipt-copied = Kvitteringa er kopiert. Lim ho inn i ein e-post til leiaren din.
signoff-delete = Slett stadfestinga
signoff-delete-confirm = Vil du slette denne stadfestinga? Det kan ikkje angrast.
signoff-delete-yes = Ja, slett
signoff-delete-no = Nei, behald
signoff-deleted = Stadfestinga er sletta.
signoff-reread = Det finst ei nyare utgåve av «{ $title }» (utgåve { $edition }). Du kan lese ho og stadfeste på nytt. Den gamle stadfestinga blir behalden.
signoff-reread-open = Les den nye utgåva
signoff-summary = { $title }, utgåve { $edition }, { $date }
signoff-receipt =
    Lese og forstått
    Dokument: { $title } ({ $number })
    Utgåve: { $edition }
    Gjeld frå: { $validfrom }
    Namn: { $name }
    Stad: { $place }
    Dato: { $date }
    Registrering: { $id }
error-required = Fyll ut dette feltet.
error-signature-mismatch = Underskrifta må vere det same namnet som står over.
error-date-in-future = Datoen kan ikkje vere etter i dag.
