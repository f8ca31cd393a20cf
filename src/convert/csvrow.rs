//! A line typed as a CSV file holds it (`site,shelf,part_no,qty` or
//! `ams,2,DL380 fan,3`) in, whether it is one such record: data kept as
//! typed, not a sentence.

/// Whether `text` is a record of comma-separated values: four fields or
/// more, no space on either side of any comma (prose puts one after
/// each), a letter somewhere, the first field one bare token and no
/// field longer than eight words; no sentence stop at its end.
pub fn record(text: &str) -> bool {
    let fields: Vec<&str> = text.split(',').collect();
    fields.len() >= 4
        && !text.contains(", ")
        && !text.contains(" ,")
        && !text.ends_with('.')
        && text.chars().any(char::is_alphabetic)
        && fields
            .first()
            .is_some_and(|f| !f.is_empty() && !f.contains(' '))
        && fields.iter().all(|f| f.split_whitespace().count() <= 8)
}

#[cfg(test)]
mod tests {
    use super::record;

    #[test]
    fn records_and_prose() {
        assert!(record("site,shelf,part_no,description,qty"));
        assert!(record("ams,2,DL380 fan module,3,1"));
        assert!(record("old,-,X1,,0"));
        assert!(!record("web, db, cache and mail"));
        assert!(!record("1,200,300"));
        assert!(!record("a,b,c,d."));
        assert!(!record("12,34,56,78"));
    }
}
