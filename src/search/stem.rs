//! English stemming: the Porter2 ("English") algorithm of Snowball, taking a
//! folded lowercase word and returning its stem. `search.js` carries the same
//! algorithm; a node test checks that both agree.

/// The Porter2 stem of a lowercase word. Words with other than ASCII
/// letters, and words of two letters or fewer, are returned unchanged.
pub fn stem(word: &str) -> String {
    if word.len() <= 2 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_string();
    }
    if let Some(s) = exception(word) {
        return s.to_string();
    }
    let mut w: Vec<u8> = word.as_bytes().to_vec();
    mark_ys(&mut w);
    let (r1, r2) = regions(&w);
    step1a(&mut w);
    if matches!(
        &w[..],
        b"inning"
            | b"outing"
            | b"canning"
            | b"herring"
            | b"earring"
            | b"proceed"
            | b"exceed"
            | b"succeed"
    ) {
        return String::from_utf8_lossy(&w).into_owned();
    }
    step1b(&mut w, r1);
    step1c(&mut w);
    step2(&mut w, r1);
    step3(&mut w, r1, r2);
    step4(&mut w, r2);
    step5(&mut w, r1, r2);
    for b in &mut w {
        if *b == b'Y' {
            *b = b'y';
        }
    }
    String::from_utf8_lossy(&w).into_owned()
}

fn exception(word: &str) -> Option<&'static str> {
    Some(match word {
        "skis" => "ski",
        "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" => "sky",
        "news" => "news",
        "howe" => "howe",
        "atlas" => "atlas",
        "cosmos" => "cosmos",
        "bias" => "bias",
        "andes" => "andes",
        _ => return None,
    })
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

fn mark_ys(w: &mut [u8]) {
    if w[0] == b'y' {
        w[0] = b'Y';
    }
    for i in 1..w.len() {
        if w[i] == b'y' && is_vowel(w[i - 1]) {
            w[i] = b'Y';
        }
    }
}

/// Start of the region after the first non-vowel following a vowel.
fn region_after(w: &[u8], from: usize) -> usize {
    let mut i = from + 1;
    while i < w.len() {
        if !is_vowel(w[i]) && is_vowel(w[i - 1]) {
            return i + 1;
        }
        i += 1;
    }
    w.len()
}

fn regions(w: &[u8]) -> (usize, usize) {
    let r1 = if w.starts_with(b"gener") || w.starts_with(b"arsen") {
        5
    } else if w.starts_with(b"commun") {
        6
    } else {
        region_after(w, 0)
    };
    let r2 = if r1 < w.len() {
        region_after(w, r1)
    } else {
        w.len()
    };
    (r1, r2)
}

/// The longest suffix of `w` among `list`.
fn longest<'a>(w: &[u8], list: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    list.into_iter()
        .filter(|s| w.ends_with(s.as_bytes()))
        .max_by_key(|s| s.len())
}

fn replace(w: &mut Vec<u8>, suffix: &str, by: &str) {
    w.truncate(w.len() - suffix.len());
    w.extend_from_slice(by.as_bytes());
}

fn step1a(w: &mut Vec<u8>) {
    match longest(w, ["sses", "ied", "ies", "us", "ss", "s"]) {
        Some("sses") => replace(w, "sses", "ss"),
        Some(s @ ("ied" | "ies")) => {
            let by = if w.len() > 4 { "i" } else { "ie" };
            replace(w, s, by);
        }
        Some("s") => {
            let stem = &w[..w.len() - 1];
            if stem.len() >= 2 && stem[..stem.len() - 1].iter().any(|&b| is_vowel(b)) {
                w.pop();
            }
        }
        _ => {}
    }
}

fn ends_double(w: &[u8]) -> bool {
    let n = w.len();
    n >= 2
        && w[n - 1] == w[n - 2]
        && matches!(
            w[n - 1],
            b'b' | b'd' | b'f' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
        )
}

/// Whether `w` ends in a short syllable.
fn ends_short_syllable(w: &[u8]) -> bool {
    let n = w.len();
    if n == 2 {
        return is_vowel(w[0]) && !is_vowel(w[1]);
    }
    n >= 3
        && !is_vowel(w[n - 3])
        && is_vowel(w[n - 2])
        && !is_vowel(w[n - 1])
        && !matches!(w[n - 1], b'w' | b'x' | b'Y')
}

fn step1b(w: &mut Vec<u8>, r1: usize) {
    let Some(s) = longest(w, ["eed", "eedly", "ed", "edly", "ing", "ingly"]) else {
        return;
    };
    if s.starts_with("eed") {
        if w.len() - s.len() >= r1 {
            replace(w, s, "ee");
        }
        return;
    }
    let stem_len = w.len() - s.len();
    if !w[..stem_len].iter().any(|&b| is_vowel(b)) {
        return;
    }
    w.truncate(stem_len);
    if w.ends_with(b"at") || w.ends_with(b"bl") || w.ends_with(b"iz") {
        w.push(b'e');
    } else if ends_double(w) {
        w.pop();
    } else if r1 >= w.len() && ends_short_syllable(w) {
        w.push(b'e');
    }
}

fn step1c(w: &mut [u8]) {
    let n = w.len();
    if n > 2 && matches!(w[n - 1], b'y' | b'Y') && !is_vowel(w[n - 2]) {
        w[n - 1] = b'i';
    }
}

