## The accessibility statement (tilgjengelighetserklæring).

a11y-open = Tilgjengelighetserklæring
screen-a11y-title = Tilgjengelighetserklæring
screen-a11y-intro = Postvett skal kunne brukes av alle ansatte, også med skjermleser, tastatur og stor tekst. Appen skal oppfylle kravene i WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT krever.
a11y-tested-heading = Slik er appen testet
a11y-tested-auto = Hver skjerm og hver tilstand (sjekklisten ved et spørsmål og ved hvert svar, leseren med søk, avslå-meldingen med forhåndsvisning, personverntips, vaktskjemaet, innstillinger, bekreftelser, dialoger og feilmeldinger) kontrolleres automatisk med axe-core mot WCAG 2.1 A og AA, på bokmål, nynorsk og engelsk, i lyst og mørkt tema.
a11y-tested-layout = Det kontrolleres også automatisk at ingenting ruller sideveis ved 360, 390 og 1280 punkter bredde, at alt som kan trykkes på, er minst 44 × 44 punkter, og at teksten flyter om uten å bli klippet ved 200 % tekststørrelse.
a11y-tested-keyboard = På hver skjerm, i hver dialog og med vaktskjemaet åpent sendes ekte trykk på Tab-tasten til appen. De kontrollerer at alle knapper, lenker og felt nås i leserekkefølge, at fokus alltid er synlig og aldri skjult under topplinjen eller menyen, og at lenken «Hopp til innholdet» flytter til innholdet.
a11y-tested-structure = Landemerker, én hovedoverskrift per skjerm og språkmerking kontrolleres også automatisk på hver skjerm.
a11y-tested-screenreader = Det kontrolleres også automatisk hva en skjermleser får fra appen: tilgjengelighetstreet som nettlesermotoren bygger, både i WebKit (slik skjermleseren Orca leser det) og i Chromium (motoren i Androids WebView, som TalkBack leser fra). På hver skjerm og i hver tilstand, på bokmål, nynorsk og engelsk, kontrolleres det at alle knapper, lenker og felt har en rolle og et navn som inneholder den synlige teksten, at valgt, åpnet og ugyldig vises, at overskriftene har én hovedoverskrift, at landemerkene har navn, at dialoger er modale og har tittelen som navn, at feilmeldinger er knyttet til feltet sitt, at svar og bekreftelser leses opp, at leserekkefølgen er den samme som på skjermen, og at tekst på et annet språk er merket med språket sitt.
a11y-tested-orca = Skjermleseren Orca blir dessuten startet mot appen og styrt med tastene en blind bruker trykker: Tab, Enter og H for neste overskrift. Det kontrolleres at Orca leser opp det første spørsmålet i sjekklisten med svarene, hvert nytt spørsmål, et resultat som sier «Ikke gjør dette», overskriftene, navnet på skjermen som åpnes, og bekreftelsen når avslagsmeldingen er kopiert.
a11y-gaps-heading = Kjente mangler
a11y-gap-screenreader = Ingen har ennå brukt appen med skjermleser på ekte telefoner. VoiceOver på iPhone og TalkBack på Android må prøves for hånd. Orca prøves automatisk på én vei gjennom appen, på bokmål; ellers er det som kontrolleres automatisk, hva skjermleserne får, ikke hvordan de leser det opp.
a11y-gap-keyboard = Ingen har ennå gått gjennom appen for hånd med tastatur. Tastaturkontrollene over er automatiske.
a11y-gap-signature = Underskriften ved «lest og forstått» skrives som tekst. Tegnet underskrift finnes ikke.
a11y-gap-nynorsk = Nynorskversjonen er en oversettelse av bokmålsteksten, som er den gjeldende. Den er kontrollert mot bokmålsteksten, men ennå ikke gjennomgått av en språkkonsulent.
a11y-feedback-heading = Gi tilbakemelding
a11y-feedback-text = Opplever du problemer med å bruke appen, vil vi gjerne høre om det.
a11y-feedback-unset = Adressen for tilbakemeldinger settes når appen bygges for helseforetaket, og mangler i denne utgaven.
a11y-updated = Erklæringen gjelder denne versjonen av appen.
