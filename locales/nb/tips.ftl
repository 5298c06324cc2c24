### Personverntips: konkrete innstillinger per tjeneste og for telefonen.
### Kortene og stegene er definert i core/src/tips/cards.rs. For hvert kort:
### <kort>-title (tjenestens navn), <kort>-intro (hva kortet beskytter) og én melding per steg.
### Faktaene bygger på prosjektets referansenotater (offentlige hjelpesider 2023–2026);
### ordlyden er appens egen. Menyer flytter seg: beskriv hva man ser etter, ikke bare stien.
### Kortene konkretiserer retningslinjens råd (d38049-netiquette-privacy, d38049-netiquette-location)
### og legger ikke til egne regler.

## Skjermen

tips-guideline-heading = Retningslinjen sier
tips-cards-heading = Innstillinger per tjeneste
tips-as-of = Beskrevet per { $date } ut fra tjenestenes egne hjelpesider
tips-menus-change = Menyene endrer seg mellom appversjoner; ser stien annerledes ut hos deg, se etter ordene i den.
# Skjult tillegg til avkrysningsboksen; etiketten er selve steget.
tips-step-done = Gjort
tips-progress = { $done } av { $total } gjort
tips-reset = Nullstill avkrysningene
tips-reset-confirm = Vil du fjerne alle avkrysningene?
tips-reset-yes = Ja, nullstill
tips-reset-no = Nei, behold dem

## Facebook

tips-facebook-title = Facebook
tips-facebook-intro = Holder innleggene dine blant venner og gjør det vanskeligere for fremmede å finne og kontakte deg.
tips-facebook-audience = Åpne personvernsjekken under Innstillinger og personvern, og velg at bare venner skal se innleggene du legger ut fremover.
tips-facebook-past-posts = Bruk valget som begrenser tidligere innlegg, så blir eldre innlegg som er delt med flere enn venner, bare synlige for venner.
tips-facebook-friend-requests = La bare venners venner sende deg venneforespørsler.
tips-facebook-lookup = Der du velger hvem som kan finne deg via telefonnummeret og e-postadressen din, velger du det snevreste valget for begge.
tips-facebook-restricted = Legg personer du er venn med, men ikke vil dele med, på listen over begrensede venner. Da ser de bare det du deler offentlig.

## Instagram

tips-instagram-title = Instagram
tips-instagram-intro = Lar deg velge hvem som følger deg og ser det du legger ut, og når du vises i andres innlegg.
tips-instagram-private = Slå på privat konto under kontoens personvern. De som allerede følger deg, blir værende til du fjerner dem, så gå gjennom følgerne dine.
tips-instagram-tags = Slå på manuell godkjenning under tagger og omtaler, så vises ingen tagging av deg på profilen din før du har godkjent den.
tips-instagram-activity-status = Slå av aktivitetsstatus, så andre ikke ser når du er aktiv.

## Snapchat

tips-snapchat-title = Snapchat
tips-snapchat-intro = Holder posisjonen din borte fra kartet i Snapchat, så ingen ser hvor du er, heller ikke på jobb.
tips-snapchat-ghost-mode = Åpne kartet (Snap Map) i Snapchat, gå til kartinnstillingene og slå på spøkelsesmodus (Ghost Mode).
tips-snapchat-keep-on = Velg at spøkelsesmodus skal være på til du slår den av. Ellers oppdateres posisjonen din hver gang du åpner appen.

## TikTok

tips-tiktok-title = TikTok
tips-tiktok-intro = Begrenser hvem som ser videoene dine, og hindrer at TikTok viser kontoen din til folk du kjenner.
tips-tiktok-private = Gå til Profil › menyen › Innstillinger og personvern › Personvern, og slå på privat konto.
tips-tiktok-suggest = Slå av alle valgene der TikTok foreslår kontoen din til andre.
tips-tiktok-contacts = Slå av synkronisering av telefonkontaktene dine og Facebook-venner.
tips-tiktok-downloads = Slå av nedlastinger, så andre ikke kan lagre videoene dine.

## X

tips-x-title = X
tips-x-intro = Viser innleggene dine bare til følgere du godkjenner, og begrenser hvem som kan tagge deg i bilder.
tips-x-protect = Åpne Innstillinger og personvern › Personvern og sikkerhet, finn målgruppe og tagging, og slå på beskyttelse av innleggene dine.
tips-x-photo-tagging = Samme sted velger du at bare folk du følger, eller ingen, kan tagge deg i bilder.

