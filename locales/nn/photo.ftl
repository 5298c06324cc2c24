### Biletsjekk: kva eit bilete avslører, andleta i det, og ein rein kopi.
### photo-<kind> er ei line for kvar ting biletet har med seg; photo-<kind>-note seier kvifor det har noko å seie.
### Reglane det byggjer på: d38049-patients-photos, d38049-colleagues-photos og d38049-netiquette-location.

screen-photo-title = Biletsjekk
nav-photo = Bilete
screen-photo-intro = Sjå kva eit bilete avslører før du deler det, skjul andlet og tavler for godt, og lagre ein rein kopi. Biletet blir berre på denne skjermen: det blir ikkje lagra og blir ikkje sendt nokon stad.
photo-pick = Vel eit bilete
photo-pick-hint = Eit JPEG-, PNG- eller WebP-bilete frå telefonen.
photo-gives-away = Dette har biletet med seg
photo-received = Dette er det kopien appen fekk, har med seg. Originalen i galleriet kan ha meir, til dømes posisjonen, sjølv om han ikkje står her. Del den reine kopien, og slå av posisjon i kameraet, så blir han ikkje lagra når biletet blir teke.
photo-camera-tip = Slik slår du av posisjon i kameraet

## Liner

photo-nothing = Fann ingen metadata i denne kopien.
photo-position = Posisjon: { $lat }, { $lon }
photo-position-note = Alle som lastar ned biletet, kan sjå kvar det vart teke.
photo-taken = Teke: { $when }
photo-camera = Telefon eller kamera: { $camera }
photo-serial = Serienummer: { $serial }
photo-name = Namn: { $name }
photo-software = Programvare: { $software }
photo-comment = Kommentar: { $comment }
photo-thumbnail = Ein liten kopi av originalbiletet ligg gøymd inne i biletet.
photo-thumbnail-note = Han kan vise biletet slik det var før det vart skore til eller redigert.
photo-xmp = XMP-data
photo-xmp-note = Kan innehalde staden, namn på personar og redigeringshistorikken.
photo-iptc = IPTC-data
photo-iptc-note = Kan innehalde namnet på fotografen, byen og ein bilettekst.
photo-extra = Endå eit bilete eller ein video ligg lagra saman med biletet.
photo-time-stamp = Eit tidsstempel for når biletet sist vart endra.
photo-other = { $count ->
        [one] Eitt anna metadatafelt.
       *[other] { $count } andre metadatafelt.
    }
photo-unreadable = Nokre metadata kunne ikkje lesast. Dei blir likevel fjerna frå den reine kopien.
photo-too-large = Metadataa er for store til å lesast. Dei blir likevel fjerna frå den reine kopien.
photo-colour-profile = Fargeprofil
photo-colour-profile-note = Blir behalden i den reine kopien: han beskriv berre fargane, ikkje telefonen eller deg.

## Andlet

photo-faces-looking = Ser etter andlet …
photo-faces-found = { $count ->
        [0] Fann ingen andlet som vender mot kameraet.
        [one] Fann eitt andlet.
       *[other] Fann { $count } andlet.
    }
photo-faces-ask = Har alle sagt ja til at biletet blir delt? Er nokon av dei pasient eller pårørande?
photo-faces-limits = Appen finn andlet som vender mot kameraet. Andlet i profil, skjermar, tavler, namneskilt og dokument må du sjå etter sjølv.
photo-rules = Les reglane om bilete:

## Felt som blir skjulte

photo-regions = Dette blir skjult
photo-region-face = Andlet { $n }
photo-region-own = Eige felt { $n }
photo-region-hide = Skjul
photo-region-remove = Fjern
photo-region-select = Vel
photo-add-region = Legg til eit felt
photo-add-hint = Dra over biletet, eller trykk på det, for å leggje eit felt over ei tavle, ein skjerm, eit namneskilt eller eit andlet appen ikkje fann. Med tastaturet: legg til eit felt, gå til «Vel» for feltet, og flytt det med piltastane; med Shift og piltastane endrar du storleiken.
photo-hidden-how = Det som blir skjult, blir dekt av store ruter i éin farge kvar. Det kan ikkje gjerast om.

## Lagre

photo-file-name = rein-kopi

photo-save = Lagre ein rein kopi
photo-saved = Den reine kopien er lagra.
photo-save-cancelled = Ingenting vart lagra.
photo-copy-carries = Kopien har no med seg:
photo-carries-nothing = Ingen metadata.
photo-carries-profile = Ingen metadata, berre fargeprofilen.
photo-check-another = Sjekk eit anna bilete

## Feil

error-photo-not-an-image = Fila er ikkje eit bilete appen kan lese. Vel eit JPEG-, PNG- eller WebP-bilete.
error-photo-heic = Biletet er i HEIC-formatet, som appen ikkje kan lese. Vel biletet på nytt som JPEG, eller set iPhone-kameraet til «Mest kompatibel» (Innstillinger › Kamera › Formater).
error-photo-corrupt = Biletet er skadd eller ufullstendig og kan ikkje lesast. Vel eit anna bilete.
error-photo-too-large = Fila er større enn { $max_mb } MB. Vel eit mindre bilete.
error-photo-too-many-pixels = Biletet har meir enn { $max_megapixels } megapikslar. Vel eit mindre bilete.
error-photo-none = Ingen bilete er opne. Vel eit bilete først.
