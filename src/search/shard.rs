//! The index to files: a manifest plus vocabulary, posting and document
//! shards, each a JavaScript file calling `sopbookSearch(name, data)` so
//! that pages opened from `file://` can load them as scripts. Shard names
//! carry a hash of their content.

use super::SearchFile;
use super::index::{Index, Term};
use rayon::prelude::*;
use serde_json::{Value, json};

/// Digits of the compact number encoding, shared with `search.js`.
pub const DIGITS: &[u8; 64] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

/// Appends `v` as base-32 groups, low first; digits 32..63 mean "more".
pub fn push_varint(out: &mut String, mut v: u32) {
    while v >= 32 {
        out.push(DIGITS[32 + (v & 31) as usize] as char);
        v >>= 5;
    }
    out.push(DIGITS[v as usize] as char);
}

/// Appends a term's postings: for each, one varint of the section delta
/// times 16 plus the impact (1..=16) less one.
fn push_postings(out: &mut String, postings: &[(u32, u8)]) {
    let mut prev = 0;
    for &(doc, impact) in postings {
        push_varint(out, (doc - prev) * 16 + u32::from(impact.clamp(1, 16) - 1));
        prev = doc;
    }
}

/// The element id the client derives from an ASCII heading, as `search.js`
/// does: lowercase letters, digits, `-` and `_`, spaces to `-`.
fn ascii_slug(heading: &str) -> Option<impl Iterator<Item = char> + '_> {
    let slug = heading.trim().chars().filter_map(|c| match c {
        c if c.is_ascii_alphanumeric() || c == '-' || c == '_' => Some(c.to_ascii_lowercase()),
        c if c.is_whitespace() => Some('-'),
        _ => None,
    });
    heading.is_ascii().then_some(slug)
}

/// A section in a document shard: its heading alone when the anchor derives
/// from it (or both are empty) and there is no excerpt, else
/// `[anchor, heading, excerpt]`. The client finds the page from the
/// manifest's page sizes.
fn section_entry(s: &super::index::SectionEntry, out: &mut Vec<u8>) {
    let anchor = stored_anchor(&s.anchor, &s.heading);
    let derived = anchor == "=" || (s.anchor.is_empty() && s.heading.is_empty());
    if derived && s.excerpt.is_empty() {
        push_str(out, &s.heading);
    } else {
        push_strs(out, [anchor, &s.heading, &s.excerpt]);
    }
}

/// Appends `s` as a JSON string: as it is when nothing in it needs an
/// escape.
fn push_str(out: &mut Vec<u8>, s: &str) {
    if s.bytes().all(plain) {
        push_plain(out, s);
    } else {
        serde_json::to_writer(&mut *out, s).expect("writing to memory");
    }
}

/// Whether a byte stands for itself in a JSON string.
fn plain(b: u8) -> bool {
    b >= 0x20 && b != b'"' && b != b'\\'
}

/// Appends `s`, which needs no escape (index terms, vocabulary entries,
/// posting codes and shard names are letters, digits and joiners), as a
/// JSON string.
fn push_plain(out: &mut Vec<u8>, s: &str) {
    debug_assert!(s.bytes().all(plain), "{s:?} needs escapes");
    out.push(b'"');
    out.extend_from_slice(s.as_bytes());
    out.push(b'"');
}

/// Appends strings as a JSON array.
fn push_strs<'a>(out: &mut Vec<u8>, items: impl IntoIterator<Item = &'a str>) {
    out.push(b'[');
    for (i, s) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push_str(out, s);
    }
    out.push(b']');
}

/// The anchor as stored: `=` when the client can derive it from the heading.
fn stored_anchor<'a>(anchor: &'a str, heading: &str) -> &'a str {
    let derived = ascii_slug(heading).is_some_and(|slug| slug.eq(anchor.chars()));
    if !anchor.is_empty() && derived {
        "="
    } else {
        anchor
    }
}

/// A 64-bit hash of the bytes, 8 at a time (multiply and rotate, then
/// mixed), as 12 hex digits: a shard's name changes with its content.
pub fn content_hash(bytes: &[u8]) -> String {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let step = |h: u64, w: u64| (h ^ w).wrapping_mul(K).rotate_left(31);
    let mut h = 0xcbf2_9ce4_8422_2325 ^ bytes.len() as u64;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        h = step(h, u64::from_le_bytes(w.try_into().expect("8 bytes")));
    }
    for &b in words.remainder() {
        h = step(h, u64::from(b));
    }
    h ^= h >> 29;
    h = h.wrapping_mul(K);
    h ^= h >> 32;
    format!("{:012x}", h >> 16)
}

