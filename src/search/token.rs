//! Text to index terms: case and accent folding, then words, technical
//! chunks (host names, paths, commands: `db01.phx2`, `/etc/httpd/conf.d`)
//! with their parts, and CJK bigrams. `search.js` tokenises queries the same
//! way.

/// Characters joining the parts of a chunk when between two word characters.
const JOINERS: &[char] = &['.', '/', '-', '_', '@', ':'];
/// Longest chunk indexed whole; longer ones are indexed by their parts.
pub const MAX_CHUNK: usize = 64;
/// Longest word indexed.
pub const MAX_WORD: usize = 40;

/// Words too common to index or to search for, sorted.
pub const STOP_WORDS: &[&str] = &[
    "a", "all", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "com",
    "could", "did", "do", "does", "for", "from", "had", "has", "have", "how", "http", "https", "i",
    "if", "in", "into", "is", "it", "its", "me", "my", "no", "not", "of", "on", "or", "org", "our",
    "should", "so", "such", "than", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "those", "to", "us", "was", "we", "were", "what", "when", "where", "which",
    "who", "why", "will", "with", "would", "www", "you", "your",
];

/// A word of up to 8 bytes as a number, its first byte lowest (as the
/// bytes load from memory). Built in a register: copying into an array and
/// loading it as a whole stalls on store forwarding.
pub(super) const fn word_key(w: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = w.len();
    while i > 0 {
        i -= 1;
        key = key << 8 | w[i] as u64;
    }
    key
}

/// [`STOP_WORDS`] as keys, in the same order.
const STOP_KEYS: [u64; STOP_WORDS.len()] = {
    let mut keys = [0u64; STOP_WORDS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = word_key(STOP_WORDS[i].as_bytes());
        i += 1;
    }
    keys
};

/// The longest stop word.
const STOP_MAX: usize = 6;

/// Slots of [`STOP_TABLE`], a power of two over three times the stop words.
const STOP_SLOTS: usize = 256;

/// The slot of a stop-word key: the top bits of a multiplicative hash.
const fn stop_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 56) as usize
}

/// [`STOP_KEYS`] in an open-addressing table (0 is empty), so that a word
/// is looked up with one multiplication and one or two comparisons.
const STOP_TABLE: [u64; STOP_SLOTS] = {
    let mut table = [0u64; STOP_SLOTS];
    let mut i = 0;
    while i < STOP_KEYS.len() {
        let mut s = stop_slot(STOP_KEYS[i]);
        while table[s] != 0 {
            s = (s + 1) % STOP_SLOTS;
        }
        table[s] = STOP_KEYS[i];
        i += 1;
    }
    table
};

/// Whether a folded word is a stop word (a hash of integers, not strings:
/// every word of the book goes through here).
pub fn is_stop_word(word: &str) -> bool {
    let w = word.as_bytes();
    !w.is_empty() && w.len() <= STOP_MAX && is_stop_key(word_key(w))
}

/// Whether the [`word_key`] of a word of 1 to [`STOP_MAX`] bytes is a stop
/// word's.
fn is_stop_key(key: u64) -> bool {
    let mut s = stop_slot(key);
    loop {
        match STOP_TABLE[s] {
            k if k == key => return true,
            0 => return false,
            _ => s = (s + 1) % STOP_SLOTS,
        }
    }
}

/// Accented letters and their folded forms, shared with `search.js`.
pub const FOLD_TABLE: &str = "àaáaâaãaäaåaāaăaąaçcćcčcďdđdèeéeêeëeēeėeęeěeìiíiîiïiīiįiıiñnńnňnòoóoôoõoöoøoōoőoùuúuûuüuūuůuűuųuýyÿyźzżzžzśsšsşsťtţtřrŕrĺlľlłlğg";

/// Lowercases and strips accents (`Émile` → `emile`, `ß` → `ss`).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// [`fold`] into `out`, which is cleared first.
pub fn fold_into(text: &str, out: &mut String) {
    out.clear();
    if text.is_ascii() {
        out.push_str(text);
        out.make_ascii_lowercase();
        return;
    }
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        for l in c.to_lowercase() {
            match l {
                'ß' => out.push_str("ss"),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                'þ' => out.push_str("th"),
                'ð' => out.push('d'),
                _ => out.push(fold_char(l)),
            }
        }
    }
}

