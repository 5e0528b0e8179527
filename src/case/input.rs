//! Turning what a patient typed into a value, or into the kind of problem that says what is wrong
//! and how to write it.
//!
//! Everything here is pure: no I/O, no egui. The messages are shown beside a form field to people
//! who may be older or in pain, so they use plain words, name the exact problem, and never blame.
//! An [`InputError`] never holds what was typed, only a number the patient can see anyway (a
//! year, a month, a count), so it is safe to keep next to patient data. Its `Display` is the
//! English sentence; the UI words the same kinds in the screen's language.

use std::fmt;

use time::{Date, Month};

use super::Cents;

/// Why an answer could not be taken: one kind of problem with the numbers it names. `Display`
/// is the English sentence shown beside the field; the UI words each kind in the screen's
/// language. No kind holds what was typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Not a date in any spelling we read.
    DateFormat,
    /// The year does not have four digits.
    FourDigitYear,
    /// The month is not 1 to 12.
    NoSuchMonth {
        /// The month number written.
        month: u8,
    },
    /// The year is before 1900.
    YearTooEarly {
        /// The year written.
        year: i32,
    },
    /// The day is 0.
    DayZero,
    /// The day is past the end of the month.
    DaysInMonth {
        /// The month written.
        month: Month,
        /// The year, named only for February, whose length changes with it.
        year: Option<i32>,
        /// The last day of that month.
        last: u8,
    },
    /// The date is after today.
    FutureDate,
    /// An amount with letters, symbols or misplaced commas.
    MoneyNumbersOnly,
    /// An amount with more than two digits of cents.
    MoneyCents,
    /// An amount below zero.
    MoneyNegative,
    /// An amount over ten million dollars.
    MoneyTooLarge,
    /// A phone number with letters (a vanity number).
    PhoneLetters,
    /// A phone number with symbols other than spaces, dashes, dots and brackets.
    PhoneSymbols,
    /// An extension marker without digits after it.
    PhoneExtension,
    /// A number with a country code other than the US one.
    PhoneNotUs,
    /// A phone number with no digits at all.
    PhoneNoDigits,
    /// A phone number with the wrong count of digits.
    PhoneDigitCount {
        /// How many digits it has, not counting a country code after "+".
        count: usize,
    },
    /// Text longer than the field takes.
    TooLong {
        /// How many characters it has.
        count: usize,
        /// How many fit.
        max: usize,
    },
    /// Not a whole number.
    WholeNumber,
    /// A whole number outside the range.
    OutOfRange {
        /// The smallest accepted.
        min: u32,
        /// The largest accepted.
        max: u32,
    },
    /// A sentence the UI already wrote in the screen's language, for checks only it makes.
    Worded(String),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DateFormat => {
                f.write_str("Please write the date as month/day/year, like 03/14/1961.")
            }
            Self::FourDigitYear => {
                f.write_str("Please write the year with four digits, like 1961.")
            }
            Self::NoSuchMonth { month } => {
                write!(f, "There is no month {month}. Months go from 1 to 12.")
            }
            Self::YearTooEarly { year } => {
                write!(f, "Please check the year: {year} is too long ago.")
            }
            Self::DayZero => f.write_str("There is no day 0. Days start at 1."),
            Self::DaysInMonth {
                month,
                year: Some(year),
                last,
            } => write!(f, "{month} {year} has only {last} days."),
            Self::DaysInMonth {
                month,
                year: None,
                last,
            } => write!(f, "{month} has only {last} days."),
            Self::FutureDate => f.write_str("That date is in the future. Please check it."),
            Self::MoneyNumbersOnly => f.write_str("Please use numbers only, like 1,250.00."),
            Self::MoneyCents => f.write_str("Please use at most two digits for cents, like 12.50."),
            Self::MoneyNegative => f.write_str("Please enter an amount of zero or more."),
            Self::MoneyTooLarge => f.write_str("That amount looks too large. Please check it."),
            Self::PhoneLetters => f.write_str(
                "The letters after the number are not part of it. For an extension, type ext. \
                 and its digits, like 800-555-0123 ext. 12.",
            ),
            Self::PhoneSymbols => {
                f.write_str("Please write the phone number with digits only, like 800-555-0123.")
            }
            Self::PhoneExtension => {
                f.write_str("Please write the extension as digits after ext., like ext. 123.")
            }
            Self::PhoneNotUs => f.write_str(
                "This looks like a number outside the US. Please enter a US number with 10 digits.",
            ),
            Self::PhoneNoDigits => {
                f.write_str("Please write the phone number with its 10 digits, like 800-555-0123.")
            }
            Self::PhoneDigitCount { count } => {
                write!(f, "A US phone number has 10 digits; this one has {count}.")
            }
            Self::TooLong { count, max } => {
                let characters = if *count == 1 {
                    "character"
                } else {
                    "characters"
                };
                write!(
                    f,
                    "This is {} {characters} long; at most {} fit here. Please shorten it.",
                    group_thousands(count),
                    group_thousands(max),
                )
            }
            Self::WholeNumber => f.write_str("Please enter a whole number, like 12."),
            Self::OutOfRange { min, max } => write!(
                f,
                "Please enter a number from {} to {}.",
                group_thousands(min),
                group_thousands(max),
            ),
            Self::Worded(sentence) => f.write_str(sentence),
        }
    }
}

