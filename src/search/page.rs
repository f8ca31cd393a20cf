//! One page to its share of the index ([`PageTerms`]): its display entry,
//! its sections, the page's own vocabulary and, for each of its terms, the
//! sections it occurs in with the count per field. Pages are extracted
//! independently (in parallel by `sopbook build`, one at a time by
//! `sopbook serve` as they are edited) and merged by `index::merge`.

use super::extract::{self, Section};
use super::index::{FIELDS, PageEntry, SectionEntry, excerpt};
use super::token::each_term;
use super::vocab::{Vocab, VocabBuilder};
use super::{SearchConfig, SearchPage};

/// A section of a page with its field lengths (in terms).
#[derive(Debug, Clone, PartialEq)]
pub struct SectionInfo {
    pub entry: SectionEntry,
    pub lens: [u32; FIELDS],
    pub text_bytes: usize,
}

/// A page's share of the index, ready to merge.
#[derive(Debug, Clone, PartialEq)]
pub struct PageTerms {
    pub entry: PageEntry,
    pub sections: Vec<SectionInfo>,
    /// The page's distinct terms, in order of first occurrence.
    pub vocab: Vocab,
    /// Where each term's postings start in `postings` (one more entry
    /// than `vocab`, the last the end).
    pub starts: Vec<u32>,
    /// (section of this page, count per field), by term, then section.
    pub postings: Vec<(u32, [u8; FIELDS])>,
}

impl PageTerms {
    /// The postings of the page's term `t` (an index into `vocab`).
    pub fn postings_of(&self, t: usize) -> &[(u32, [u8; FIELDS])] {
        &self.postings[self.starts[t] as usize..self.starts[t + 1] as usize]
    }

    /// Updates where the page is and what leads to it, which are shown
    /// but not searched.
    pub fn set_place(&mut self, url: &str, breadcrumbs: &[String]) {
        if self.entry.url != url {
            self.entry.url = url.to_string();
        }
        if self.entry.breadcrumbs != breadcrumbs {
            self.entry.breadcrumbs = breadcrumbs.to_vec();
        }
    }
}

/// Term counting: the vocabulary so far, and the counts of the section
/// being read; one page's for [`extract`], a whole book's for
/// [`count_page`] called page after page.
pub struct Counter {
    ids: VocabBuilder,
    counts: Vec<[u8; FIELDS]>,
    touched: Vec<u32>,
    /// (term, section, counts) of the finished sections.
    found: Vec<(u32, u32, [u8; FIELDS])>,
    /// Folded text.
    buf: String,
}

impl Default for Counter {
    fn default() -> Self {
        Counter {
            ids: VocabBuilder::with_capacity(256),
            counts: Vec::new(),
            touched: Vec::new(),
            found: Vec::new(),
            buf: String::new(),
        }
    }
}

impl Counter {
    /// Counts the terms of `text` in `field`; returns how many there were.
    fn count(&mut self, field: usize, text: &str) -> u32 {
        let mut n = 0;
        let Counter {
            ids,
            counts,
            touched,
            buf,
            ..
        } = self;
        each_term(buf, text, &mut |t| {
            n += 1;
            let (id, new) = ids.id(t);
            if new {
                counts.push([0; FIELDS]);
            }
            let c = &mut counts[id as usize];
            if *c == [0; FIELDS] {
                touched.push(id);
            }
            c[field] = c[field].saturating_add(1);
        });
        n
    }

    /// Closes the section being counted.
    fn end_section(&mut self, section: u32) {
        for &id in &self.touched {
            let c = std::mem::take(&mut self.counts[id as usize]);
            self.found.push((id, section, c));
        }
        self.touched.clear();
    }

    /// The terms counted, and (term, section, counts per field) in section
    /// order: a book counted page after page with [`count_page`].
    pub fn into_book(self) -> (VocabBuilder, Vec<(u32, u32, [u8; FIELDS])>) {
        (self.ids, self.found)
    }