fn fold_char(c: char) -> char {
    let mut it = FOLD_TABLE.chars();
    while let (Some(a), Some(b)) = (it.next(), it.next()) {
        if a == c {
            return b;
        }
    }
    c
}

/// Whether a character is written without spaces between words (Han, kana,
/// Hangul): such text is indexed as overlapping pairs of characters.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7af
        | 0xf900..=0xfaff | 0x20000..=0x2ffff)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_cjk(c)
}

/// A run of text between separators, before it is turned into terms.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Word characters and joiners: `db01.phx2`, `koji`, `conf.d`.
    Chunk(&'a str),
    /// A run of CJK characters.
    Cjk(&'a str),
}

/// Calls `f` with each chunk and CJK run of folded text, in order,
/// character by character ([`ascii_terms`] splits ASCII text the same way,
/// byte by byte).
fn unicode_pieces<'a>(folded: &'a str, f: &mut impl FnMut(Piece<'a>)) {
    let mut chars = folded.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if is_cjk(c) {
            let mut end = start;
            while let Some(&(i, c)) = chars.peek().filter(|(_, c)| is_cjk(*c)) {
                end = i + c.len_utf8();
                chars.next();
            }
            f(Piece::Cjk(&folded[start..end]));
        } else if is_word_char(c) {
            let mut end = start;
            while let Some(&(i, c)) = chars.peek() {
                if is_word_char(c) {
                    end = i + c.len_utf8();
                } else if !JOINERS.contains(&c) {
                    break;
                }
                chars.next();
            }
            f(Piece::Chunk(&folded[start..end]));
        } else {
            chars.next();
        }
    }
}

/// The index terms of text, in order: each word, each chunk of several
/// parts as a whole, and CJK bigrams. Stop words and one-letter words are
/// left out.
pub fn terms(text: &str, out: &mut Vec<String>) {
    each_term(&mut String::new(), text, &mut |t| out.push(t.to_string()));
}

/// Calls `f` with each index term of text, in the order of [`terms`],
/// without allocating one string per term; `buf` holds the folded text.
pub fn each_term(buf: &mut String, text: &str, f: &mut impl FnMut(&str)) {
    if text.is_ascii() {
        // ASCII folds to ASCII: no need to check the folded text again.
        buf.clear();
        buf.push_str(text);
        buf.make_ascii_lowercase();
        ascii_terms(buf, f);
        return;
    }
    fold_into(text, buf);
    if buf.is_ascii() {
        ascii_terms(buf, f);
        return;
    }
    unicode_pieces(buf, &mut |piece| match piece {
        Piece::Chunk(chunk) => chunk_terms(chunk, f),
        Piece::Cjk(run) => cjk_terms(run, f),
    });
}

/// Byte classes for [`ascii_terms`]: ASCII letters and digits, joiners,
/// anything else.
const WORD: u8 = 1;
const JOIN: u8 = 2;
const CLASS: [u8; 256] = {
    let mut c = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphanumeric() {
            c[b] = WORD;
        } else if is_joiner(b as u8) {
            c[b] = JOIN;
        }
        b += 1;
    }
    c
};

/// [`each_term`] for folded ASCII text: the chunks of [`unicode_pieces`],
/// and a chunk without joiners is one word.
fn ascii_terms(folded: &str, f: &mut impl FnMut(&str)) {
    let b = folded.as_bytes();
    let class = |i: usize| b.get(i).map_or(0, |&c| CLASS[c as usize]);
    let mut i = 0;
    while i < b.len() {
        if class(i) != WORD {
            i += 1;
            continue;
        }
        let (start, mut joined) = (i, false);
        let end = loop {
            i = word_end(b, i);
            let end = i;
            while class(i) == JOIN {
                i += 1;
            }
            if i == end || class(i) != WORD {
                break end;
            }
            joined = true;
        };
        if joined {
            ascii_chunk_terms(&folded[start..end], f);
        } else if ascii_word_wanted(b, start, end) {
            f(&folded[start..end]);
        }
    }
}

