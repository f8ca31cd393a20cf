//! One line's text in, whether it has a command's shape though no known
//! program starts it: a program name, then arguments with none of the
//! small words a sentence cannot do without (`mc admin user rm
//! minio-prod OLD-KEY`, `tool sync nightly --from-step load`).

/// Words a sentence needs and a command line seldom has, lower case.
const SMALL_WORDS: &[&str] = &[
    "the", "a", "an", "to", "of", "and", "or", "but", "for", "with", "in", "on", "at", "by",
    "from", "into", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
    "those", "your", "you", "we", "they", "if", "then", "when", "as", "not", "no", "all", "each",
    "every", "any", "some", "so", "do", "does", "can", "will", "should", "must", "may", "there",
    "here", "which", "who", "what", "where", "how", "than", "too", "also", "only", "just", "very",
    "please", "once", "before", "after", "until", "while", "because", "our", "my", "their", "them",
    "us", "me", "i", "has", "have", "had", "one",
];

/// Whether `word` is one of the small words a sentence cannot do without
/// (`the`, `to`, `is`), in any case.
pub fn small_word(word: &str) -> bool {
    SMALL_WORDS.contains(&word.to_lowercase().as_str())
}

/// Whether `text` is a program name (lower case letters, digits, `-_./`)
/// then two words or more, none of them a sentence's small words, with
/// no `, ` and no closing stop, `:` or `;`.
pub fn terse(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let first = words.next().unwrap_or("");
    let program = first.starts_with(|c: char| c.is_ascii_lowercase())
        && first.len() <= 24
        && first
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c));
    let small = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        SMALL_WORDS.contains(&w.to_lowercase().as_str())
    };
    program
        && !small(first)
        && words.clone().count() >= 2
        && !words.any(small)
        && !text.contains(", ")
        && !text.ends_with(['.', ':', ';', '!', '?', ','])
}

/// Whether `text` is what a step ending with `:` has you type: a terse
/// line (`terse`) with an argument that is a name, not a word (a `-`,
/// `_`, `/`, `.`, `=`, `:` or `@` inside it, or a digit).
pub fn typed(text: &str) -> bool {
    let named = |w: &str| {
        let w = w.trim_matches(|c: char| "\"'()".contains(c));
        // (inside: the word without its first and last character)
        let mut inside = w.chars();
        inside.next();
        inside.next_back();
        w.chars().count() > 2
            && (inside
                .as_str()
                .contains(['-', '_', '/', '.', '=', ':', '@'])
                || w.contains(|c: char| c.is_ascii_digit()))
    };
    terse(text) && text.split_whitespace().skip(1).any(named)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_by_shape_and_sentences() {
        assert!(typed("kvx admin key drop vault-east OLD-KEY-7"));
        assert!(typed("hivectl frame list hive_04"));
        assert!(!typed("kvx admin key drop"));
        assert!(!typed("check the key in vault-east"));
        assert!(!typed("Restart hive-04 now"));
        assert!(!typed("wait for node-3 to rejoin."));
        // (words are cut at characters, not bytes)
        assert!(!typed("émile écrit été"));
        assert!(typed("sync émile é-ab"));
        assert!(terse(
            "hivectl frame add --count 4 --label spring-brood --dry-run"
        ));
        assert!(!terse("rerun the job with --force if it fails"));
        assert!(!terse("see the notes, then run --force"));
    }
}
