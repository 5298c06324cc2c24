## The app frame: name, navigation, screens, settings.

app-name = Postvett
app-tagline = Nettvett før du poster
skip-to-content = Hopp til innholdet
nav-label = Hovedmeny
# The main landmark: one name on every screen (each screen is its own region, named by its title).
main-label = Innhold
nav-checklist = Sjekk
nav-guideline = Regler
nav-decline = Avslå
nav-tips = Personvern
nav-shift = Vakt
settings-open = Innstillinger
back = Tilbake

screen-checklist-title = Kan jeg poste dette?
screen-checklist-intro = Svar på noen korte spørsmål før du poster, og få et klart svar med henvisning til retningslinjen.
screen-guideline-title = Retningslinjen
screen-guideline-intro = Les retningslinjen for ansattes bruk av sosiale medier og veiledningen for ansatte, også uten nett.
screen-decline-title = Avslå en venneforespørsel
screen-decline-intro = Retningslinjens tekst for å avslå venne- og følgeforespørsler fra pasienter og pårørende, klar til å kopiere.
screen-tips-title = Personverninnstillinger
screen-tips-intro = Konkrete innstillinger for personvern og posisjon i tjenestene du bruker.
screen-shift-title = Vaktpåminnelse
screen-shift-intro = Få en påminnelse ved starten av hver vakt om å slå av stedstjenester.
screen-settings-title = Innstillinger
screen-settings-intro = Språk og andre valg. Alt lagres bare på denne telefonen.

settings-language = Språk
settings-language-auto = Som telefonen

## Settings: your data (core my_data)

settings-data-heading = Dataene dine
settings-data-text = Appen lagrer bare på denne telefonen, og bare dette: valgene dine (språk, tekststørrelse), navnet ditt i avslagsmeldingen, vaktene og påminnelsene dine, hvilke tips du har krysset av, og bekreftelsene dine på at du har lest retningslinjen. Svarene i sjekklisten og bildene du sjekker, lagres aldri.
settings-data-delete = Slett dataene mine
settings-data-delete-confirm = Slette alt appen har lagret på denne telefonen? Vakter, påminnelser, bekreftelser, navnet ditt og valgene dine forsvinner, og det kan ikke angres.
settings-data-delete-yes = Slett alt
settings-data-delete-no = Avbryt
settings-data-deleted = Dataene dine er slettet.
settings-data-aside-removed = Kopien av den skadde lagringen er slettet.
# $date: the day the newest copy goes (date-long); $count: how many copies.
data-set-aside = { $count ->
    [one] En kopi av det som var lagret før lagringen ble skadet, ligger igjen på telefonen. Den slettes av seg selv { $date }.
   *[other] { $count } kopier av det som var lagret før lagringen ble skadet, ligger igjen på telefonen. De slettes av seg selv senest { $date }.
}
data-set-aside-remove = { $count ->
    [one] Slett kopien nå
   *[other] Slett kopiene nå
}

# This locale's own name, as it is offered in every language picker.
language-name = Norsk bokmål

no-tauri = Postvett må åpnes som app. Denne siden fungerer ikke alene i en nettleser.

## Errors: error-<code> for every code the app can return.

error-title = Noe gikk galt
error-store-open = Lagringen på telefonen kunne ikke åpnes. Appen virker, men valgene dine blir ikke lagret.
error-store-io = Kunne ikke lagre endringen. Prøv igjen.
error-store-data = Noe av det som var lagret, kunne ikke leses. Standardvalget brukes i stedet.
error-unknown-language = Språket finnes ikke i appen.
error-invalid-input = Verdien er ikke gyldig.
error-unknown-message = En tekst mangler i appen.
error-open-link = Adressen kunne ikke åpnes her. Du kan merke og kopiere den og åpne den selv.
error-store-recovered = Lagringen på telefonen var skadet og er startet på nytt. Valgene dine er satt tilbake til standard, og det du hadde lagret (vakter, bekreftelser) må legges inn igjen.
error-save = Kopien kunne ikke lagres der. Velg et annet sted.
error-store-locked = Lagringen er i bruk av en annen Postvett som er åpen. Lukk den andre og start appen på nytt.
error-store-corrupt = Lagringen på telefonen er skadet og kunne ikke startes på nytt. Appen bruker standardvalgene til neste start.
error-store-newer = Lagringen på telefonen er laget av en nyere utgave av Postvett. Oppdater appen for å bruke den. Den er ikke endret.
error-unknown-link = Adressen finnes ikke i retningslinjen og åpnes ikke.
error-unexpected = En uventet feil oppstod.