const STEP2: &[(&str, &str)] = &[
    ("tional", "tion"),
    ("enci", "ence"),
    ("anci", "ance"),
    ("abli", "able"),
    ("entli", "ent"),
    ("izer", "ize"),
    ("ization", "ize"),
    ("ational", "ate"),
    ("ation", "ate"),
    ("ator", "ate"),
    ("alism", "al"),
    ("aliti", "al"),
    ("alli", "al"),
    ("fulness", "ful"),
    ("ousli", "ous"),
    ("ousness", "ous"),
    ("iveness", "ive"),
    ("iviti", "ive"),
    ("biliti", "ble"),
    ("bli", "ble"),
    ("ogi", "og"),
    ("fulli", "ful"),
    ("lessli", "less"),
    ("li", ""),
];

fn step2(w: &mut Vec<u8>, r1: usize) {
    let Some(s) = longest(w, STEP2.iter().map(|(s, _)| *s)) else {
        return;
    };
    let stem_len = w.len() - s.len();
    if stem_len < r1 {
        return;
    }
    let by = STEP2.iter().find(|(k, _)| *k == s).map_or("", |(_, b)| *b);
    match s {
        "ogi" if !(stem_len > 0 && w[stem_len - 1] == b'l') => {}
        "li" if !(stem_len > 0
            && matches!(
                w[stem_len - 1],
                b'c' | b'd' | b'e' | b'g' | b'h' | b'k' | b'm' | b'n' | b'r' | b't'
            )) => {}
        _ => replace(w, s, by),
    }
}

fn step3(w: &mut Vec<u8>, r1: usize, r2: usize) {
    const LIST: &[(&str, &str)] = &[
        ("tional", "tion"),
        ("ational", "ate"),
        ("alize", "al"),
        ("icate", "ic"),
        ("iciti", "ic"),
        ("ical", "ic"),
        ("ful", ""),
        ("ness", ""),
        ("ative", ""),
    ];
    let Some(s) = longest(w, LIST.iter().map(|(s, _)| *s)) else {
        return;
    };
    let stem_len = w.len() - s.len();
    if stem_len < r1 || (s == "ative" && stem_len < r2) {
        return;
    }
    let by = LIST.iter().find(|(k, _)| *k == s).map_or("", |(_, b)| *b);
    replace(w, s, by);
}

fn step4(w: &mut Vec<u8>, r2: usize) {
    const LIST: &[&str] = &[
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism",
        "ate", "iti", "ous", "ive", "ize", "ion",
    ];
    let Some(s) = longest(w, LIST.iter().copied()) else {
        return;
    };
    let stem_len = w.len() - s.len();
    if stem_len < r2 {
        return;
    }
    if s == "ion" && !(stem_len > 0 && matches!(w[stem_len - 1], b's' | b't')) {
        return;
    }
    w.truncate(stem_len);
}

fn step5(w: &mut Vec<u8>, r1: usize, r2: usize) {
    let n = w.len();
    if w.ends_with(b"e") {
        let stem_len = n - 1;
        if stem_len >= r2 || (stem_len >= r1 && !ends_short_syllable(&w[..stem_len])) {
            w.pop();
        }
    } else if w.ends_with(b"ll") && n > r2 {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn porter2_reference_words() {
        let cases = [
            ("consign", "consign"),
            ("consigned", "consign"),
            ("consigning", "consign"),
            ("consignment", "consign"),
            ("consist", "consist"),
            ("consisted", "consist"),
            ("consistency", "consist"),
            ("consistent", "consist"),
            ("consistently", "consist"),
            ("consisting", "consist"),
            ("consists", "consist"),
            ("consolation", "consol"),
            ("consolations", "consol"),
            ("consolatory", "consolatori"),
            ("console", "consol"),
            ("consoled", "consol"),
            ("consoles", "consol"),
            ("consolidate", "consolid"),
            ("consolidated", "consolid"),
            ("consolidating", "consolid"),
            ("consoling", "consol"),
            ("knack", "knack"),
            ("knackeries", "knackeri"),
            ("knaves", "knave"),
            ("knavish", "knavish"),
            ("kneaded", "knead"),
            ("kneel", "kneel"),
            ("knelt", "knelt"),
            ("generously", "generous"),
            ("happy", "happi"),
            ("hopping", "hop"),
            ("hoping", "hope"),
            ("restarting", "restart"),
            ("restarted", "restart"),
            ("restarts", "restart"),
            ("configuration", "configur"),
            ("configuring", "configur"),
            ("running", "run"),
            ("dying", "die"),
            ("caresses", "caress"),
            ("ties", "tie"),
            ("cries", "cri"),
            ("gas", "gas"),
            ("gaps", "gap"),
            ("succeeded", "succeed"),
            ("fluently", "fluentli"),
            ("fully", "fulli"),
        ];
        for (word, want) in cases {
            assert_eq!(stem(word), want, "{word}");
        }
    }

    #[test]
    fn leaves_short_and_non_ascii_words() {
        assert_eq!(stem("is"), "is");
        assert_eq!(stem("db01"), "db01");
        assert_eq!(stem("café"), "café");
    }
}
