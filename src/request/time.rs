//! The three ways a request's or an answer's time is written: the signer's `X-Sdk-Date`
//! (`20261203T081500Z`), HTTP's `Date` (`Thu, 03 Dec 2026 08:15:00 GMT`) and HAR's ISO 8601
//! (`2026-12-03T08:15:00.123+08:00`). Each is read into seconds since the Unix epoch, UTC.

/// Seconds since 1970-01-01T00:00:00Z.
pub type Seconds = i64;

/// Days from 1970-01-01 to a civil date (proleptic Gregorian), after Howard Hinnant's
/// `days_from_civil`.
fn days(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day counted from 1970-01-01, after Hinnant's `civil_from_days`.
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// A moment in `X-Sdk-Date`'s form, `YYYYMMDDTHHMMSSZ`.
pub fn sdk_date_of(at: Seconds) -> String {
    let (y, m, d) = civil(at.div_euclid(86_400));
    let secs = at.rem_euclid(86_400);
    format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// A moment in HTTP's `Date` form, `Thu, 03 Dec 2026 08:15:00 GMT`.
pub fn http_date_of(at: Seconds) -> String {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let day = at.div_euclid(86_400);
    let (y, m, d) = civil(day);
    let secs = at.rem_euclid(86_400);
    // 1970-01-01 was a Thursday. Both indices are in range: a remainder of 7, a month of 1–12.
    let weekday = DAYS[usize::try_from(day.rem_euclid(7)).unwrap_or(0)];
    let month = NAMES[usize::try_from(m - 1).unwrap_or(0)];
    format!(
        "{weekday}, {d:02} {month} {y:04} {:02}:{:02}:{:02} GMT",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

fn at(year: i64, month: i64, day: i64, h: i64, m: i64, s: i64) -> Option<Seconds> {
    let valid = (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && (0..24).contains(&h)
        && (0..60).contains(&m)
        && (0..=60).contains(&s);
    valid.then(|| days(year, month, day) * 86_400 + h * 3600 + m * 60 + s)
}

fn number(s: &str) -> Option<i64> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// `X-Sdk-Date`'s basic ISO 8601 form, `YYYYMMDDTHHMMSSZ`, exactly.
pub fn sdk_date(value: &str) -> Option<Seconds> {
    let v = value.trim().as_bytes();
    if v.len() != 16 || v[8] != b'T' || v[15] != b'Z' {
        return None;
    }
    let s = value.trim();
    at(
        number(&s[0..4])?,
        number(&s[4..6])?,
        number(&s[6..8])?,
        number(&s[9..11])?,
        number(&s[11..13])?,
        number(&s[13..15])?,
    )
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// HTTP's `Date` (RFC 7231's IMF-fixdate, `Thu, 03 Dec 2026 08:15:00 GMT`; the weekday is not
/// checked).
pub fn http_date(value: &str) -> Option<Seconds> {
    let rest = value.trim();
    let rest = rest.split_once(',').map_or(rest, |(_, r)| r).trim();
    let mut parts = rest.split_ascii_whitespace();
    let day = number(parts.next()?)?;
    let month = parts.next()?.to_ascii_lowercase();
    let month = i64::try_from(MONTHS.iter().position(|m| *m == month)?).ok()? + 1;
    let year = number(parts.next()?)?;
    let mut hms = parts.next()?.split(':');
    let (h, m, s) = (
        number(hms.next()?)?,
        number(hms.next()?)?,
        number(hms.next()?)?,
    );
    if !matches!(parts.next(), Some("GMT" | "UTC") | None) {
        return None;
    }
    at(year, month, day, h, m, s)
}

/// ISO 8601 with separators (HAR's `startedDateTime`): `2026-12-03T08:15:00Z`, with optional
/// fractions and an offset (`+08:00`).
pub fn iso(value: &str) -> Option<Seconds> {
    let v = value.trim();
    if v.len() < 19 || !v.is_char_boundary(19) {
        return None;
    }
    let (date, rest) = v.split_at(19);
    let b = date.as_bytes();
    if b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let base = at(
        number(&date[0..4])?,
        number(&date[5..7])?,
        number(&date[8..10])?,
        number(&date[11..13])?,
        number(&date[14..16])?,
        number(&date[17..19])?,
    )?;
    let zone = rest.trim_start_matches(|c: char| c == '.' || c.is_ascii_digit());
    let offset = match zone {
        "" | "Z" => 0,
        z if z.len() == 6 && (z.starts_with('+') || z.starts_with('-')) && &z[3..4] == ":" => {
            let sign = if z.starts_with('-') { -1 } else { 1 };
            sign * (number(&z[1..3])? * 3600 + number(&z[4..6])? * 60)
        }
        _ => return None,
    };
    Some(base - offset)
}

/// Any of the three forms.
pub fn any(value: &str) -> Option<Seconds> {
    sdk_date(value)
        .or_else(|| http_date(value))
        .or_else(|| iso(value))
}

/// A span of seconds as people say it: `25 min 3 s`, `2 h 5 min`, `40 s`.
pub fn span(seconds: Seconds) -> String {
    let s = seconds.unsigned_abs();
    match (s / 3600, s % 3600 / 60, s % 60) {
        (0, 0, s) => format!("{s} s"),
        (0, m, 0) => format!("{m} min"),
        (0, m, s) => format!("{m} min {s} s"),
        (h, 0, _) => format!("{h} h"),
        (h, m, _) => format!("{h} h {m} min"),
    }
}

/// A span of seconds in Chinese: `25分3秒`, `2小时5分`, `40秒`.
pub fn span_zh(seconds: Seconds) -> String {
    let s = seconds.unsigned_abs();
    match (s / 3600, s % 3600 / 60, s % 60) {
        (0, 0, s) => format!("{s}秒"),
        (0, m, 0) => format!("{m}分钟"),
        (0, m, s) => format!("{m}分{s}秒"),
        (h, 0, _) => format!("{h}小时"),
        (h, m, _) => format!("{h}小时{m}分"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_http_date_is_written_as_it_is_read() {
        for at in [0, 951_782_400, 1_796_285_700, 4_107_542_399] {
            assert_eq!(
                http_date(&http_date_of(at)),
                Some(at),
                "{}",
                http_date_of(at)
            );
        }
        assert_eq!(http_date_of(1_796_285_700), "Thu, 03 Dec 2026 08:15:00 GMT");
    }

    #[test]
    fn the_three_forms_of_one_moment_agree() {
        let t = sdk_date("20261203T081500Z").unwrap();
        assert_eq!(http_date("Thu, 03 Dec 2026 08:15:00 GMT"), Some(t));
        assert_eq!(iso("2026-12-03T16:15:00.123+08:00"), Some(t));
        assert_eq!(iso("2026-12-03T08:15:00Z"), Some(t));
        assert_eq!(sdk_date("19700101T000000Z"), Some(0));
        assert_eq!(sdk_date("20000301T000000Z"), Some(951_868_800));
    }

    #[test]
    fn sdk_dates_round_trip() {
        for t in [
            "20261203T081500Z",
            "20000229T235959Z",
            "19700101T000000Z",
            "19691231T235959Z",
        ] {
            assert_eq!(sdk_date_of(sdk_date(t).unwrap()), t);
        }
    }

    #[test]
    fn malformed_times_are_not_read() {
        for bad in [
            "2026-12-03T08:15:00Z",
            "20261203T081500",
            "20261303T081500Z",
            "20261203 081500Z",
            "",
        ] {
            assert_eq!(sdk_date(bad), None, "{bad}");
        }
        assert_eq!(http_date("Thu, 03 Foo 2026 08:15:00 GMT"), None);
        assert_eq!(iso("2026-12-03T08:15:00+0800"), None);
    }

    #[test]
    fn spans_read_as_people_say_them() {
        assert_eq!(span(1503), "25 min 3 s");
        assert_eq!(span(-40), "40 s");
        assert_eq!(span(7500), "2 h 5 min");
        assert_eq!(span(900), "15 min");
        assert_eq!(span_zh(1503), "25分3秒");
        assert_eq!(span_zh(-7500), "2小时5分");
    }
}
