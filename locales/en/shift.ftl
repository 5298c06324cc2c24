## The shift screen, the reminder notification and the "on shift" card.

shift-reminders-heading = Reminder
shift-reminders-enabled = Remind me to turn location services off when my shift starts
shift-lead-label = How long before the shift
shift-lead-value = { $minutes ->
    [0] When the shift starts
    [one] 1 minute before
   *[other] { $minutes } minutes before
}
shift-permission-denied = The app is not allowed to show notifications. Turn notifications on for Postvett in the phone's settings to get the reminders.
shift-list-heading = Your shifts
shift-none = You have not added any shifts yet.
shift-add-heading = Add a shift
shift-kind-label = Kind of shift
shift-kind-weekly = Weekly pattern
shift-kind-one-off = One-off shift
shift-days-label = Days
shift-date-label = Date
shift-start-label = Starts
shift-end-label = Ends
shift-night-label = Night shift (ends the next day)
shift-add = Add the shift
shift-remove = Delete the shift
shift-removed = The shift was deleted.
shift-added = The shift was added.
shift-summary = { $days }, { $start }–{ $end }
shift-summary-night = { $days }, { $start }–{ $end } (night shift)
shift-upcoming-heading = Next reminders
shift-upcoming-none = No reminders are planned.
shift-time-zone = Times are in the time zone { $zone }.
day-mon = Monday
day-tue = Tuesday
day-wed = Wednesday
day-thu = Thursday
day-fri = Friday
day-sat = Saturday
day-sun = Sunday
reminder-title = Turn location services off
reminder-body = Your shift starts at { $time }. Turn off location services that can track you at work.
on-shift-title = You are on shift: turn location services off
on-shift-text = The guideline asks you to turn off location services on social media that can track you when you are at work.
on-shift-ios = How to do it on an iPhone
on-shift-android = How to do it on Android
on-shift-dismiss = Hide for this shift
error-time-out-of-range = Enter the time as HH:MM, for example 07:30.
error-end-before-start = The shift must end after it starts. If it ends the next day, tick night shift.
error-night-must-cross-midnight = A night shift must end after midnight.
error-no-days = Choose at least one day.
error-shift-overlap = The shift overlaps another one-off shift.
error-not-found = What you asked for was not found. It may have been deleted.

## Dates and times, formatted by the core (core/src/dates.rs) for every screen.
date-long = { $weekday } { $day } { $month } { $year }
date-time-long = { $weekday } { $day } { $month } at { $time }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
