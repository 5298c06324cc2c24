## "Lest og forstått": the sign-off, its receipt and the re-read notice.

signoff-heading = Lest og forstått
signoff-intro = Når du har lest dokumentet, kan du bekrefte at du har lest og forstått det. Bekreftelsen lagres bare på denne telefonen, og du får en kvittering du kan sende til lederen din.
signoff-start = Bekreft at du har lest og forstått
signoff-form-title = Bekreft lest og forstått
signoff-name-label = Navn
signoff-place-label = Sted
signoff-date-label = Dato
signoff-signature-label = Underskrift: skriv hele navnet ditt på nytt
signoff-save = Lagre bekreftelsen
signoff-cancel = Avbryt
signoff-saved = Bekreftelsen er lagret på denne telefonen.
signoff-mine = Mine bekreftelser
signoff-none = Du har ikke bekreftet noen dokumenter ennå.
signoff-copy-receipt = Kopier kvitteringen
signoff-receipt-copied = Kvitteringen er kopiert. Lim den inn i en e-post til lederen din.
signoff-delete = Slett bekreftelsen
signoff-delete-confirm = Vil du slette denne bekreftelsen? Det kan ikke angres.
signoff-delete-yes = Ja, slett
signoff-delete-no = Nei, behold
signoff-deleted = Bekreftelsen er slettet.
signoff-reread = Det finnes en nyere utgave av «{ $title }» (utgave { $edition }). Du kan lese den og bekrefte på nytt. Den gamle bekreftelsen beholdes.
signoff-reread-open = Les den nye utgaven
signoff-summary = { $title }, utgave { $edition }, { $date }
signoff-receipt =
    Lest og forstått
    Dokument: { $title } ({ $number })
    Utgave: { $edition }
    Gjelder fra: { $validfrom }
    Navn: { $name }
    Sted: { $place }
    Dato: { $date }
    Registrering: { $id }
error-required = Fyll ut dette feltet.
error-signature-mismatch = Underskriften må være det samme navnet som står over.
error-date-in-future = Datoen kan ikke være etter i dag.
