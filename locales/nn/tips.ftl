### Personverntips: konkrete innstillingar per teneste og for telefonen.
### Korta og stega er definerte i core/src/tips/cards.rs. For kvart kort:
### <kort>-title (namnet på tenesta), <kort>-intro (kva kortet vernar) og éi melding per steg.
### Fakta byggjer på referansenotata til prosjektet (offentlege hjelpesider 2023–2026);
### ordlyden er appen sin eigen. Menyar flyttar seg: beskriv kva ein ser etter, ikkje berre stien.
### Korta konkretiserer råda i retningslinja (d38049-netiquette-privacy, d38049-netiquette-location)
### og legg ikkje til eigne reglar.

## Skjermen

tips-guideline-heading = Retningslinja seier
tips-cards-heading = Innstillingar per teneste
tips-as-of = Skildra per { $date } ut frå hjelpesidene til tenestene sjølve
tips-menus-change = Menyane endrar seg mellom appversjonar; ser stien annleis ut hos deg, sjå etter orda i stien.
# Skjult tillegg til avkryssingsboksen; etiketten er sjølve steget.
tips-step-done = Gjort
tips-progress = { $done } av { $total } gjort
tips-reset = Nullstill avkryssingane
tips-reset-confirm = Vil du fjerne alle avkryssingane?
tips-reset-yes = Ja, nullstill
tips-reset-no = Nei, behald dei

## Facebook

tips-facebook-title = Facebook
tips-facebook-intro = Held innlegga dine blant vener og gjer det vanskelegare for framande å finne og kontakte deg.
# «Venner» er namnet på valet i Facebook, så det står som der.
tips-facebook-audience = Opne personvernsjekken under Innstillinger og personvern, og vel at berre Venner skal sjå innlegga du legg ut frå no av.
tips-facebook-past-posts = Bruk valet som avgrensar tidlegare innlegg, så blir eldre innlegg som er delte med fleire enn vener, berre synlege for vener.
# «Venners venner» er namnet på valet i Facebook, så det står som der.
tips-facebook-friend-requests = La berre Venners venner sende deg venneførespurnader.
tips-facebook-lookup = Der du vel kven som kan finne deg via telefonnummeret og e-postadressa di, vel du det snevraste valet for begge.
tips-facebook-restricted = Legg personar du er ven med, men ikkje vil dele med, på lista over avgrensa vener. Då ser dei berre det du deler offentleg.

## Instagram

tips-instagram-title = Instagram
tips-instagram-intro = Lèt deg velje kven som følgjer deg og ser det du legg ut, og når du blir vist i innlegga til andre.
tips-instagram-private = Slå på privat konto under personvernet for kontoen. Dei som alt følgjer deg, blir verande til du fjernar dei, så gå gjennom følgjarane dine.
tips-instagram-tags = Slå på manuell godkjenning under taggar og omtalar, så blir inga tagging av deg vist på profilen din før du har godkjent ho.
tips-instagram-activity-status = Slå av aktivitetsstatus, så andre ikkje ser når du er aktiv.

## Snapchat

tips-snapchat-title = Snapchat
tips-snapchat-intro = Held posisjonen din borte frå kartet i Snapchat, så ingen ser kvar du er, heller ikkje på jobb.
tips-snapchat-ghost-mode = Opne kartet (Snap Map) i Snapchat, gå til kartinnstillingane og slå på spøkelsesmodus (Ghost Mode).
tips-snapchat-keep-on = Vel at spøkelsesmodus skal vere på til du slår han av. Elles blir posisjonen din oppdatert kvar gong du opnar appen.

## TikTok

tips-tiktok-title = TikTok
tips-tiktok-intro = Avgrensar kven som ser videoane dine, og hindrar at TikTok viser kontoen din til folk du kjenner.
tips-tiktok-private = Gå til Profil › menyen › Innstillinger og personvern › Personvern, og slå på privat konto.
tips-tiktok-suggest = Slå av alle vala der TikTok føreslår kontoen din til andre.
tips-tiktok-contacts = Slå av synkronisering av telefonkontaktane dine og Facebook-vener.
tips-tiktok-downloads = Slå av nedlastingar, så andre ikkje kan lagre videoane dine.

## X

