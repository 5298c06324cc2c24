## The accessibility statement (tilgjengelighetserklæring).

a11y-open = Tilgjengelighetserklæring
screen-a11y-title = Tilgjengelighetserklæring
screen-a11y-intro = Postvett skal kunne brukes av alle ansatte, også med skjermleser, tastatur og stor tekst. Appen skal oppfylle kravene i WCAG 2.1 på nivå A og AA, slik forskrift om universell utforming av IKT krever.
a11y-tested-heading = Slik er appen testet
a11y-tested-auto = Hver skjerm og hver tilstand (sjekklisten ved et spørsmål og ved hvert svar, leseren med søk, avslå-meldingen med forhåndsvisning, personverntips, vaktskjemaet, innstillinger, bekreftelser, dialoger og feilmeldinger) kontrolleres automatisk med axe-core mot WCAG 2.1 A og AA, på bokmål, nynorsk og engelsk, i lyst og mørkt tema.
a11y-tested-layout = Det kontrolleres også automatisk at ingenting ruller sideveis ved 360, 390 og 1280 punkter bredde, at alt som kan trykkes på, er minst 44 × 44 punkter, og at teksten flyter om uten å bli klippet ved 200 % tekststørrelse.
a11y-tested-keyboard = På hver skjerm, i hver dialog og med vaktskjemaet åpent sendes ekte trykk på Tab-tasten til appen. De kontrollerer at alle knapper, lenker og felt nås i leserekkefølge, at fokus alltid er synlig og aldri skjult under topplinjen eller menyen, og at lenken «Hopp til innholdet» flytter til innholdet.
a11y-tested-structure = Landemerker, én hovedoverskrift per skjerm og språkmerking kontrolleres også automatisk på hver skjerm.
a11y-gaps-heading = Kjente mangler
a11y-gap-screenreader = Appen er ikke testet med skjermleser på ekte telefoner (VoiceOver og TalkBack), bare med automatiske kontroller av navn, roller og varslinger.
a11y-gap-keyboard = Ingen har ennå gått gjennom appen for hånd med tastatur. Tastaturkontrollene over er automatiske.
a11y-gap-signature = Underskriften ved «lest og forstått» skrives som tekst. Tegnet underskrift finnes ikke.
a11y-gap-nynorsk = Nynorskversjonen er en oversettelse av bokmålsteksten, som er den gjeldende. Den er kontrollert mot bokmålsteksten, men ennå ikke gjennomgått av en språkkonsulent.
a11y-feedback-heading = Gi tilbakemelding
a11y-feedback-text = Opplever du problemer med å bruke appen, vil vi gjerne høre om det.
a11y-feedback-unset = Adressen for tilbakemeldinger settes når appen bygges for helseforetaket, og mangler i denne utgaven.
a11y-updated = Erklæringen gjelder denne versjonen av appen.
