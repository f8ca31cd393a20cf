//! A line of text in, whether it goes on an SQL statement wrapped over
//! several lines: a clause that opens with its key word in capitals
//! (`  FROM pg_stat_activity`, ` GROUP BY 1,2 ORDER BY 3 DESC;`,
//! `   AND state <> 'idle'`), which no sentence's line does.

/// The key words a clause of a statement opens with, in capitals.
const OPENERS: [&str; 11] = [
    "FROM",
    "WHERE",
    "AND",
    "OR",
    "HAVING",
    "LIMIT",
    "JOIN",
    "SET",
    "VALUES",
    "RETURNING",
    "UNION",
];

/// The key words that open a clause with a second key word after them
/// (`GROUP BY`, `ORDER BY`, `LEFT JOIN`), in capitals.
const PAIRS: [(&str, &str); 6] = [
    ("GROUP", "BY"),
    ("ORDER", "BY"),
    ("LEFT", "JOIN"),
    ("RIGHT", "JOIN"),
    ("INNER", "JOIN"),
    ("OUTER", "JOIN"),
];

/// Whether `text` is a clause of an SQL statement wrapped onto its own
/// line: two key words in capitals (`GROUP BY n`, `ORDER BY n DESC`,
/// `LEFT JOIN t ON ...`), or one (`FROM`, `WHERE`, `AND`, ...) then
/// code's marks (`_`, `=`, `<`, `>`, `(`, `*`, `;`) a sentence lacks;
/// never a line that ends a sentence with its full stop, nor one with a
/// word of lower case and no mark at all (a shouted `OR` opening prose).
pub(super) fn clause(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let (Some(first), second) = (words.next(), words.next()) else {
        return false;
    };
    if text.ends_with(['.', ':', '!', '?']) || second.is_none() {
        return false;
    }
    let marked = text.contains(['_', '=', '<', '>', '(', '*', ';']);
    let paired = PAIRS.iter().any(|&(a, b)| first == a && second == Some(b));
    paired || (OPENERS.contains(&first) && marked)
}

#[cfg(test)]
mod tests {
    use super::clause;

    #[test]
    fn a_clause_in_capitals_with_code_marks_goes_on_a_statement() {
        assert!(clause("  FROM pg_stat_activity"));
        assert!(clause(" GROUP BY 1,2,3,4 ORDER BY 5 DESC;"));
        assert!(clause("ORDER BY n DESC"));
        assert!(clause(
            "   AND state_change < now() - interval '10 minutes';"
        ));
        assert!(clause("LEFT JOIN members m ON m.team = t.id"));
    }

    #[test]
    fn a_shouted_word_opening_prose_is_no_clause() {
        assert!(!clause("OR ask the on-call person for help."));
        assert!(!clause("AND do not forget the backup"));
        assert!(!clause("FROM the top:"));
        assert!(!clause("SET"));
    }
}
