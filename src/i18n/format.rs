//! Dates, times and numbers in the reader's language, from CLDR data compiled in through ICU4X
//! (`icu` 2): `25 nov. 2026` in French, Arabic month names in Arabic, thousands grouped the way
//! each language groups them. Machine formats (ISO 8601 in `datetime` attributes, CSV, JSON and
//! the API) never go through here.
//!
//! Choices: the Gregorian calendar everywhere (cities publish their plans in it); Latin digits
//! in Arabic too (`ar-u-nu-latn`), as the numbers typed into forms and shown in charts are; the
//! long date in Arabic (the medium one is all digits) and the medium one elsewhere.

use crate::domain::Locale;
use icu::calendar::{Date, Gregorian};
use icu::datetime::fieldsets::{YM, YMD, YMDT};
use icu::datetime::input::{DateTime, Time};
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::decimal::input::Decimal;
use icu::decimal::DecimalFormatter;
use std::sync::LazyLock;

struct Formatters {
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    date_time: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
    month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    number: DecimalFormatter,
}

fn icu_locale(locale: Locale) -> icu::locale::Locale {
    let tag = match locale {
        Locale::Ar => "ar-u-nu-latn",
        other => other.id(),
    };
    tag.parse().unwrap_or(icu::locale::Locale::UNKNOWN)
}

fn formatters(locale: Locale) -> Option<Formatters> {
    let prefs = icu_locale(locale);
    let fields = if locale == Locale::Ar { YMD::long() } else { YMD::medium() };
    Some(Formatters {
        date: FixedCalendarDateTimeFormatter::try_new((&prefs).into(), fields).ok()?,
        date_time: FixedCalendarDateTimeFormatter::try_new((&prefs).into(), fields.with_time_hm()).ok()?,
        month: FixedCalendarDateTimeFormatter::try_new((&prefs).into(), YM::long()).ok()?,
        number: DecimalFormatter::try_new((&prefs).into(), Default::default()).ok()?,
    })
}

/// Built once per language on first use (the data is compiled into the binary).
static FORMATTERS: LazyLock<Vec<Option<Formatters>>> =
    LazyLock::new(|| Locale::ALL.iter().map(|l| formatters(*l)).collect());

fn of(locale: Locale) -> Option<&'static Formatters> {
    FORMATTERS.get(locale as usize).and_then(Option::as_ref)
}

fn gregorian(d: chrono::NaiveDate) -> Option<Date<Gregorian>> {
    use chrono::Datelike;
    Date::try_new_gregorian(d.year(), d.month() as u8, d.day() as u8).ok()
}

/// `2026-11-25` as the reader writes a date; anything else is returned as it came.
pub fn date(locale: Locale, iso: &str) -> String {
    let parsed = chrono::NaiveDate::parse_from_str(iso.get(..10).unwrap_or(iso), "%Y-%m-%d").ok();
    match (parsed.and_then(gregorian), of(locale)) {
        (Some(d), Some(f)) => f.date.format(&d).to_string(),
        _ => iso.to_string(),
    }
}

/// `2026-11-25 09:00` (or `2026-11-25T09:00`), a local date and time, as the reader writes it.
pub fn date_time(locale: Locale, local: &str) -> String {
    let parsed = chrono::NaiveDateTime::parse_from_str(local.trim(), "%Y-%m-%d %H:%M")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(local.trim(), "%Y-%m-%dT%H:%M"))
        .ok();
    let Some((naive, f)) = parsed.zip(of(locale)) else { return local.to_string() };
    use chrono::Timelike;
    let time = Time::try_new(naive.hour() as u8, naive.minute() as u8, 0, 0).ok();
    match (gregorian(naive.date()), time) {
        (Some(date), Some(time)) => f.date_time.format(&DateTime { date, time }).to_string(),
        _ => local.to_string(),
    }
}

/// `2026-03` as the reader names a month (`March 2026`, `mars 2026`); anything else as it came.
pub fn month(locale: Locale, year_month: &str) -> String {
    let date = year_month
        .split_once('-')
        .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u8>().ok()?)))
        .and_then(|(y, m)| Date::try_new_gregorian(y, m, 1).ok());
    match (date, of(locale)) {
        (Some(d), Some(f)) => f.month.format(&d).to_string(),
        _ => year_month.to_string(),
    }
}

/// A whole number with the reader's digit grouping.
pub fn integer(locale: Locale, n: i64) -> String {
    match of(locale) {
        Some(f) => f.number.format(&Decimal::from(n)).to_string(),
        None => n.to_string(),
    }
}

/// A decimal as published (`1250.5`) with the reader's separators; anything that is not a
/// plain decimal is returned as it came.
pub fn decimal(locale: Locale, value: &str) -> String {
    match (value.trim().parse::<Decimal>(), of(locale)) {
        (Ok(d), Some(f)) => f.number.format(&d).to_string(),
        _ => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One case per language: the date, the date and time, and a large number, as a reader of
    /// that language expects them (CLDR).
    #[test]
    fn each_language_writes_dates_and_numbers_its_own_way() {
        let cases = [
            (Locale::En, "Nov 25, 2026", "Nov 25, 2026, 9:05\u{202f}AM", "1,250,000.5"),
            (Locale::Fr, "25 nov. 2026", "25 nov. 2026, 09:05", "1\u{202f}250\u{202f}000,5"),
            (Locale::Es, "25 nov 2026", "25 nov 2026, 09:05", "1.250.000,5"),
            (Locale::Ar, "25 نوفمبر 2026", "25 نوفمبر 2026 في 9:05 ص", "1,250,000.5"),
            (Locale::Zh, "2026年11月25日", "2026年11月25日 09:05", "1,250,000.5"),
            (Locale::Ru, "25 нояб. 2026\u{202f}г.", "25 нояб. 2026\u{202f}г., 09:05", "1\u{a0}250\u{a0}000,5"),
            (Locale::Sw, "25 Nov 2026", "25 Nov 2026, 09:05", "1,250,000.5"),
        ];
        for (locale, day, moment, number) in cases {
            assert_eq!(date(locale, "2026-11-25"), day, "{locale:?} date");
            assert_eq!(date_time(locale, "2026-11-25 09:05"), moment, "{locale:?} date and time");
            assert_eq!(decimal(locale, "1250000.5"), number, "{locale:?} number");
        }
    }

    #[test]
    fn what_is_not_a_date_or_number_is_kept() {
        assert_eq!(date(Locale::Fr, "soon"), "soon");
        assert_eq!(date(Locale::Fr, "2026-02-30"), "2026-02-30");
        assert_eq!(decimal(Locale::Fr, "n/a"), "n/a");
        assert_eq!(month(Locale::Fr, "2026-03"), "mars 2026");
        assert_eq!(month(Locale::Fr, "later"), "later");
        assert_eq!(integer(Locale::En, -1234), "-1,234");
    }
}