/// The file that registers `payload` (JSON) under `name` when it runs.
fn script(name: &str, payload: &[u8]) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(payload.len() + name.len() + 24);
    bytes.extend_from_slice(b"sopbookSearch(");
    push_plain(&mut bytes, name);
    bytes.push(b',');
    bytes.extend_from_slice(payload);
    bytes.extend_from_slice(b");\n");
    bytes
}

/// A shard named after `kind` and its content hash, from its JSON payload.
fn shard(kind: &str, payload: &[u8]) -> (String, SearchFile) {
    let name = format!("{kind}-{}", content_hash(payload));
    let file = SearchFile {
        path: format!("search/{name}.js"),
        bytes: script(&name, payload),
    };
    (name, file)
}

/// Shards made from runs in parallel: the manifest's list of (first key
/// of the run, shard name) and the files, in run order.
fn shard_runs<T: Sync>(
    runs: &[&[T]],
    first: impl Fn(usize, &[T]) -> Value + Sync,
    make: impl Fn(&[T]) -> (String, SearchFile) + Sync,
) -> (Value, Vec<SearchFile>) {
    let made: Vec<(String, SearchFile)> = runs.par_iter().map(|run| make(run)).collect();
    let mut list = Vec::with_capacity(made.len());
    let mut files = Vec::with_capacity(made.len());
    let mut start = 0;
    for (run, (name, file)) in runs.iter().zip(made) {
        list.push(json!([first(start, run), name]));
        start += run.len();
        files.push(file);
    }
    (Value::Array(list), files)
}

/// Cuts items into runs of about `target` bytes; `size` measures one item.
fn runs<T>(items: &[T], target: usize, size: impl Fn(&T) -> usize) -> Vec<&[T]> {
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, it) in items.iter().enumerate() {
        bytes += size(it);
        if bytes >= target {
            out.push(&items[start..=i]);
            start = i + 1;
            bytes = 0;
        }
    }
    if start < items.len() {
        out.push(&items[start..]);
    }
    out
}

/// One vocabulary entry: shared prefix length with the previous term,
/// the rest, the stem code and the document frequency.
fn vocab_entry(prev: &str, t: &Term, out: &mut String) {
    let (shared, at) = prev
        .chars()
        .zip(t.text.char_indices())
        .take_while(|(a, (_, b))| a == b)
        .take(63)
        .fold((0, 0), |(n, _), (_, (i, c))| (n + 1, i + c.len_utf8()));
    out.push(DIGITS[shared] as char);
    out.push_str(&t.text[at..]);
    out.push(' ');
    if t.stem != t.text {
        let k = t
            .stem
            .bytes()
            .zip(t.text.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        out.push(DIGITS[(t.text.len() - k).min(63)] as char);
        out.push_str(&t.stem[k..]);
    }
    out.push(' ');
    push_radix36(out, t.df);
}

/// Appends `v` in base 36, lower-case digits.
fn push_radix36(out: &mut String, v: u32) {
    let mut digits = [0u8; 7];
    let (mut v, mut n) = (v, 0);
    loop {
        digits[n] = DIGITS[(v % 36) as usize].to_ascii_lowercase();
        n += 1;
        v /= 36;
        if v == 0 {
            break;
        }
    }
    out.extend(digits[..n].iter().rev().map(|&d| d as char));
}

fn vocab_shards(index: &Index, target: usize) -> (Value, Vec<SearchFile>) {
    let runs = runs(&index.terms, target, |t| t.text.len() / 2 + 6);
    shard_runs(
        &runs,
        |_, run| json!(run[0].text),
        |run| {
            let mut text = String::with_capacity(target + target / 4);
            let mut prev = "";
            for t in run {
                if !text.is_empty() {
                    text.push('|');
                }
                vocab_entry(prev, t, &mut text);
                prev = &t.text;
            }
            let mut payload = Vec::with_capacity(text.len() + 16);
            push_plain(&mut payload, &text);
            shard("v", &payload)
        },
    )
}

fn posting_shards(index: &Index, target: usize) -> (Value, Vec<SearchFile>) {
    let runs = runs(&index.terms, target, |t| {
        t.text.len() + t.postings.len() * 3
    });
    shard_runs(&runs, |_, run| json!(run[0].text), posting_shard)
}

/// A posting shard: an object of each term's postings, keys in byte order
/// (as `serde_json` writes a map).
fn posting_shard(run: &[Term]) -> (String, SearchFile) {
    let mut terms: Vec<&Term> = run.iter().collect();
    if !terms.is_sorted_by(|a, b| a.text <= b.text) {
        terms.sort_by(|a, b| a.text.cmp(&b.text));
    }
    let mut out = Vec::with_capacity(run.len() * 16);
    let mut codes = String::new();
    out.push(b'{');
    for (i, t) in terms.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push_plain(&mut out, &t.text);
        out.push(b':');
        codes.clear();
        push_postings(&mut codes, &t.postings);
        push_plain(&mut out, &codes);
    }
    out.push(b'}');
    shard("p", &out)
}

