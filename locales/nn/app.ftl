## The app frame: name, navigation, screens, settings.

app-name = Postvett
app-tagline = Nettvett før du postar
skip-to-content = Hopp til innhaldet
nav-label = Hovudmeny
# The main landmark: one name on every screen (each screen is its own region, named by its title).
main-label = Innhald
nav-checklist = Sjekk
nav-guideline = Reglar
nav-decline = Avslå
nav-tips = Personvern
nav-shift = Vakt
settings-open = Innstillingar
back = Tilbake

screen-checklist-title = Kan eg poste dette?
screen-checklist-intro = Svar på nokre korte spørsmål før du postar, og få eit klart svar med tilvising til retningslinja.
screen-guideline-title = Retningslinja
screen-guideline-intro = Les retningslinja for tilsette sin bruk av sosiale medium og rettleiinga for tilsette, også utan nett.
screen-decline-title = Avslå ein venneførespurnad
screen-decline-intro = Teksten i retningslinja for å avslå venne- og følgjeførespurnader frå pasientar og pårørande, klar til å kopiere.
screen-tips-title = Personverninnstillingar
screen-tips-intro = Konkrete innstillingar for personvern og posisjon i tenestene du brukar.
screen-shift-title = Vaktpåminning
screen-shift-intro = Få ei påminning ved starten av kvar vakt om å slå av stadtenester.
screen-settings-title = Innstillingar
screen-settings-intro = Språk og andre val. Alt blir lagra berre på denne telefonen.

settings-language = Språk
settings-language-auto = Som telefonen

## Settings: your data (core my_data)

settings-data-heading = Dataa dine
settings-data-text = Appen lagrar berre på denne telefonen, og berre dette: vala dine (språk, tekststorleik), namnet ditt i avslagsmeldinga, vaktene og påminningane dine, kva tips du har kryssa av, og stadfestingane dine på at du har lese retningslinja. Svara i sjekklista og bileta du sjekkar, blir aldri lagra.
settings-data-delete = Slett dataa mine
settings-data-delete-confirm = Slette alt appen har lagra på denne telefonen? Vakter, påminningar, stadfestingar, namnet ditt og vala dine forsvinn, og det kan ikkje angrast.
settings-data-delete-yes = Slett alt
settings-data-delete-no = Avbryt
settings-data-deleted = Dataa dine er sletta.
settings-data-aside-removed = Kopien av den skadde lagringa er sletta.
# $date: the day the newest copy goes (date-long); $count: how many copies.
data-set-aside = { $count ->
    [one] Ein kopi av det som var lagra før lagringa vart skadd, ligg att på telefonen. Han blir sletta av seg sjølv { $date }.
   *[other] { $count } kopiar av det som var lagra før lagringa vart skadd, ligg att på telefonen. Dei blir sletta av seg sjølv seinast { $date }.
}
data-set-aside-remove = { $count ->
    [one] Slett kopien no
   *[other] Slett kopiane no
}

# This locale's own name, as it is offered in every language picker.
language-name = Norsk nynorsk

no-tauri = Postvett må opnast som app. Denne sida fungerer ikkje åleine i ein nettlesar.

## Errors: error-<code> for every code the app can return.

error-title = Noko gjekk gale
error-store-open = Lagringa på telefonen kunne ikkje opnast. Appen verkar, men vala dine blir ikkje lagra.
error-store-io = Kunne ikkje lagre endringa. Prøv igjen.
error-store-data = Noko av det som var lagra, kunne ikkje lesast. Standardvalet blir brukt i staden.
error-unknown-language = Språket finst ikkje i appen.
error-invalid-input = Verdien er ikkje gyldig.
error-unknown-message = Ein tekst manglar i appen.
error-open-link = Adressa kunne ikkje opnast her. Du kan merke og kopiere adressa og opne ho sjølv.
error-store-recovered = Lagringa på telefonen var skadd og er starta på nytt. Vala dine er sette tilbake til standard, og det du hadde lagra (vakter, stadfestingar) må leggjast inn igjen.
error-save = Kopien kunne ikkje lagrast der. Vel ein annan stad.
error-store-locked = Lagringa er i bruk av ein annan Postvett som er open. Lukk den andre og start appen på nytt.
error-store-corrupt = Lagringa på telefonen er skadd og kunne ikkje startast på nytt. Appen brukar standardvala til neste start.
error-store-newer = Lagringa på telefonen er laga av ei nyare utgåve av Postvett. Oppdater appen for å bruke ho. Ho er ikkje endra.
error-unknown-link = Adressa finst ikkje i retningslinja og blir ikkje opna.
error-unexpected = Ein uventa feil oppstod.