impl std::error::Error for InputError {}

/// The most characters a one-line answer may have.
pub const SHORT_TEXT_MAX: usize = 200;

/// The most characters a note field may have.
pub const LONG_TEXT_MAX: usize = 2_000;

const EARLIEST_YEAR: i32 = 1900;

/// Reads a date written month/day/year (with `/`, `-`, `.` or spaces) or year-month-day; empty
/// means no answer.
pub fn parse_date(s: &str) -> Result<Option<Date>, InputError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = if s.contains(['/', '-', '.']) {
        s.split(['/', '-', '.']).map(str::trim).collect()
    } else {
        s.split_whitespace().collect()
    };
    let [first, second, third] = parts[..] else {
        return Err(InputError::DateFormat);
    };
    if ![first, second, third]
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(InputError::DateFormat);
    }
    // A four-digit first part can only be a year, so "1961-03-14" is read year first.
    let (year, month, day) = if first.len() == 4 {
        (first, second, third)
    } else {
        (third, first, second)
    };
    if month.len() > 2 || day.len() > 2 {
        return Err(InputError::DateFormat);
    }
    if year.len() != 4 {
        return Err(InputError::FourDigitYear);
    }
    let (Ok(year), Ok(month), Ok(day)) =
        (year.parse::<i32>(), month.parse::<u8>(), day.parse::<u8>())
    else {
        return Err(InputError::DateFormat);
    };
    let Ok(month) = Month::try_from(month) else {
        return Err(InputError::NoSuchMonth { month });
    };
    if year < EARLIEST_YEAR {
        return Err(InputError::YearTooEarly { year });
    }
    if day == 0 {
        return Err(InputError::DayZero);
    }
    let last = time::util::days_in_month(month, year);
    if day > last {
        // Only February changes with the year, so only February names it.
        return Err(InputError::DaysInMonth {
            month,
            year: (month == Month::February).then_some(year),
            last,
        });
    }
    Date::from_calendar_date(year, month, day)
        .map(Some)
        .map_err(|_| InputError::DateFormat)
}

/// Formats a date the way `parse_date` reads it: "03/14/1961".
pub fn format_date(d: Date) -> String {
    format!("{:02}/{:02}/{:04}", u8::from(d.month()), d.day(), d.year())
}

/// Reads a date like `parse_date` does and also refuses a date after `today`.
pub fn parse_past_date(s: &str, today: Date) -> Result<Option<Date>, InputError> {
    match parse_date(s)? {
        Some(d) if d > today => Err(InputError::FutureDate),
        other => Ok(other),
    }
}

/// Ten million dollars: far above any balance, copay or deductible this guide asks about.
const MONEY_MAX: Cents = 1_000_000_000;

