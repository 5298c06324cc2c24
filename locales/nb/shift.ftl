## The shift screen, the reminder notification and the "on shift" card.

shift-reminders-heading = Påminnelse
shift-reminders-enabled = Minn meg på å slå av stedstjenester når vakten starter
shift-lead-label = Hvor lenge før vakten
shift-lead-value = { $minutes ->
    [0] Når vakten starter
    [one] 1 minutt før
   *[other] { $minutes } minutter før
}
shift-permission-denied = Appen har ikke lov til å vise varsler. Slå på varsler for Postvett i telefonens innstillinger for å få påminnelsene.
shift-list-heading = Vaktene dine
shift-none = Du har ikke lagt inn noen vakter ennå.
shift-add-heading = Legg til vakt
shift-kind-label = Type vakt
shift-kind-weekly = Fast ukemønster
shift-kind-one-off = Enkeltvakt på en dato
shift-days-label = Dager
shift-date-label = Dato
shift-start-label = Starter
shift-end-label = Slutter
shift-night-label = Nattevakt (slutter dagen etter)
shift-add = Legg til vakten
shift-remove = Slett vakten
shift-removed = Vakten er slettet.
shift-added = Vakten er lagt til.
shift-summary = { $days }, { $start }–{ $end }
shift-summary-night = { $days }, { $start }–{ $end } (nattevakt)
shift-upcoming-heading = Neste påminnelser
shift-upcoming-none = Ingen påminnelser er planlagt.
shift-time-zone = Tidene gjelder tidssonen { $zone }.
day-mon = mandag
day-tue = tirsdag
day-wed = onsdag
day-thu = torsdag
day-fri = fredag
day-sat = lørdag
day-sun = søndag
reminder-title = Slå av stedstjenester
reminder-body = Vakten din starter { $time }. Slå av stedstjenester som kan spore deg på jobb.
on-shift-title = Du er på vakt: slå av stedstjenester
on-shift-text = Retningslinjen ber deg slå av stedstjenester i sosiale medier som kan spore deg når du er på jobb.
on-shift-ios = Slik gjør du det på iPhone
on-shift-android = Slik gjør du det på Android
on-shift-dismiss = Skjul for denne vakten
error-time-out-of-range = Skriv klokkeslettet som TT:MM, for eksempel 07:30.
error-end-before-start = Vakten må slutte etter at den starter. Slutter den dagen etter, kryss av for nattevakt.
error-night-must-cross-midnight = En nattevakt må slutte etter midnatt.
error-no-days = Velg minst én dag.
error-shift-overlap = Vakten overlapper en annen enkeltvakt.
error-not-found = Fant ikke det du ba om. Det kan være slettet.

## Dates and times, formatted by the core (core/src/dates.rs) for every screen.
date-long = { $weekday } { $day }. { $month } { $year }
date-time-long = { $weekday } { $day }. { $month } kl. { $time }
month-1 = januar
month-2 = februar
month-3 = mars
month-4 = april
month-5 = mai
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = desember