/// Where the run of ASCII letters and digits from `i` ends, 8 bytes at a
/// time while there are 8.
fn word_end(b: &[u8], mut i: usize) -> usize {
    while let Some(window) = b.get(i..i + 8) {
        let others = !alnum_bytes(u64::from_le_bytes(window.try_into().expect("8 bytes")));
        if others & HIGH != 0 {
            return i + ((others & HIGH).trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while b.get(i).is_some_and(|&c| CLASS[c as usize] == WORD) {
        i += 1;
    }
    i
}

const LOW: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The top bit of each byte of `x` (ASCII, lower case) set where the byte
/// is a letter or a digit: bytes strictly between `m` and `n`, for each of
/// the two ranges, with no carry between bytes as all are below 128.
const fn alnum_bytes(x: u64) -> u64 {
    const fn between(x: u64, m: u64, n: u64) -> u64 {
        (LOW * (127 + n)).wrapping_sub(x) & (x + LOW * (127 - m)) & HIGH
    }
    between(x, b'a' as u64 - 1, b'z' as u64 + 1) | between(x, b'0' as u64 - 1, b'9' as u64 + 1)
}

/// [`word_wanted`] for the ASCII word `b[start..end]`, its stop-word key
/// read 8 bytes at once where the text allows.
fn ascii_word_wanted(b: &[u8], start: usize, end: usize) -> bool {
    let len = end - start;
    if !(2..=MAX_WORD).contains(&len) {
        return false;
    }
    if len > STOP_MAX {
        return true;
    }
    let key = match b.get(start..start + 8) {
        Some(w) => u64::from_le_bytes(w.try_into().expect("8 bytes")) & ((1 << (8 * len)) - 1),
        None => word_key(&b[start..end]),
    };
    !is_stop_key(key)
}

/// Whether a byte is one of [`JOINERS`].
const fn is_joiner(b: u8) -> bool {
    matches!(b, b'.' | b'/' | b'-' | b'_' | b'@' | b':')
}

/// Whether a word (a part of a chunk) is indexed: two characters or more,
/// at most [`MAX_WORD`] bytes, not a stop word.
fn word_wanted(part: &str) -> bool {
    part.len() <= MAX_WORD
        && part.len() >= 2
        && (part.as_bytes()[0] < 0x80 || part.chars().nth(1).is_some())
        && !is_stop_word(part)
}

fn chunk_terms(chunk: &str, f: &mut impl FnMut(&str)) {
    let chunk = strip_scheme(chunk);
    let mut parts = 0;
    for part in chunk.split(|c: char| !is_word_char(c)) {
        if part.is_empty() {
            continue;
        }
        parts += 1;
        if word_wanted(part) {
            f(part);
        }
    }
    if parts > 1 && chunk.len() <= MAX_CHUNK && is_technical(chunk) {
        f(chunk);
    }
}

/// [`chunk_terms`] for an ASCII chunk, split byte by byte.
fn ascii_chunk_terms(chunk: &str, f: &mut impl FnMut(&str)) {
    let chunk = strip_scheme(chunk);
    let b = chunk.as_bytes();
    let (mut parts, mut start) = (0, 0);
    for end in 0..=b.len() {
        if end < b.len() && b[end].is_ascii_alphanumeric() {
            continue;
        }
        if end > start {
            parts += 1;
            let part = &chunk[start..end];
            if word_wanted(part) {
                f(part);
            }
        }
        start = end + 1;
    }
    if parts > 1 && chunk.len() <= MAX_CHUNK && is_technical(chunk) {
        f(chunk);
    }
}

/// A URL without its `http://` or `https://`.
pub fn strip_scheme(chunk: &str) -> &str {
    ["https://", "http://"]
        .iter()
        .find_map(|p| chunk.strip_prefix(p))
        .unwrap_or(chunk)
}

/// Whether a chunk is worth indexing whole: a host name, path, address or
/// version (`db01.phx2`, `conf.d`, `a@b`), not a hyphenated word.
pub fn is_technical(chunk: &str) -> bool {
    chunk.contains(['.', '/', '@', ':'])
}

fn cjk_terms(run: &str, f: &mut impl FnMut(&str)) {
    let starts: Vec<usize> = run.char_indices().map(|(i, _)| i).collect();
    if starts.len() == 1 {
        f(run);
    }
    // Each pair of neighbouring characters.
    for k in 1..starts.len() {
        let end = starts.get(k + 1).copied().unwrap_or(run.len());
        f(&run[starts[k - 1]..end]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<String> {
        let mut v = Vec::new();
        terms(text, &mut v);
        v
    }

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Émile ZOLA straße Øre"), "emile zola strasse ore");
    }

    #[test]
    fn host_names_give_parts_and_whole() {
        assert_eq!(
            all("Log in to db01.phx2.example.org."),
            ["log", "db01", "phx2", "example", "db01.phx2.example.org"]
        );
    }

    #[test]
    fn paths_and_commands() {
        assert_eq!(
            all("Edit /etc/httpd/conf.d/ then run `systemctl restart httpd`"),
            [
                "edit",
                "etc",
                "httpd",
                "conf",
                "etc/httpd/conf.d",
                "run",
                "systemctl",
                "restart",
                "httpd"
            ]
        );
        assert_eq!(all("koji-hub --force"), ["koji", "hub", "force"]);
    }

    #[test]
    fn stop_words_and_single_letters_dropped() {
        assert_eq!(all("The hub is a box, I think"), ["hub", "box", "think"]);
        assert_eq!(
            all("see https://www.example.com/"),
            ["see", "example", "www.example.com"]
        );
    }

    #[test]
    fn stop_words_are_sorted() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(
            STOP_WORDS
                .iter()
                .all(|w| w.len() <= STOP_MAX && is_stop_word(w))
        );
        for w in ["ab", "shoulder", "tho", "wit", "yo", "zzz"] {
            assert!(!is_stop_word(w), "{w}");
        }
    }

    #[test]
    fn ascii_and_unicode_pieces_agree() {
        let text = "db01.phx2 -- /etc/httpd/conf.d/ a@b: x_y.. ..z 9 end.";
        let mut u = Vec::new();
        unicode_pieces(text, &mut |p| u.push(p));
        assert_eq!(u[0], Piece::Chunk("db01.phx2"));
        assert_eq!(u.len(), 7, "{u:?}");
        let mut by_chunks = Vec::new();
        for p in u {
            let Piece::Chunk(c) = p else { unreachable!() };
            chunk_terms(c, &mut |t| by_chunks.push(t.to_string()));
        }
        assert_eq!(all(text), by_chunks);
    }

    #[test]
    fn ascii_and_unicode_terms_agree() {
        let text = "Run `db01.phx2:8080` -- see https://x.org/a-b/ then \
            restart.  ok.. conf.d/ a@b: x_y z9 it's the_end-. 42 a.b.c";
        let mut unicode = Vec::new();
        unicode_pieces(&fold(text), &mut |p| match p {
            Piece::Chunk(c) => chunk_terms(c, &mut |t| unicode.push(t.to_string())),
            Piece::Cjk(_) => unreachable!(),
        });
        assert_eq!(all(text), unicode);
        assert!(unicode.contains(&"db01.phx2:8080".to_string()));
        assert!(JOINERS.iter().all(|&c| is_joiner(c as u8)));
        assert_eq!((0..=255u8).filter(|&b| is_joiner(b)).count(), JOINERS.len());
    }

    #[test]
    fn word_ends_found_a_word_at_a_time() {
        let text = b"abcdefghij0123456789xyz.tail  q9 `z`{a}[@/:_-";
        for start in 0..text.len() {
            let by_byte = (start..text.len())
                .find(|&i| !text[i].is_ascii_alphanumeric())
                .unwrap_or(text.len());
            let start_word = text[start].is_ascii_alphanumeric();
            assert_eq!(
                word_end(text, start),
                if start_word { by_byte } else { start }
            );
        }
        for b in 0..128u8 {
            let x = u64::from(b) << 16 | u64::from(b'a');
            let flags = alnum_bytes(x);
            assert_eq!(
                flags & (0x80 << 16) != 0,
                (b as char).is_ascii_lowercase() || b.is_ascii_digit(),
                "{b}"
            );
            assert_ne!(flags & 0x80, 0);
        }
    }

    #[test]
    fn cjk_is_split_in_pairs() {
        assert_eq!(all("検索機能 koji"), ["検索", "索機", "機能", "koji"]);
        assert_eq!(all("字"), ["字"]);
    }
}