## LinkedIn

tips-linkedin-title = LinkedIn
tips-linkedin-intro = Styrer hva folk utenfor LinkedIn ser av profilen din, og om andre ser at du har sett på profilen deres.
tips-linkedin-public-profile = Finn synlighet under Innstillinger og personvern, rediger den offentlige profilen din og skjul det søkemotorer og folk som ikke er logget inn, ikke trenger å se.
tips-linkedin-viewing-mode = Samme sted åpner du valgene for profilvisning og velger privat modus hvis du ikke vil at andre skal se at du har sett på profilen deres.

## Strava

tips-strava-title = Strava
tips-strava-intro = Hindrer at treningsøktene dine, og Stravas offentlige varmekart, viser hvor du jobber.
tips-strava-private-activities = I personvernkontrollene under Innstillinger velger du at aktivitetene dine bare skal vises for deg, eller i det minste bare for følgere. Aktiviteter som bare du ser, holdes utenfor varmekartet.
tips-strava-privacy-zone = Under kartsynlighet skjuler du start og slutt på aktiviteter ved adressen til arbeidsstedet ditt (en personvernsone). Disse delene holdes også utenfor varmekartet.

## Kamera på iPhone

tips-camera-ios-title = Kamera på iPhone
tips-camera-ios-intro = Hindrer at bildene dine lagrer hvor de ble tatt, så et bilde ikke røper arbeidsstedet ditt.
tips-camera-ios-never = Gå til Innstillinger › Personvern og sikkerhet › Stedstjenester › Kamera og velg Aldri.
tips-camera-ios-share-options = Når du deler et bilde som ble tatt før du endret dette, trykker du på alternativene øverst i delingsvinduet og slår av posisjonen.

## Kamera på Android

tips-camera-android-title = Kamera på Android
tips-camera-android-intro = Hindrer at bildene dine lagrer hvor de ble tatt, så et bilde ikke røper arbeidsstedet ditt.
tips-camera-android-permission = Gå til Innstillinger › Apper › Kamera › Tillatelser › Posisjon og velg Ikke tillat. Navnene varierer mellom telefonprodusenter.
tips-camera-android-app-info = Finner du ikke kameraet i listen, holder du fingeren på kameraikonet, trykker på appinfo og åpner tillatelsene derfra.

## Posisjon på iPhone

tips-location-ios-title = Posisjon på iPhone
tips-location-ios-intro = Hindrer at apper sporer hvor du er mens du er på jobb.
tips-location-ios-off = Gå til Innstillinger › Personvern og sikkerhet › Stedstjenester og slå av bryteren mens du er på jobb.
tips-location-ios-per-app = Vil du ha stedstjenester på, setter du appene for sosiale medier til Aldri i samme liste. Får en app bruke posisjon mens den er i bruk, ser den fortsatt hvor du er hver gang du åpner den.
tips-location-ios-no-control-centre = Bruk Innstillinger til dette: Kontrollsenter på iPhone har ingen bryter for stedstjenester.
tips-location-ios-after-shift = Slå på stedstjenester igjen etter jobb hvis du trenger dem, for eksempel til kart.

## Posisjon på Android

tips-location-android-title = Posisjon på Android
tips-location-android-intro = Hindrer at apper sporer hvor du er mens du er på jobb.
tips-location-android-quick-settings = Sveip ned fra toppen av skjermen for å åpne hurtiginnstillingene, og trykk på Posisjon for å slå den av. Mangler knappen, legger du den til ved å redigere hurtiginnstillingene.
tips-location-android-settings = Du kan også gå til Innstillinger › Posisjon og slå av hovedbryteren. Hvor menyen ligger og hva den heter, varierer mellom telefonprodusenter.
tips-location-android-per-app = Vil du ha posisjon på, åpner du apptillatelsene for posisjon under Innstillinger › Posisjon og setter appene for sosiale medier til Ikke tillat. Får en app bruke posisjon mens den er i bruk, ser den fortsatt hvor du er hver gang du åpner den.
tips-location-android-after-shift = Slå på posisjon igjen etter jobb hvis du trenger den, for eksempel til kart.
