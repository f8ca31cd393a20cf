//! Pages to an in-memory inverted index: sections with their display data,
//! and for each term the sections it occurs in with a BM25F impact (the
//! field-boosted, length-normalised, saturated term frequency, 1..=16).

use super::extract::{self, Section};
use super::stem::stem;
use super::token::terms;
use super::{SearchConfig, SearchPage};
use rayon::prelude::*;
use std::collections::HashMap;

/// BM25 term-frequency saturation.
const K1: f32 = 1.2;
/// BM25 length normalisation.
const B: f32 = 0.75;
/// Fields: page title, headings, metadata, body.
const FIELDS: usize = 4;

/// A page, as shown in results.
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
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

/// A section's terms with their frequency per field, and field lengths.
struct SectionTerms {
    entry: SectionEntry,
    lens: [u32; FIELDS],
    tfs: Vec<(String, [u8; FIELDS])>,
    text_bytes: usize,
}

/// Builds the index of `pages`.
pub fn build(pages: &[SearchPage<'_>], config: &SearchConfig) -> Index {
    let per_page: Vec<(PageEntry, Vec<SectionTerms>)> = pages
        .par_iter()
        .enumerate()
        .map(|(i, p)| page_terms(i as u32, p, config))
        .collect();
    let (entries, per_page): (Vec<_>, Vec<_>) = per_page.into_iter().unzip();
    let mut index = Index {
        pages: entries,
        ..Index::default()
    };
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut raw: Vec<Vec<(u32, [u8; FIELDS])>> = Vec::new();
    let mut lens: Vec<[u32; FIELDS]> = Vec::new();
    for section in per_page.into_iter().flatten() {
        let doc = index.sections.len() as u32;
        index.sections.push(section.entry);
        index.text_bytes += section.text_bytes;
        lens.push(section.lens);
        for (term, tf) in section.tfs {
            let next = raw.len() as u32;
            let id = *ids.entry(term).or_insert(next);
            if id == next {
                raw.push(Vec::new());
            }
            raw[id as usize].push((doc, tf));
        }
    }
    let avg = average_lens(&lens);
    let mut terms: Vec<(String, u32)> = ids.into_iter().collect();
    terms.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
    index.terms = terms
        .into_par_iter()
        .map(|(text, id)| {
            let postings = &raw[id as usize];
            let mut scored: Vec<(u32, u8)> = postings
                .iter()
                .map(|&(doc, tf)| (doc, impact(tf, &lens[doc as usize], &avg, config)))
                .collect();
            if scored.len() > config.max_postings {
                scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                scored.truncate(config.max_postings);
                scored.sort_by_key(|p| p.0);
            }
            Term {
                stem: stem(&text),
                text,
                df: postings.len() as u32,
                postings: scored,
            }
        })
        .collect();
    index
}

fn page_entry(p: &SearchPage<'_>, opening: &str, config: &SearchConfig) -> PageEntry {
    let meta = &p.doc.meta;
    let text = meta.purpose.as_deref().or(meta.description.as_deref());
    PageEntry {
        excerpt: excerpt(text.unwrap_or(opening), config.excerpt_length),
        url: p.url.to_string(),
        title: p.title.to_string(),
        breadcrumbs: p.breadcrumbs.clone(),
        owner: p.doc.meta.owner.clone().unwrap_or_default(),
        tags: p.doc.meta.tags.clone(),
    }
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
fn impact(tf: [u8; FIELDS], lens: &[u32; FIELDS], avg: &[f32; FIELDS], c: &SearchConfig) -> u8 {
    let boosts = [c.boost_title, c.boost_heading, c.boost_meta, c.boost_body];
    let mut weighted = 0.0;
    for f in 0..FIELDS {
        if tf[f] > 0 {
            let norm = 1.0 - B + B * lens[f] as f32 / avg[f];
            weighted += boosts[f] * tf[f] as f32 / norm;
        }
    }
    let saturated = weighted / (K1 + weighted);
    (saturated * 16.0).ceil().clamp(1.0, 16.0) as u8
}

fn page_terms(
    page: u32,
    p: &SearchPage<'_>,
    config: &SearchConfig,
) -> (PageEntry, Vec<SectionTerms>) {
    let mut title_terms = Vec::new();
    terms(p.title, &mut title_terms);
    let mut meta_terms = Vec::new();
    terms(&extract::meta_text(&p.doc.meta), &mut meta_terms);
    let sections = extract::sections(p.doc);
    let entry = page_entry(p, &sections[0].body, config);
    let terms = sections
        .into_iter()
        .enumerate()
        .map(|(i, s)| section_terms(page, &title_terms, &meta_terms, p, i, s, config))
        .collect();
    (entry, terms)
}

#[allow(clippy::too_many_arguments)]
fn section_terms(
    page: u32,
    title_terms: &[String],
    meta_terms: &[String],
    p: &SearchPage<'_>,
    index: usize,
    s: Section,
    config: &SearchConfig,
) -> SectionTerms {
    let mut tfs: HashMap<String, [u8; FIELDS]> = HashMap::new();
    let mut lens = [0u32; FIELDS];
    let heading_text = s.headings.join(" ");
    let mut count = |field: usize, list: Vec<String>| {
        lens[field] = list.len() as u32;
        for t in list {
            let e = tfs.entry(t).or_default();
            e[field] = e[field].saturating_add(1);
        }
    };
    if index == 0 {
        count(0, title_terms.to_vec());
        count(2, meta_terms.to_vec());
    }
    for (field, text) in [(1, &heading_text), (3, &s.body)] {
        let mut list = Vec::new();
        terms(text, &mut list);
        count(field, list);
    }
    SectionTerms {
        entry: SectionEntry {
            page,
            anchor: s.anchor,
            heading: s.headings.last().cloned().unwrap_or_default(),
            excerpt: match index {
                0 => String::new(),
                _ => excerpt(&s.body, config.section_excerpt_length),
            },
        },
        lens,
        tfs: tfs.into_iter().collect(),
        text_bytes: p.title.len() + heading_text.len() + s.meta.len() + s.body.len(),
    }
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
    fn excerpts_cut_at_words() {
        assert_eq!(excerpt("  restart   the hub now ", 12), "restart the…");
        assert_eq!(excerpt("short", 12), "short");
        assert_eq!(excerpt("none wanted", 0), "");
    }
}
