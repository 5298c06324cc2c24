//! The one place dates and times become text. Every screen's view (the
//! reader's metadata, sign-offs and their receipts, the shift list, the
//! upcoming reminders and the reminder itself) formats through here, so the
//! UI formats nothing. Word order, weekday and month names are Fluent
//! messages (`date-long`, `date-time-long`, `day-*`, `month-*`), so a new
//! locale brings its own by adding files.

use jiff::civil::{Date, Time, Weekday};

use crate::i18n::{Arg, Args, Localizer};
use crate::Result;

/// `2024-03-20` → `20.03.2024`, as the documents print their dates and the
/// receipts repeat them (the same in every language).
pub fn numeric(date: Date) -> String {
    date.strftime("%d.%m.%Y").to_string()
}

/// An ISO 8601 date from static data, printed as [`numeric`]; text that is not
/// a date is returned as it is.
pub fn numeric_iso(iso: &str) -> String {
    iso.parse::<Date>()
        .map(numeric)
        .unwrap_or_else(|_| iso.to_owned())
}

/// `07:05`: a 24-hour clock, as used in Norway and by the shift form.
pub fn clock(time: Time) -> String {
    time.strftime("%H:%M").to_string()
}

/// The Fluent id of a weekday's name (`day-mon` …), shared with the shift form.
pub fn day_id(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "day-mon",
        Weekday::Tuesday => "day-tue",
        Weekday::Wednesday => "day-wed",
        Weekday::Thursday => "day-thu",
        Weekday::Friday => "day-fri",
        Weekday::Saturday => "day-sat",
        Weekday::Sunday => "day-sun",
    }
}

fn parts(l: &Localizer, lang: &str, date: Date) -> Result<Args> {
    let none = Args::new();
    Ok(Args::from([
        (
            "weekday".to_owned(),
            Arg::Str(l.format(lang, day_id(date.weekday()), &none)?),
        ),
        ("day".to_owned(), Arg::Str(date.day().to_string())),
        (
            "month".to_owned(),
            Arg::Str(l.format(lang, &format!("month-{}", date.month()), &none)?),
        ),
        ("year".to_owned(), Arg::Str(date.year().to_string())),
    ]))
}

/// "mandag 7. januar 2030" / "Monday 7 January 2030".
pub fn long(l: &Localizer, lang: &str, date: Date) -> Result<String> {
    l.format(lang, "date-long", &parts(l, lang, date)?)
}

/// "mandag 7. januar kl. 06:45" / "Monday 7 January at 06:45".
pub fn long_with_time(l: &Localizer, lang: &str, at: jiff::civil::DateTime) -> Result<String> {
    let mut args = parts(l, lang, at.date())?;
    args.insert("time".to_owned(), Arg::Str(clock(at.time())));
    l.format(lang, "date-time-long", &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let l = Localizer::embedded();
        let d = date(2030, 1, 7);
        assert_eq!(numeric(d), "07.01.2030");
        assert_eq!(numeric_iso("2024-03-20"), "20.03.2024");
        assert_eq!(numeric_iso("odd"), "odd");
        assert_eq!(long(l, "nb", d).unwrap(), "mandag 7. januar 2030");
        assert_eq!(long(l, "en", d).unwrap(), "Monday 7 January 2030");
        let at = d.at(6, 45, 0, 0);
        assert_eq!(
            long_with_time(l, "nb", at).unwrap(),
            "mandag 7. januar kl. 06:45"
        );
        assert_eq!(
            long_with_time(l, "en", at).unwrap(),
            "Monday 7 January at 06:45"
        );
        assert_eq!(clock(Time::constant(7, 5, 0, 0)), "07:05");
    }

    #[test]
    fn every_month_has_a_name_in_every_language() {
        let l = Localizer::embedded();
        for lang in l.languages() {
            for m in 1..=12 {
                assert!(l.has(lang, &format!("month-{m}")), "{lang} month-{m}");
            }
        }
    }
}
