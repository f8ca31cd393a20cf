//! Pages to an in-memory inverted index: sections with their display data,
//! and for each term the sections it occurs in with a BM25F impact (the
//! field-boosted, length-normalised, saturated term frequency, 1..=16).

use super::page::{self, PageTerms, SectionInfo};
use super::stem::stem;
use super::vocab::VocabBuilder;
use super::{SearchConfig, SearchPage};
use rayon::prelude::*;
use std::borrow::Borrow;

/// BM25 term-frequency saturation.
const K1: f32 = 1.2;
/// BM25 length normalisation.
const B: f32 = 0.75;
/// Fields: page title, headings, metadata, body.
pub const FIELDS: usize = 4;

/// A page, as shown in results.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageEntry {
    pub url: String,
    pub title: String,
    pub breadcrumbs: Vec<String>,
    pub owner: String,
    pub tags: Vec<String>,
    /// The purpose, description or opening text, for snippets.
    pub excerpt: String,
}

/// A section, as shown in results.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SectionEntry {
    pub page: u32,
    pub anchor: String,
    /// The section's own heading (empty for the top of the page).
    pub heading: String,
    pub excerpt: String,
}

/// One indexed term.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub text: String,
    pub stem: String,
    /// Sections the term occurs in (before `max-postings` cut them).
    pub df: u32,
    /// (section, impact), by section.
    pub postings: Vec<(u32, u8)>,
}

/// The whole index, terms sorted as JavaScript sorts strings.
#[derive(Debug, Default)]
pub struct Index {
    pub pages: Vec<PageEntry>,
    pub sections: Vec<SectionEntry>,
    pub terms: Vec<Term>,
    /// Bytes of text indexed (titles, headings, metadata, bodies).
    pub text_bytes: usize,
}

/// Builds the index of `pages` on the calling thread: one count over the
/// whole book, its terms numbered book-wide as they are first met (the
/// pages need no vocabularies of their own to merge).
pub fn build(pages: &[SearchPage<'_>], config: &SearchConfig) -> Index {
    let mut counter = page::Counter::default();
    let mut merger = Merger::default();
    for (n, p) in pages.iter().enumerate() {
        let first = merger.index.sections.len() as u32;
        let (entry, sections) = page::count_page(&mut counter, n as u32, p, config, first);
        merger.push_page(entry, sections);
    }
    (merger.ids, merger.found) = counter.into_book();
    merger.finish(config)
}

/// Merges extracted pages, in book order, into one index.
pub fn merge<P: Borrow<PageTerms> + Sync>(pages: &[P], config: &SearchConfig) -> Index {
    let mut merger = Merger::default();
    for p in pages {
        merger.add(p.borrow());
    }
    merger.finish(config)
}

/// An index being merged from pages, in book order.
#[derive(Default)]
struct Merger {
    index: Index,
    ids: VocabBuilder,
    lens: Vec<[u32; FIELDS]>,
    /// (book term, section, counts per field), in section order.
    found: Vec<(u32, u32, [u8; FIELDS])>,
}

impl Merger {
    /// Adds what a page and its sections show; returns the number of the
    /// page's first section.
    fn push_page(
        &mut self,
        entry: PageEntry,
        sections: impl IntoIterator<Item = SectionInfo>,
    ) -> u32 {
        let n = self.index.pages.len() as u32;
        let first = self.index.sections.len() as u32;
        self.index.pages.push(entry);
        for s in sections {
            self.index
                .sections
                .push(SectionEntry { page: n, ..s.entry });
            self.index.text_bytes += s.text_bytes;
            self.lens.push(s.lens);
        }
        first
    }

    /// Adds an extracted page, its terms numbered book-wide.
    fn add(&mut self, page: &PageTerms) {
        let first = self.push_page(page.entry.clone(), page.sections.iter().cloned());
        for (t, term) in page.vocab.iter().enumerate() {
            let (id, _) = self.ids.id(term);
            let found = page
                .postings_of(t)
                .iter()
                .map(|&(s, tf)| (id, first + s, tf));
            self.found.extend(found);
        }
    }

    /// The index, its terms scored.
    fn finish(mut self, config: &SearchConfig) -> Index {
        let postings = Postings::gather(&self.found, self.ids.len());
        drop(std::mem::take(&mut self.found));
        self.index.terms = scored_terms(self.ids, &postings, &self.lens, config);
        self.index
    }
}

/// The postings of every term of the book in one array, by term, then by
/// section.
struct Postings {
    /// Where each term's postings start (one more than there are terms).
    starts: Vec<usize>,
    all: Vec<(u32, [u8; FIELDS])>,
}

impl Postings {
    /// Postings grouped by term (`terms` of them) from (term, section,
    /// counts) in section order, which each term's postings keep.
    fn gather(found: &[(u32, u32, [u8; FIELDS])], terms: usize) -> Self {
        let mut counts = vec![0usize; terms];
        for &(id, _, _) in found {
            counts[id as usize] += 1;
        }
        let mut starts = Vec::with_capacity(terms + 1);
        let mut total = 0;
        starts.push(0);
        for c in counts {
            total += c;
            starts.push(total);
        }
        let mut next = starts.clone();
        let mut all = vec![(0, [0; FIELDS]); total];
        for &(id, section, tf) in found {
            all[next[id as usize]] = (section, tf);
            next[id as usize] += 1;
        }
        Postings { starts, all }
    }

    fn of(&self, id: u32) -> &[(u32, [u8; FIELDS])] {
        &self.all[self.starts[id as usize]..self.starts[id as usize + 1]]
    }
}

/// The terms sorted as JavaScript sorts strings, with their postings
/// scored and cut to `max-postings`.
fn scored_terms(
    ids: VocabBuilder,
    raw: &Postings,
    lens: &[[u32; FIELDS]],
    config: &SearchConfig,
) -> Vec<Term> {
    let avg = average_lens(lens);
    let norms: Vec<[f32; FIELDS]> = lens.iter().map(|l| length_norms(l, &avg)).collect();
    let boosts = boosts(config);
    let vocab = ids.finish();
    let mut terms: Vec<(&str, u32)> = vocab.iter().zip(0..).collect();
    // JavaScript compares UTF-16 units; that is byte order unless a term
    // holds a character from U+E000 up.
    if terms
        .iter()
        .all(|(t, _)| !t.chars().any(|c| c >= '\u{e000}'))
    {
        // Most comparisons are settled by the first 8 bytes, as one number.
        let mut keyed: Vec<(u64, &str, u32)> = terms
            .iter()
            .map(|&(t, id)| (prefix_key(t), t, id))
            .collect();
        keyed.par_sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)));
        terms = keyed.into_iter().map(|(_, t, id)| (t, id)).collect();
    } else {
        terms.sort_unstable_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
    }
    terms
        .into_par_iter()
        .map(|(text, id)| {
            let postings = raw.of(id);
            let mut scored: Vec<(u32, u8)> = postings
                .iter()
                .map(|&(doc, tf)| (doc, normed_impact(tf, &norms[doc as usize], &boosts)))
                .collect();
            keep_best(&mut scored, config.max_postings);
            Term {
                stem: stem(text),
                text: text.to_string(),
                df: postings.len() as u32,
                postings: scored,
            }
        })
        .collect()
}

