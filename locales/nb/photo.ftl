### Bildesjekk: hva et bilde avslører, ansiktene i det, og en ren kopi.
### photo-<kind> er en linje for hver ting bildet har med seg; photo-<kind>-note sier hvorfor den betyr noe.
### Reglene det bygger på: d38049-patients-photos, d38049-colleagues-photos og d38049-netiquette-location.

screen-photo-title = Bildesjekk
nav-photo = Bilde
screen-photo-intro = Se hva et bilde avslører før du deler det, skjul ansikter og tavler for godt, og lagre en ren kopi. Bildet blir bare på denne skjermen: det lagres ikke og sendes ingen steder.
photo-pick = Velg et bilde
photo-pick-hint = Et JPEG-, PNG- eller WebP-bilde fra telefonen.
photo-gives-away = Dette har bildet med seg
photo-received = Dette er det kopien appen fikk, har med seg. Originalen i galleriet kan ha mer, for eksempel posisjonen, selv om den ikke står her. Del den rene kopien, og slå av posisjon i kameraet, så blir den ikke lagret når bildet tas.
photo-camera-tip = Slik slår du av posisjon i kameraet

## Linjer

photo-nothing = Fant ingen metadata i denne kopien.
photo-position = Posisjon: { $lat }, { $lon }
photo-position-note = Alle som laster ned bildet, kan se hvor det ble tatt.
photo-taken = Tatt: { $when }
photo-camera = Telefon eller kamera: { $camera }
photo-serial = Serienummer: { $serial }
photo-name = Navn: { $name }
photo-software = Programvare: { $software }
photo-comment = Kommentar: { $comment }
photo-thumbnail = En liten kopi av originalbildet ligger gjemt inni bildet.
photo-thumbnail-note = Den kan vise bildet slik det var før det ble beskåret eller redigert.
photo-xmp = XMP-data
photo-xmp-note = Kan inneholde stedet, navn på personer og redigeringshistorikken.
photo-iptc = IPTC-data
photo-iptc-note = Kan inneholde fotografens navn, byen og en bildetekst.
photo-extra = Enda et bilde eller en video ligger lagret sammen med bildet.
photo-time-stamp = Et tidsstempel for når bildet sist ble endret.
photo-other = { $count ->
        [one] Ett annet metadatafelt.
       *[other] { $count } andre metadatafelt.
    }
photo-unreadable = Noen metadata kunne ikke leses. De fjernes likevel fra den rene kopien.
photo-too-large = Metadataene er for store til å leses. De fjernes likevel fra den rene kopien.
photo-colour-profile = Fargeprofil
photo-colour-profile-note = Beholdes i den rene kopien: den beskriver bare fargene, ikke telefonen eller deg.

## Ansikter

photo-faces-looking = Ser etter ansikter …
photo-faces-found = { $count ->
        [0] Fant ingen ansikter som vender mot kameraet.
        [one] Fant ett ansikt.
       *[other] Fant { $count } ansikter.
    }
photo-faces-ask = Har alle sagt ja til at bildet deles? Er noen av dem pasient eller pårørende?
photo-faces-limits = Appen finner ansikter som vender mot kameraet. Ansikter i profil, skjermer, tavler, navneskilt og dokumenter må du se etter selv.
photo-rules = Les reglene om bilder:

## Felt som skjules

photo-regions = Dette skjules
photo-region-face = Ansikt { $n }
photo-region-own = Eget felt { $n }
photo-region-hide = Skjul
photo-region-remove = Fjern
photo-region-select = Velg
photo-add-region = Legg til et felt
photo-add-hint = Dra over bildet, eller trykk på det, for å legge et felt over en tavle, en skjerm, et navneskilt eller et ansikt appen ikke fant. Med tastaturet: legg til et felt, gå til «Velg» for feltet, og flytt det med piltastene; med Shift og piltastene endrer du størrelsen.
photo-hidden-how = Det som skjules, blir dekket av store ruter i én farge hver. Det kan ikke gjøres om.

## Lagre

photo-file-name = ren-kopi

photo-save = Lagre en ren kopi
photo-saved = Den rene kopien er lagret.
photo-save-cancelled = Ingenting ble lagret.
photo-copy-carries = Kopien har nå med seg:
photo-carries-nothing = Ingen metadata.
photo-carries-profile = Ingen metadata, bare fargeprofilen.
photo-check-another = Sjekk et annet bilde

## Feil

error-photo-not-an-image = Filen er ikke et bilde appen kan lese. Velg et JPEG-, PNG- eller WebP-bilde.
error-photo-heic = Bildet er i HEIC-formatet, som appen ikke kan lese. Velg bildet på nytt som JPEG, eller sett iPhone-kameraet til «Mest kompatibel» (Innstillinger › Kamera › Formater).
error-photo-corrupt = Bildet er skadet eller ufullstendig og kan ikke leses. Velg et annet bilde.
error-photo-too-large = Filen er større enn { $max_mb } MB. Velg et mindre bilde.
error-photo-too-many-pixels = Bildet har mer enn { $max_megapixels } megapiksler. Velg et mindre bilde.
error-photo-none = Ingen bilder er åpne. Velg et bilde først.
