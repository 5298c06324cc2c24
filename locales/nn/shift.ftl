## The shift screen, the reminder notification and the "on shift" card.

shift-reminders-heading = Påminning
shift-reminders-enabled = Minn meg på å slå av stadtenester når vakta startar
shift-lead-label = Kor lenge før vakta
shift-lead-value = { $minutes ->
    [0] Når vakta startar
    [one] 1 minutt før
   *[other] { $minutes } minutt før
}
shift-permission-denied = Appen har ikkje lov til å vise varsel. Slå på varsel for Postvett i innstillingane på telefonen for å få påminningane.
shift-list-heading = Vaktene dine
shift-none = Du har ikkje lagt inn nokon vakter enno.
shift-add-heading = Legg til vakt
shift-kind-label = Type vakt
shift-kind-weekly = Fast vekemønster
shift-kind-one-off = Enkeltvakt på ein dato
shift-days-label = Dagar
shift-date-label = Dato
shift-start-label = Startar
shift-end-label = Sluttar
shift-night-label = Nattevakt (sluttar dagen etter)
shift-add = Legg til vakta
shift-remove = Slett vakta
shift-removed = Vakta er sletta.
shift-added = Vakta er lagd til.
shift-summary = { $days }, { $start }–{ $end }
shift-summary-night = { $days }, { $start }–{ $end } (nattevakt)
shift-upcoming-heading = Neste påminningar
shift-upcoming-none = Ingen påminningar er planlagde.
shift-time-zone = Tidene gjeld tidssona { $zone }.
day-mon = måndag
day-tue = tysdag
day-wed = onsdag
day-thu = torsdag
day-fri = fredag
day-sat = laurdag
day-sun = sundag
reminder-title = Slå av stadtenester
reminder-body = Vakta di startar { $time }. Slå av stadtenester som kan spore deg på jobb.
on-shift-title = Du er på vakt: slå av stadtenester
on-shift-text = Retningslinja ber deg slå av stadtenester i sosiale medium som kan spore deg når du er på jobb.
on-shift-ios = Slik gjer du det på iPhone
on-shift-android = Slik gjer du det på Android
on-shift-dismiss = Skjul for denne vakta
error-time-out-of-range = Skriv klokkeslettet som TT:MM, til dømes 07:30.
error-end-before-start = Vakta må slutte etter at ho startar. Sluttar ho dagen etter, kryss av for nattevakt.
error-night-must-cross-midnight = Ei nattevakt må slutte etter midnatt.
error-no-days = Vel minst éin dag.
error-shift-overlap = Vakta overlappar ei anna enkeltvakt.
error-not-found = Fann ikkje det du bad om. Det kan vere sletta.

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