tips-x-title = X
tips-x-intro = Viser innlegga dine berre til følgjarar du godkjenner, og avgrensar kven som kan tagge deg i bilete.
tips-x-protect = Opne Innstillinger og personvern › Personvern og sikkerhet, finn målgruppe og tagging, og slå på vern av innlegga dine.
tips-x-photo-tagging = Same stad vel du at berre folk du følgjer, eller ingen, kan tagge deg i bilete.

## LinkedIn

tips-linkedin-title = LinkedIn
tips-linkedin-intro = Styrer kva folk utanfor LinkedIn ser av profilen din, og om andre ser at du har sett på profilen deira.
tips-linkedin-public-profile = Finn synlegheit under Innstillinger og personvern, rediger den offentlege profilen din og skjul det søkjemotorar og folk som ikkje er logga inn, ikkje treng å sjå.
tips-linkedin-viewing-mode = Same stad opnar du vala for profilvising og vel privat modus dersom du ikkje vil at andre skal sjå at du har sett på profilen deira.

## Strava

tips-strava-title = Strava
tips-strava-intro = Hindrar at treningsøktene dine, og det offentlege varmekartet til Strava, viser kvar du jobbar.
tips-strava-private-activities = I personvernkontrollane under Innstillinger vel du at aktivitetane dine berre skal visast for deg, eller i det minste berre for følgjarar. Aktivitetar som berre du ser, blir haldne utanfor varmekartet.
tips-strava-privacy-zone = Under kartsynlegheit skjuler du start og slutt på aktivitetar ved adressa til arbeidsstaden din (ei personvernsone). Desse delane blir også haldne utanfor varmekartet.

## Kamera på iPhone

tips-camera-ios-title = Kamera på iPhone
tips-camera-ios-intro = Hindrar at bileta dine lagrar kvar dei vart tekne, så eit bilete ikkje røper arbeidsstaden din.
tips-camera-ios-never = Gå til Innstillinger › Personvern og sikkerhet › Stedstjenester › Kamera og vel Aldri.
tips-camera-ios-share-options = Når du deler eit bilete som vart teke før du endra dette, trykkjer du på alternativa øvst i delingsvindauget og slår av posisjonen.

## Kamera på Android

tips-camera-android-title = Kamera på Android
tips-camera-android-intro = Hindrar at bileta dine lagrar kvar dei vart tekne, så eit bilete ikkje røper arbeidsstaden din.
tips-camera-android-permission = Gå til Innstillinger › Apper › Kamera › Tillatelser › Posisjon og vel Ikke tillat. Namna varierer mellom telefonprodusentar.
tips-camera-android-app-info = Finn du ikkje kameraet i lista, held du fingeren på kameraikonet, trykkjer på appinfo og opnar tillatingane derifrå.

## Posisjon på iPhone

tips-location-ios-title = Posisjon på iPhone
tips-location-ios-intro = Hindrar at appar sporar kvar du er medan du er på jobb.
tips-location-ios-off = Gå til Innstillinger › Personvern og sikkerhet › Stedstjenester og slå av brytaren medan du er på jobb.
tips-location-ios-per-app = Vil du ha stadtenester på, set du appane for sosiale medium til Aldri i same liste. Får ein app bruke posisjon medan han er i bruk, ser han framleis kvar du er kvar gong du opnar han.
tips-location-ios-no-control-centre = Bruk Innstillinger til dette: Kontrollsenter på iPhone har ingen brytar for stadtenester.
tips-location-ios-after-shift = Slå på stadtenester igjen etter jobb dersom du treng dei, til dømes til kart.

## Posisjon på Android

tips-location-android-title = Posisjon på Android
tips-location-android-intro = Hindrar at appar sporar kvar du er medan du er på jobb.
tips-location-android-quick-settings = Sveip ned frå toppen av skjermen for å opne hurtiginnstillingane, og trykk på Posisjon for å slå han av. Manglar knappen, legg du han til ved å redigere hurtiginnstillingane.
tips-location-android-settings = Du kan også gå til Innstillinger › Posisjon og slå av hovudbrytaren. Kvar menyen ligg og kva han heiter, varierer mellom telefonprodusentar.
tips-location-android-per-app = Vil du ha posisjon på, opnar du apptillatingane for posisjon under Innstillinger › Posisjon og set appane for sosiale medium til Ikke tillat. Får ein app bruke posisjon medan han er i bruk, ser han framleis kvar du er kvar gong du opnar han.
tips-location-android-after-shift = Slå på posisjon igjen etter jobb dersom du treng han, til dømes til kart.