/// Reads an amount of money in whole cents from text like "$1,250.50"; empty means no answer.
pub fn parse_money(s: &str) -> Result<Option<Cents>, InputError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    // The minus sign may come before or after the dollar sign, with spaces around either.
    let mut rest = s;
    let mut negative = false;
    let mut dollar = false;
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix(['-', '\u{2212}']).filter(|_| !negative) {
            negative = true;
            rest = r;
        } else if let Some(r) = rest.strip_prefix('$').filter(|_| !dollar) {
            dollar = true;
            rest = r;
        } else {
            break;
        }
    }
    let (whole, cents) = match rest.split_once('.') {
        Some((whole, cents)) => (whole, Some(cents)),
        None => (rest, None),
    };
    let whole_ok = whole.is_empty() || is_grouped_digits(whole);
    let cents_ok = cents.is_none_or(|c| c.bytes().all(|b| b.is_ascii_digit()));
    let has_digits = !whole.is_empty() || cents.is_some_and(|c| !c.is_empty());
    if !whole_ok || !cents_ok || !has_digits {
        return Err(InputError::MoneyNumbersOnly);
    }
    if negative {
        return Err(InputError::MoneyNegative);
    }
    let cents = cents.unwrap_or("");
    if cents.len() > 2 {
        return Err(InputError::MoneyCents);
    }
    let dollars = digits_value(whole).ok_or(InputError::MoneyTooLarge)?;
    let cents_value = match cents.len() {
        0 => 0,
        1 => digits_value(cents).map_or(0, |c| c * 10),
        _ => digits_value(cents).unwrap_or(0),
    };
    let total = dollars
        .checked_mul(100)
        .and_then(|d| d.checked_add(cents_value))
        .filter(|&t| t <= MONEY_MAX)
        .ok_or(InputError::MoneyTooLarge)?;
    Ok(Some(total))
}

/// Formats cents as dollars with thousands commas: "$1,250.00" from 125000.
pub fn format_money(c: Cents) -> String {
    let abs = c.unsigned_abs();
    let sign = if c < 0 { "-" } else { "" };
    format!("{sign}${}.{:02}", group_thousands(abs / 100), abs % 100)
}

/// Longer than any extension a phone menu asks for; keeps a stray paste out of the field.
const PHONE_EXTENSION_MAX_DIGITS: usize = 8;

/// Reads a US phone number, with an optional extension, and writes it as "(800) 555-0123";
/// empty means no answer.
pub fn parse_phone(s: &str) -> Result<Option<String>, InputError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if let Some(digits) = vanity_digits(s) {
        return parse_phone(&digits);
    }
    let main_end = s
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '+')))
        .unwrap_or(s.len());
    let (main, rest) = s.split_at(main_end);
    let extension = if rest.is_empty() {
        None
    } else {
        Some(phone_extension(rest)?)
    };

    let plus = main.starts_with('+');
    if main[usize::from(plus)..].contains('+') {
        return Err(InputError::PhoneSymbols);
    }
    let digits: String = main.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return Err(InputError::PhoneNoDigits);
    }
    if plus && !digits.starts_with('1') {
        return Err(InputError::PhoneNotUs);
    }
    let number = match digits.strip_prefix('1') {
        Some(number) if number.len() == 10 => number,
        _ if digits.len() == 10 && !plus => digits.as_str(),
        _ => {
            // After a "+" the leading 1 is the country code, so it is not counted.
            let count = digits.len() - usize::from(plus);
            return Err(InputError::PhoneDigitCount { count });
        }
    };
    let mut out = format!("({}) {}-{}", &number[..3], &number[3..6], &number[6..]);
    if let Some(ext) = extension {
        out.push_str(" ext. ");
        out.push_str(ext);
    }
    Ok(Some(out))
}

/// The digits of an extension written after the number, e.g. ", ext. 12", " x123", "#4".
/// The first whole number in a note ("20 visits a year" gives 20), if any.
pub fn first_whole_number(note: &str) -> Option<u32> {
    note.split(|c: char| !c.is_ascii_digit())
        .find(|run| !run.is_empty())
        .and_then(|run| run.parse().ok())
}

/// A percentage written in a note ("20% coinsurance", "20 percent"), 0 to 100.
pub fn percent_in(note: &str) -> Option<u8> {
    let lower = note.to_lowercase();
    let at = lower
        .find('%')
        .or_else(|| lower.find(" percent"))
        .or_else(|| lower.find(" por ciento"))?;
    let digits: String = lower[..at]
        .trim_end()
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.parse::<u8>().ok().filter(|p| *p <= 100)
}

