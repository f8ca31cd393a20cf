//! Page metadata (front matter, RST comment header, contact block) and the
//! calendar date used for review periods.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// SOP metadata of one page. Every field is optional; `[sop] required` in
/// `book.toml` says which ones a book insists on.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Meta {
    pub title: Option<String>,
    pub description: Option<String>,
    pub owner: Option<String>,
    pub contact: Option<String>,
    pub location: Option<String>,
    #[serde(deserialize_with = "string_or_list")]
    pub servers: Vec<String>,
    pub purpose: Option<String>,
    pub persons: Option<String>,
    pub sponsor: Option<String>,
    pub reviewed: Option<Date>,
    #[serde(deserialize_with = "string_or_list")]
    pub tags: Vec<String>,
    pub weight: Option<i64>,
    #[serde(deserialize_with = "string_or_list")]
    pub aliases: Vec<String>,
    pub slug: Option<String>,
    pub date: Option<String>,
    pub taxonomy: Option<String>,
    pub draft: bool,
}

impl Meta {
    /// True when any SOP field (owner, contact, location, servers, purpose,
    /// reviewed) is set: the page gets a metadata card.
    pub fn is_sop(&self) -> bool {
        self.owner.is_some()
            || self.contact.is_some()
            || self.location.is_some()
            || !self.servers.is_empty()
            || self.purpose.is_some()
            || self.reviewed.is_some()
    }

    /// Whether a named SOP field is present and not empty.
    pub fn has_field(&self, name: &str) -> bool {
        let text = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        match name {
            "title" => text(&self.title),
            "description" => text(&self.description),
            "owner" => text(&self.owner),
            "contact" => text(&self.contact),
            "location" => text(&self.location),
            "servers" => !self.servers.is_empty(),
            "purpose" => text(&self.purpose),
            "persons" => text(&self.persons),
            "sponsor" => text(&self.sponsor),
            "reviewed" => self.reviewed.is_some(),
            "tags" => !self.tags.is_empty(),
            _ => false,
        }
    }

    /// Fills fields that are unset here from `other` (front matter wins over
    /// a contact block found in the body).
    pub fn fill_from(&mut self, other: Meta) {
        fn keep<T>(a: &mut Option<T>, b: Option<T>) {
            if a.is_none() {
                *a = b;
            }
        }
        keep(&mut self.title, other.title);
        keep(&mut self.description, other.description);
        keep(&mut self.owner, other.owner);
        keep(&mut self.contact, other.contact);
        keep(&mut self.location, other.location);
        keep(&mut self.purpose, other.purpose);
        keep(&mut self.persons, other.persons);
        keep(&mut self.sponsor, other.sponsor);
        keep(&mut self.reviewed, other.reviewed);
        keep(&mut self.weight, other.weight);
        keep(&mut self.slug, other.slug);
        keep(&mut self.date, other.date);
        keep(&mut self.taxonomy, other.taxonomy);
        if self.servers.is_empty() {
            self.servers = other.servers;
        }
        if self.tags.is_empty() {
            self.tags = other.tags;
        }
        if self.aliases.is_empty() {
            self.aliases = other.aliases;
        }
    }
}

/// The field names [`Meta`] accepts, for messages.
pub const META_FIELDS: &[&str] = &[
    "title",
    "description",
    "owner",
    "contact",
    "location",
    "servers",
    "purpose",
    "persons",
    "sponsor",
    "reviewed",
    "tags",
    "weight",
    "aliases",
    "slug",
    "date",
    "taxonomy",
    "draft",
];

/// Splits a comma-separated string into a list, or takes a list as it is.
fn string_or_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Repr {
        One(String),
        Many(Vec<String>),
    }
    Ok(match Repr::deserialize(d)? {
        Repr::One(s) => s
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect(),
        Repr::Many(v) => v,
    })
}

/// A calendar date (proleptic Gregorian), as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, ignoring a time part after it (`T10:00:00`).
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let head = s.get(..10)?;
        let rest = &s[10..];
        if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
            return None;
        }
        let mut parts = head.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        let valid = (1..=12).contains(&date.month)
            && date.day >= 1
            && date.day <= days_in_month(date.year, date.month);
        valid.then_some(date)
    }

    /// Days since 1970-01-01.
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Today's date in UTC.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Date::from_days(secs.div_euclid(86_400))
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Repr {
            Text(String),
            Toml(toml::value::Datetime),
        }
        let text = match Repr::deserialize(d)? {
            Repr::Text(s) => s,
            Repr::Toml(dt) => dt.to_string(),
        };
        Date::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("invalid date `{text}`: write it as YYYY-MM-DD"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_through_days() {
        for s in ["1970-01-01", "2000-02-29", "2026-11-22", "1999-12-31"] {
            let d = Date::parse(s).unwrap();
            assert_eq!(Date::from_days(d.to_days()), d);
            assert_eq!(d.to_string(), s);
        }
        assert_eq!(Date::parse("1970-01-02").unwrap().to_days(), 1);
    }

    #[test]
    fn bad_dates_are_rejected() {
        for s in [
            "2026-02-30",
            "2026-13-01",
            "26-01-01",
            "yesterday",
            "2025-02-29",
        ] {
            assert_eq!(Date::parse(s), None, "{s}");
        }
        assert!(Date::parse("2026-01-05T10:00:00Z").is_some());
    }

    #[test]
    fn servers_accept_a_string_or_a_list() {
        let m: Meta = toml::from_str("servers = \"a01, b02\"").unwrap();
        assert_eq!(m.servers, ["a01", "b02"]);
        let m: Meta = toml::from_str("servers = [\"a01\"]\nreviewed = 2026-01-05").unwrap();
        assert_eq!(m.servers, ["a01"]);
        assert_eq!(m.reviewed, Date::parse("2026-01-05"));
    }
}