fn doc_shards(index: &Index, target: usize) -> (Value, Vec<SearchFile>) {
    let runs = runs(&index.sections, target, |s| {
        s.excerpt.len() + s.heading.len() + s.anchor.len() + 12
    });
    shard_runs(&runs, |start, _| json!(start), |run| doc_shard(index, run))
}

/// A document shard: `{"pages":{...},"sections":[...]}`, the pages of its
/// sections keyed by number in string order (as `serde_json` writes a map).
fn doc_shard(index: &Index, run: &[super::index::SectionEntry]) -> (String, SearchFile) {
    let mut numbers: Vec<u32> = run.iter().map(|s| s.page).collect();
    numbers.dedup();
    let mut pages: Vec<(String, u32)> = numbers.iter().map(|&n| (n.to_string(), n)).collect();
    pages.sort();
    pages.dedup();
    let mut out = Vec::with_capacity(run.len() * 64);
    out.extend_from_slice(b"{\"pages\":{");
    for (i, (key, n)) in pages.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let p = &index.pages[*n as usize];
        push_plain(&mut out, key);
        out.extend_from_slice(b":[");
        push_str(&mut out, &p.url);
        out.push(b',');
        push_str(&mut out, &p.title);
        out.push(b',');
        push_strs(&mut out, p.breadcrumbs.iter().map(String::as_str));
        out.push(b',');
        push_str(&mut out, &p.owner);
        out.push(b',');
        push_strs(&mut out, p.tags.iter().map(String::as_str));
        out.push(b',');
        push_str(&mut out, &p.excerpt);
        out.push(b']');
    }
    out.extend_from_slice(b"},\"sections\":[");
    for (i, s) in run.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        section_entry(s, &mut out);
    }
    out.extend_from_slice(b"]}");
    shard("d", &out)
}

/// Owners and tags: names for the filter menus in the manifest, and per
/// page in a shard loaded when filtering.
fn facets(index: &Index, files: &mut Vec<SearchFile>) -> (Vec<String>, Vec<String>, Value) {
    let mut owners: Vec<String> = index.pages.iter().map(|p| p.owner.clone()).collect();
    owners.retain(|o| !o.is_empty());
    owners.sort();
    owners.dedup();
    let mut tags: Vec<String> = index.pages.iter().flat_map(|p| p.tags.clone()).collect();
    tags.sort();
    tags.dedup();
    if owners.is_empty() && tags.is_empty() {
        return (owners, tags, Value::Null);
    }
    let owner_of: Vec<i64> = index
        .pages
        .iter()
        .map(|p| owners.binary_search(&p.owner).map_or(-1, |i| i as i64))
        .collect();
    let tags_of: Vec<Vec<usize>> = index
        .pages
        .iter()
        .map(|p| {
            p.tags
                .iter()
                .filter_map(|t| tags.binary_search(t).ok())
                .collect()
        })
        .collect();
    let data = json!({"owner": owner_of, "tags": tags_of});
    let (name, file) = shard("f", data.to_string().as_bytes());
    files.push(file);
    (owners, tags, json!(name))
}

/// The number of sections of each page, as varints: the client finds the
/// page of a section (and the page's first section) from it.
fn page_sizes(index: &Index) -> String {
    let mut counts = vec![0u32; index.pages.len()];
    for s in &index.sections {
        counts[s.page as usize] += 1;
    }
    let mut out = String::new();
    for c in counts {
        push_varint(&mut out, c);
    }
    out
}