/// A dollar amount written in a note ("a $25 copay"), in cents.
pub fn dollars_in(note: &str) -> Option<Cents> {
    let at = note.find('$')?;
    let amount: String = note[at + 1..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.'))
        .collect();
    parse_money(amount.trim_end_matches(['.', ',']))
        .ok()
        .flatten()
}

/// The digit a letter stands for on a phone keypad.
fn keypad_digit(c: char) -> Option<char> {
    let digit = match c.to_ascii_uppercase() {
        'A'..='C' => '2',
        'D'..='F' => '3',
        'G'..='I' => '4',
        'J'..='L' => '5',
        'M'..='O' => '6',
        'P'..='S' => '7',
        'T'..='V' => '8',
        'W'..='Z' => '9',
        _ => return None,
    };
    Some(digit)
}

/// A number spelled with letters ("1-800-MEDICARE") as the digits the keypad dials; letters
/// past the tenth digit (the eleventh after a leading 1) are not dialled, as on a phone.
/// `None` when there are no letters, or when a whole number comes before them (then they are
/// an extension, or a mistake explained by the caller).
fn vanity_digits(s: &str) -> Option<String> {
    let first_letter = s.find(|c: char| c.is_ascii_alphabetic())?;
    let before: String = s[..first_letter]
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let whole = before.len() == 10 || (before.len() == 11 && before.starts_with('1'));
    let only_phone_chars = s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '+'));
    if whole || !only_phone_chars || before.is_empty() {
        return None;
    }
    let mut digits: String = s
        .chars()
        .filter_map(|c| {
            if c.is_ascii_digit() {
                Some(c)
            } else {
                keypad_digit(c)
            }
        })
        .collect();
    let dialled = if digits.starts_with('1') { 11 } else { 10 };
    digits.truncate(dialled);
    Some(digits)
}

fn phone_extension(rest: &str) -> Result<&str, InputError> {
    let trimmed = rest.trim_start_matches([',', ';', ' ']);
    let lower = trimmed.to_ascii_lowercase();
    if let Some(marker) = ["extension", "ext", "x", "#"]
        .into_iter()
        .find(|m| lower.starts_with(m))
    {
        let digits = trimmed[marker.len()..]
            .trim_start_matches(['.', ':', ' '])
            .trim_end();
        if !digits.is_empty()
            && digits.len() <= PHONE_EXTENSION_MAX_DIGITS
            && digits.bytes().all(|b| b.is_ascii_digit())
        {
            return Ok(digits);
        }
        if !digits.chars().any(char::is_alphabetic) {
            return Err(InputError::PhoneExtension);
        }
    }
    // Letters that are not a usable extension are most likely a vanity number.
    Err(if rest.chars().any(char::is_alphabetic) {
        InputError::PhoneLetters
    } else {
        InputError::PhoneSymbols
    })
}

/// Checks free text against a length in characters, after dropping control characters (except
/// newline and tab) and trailing blanks.
pub fn check_text(s: &str, max: usize) -> Result<String, InputError> {
    let cleaned: String = s
        .chars()
        .filter(|&c| !c.is_control() || c == '\n' || c == '\t')
        .collect();
    let cleaned = cleaned.trim_end();
    let count = cleaned.chars().count();
    if count > max {
        return Err(InputError::TooLong { count, max });
    }
    Ok(cleaned.to_owned())
}

/// Checks text for a one-line field: line breaks and tabs become spaces, then `check_text`.
pub fn check_line(s: &str, max: usize) -> Result<String, InputError> {
    let one_line: String = s
        .replace("\r\n", "\n")
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}') {
                ' '
            } else {
                c
            }
        })
        .collect();
    check_text(&one_line, max)
}

/// Reads a whole number from `min` to `max`; empty means no answer.
pub fn parse_whole(s: &str, min: u32, max: u32) -> Result<Option<u32>, InputError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let out_of_range = || InputError::OutOfRange { min, max };
    // A minus sign before a proper number is a range problem, not a spelling one.
    if let Some(rest) = s.strip_prefix(['-', '\u{2212}'])
        && is_grouped_digits(rest.trim_start())
    {
        return Err(out_of_range());
    }
    if !is_grouped_digits(s) {
        return Err(InputError::WholeNumber);
    }
    digits_value(s)
        .and_then(|n| u32::try_from(n).ok())
        .filter(|n| (min..=max).contains(n))
        .map(Some)
        .ok_or_else(out_of_range)
}