    /// The page, with postings grouped by term (sections in order within
    /// each term).
    fn finish(self, entry: PageEntry, sections: Vec<SectionInfo>) -> PageTerms {
        let vocab = self.ids.finish();
        let mut starts = vec![0u32; vocab.len() + 1];
        for &(id, _, _) in &self.found {
            starts[id as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut next = starts.clone();
        let mut postings = vec![(0, [0; FIELDS]); self.found.len()];
        for (id, section, c) in self.found {
            let at = &mut next[id as usize];
            postings[*at as usize] = (section, c);
            *at += 1;
        }
        PageTerms {
            entry,
            sections,
            vocab,
            starts,
            postings,
        }
    }
}

/// Extracts one page (numbered `page` in the book).
pub fn extract(page: u32, p: &SearchPage<'_>, config: &SearchConfig) -> PageTerms {
    let mut counter = Counter::default();
    let (entry, infos) = count_page(&mut counter, page, p, config, 0);
    counter.finish(entry, infos)
}

/// Counts the terms of a page into `counter`, its sections numbered from
/// `first`; returns what the page and its sections show. A counter that
/// is never finished counts a whole book, its terms numbered book-wide.
pub fn count_page(
    counter: &mut Counter,
    page: u32,
    p: &SearchPage<'_>,
    config: &SearchConfig,
    first: u32,
) -> (PageEntry, Vec<SectionInfo>) {
    let mut infos = Vec::new();
    let mut entry = None;
    extract::each_section(p.doc, &mut |s| {
        let i = infos.len();
        let mut lens = [0u32; FIELDS];
        if i == 0 {
            entry = Some(page_entry(p, &s.body, config));
            lens[0] = counter.count(0, p.title);
            lens[2] = counter.count(2, &s.meta);
        }
        infos.push(section_info(page, p, i, s, counter, &mut lens, config));
        counter.end_section(first + i as u32);
    });
    (entry.expect("a first section"), infos)
}

fn section_info(
    page: u32,
    p: &SearchPage<'_>,
    index: usize,
    s: &Section,
    counter: &mut Counter,
    lens: &mut [u32; FIELDS],
    config: &SearchConfig,
) -> SectionInfo {
    lens[1] = counter.count(1, &s.heading_text);
    lens[3] = counter.count(3, &s.body);
    SectionInfo {
        lens: *lens,
        text_bytes: p.title.len() + s.heading_text.len() + s.meta.len() + s.body.len(),
        entry: SectionEntry {
            page,
            excerpt: match index {
                0 => String::new(),
                _ => excerpt(&s.body, config.section_excerpt_length),
            },
            heading: s.headings.last().cloned().unwrap_or_default(),
            anchor: s.anchor.clone(),
        },
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Block, BlockKind, Document, Inline};

    #[test]
    fn postings_are_grouped_by_term_with_counts_per_field() {
        let para = |t: &str| Block::new(1, BlockKind::Paragraph(vec![Inline::Text(t.into())]));
        let doc = Document {
            blocks: vec![
                para("kiln hub kiln"),
                Block::new(
                    2,
                    BlockKind::Heading {
                        level: 2,
                        ids: vec!["restart".into()],
                        content: vec![Inline::Text("Restart".into())],
                    },
                ),
                para("restart the kiln"),
            ],
            ..Document::default()
        };
        let page = SearchPage {
            url: "kiln.html",
            title: "Kiln",
            breadcrumbs: vec![],
            doc: &doc,
        };
        let t = extract(7, &page, &SearchConfig::default());
        assert_eq!(
            t.vocab.iter().collect::<Vec<_>>(),
            ["kiln", "hub", "restart"]
        );
        assert_eq!(t.postings_of(0), [(0, [1, 0, 0, 2]), (1, [0, 0, 0, 1])]);
        assert_eq!(t.postings_of(2), [(1, [0, 1, 0, 1])]);
        assert_eq!(t.sections[0].lens, [1, 0, 0, 3]);
        assert_eq!(t.sections[1].lens, [0, 1, 0, 2]);
        assert_eq!(t.sections[1].entry.page, 7);
    }
}