/// The first 8 bytes of a term as a number that sorts as they do (shorter
/// terms padded with zeros, which sort first as the shorter term does).
fn prefix_key(term: &str) -> u64 {
    let b = term.as_bytes();
    let head = &b[..b.len().min(8)];
    head.iter()
        .fold(0u64, |k, &c| k << 8 | u64::from(c))
        .wrapping_shl(8 * (8 - head.len() as u32))
}

/// Cuts postings (in section order, impacts 1..=16) to the `max` with
/// the highest impacts, the earlier sections first among equals, still in
/// section order: by counting impacts, not sorting.
fn keep_best(postings: &mut Vec<(u32, u8)>, max: usize) {
    if postings.len() <= max {
        return;
    }
    let mut by_impact = [0usize; 17];
    for &(_, impact) in postings.iter() {
        by_impact[usize::from(impact.min(16))] += 1;
    }
    // The lowest impact kept, and how many postings of it fit.
    let (mut floor, mut room) = (16, max);
    while by_impact[floor] < room && floor > 0 {
        room -= by_impact[floor];
        floor -= 1;
    }
    postings.retain(|&(_, impact)| {
        let impact = usize::from(impact.min(16));
        if impact == floor && room > 0 {
            room -= 1;
            return true;
        }
        impact > floor
    });
}

/// Average length of each field, over the sections where it is not empty.
fn average_lens(lens: &[[u32; FIELDS]]) -> [f32; FIELDS] {
    let mut sum = [0f32; FIELDS];
    let mut count = [0f32; FIELDS];
    for l in lens {
        for f in 0..FIELDS {
            if l[f] > 0 {
                sum[f] += l[f] as f32;
                count[f] += 1.0;
            }
        }
    }
    std::array::from_fn(|f| (sum[f] / count[f].max(1.0)).max(1.0))
}

/// The BM25F impact of a term in a section, scaled to 1..=16. The page
/// title and metadata belong to the page's first section; the client lends
/// their matches to the page's other sections.
#[cfg(test)]
fn impact(tf: [u8; FIELDS], lens: &[u32; FIELDS], avg: &[f32; FIELDS], c: &SearchConfig) -> u8 {
    normed_impact(tf, &length_norms(lens, avg), &boosts(c))
}