/// Whether `s` is ASCII digits, with commas allowed only between groups of three: "1250",
/// "1,250", but not "1,25" or ",125".
fn is_grouped_digits(s: &str) -> bool {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return false;
    }
    if !s.contains(',') {
        return true;
    }
    let mut groups = s.split(',');
    let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()));
    first_ok && groups.all(|g| g.len() == 3)
}

/// The value of ASCII digits, ignoring commas; `None` when it does not fit.
fn digits_value(s: &str) -> Option<i64> {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .try_fold(0_i64, |acc, b| {
            acc.checked_mul(10)?.checked_add(i64::from(b - b'0'))
        })
}

/// A number with commas between thousands: "10,000".
pub fn group_thousands(n: impl fmt::Display) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn message<T: fmt::Debug>(r: Result<T, InputError>) -> String {
        r.expect_err("expected the answer to be refused")
            .to_string()
    }

    // Dates

    #[test]
    fn empty_or_blank_dates_mean_no_answer() {
        assert_eq!(parse_date(""), Ok(None));
        assert_eq!(parse_date("   "), Ok(None));
    }

    #[test]
    fn dates_are_read_in_every_usual_us_spelling() {
        let want = Ok(Some(date!(1961 - 03 - 14)));
        for s in [
            "3/14/1961",
            "03/14/1961",
            "03-14-1961",
            "3.14.1961",
            "1961-03-14",
            " 3 / 14 / 1961 ",
            "3 14 1961",
        ] {
            assert_eq!(parse_date(s), want, "{s}");
        }
    }

    #[test]
    fn two_digit_years_are_refused() {
        assert_eq!(
            message(parse_date("3/14/61")),
            "Please write the year with four digits, like 1961."
        );
    }

    #[test]
    fn text_that_is_not_a_date_gets_the_format_hint() {
        for s in [
            "yesterday",
            "March 14 1961",
            "3/14",
            "03141961",
            "3/14/1961/2",
            "3//1961",
        ] {
            assert_eq!(
                message(parse_date(s)),
                "Please write the date as month/day/year, like 03/14/1961.",
                "{s}"
            );
        }
    }

    #[test]
    fn months_outside_one_to_twelve_are_named() {
        assert_eq!(
            message(parse_date("13/01/2020")),
            "There is no month 13. Months go from 1 to 12."
        );
        assert_eq!(
            message(parse_date("0/01/2020")),
            "There is no month 0. Months go from 1 to 12."
        );
    }

    #[test]
    fn february_31_2026_says_february_2026_has_28_days() {
        assert_eq!(
            message(parse_date("02/31/2026")),
            "February 2026 has only 28 days."
        );
    }

    #[test]
    fn february_29_is_accepted_in_a_leap_year() {
        assert_eq!(parse_date("02/29/2024"), Ok(Some(date!(2024 - 02 - 29))));
    }

    #[test]
    fn february_29_is_refused_in_a_common_year() {
        assert_eq!(
            message(parse_date("02/29/2025")),
            "February 2025 has only 28 days."
        );
    }

    #[test]
    fn april_31_is_refused_naming_april() {
        assert_eq!(message(parse_date("04/31/2020")), "April has only 30 days.");
    }

    #[test]
    fn day_zero_is_refused() {
        assert_eq!(
            message(parse_date("04/00/2020")),
            "There is no day 0. Days start at 1."
        );
    }

    #[test]
    fn years_before_1900_are_too_long_ago() {
        assert_eq!(
            message(parse_date("03/14/1850")),
            "Please check the year: 1850 is too long ago."
        );
        assert_eq!(parse_date("01/01/1900"), Ok(Some(date!(1900 - 01 - 01))));
    }

    #[test]
    fn a_formatted_date_reads_back_as_the_same_date() {
        let d = date!(1961 - 03 - 14);
        assert_eq!(format_date(d), "03/14/1961");
        assert_eq!(parse_date(&format_date(d)), Ok(Some(d)));
    }

    #[test]
    fn past_dates_accept_today_and_refuse_tomorrow() {
        let today = date!(2026 - 03 - 10);
        assert_eq!(parse_past_date("03/10/2026", today), Ok(Some(today)));
        assert_eq!(parse_past_date("", today), Ok(None));
        assert_eq!(
            message(parse_past_date("03/11/2026", today)),
            "That date is in the future. Please check it."
        );
    }

    #[test]
    fn past_dates_still_explain_a_bad_date() {
        assert_eq!(
            message(parse_past_date("04/31/2020", date!(2026 - 03 - 10))),
            "April has only 30 days."
        );
    }

    // Money

    #[test]
    fn empty_money_means_no_answer() {
        assert_eq!(parse_money("  "), Ok(None));
    }

    #[test]
    fn money_is_read_in_every_usual_spelling() {
        for (s, cents) in [
            ("1250", 125_000),
            ("1,250", 125_000),
            ("$1,250.5", 125_050),
            ("1250.50", 125_050),
            (" $ 12.00 ", 1_200),
            (".75", 75),
            ("12.", 1_200),
            ("0", 0),
            ("1,000,000", 100_000_000),
            ("10,000,000.00", 1_000_000_000),
        ] {
            assert_eq!(parse_money(s), Ok(Some(cents)), "{s}");
        }
    }

    #[test]
    fn negative_amounts_are_refused() {
        for s in ["-5", "-$5.00", "$-5", "- 12.50"] {
            assert_eq!(
                message(parse_money(s)),
                "Please enter an amount of zero or more.",
                "{s}"
            );
        }
    }

    #[test]
    fn letters_symbols_and_misplaced_commas_in_money_are_refused() {
        for s in [
            "12 dollars",
            "abc",
            "€12",
            "12$",
            "1.2.3",
            "$",
            ".",
            "1,25",
            ",125",
            "12,50",
            "1,2500",
            "1 250",
            "(5.00)",
        ] {
            assert_eq!(
                message(parse_money(s)),
                "Please use numbers only, like 1,250.00.",
                "{s}"
            );
        }
    }

    #[test]
    fn more_than_two_digits_of_cents_are_refused() {
        assert_eq!(
            message(parse_money("12.505")),
            "Please use at most two digits for cents, like 12.50."
        );
    }

    #[test]
    fn amounts_over_ten_million_dollars_are_refused() {
        for s in ["10,000,000.01", "99999999999999999999999999"] {
            assert_eq!(
                message(parse_money(s)),
                "That amount looks too large. Please check it.",
                "{s}"
            );
        }
    }

    #[test]
    fn money_is_formatted_with_commas_and_two_cents_digits() {
        assert_eq!(format_money(125_000), "$1,250.00");
        assert_eq!(format_money(75), "$0.75");
        assert_eq!(format_money(0), "$0.00");
        assert_eq!(format_money(100_000_005), "$1,000,000.05");
        assert_eq!(format_money(-1_250), "-$12.50");
    }

    #[test]
    fn formatted_money_reads_back_as_the_same_amount() {
        for s in [
            "1250",
            "1,250",
            "$1,250.5",
            "1250.50",
            " $ 12.00 ",
            ".75",
            "0",
            "999.99",
        ] {
            let cents = parse_money(s).expect("accepted").expect("not empty");
            assert_eq!(parse_money(&format_money(cents)), Ok(Some(cents)), "{s}");
        }
    }

    // Phone numbers

    #[test]
    fn empty_phone_means_no_answer() {
        assert_eq!(parse_phone(" "), Ok(None));
    }

    #[test]
    fn phone_numbers_are_normalised() {
        for s in [
            "800-555-0123",
            "(800) 555 0123",
            "1 800 555 0123",
            "+1.800.555.0123",
            "8005550123",
            "1-800-555-0123",
        ] {
            assert_eq!(parse_phone(s), Ok(Some("(800) 555-0123".to_owned())), "{s}");
        }
    }

    #[test]
    fn phone_extensions_are_kept() {
        for s in [
            "800-555-0123 x123",
            "800-555-0123 ext. 123",
            "800-555-0123, Ext 123",
            "(800) 555-0123 extension 123",
            "800.555.0123#123",
        ] {
            assert_eq!(
                parse_phone(s),
                Ok(Some("(800) 555-0123 ext. 123".to_owned())),
                "{s}"
            );
        }
    }

    #[test]
    fn a_normalised_phone_number_reads_back_unchanged() {
        let p = "(800) 555-0123 ext. 12".to_owned();
        assert_eq!(parse_phone(&p), Ok(Some(p)));
    }

    #[test]
    fn numbers_said_on_a_call_are_read_from_the_notes() {
        assert_eq!(first_whole_number("20 visits a year"), Some(20));
        assert_eq!(first_whole_number("they said twenty"), None);
        assert_eq!(percent_in("20% coinsurance after the deductible"), Some(20));
        assert_eq!(percent_in("coinsurance is 30 percent"), Some(30));
        assert_eq!(percent_in("el 20 por ciento"), Some(20));
        assert_eq!(percent_in("no coinsurance"), None);
        assert_eq!(percent_in("250%"), None);
        assert_eq!(dollars_in("a $25 copay each visit"), Some(2500));
        assert_eq!(dollars_in("copay $1,250.50."), Some(125_050));
        assert_eq!(dollars_in("a copay, amount unknown"), None);
    }

    #[test]
    fn letters_in_a_number_become_the_keypad_digits_they_stand_for() {
        for (s, dialled) in [
            ("1-800-MEDICARE", "(800) 633-4227"),
            ("1-800-medicare", "(800) 633-4227"),
            ("1-800-FLOWERS", "(800) 356-9377"),
            ("1-800-555-TAXI", "(800) 555-8294"),
            ("800 CALL NOW", "(800) 225-5669"),
        ] {
            assert_eq!(parse_phone(s), Ok(Some(dialled.to_owned())), "{s}");
        }
    }

    #[test]
    fn letters_after_a_whole_number_are_explained_not_converted() {
        for s in [
            "800-555-0123 ext. abc",
            "1 800 555 0123 HELP",
            "1-800-MEDI@CARE",
        ] {
            assert_eq!(
                message(parse_phone(s)),
                "The letters after the number are not part of it. For an extension, type ext. \
                 and its digits, like 800-555-0123 ext. 12.",
                "{s}"
            );
        }
    }

    #[test]
    fn phone_numbers_with_the_wrong_count_of_digits_say_how_many() {
        assert_eq!(
            message(parse_phone("555-0123")),
            "A US phone number has 10 digits; this one has 7."
        );
        assert_eq!(
            message(parse_phone("2 800 555 0123")),
            "A US phone number has 10 digits; this one has 11."
        );
        assert_eq!(
            message(parse_phone("+1 800 555 012")),
            "A US phone number has 10 digits; this one has 9."
        );
        assert_eq!(
            message(parse_phone("---")),
            "Please write the phone number with its 10 digits, like 800-555-0123."
        );
    }

    #[test]
    fn foreign_phone_numbers_are_explained() {
        assert_eq!(
            message(parse_phone("+44 20 7946 0958")),
            "This looks like a number outside the US. Please enter a US number with 10 digits."
        );
    }

    #[test]
    fn phone_symbols_and_empty_extensions_are_explained() {
        assert_eq!(
            message(parse_phone("800/555/0123")),
            "Please write the phone number with digits only, like 800-555-0123."
        );
        assert_eq!(
            message(parse_phone("800-555-0123 ext.")),
            "Please write the extension as digits after ext., like ext. 123."
        );
    }

    // Text

    #[test]
    fn text_keeps_newlines_and_tabs_and_drops_other_control_characters() {
        assert_eq!(
            check_text("a\u{7}b\r\nc\td\u{1b}  \n", LONG_TEXT_MAX),
            Ok("ab\nc\td".to_owned())
        );
    }

    #[test]
    fn a_10000_character_paste_is_refused_with_both_counts() {
        let paste = "é".repeat(10_000);
        assert_eq!(
            message(check_text(&paste, LONG_TEXT_MAX)),
            "This is 10,000 characters long; at most 2,000 fit here. Please shorten it."
        );
    }

    #[test]
    fn text_limits_count_characters_not_bytes() {
        let exact = "ñ".repeat(SHORT_TEXT_MAX);
        assert_eq!(check_text(&exact, SHORT_TEXT_MAX), Ok(exact.clone()));
        assert!(check_text(&format!("{exact}ñ"), SHORT_TEXT_MAX).is_err());
    }

    #[test]
    fn one_line_text_turns_line_breaks_into_spaces() {
        assert_eq!(
            check_line("Blue Cross\r\nBlue Shield\n", SHORT_TEXT_MAX),
            Ok("Blue Cross Blue Shield".to_owned())
        );
        assert_eq!(
            message(check_line(&"a\n".repeat(150), SHORT_TEXT_MAX)),
            "This is 299 characters long; at most 200 fit here. Please shorten it."
        );
    }

    // Whole numbers

    #[test]
    fn whole_numbers_in_range_are_accepted() {
        assert_eq!(parse_whole(" 12 ", 0, 120), Ok(Some(12)));
        assert_eq!(parse_whole("0", 0, 120), Ok(Some(0)));
        assert_eq!(parse_whole("120", 0, 120), Ok(Some(120)));
        assert_eq!(parse_whole("1,000", 0, 5_000), Ok(Some(1_000)));
        assert_eq!(parse_whole("", 0, 120), Ok(None));
    }

    #[test]
    fn words_and_fractions_are_not_whole_numbers() {
        for s in ["twelve", "1.5", "12a", "+3", "1,00"] {
            assert_eq!(
                message(parse_whole(s, 0, 120)),
                "Please enter a whole number, like 12.",
                "{s}"
            );
        }
    }

    #[test]
    fn negative_and_out_of_range_numbers_give_the_range() {
        for s in ["-3", "121", "99999999999999999999"] {
            assert_eq!(
                message(parse_whole(s, 0, 120)),
                "Please enter a number from 0 to 120.",
                "{s}"
            );
        }
        assert_eq!(
            message(parse_whole("0", 1, 10_000)),
            "Please enter a number from 1 to 10,000."
        );
    }

    // Everything

    #[test]
    fn no_random_input_makes_any_parser_panic_and_accepted_values_read_back() {
        const PIECES: &[&str] = &[
            "0",
            "1",
            "2",
            "3",
            "9",
            "12",
            "29",
            "31",
            "1961",
            "2024",
            "1850",
            "/",
            "-",
            ".",
            ",",
            "$",
            "+",
            "(",
            ")",
            " ",
            "x",
            "ext",
            "#",
            "a",
            "Z",
            "é",
            "€",
            "\n",
            "\r",
            "\t",
            "\u{0}",
            "\u{7f}",
            "\u{2212}",
            "\u{2028}",
            "٣",
            "💆",
            "99999999999999999999",
        ];
        let mut rng = fastrand::Rng::with_seed(0x5eed_cafe);
        let today = date!(2026 - 03 - 10);
        let mut accepted = [0_u32; 3];
        for _ in 0..5_000 {
            // Half the strings are shaped like a date or a phone number so that the read-back
            // checks below see accepted values too, not only refusals.
            let s: String = match rng.u8(0..4) {
                0 => {
                    let sep = ["/", "-", ".", " ", " / "][rng.usize(..5)];
                    let (m, d, y) = (rng.u8(0..14), rng.u8(0..33), rng.i32(1880..2035));
                    format!("{m}{sep}{d}{sep}{y}")
                }
                1 => (0..rng.usize(9..13))
                    .map(|_| {
                        ["", " ", "-", "."][rng.usize(..4)].to_owned() + &rng.u8(0..10).to_string()
                    })
                    .collect(),
                _ => (0..rng.usize(0..16))
                    .map(|_| PIECES[rng.usize(..PIECES.len())])
                    .collect(),
            };

            if let Ok(Some(d)) = parse_date(&s) {
                assert_eq!(parse_date(&format_date(d)), Ok(Some(d)), "{s:?}");
                accepted[0] += 1;
            }
            let _ = parse_past_date(&s, today);
            if let Ok(Some(c)) = parse_money(&s) {
                assert_eq!(parse_money(&format_money(c)), Ok(Some(c)), "{s:?}");
                accepted[1] += 1;
            }
            if let Ok(Some(p)) = parse_phone(&s) {
                assert_eq!(parse_phone(&p), Ok(Some(p.clone())), "{s:?}");
                accepted[2] += 1;
            }
            let _ = check_text(&s, 5);
            if let Ok(line) = check_line(&s, SHORT_TEXT_MAX) {
                assert!(!line.contains('\n'), "{s:?}");
            }
            let _ = parse_whole(&s, 0, 120);

            for e in [
                parse_date(&s).err(),
                parse_money(&s).err(),
                parse_phone(&s).err(),
                check_text(&s, 5).err(),
                parse_whole(&s, 0, 120).err(),
            ]
            .into_iter()
            .flatten()
            {
                let message = e.to_string();
                assert!(message.ends_with('.') && message.len() > 10, "{e}");
            }
        }
        assert!(accepted.iter().all(|&n| n > 50), "{accepted:?}");
    }
}