/// All the files of the index, the manifest last.
pub fn files(index: &Index, target: usize) -> Vec<SearchFile> {
    let ((vocab, mut files), ((postings, p_files), (docs, d_files))) = rayon::join(
        || vocab_shards(index, target / 2),
        || {
            rayon::join(
                || posting_shards(index, target),
                || doc_shards(index, target / 4),
            )
        },
    );
    files.extend(p_files);
    files.extend(d_files);
    let (owners, tags, facets) = facets(index, &mut files);
    let manifest = json!({
        "version": 1,
        "sections": index.sections.len(),
        "pages": page_sizes(index),
        "vocab": vocab,
        "postings": postings,
        "docs": docs,
        "facets": facets,
        "owners": owners,
        "tags": tags,
    });
    files.push(SearchFile {
        path: "search/manifest.js".into(),
        bytes: script("manifest", manifest.to_string().as_bytes()),
    });
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip_small_and_large() {
        let mut s = String::new();
        push_varint(&mut s, 5);
        push_varint(&mut s, 31);
        push_varint(&mut s, 32);
        push_varint(&mut s, 100_000);
        assert_eq!(&s[..2], "5V");
        assert_eq!(&s[2..4], "W1");
        assert_eq!(s.len(), 2 + 2 + 4);
    }

    fn encode_postings(postings: &[(u32, u8)]) -> String {
        let mut out = String::new();
        push_postings(&mut out, postings);
        out
    }

    #[test]
    fn postings_are_deltas_then_impacts() {
        // (3 * 16 + 9) = 57 = 25 + 32, then 1; (2 * 16 + 15) = 47 = 15 + 32, then 1.
        assert_eq!(encode_postings(&[(3, 10), (5, 16)]), "v1l1");
        assert_eq!(encode_postings(&[(0, 1), (1, 2)]), "0H");
    }

    #[test]
    fn content_hashes_change_with_any_byte() {
        let base = b"sopbookSearch(\"p\",{\"koji\":\"0H\"});".to_vec();
        let h = content_hash(&base);
        assert_eq!(h.len(), 12);
        for i in 0..base.len() {
            let mut other = base.clone();
            other[i] ^= 1;
            assert_ne!(content_hash(&other), h, "byte {i}");
        }
        assert_ne!(content_hash(&base[..base.len() - 1]), h);
        assert_ne!(content_hash(b""), content_hash(b"\0"));
    }

    #[test]
    fn anchors_derived_from_headings_are_not_stored() {
        assert_eq!(stored_anchor("restart-the-hub", "Restart the hub!"), "=");
        assert_eq!(stored_anchor("id3", "Restart the hub"), "id3");
        assert_eq!(stored_anchor("", ""), "");
    }

    #[test]
    fn vocab_entries_front_code_and_stem() {
        let t = |text: &str, stem: &str| Term {
            text: text.into(),
            stem: stem.into(),
            df: 40,
            postings: vec![],
        };
        let mut out = String::new();
        vocab_entry("restart", &t("restarting", "restart"), &mut out);
        assert_eq!(out, "7ing 3 14");
        out.clear();
        vocab_entry("", &t("happy", "happi"), &mut out);
        assert_eq!(out, "0happy 1i 14");
    }

    /// A made-up index: `n` sections, term `wNNN` in every `NNN`th section.
    fn synthetic(n: u32) -> Index {
        use super::super::index::{PageEntry, SectionEntry};
        let mut index = Index::default();
        index.pages.push(PageEntry {
            url: "p.html".into(),
            title: "P".into(),
            breadcrumbs: vec![],
            owner: String::new(),
            tags: vec![],
            excerpt: String::new(),
        });
        for i in 0..n {
            index.sections.push(SectionEntry {
                page: 0,
                anchor: format!("s{i}"),
                heading: format!("Section {i}"),
                excerpt: "Restart the hub when builds stop.".into(),
            });
        }
        for every in 1..400u32 {
            let postings: Vec<(u32, u8)> = (0..n).step_by(every as usize).map(|d| (d, 9)).collect();
            index.terms.push(Term {
                text: format!("w{every:03}"),
                stem: format!("w{every:03}"),
                df: postings.len() as u32,
                postings,
            });
        }
        index
    }

    #[test]
    fn shards_stay_near_their_target_size() {
        let target = 8 * 1024;
        let written = files(&synthetic(5000), target);
        let kinds = |k: &str| written.iter().filter(|f| f.path.starts_with(k)).count();
        assert!(kinds("search/p-") > 5 && kinds("search/d-") > 5 && kinds("search/v-") >= 1);
        for f in &written {
            let single_term = f.path.starts_with("search/p-")
                && f.bytes.iter().filter(|&&b| b == b':').count() == 1;
            assert!(
                f.bytes.len() < 2 * target || single_term,
                "{} is {} bytes",
                f.path,
                f.bytes.len()
            );
            let name = f.path.trim_start_matches("search/").trim_end_matches(".js");
            let head = format!("sopbookSearch(\"{name}\",");
            assert!(f.bytes.starts_with(head.as_bytes()), "{}", f.path);
        }
        // Content-hashed: the same index gives the same names.
        let again = files(&synthetic(5000), target);
        assert_eq!(
            written.iter().map(|f| &f.path).collect::<Vec<_>>(),
            again.iter().map(|f| &f.path).collect::<Vec<_>>()
        );
    }

    #[test]
    fn runs_cut_at_target() {
        let items = [10, 10, 10, 10, 10];
        let r = runs(&items, 20, |&x| x);
        assert_eq!(r.len(), 3);
        assert_eq!(r[2], [10]);
    }
}