/// The field boosts, in field order.
fn boosts(c: &SearchConfig) -> [f32; FIELDS] {
    [c.boost_title, c.boost_heading, c.boost_meta, c.boost_body]
}

/// The BM25 length normalisation of each field of a section, computed once
/// per section rather than once per term in it.
fn length_norms(lens: &[u32; FIELDS], avg: &[f32; FIELDS]) -> [f32; FIELDS] {
    std::array::from_fn(|f| 1.0 - B + B * lens[f] as f32 / avg[f])
}

/// [`impact`] with the section's length norms.
fn normed_impact(tf: [u8; FIELDS], norms: &[f32; FIELDS], boosts: &[f32; FIELDS]) -> u8 {
    let mut weighted = 0.0;
    for f in 0..FIELDS {
        if tf[f] > 0 {
            weighted += boosts[f] * tf[f] as f32 / norms[f];
        }
    }
    let saturated = weighted / (K1 + weighted);
    // Rounded up without `ceil`, a library call on x86-64 without SSE4.1.
    let scaled = saturated * 16.0;
    let whole = scaled as u8;
    (whole + u8::from(f32::from(whole) < scaled)).clamp(1, 16)
}

/// Text with white space collapsed, cut at a word boundary near `max`
/// characters.
pub fn excerpt(text: &str, max: usize) -> String {
    let mut out = String::new();
    if max == 0 {
        return out;
    }
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() > max {
            if out.is_empty() {
                out.extend(word.chars().take(max));
            }
            out.push('…');
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> SearchConfig {
        SearchConfig::default()
    }

    #[test]
    fn title_beats_heading_beats_meta_beats_body() {
        let lens = [2, 2, 5, 50];
        let avg = [2.0, 2.0, 5.0, 50.0];
        let c = cfg();
        let t = impact([1, 0, 0, 0], &lens, &avg, &c);
        let h = impact([0, 1, 0, 0], &lens, &avg, &c);
        let m = impact([0, 0, 1, 0], &lens, &avg, &c);
        let b = impact([0, 0, 0, 1], &lens, &avg, &c);
        assert!(t > h && h > m && m > b, "{t} {h} {m} {b}");
    }

    #[test]
    fn shorter_fields_and_more_occurrences_score_higher() {
        let c = cfg();
        let avg = [2.0, 2.0, 5.0, 50.0];
        let short = impact([0, 0, 0, 1], &[2, 2, 5, 10], &avg, &c);
        let long = impact([0, 0, 0, 1], &[2, 2, 5, 400], &avg, &c);
        let many = impact([0, 0, 0, 4], &[2, 2, 5, 400], &avg, &c);
        assert!(short > long && many > long, "{short} {long} {many}");
    }

    #[test]
    fn prefix_keys_sort_as_terms_do() {
        let mut terms = [
            "kojira",
            "koji",
            "koji01",
            "a",
            "",
            "kojihub.stg",
            "kojihub",
            "z9",
            "é",
        ];
        let mut by_key = terms;
        terms.sort();
        by_key.sort_by(|a, b| prefix_key(a).cmp(&prefix_key(b)).then_with(|| a.cmp(b)));
        assert_eq!(terms, by_key);
        assert_eq!(prefix_key(""), 0);
    }

    #[test]
    fn best_postings_kept_in_section_order() {
        let all: Vec<(u32, u8)> = (0..200u32).map(|d| (d, (d * 7 % 16 + 1) as u8)).collect();
        for max in [0, 1, 5, 13, 50, 199, 200, 300] {
            let mut sorted = all.clone();
            sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            sorted.truncate(max);
            sorted.sort_by_key(|p| p.0);
            let mut kept = all.clone();
            keep_best(&mut kept, max);
            assert_eq!(kept, sorted, "max {max}");
        }
    }

    #[test]
    fn impacts_round_up_into_1_to_16() {
        let c = cfg();
        let norms = [1.0; FIELDS];
        let b = boosts(&c);
        for tf in 0..=255u8 {
            for f in 0..FIELDS {
                let mut t = [0; FIELDS];
                t[f] = tf;
                let mut weighted = 0.0;
                if tf > 0 {
                    weighted = b[f] * f32::from(tf);
                }
                let want = (weighted / (K1 + weighted) * 16.0).ceil().clamp(1.0, 16.0) as u8;
                assert_eq!(normed_impact(t, &norms, &b), want);
            }
        }
    }

    #[test]
    fn excerpts_cut_at_words() {
        assert_eq!(excerpt("  restart   the hub now ", 12), "restart the…");
        assert_eq!(excerpt("short", 12), "short");
        assert_eq!(excerpt("none wanted", 0), "");
    }
}
