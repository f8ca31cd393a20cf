//! Distinct terms, numbered in order of first sight: strings in, dense ids
//! out. The terms share one buffer and an open-addressing table, so that
//! counting the words of a book allocates once per page, not once per term.

use super::token::word_key;

/// Terms by id, in one buffer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vocab {
    text: String,
    /// End of each term in `text`.
    ends: Vec<u32>,
}

impl Vocab {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The term numbered `id`.
    pub fn get(&self, id: usize) -> &str {
        &self.text[self.range(id)]
    }

    /// The bytes of the term numbered `id`.
    fn bytes(&self, id: u32) -> &[u8] {
        &self.text.as_bytes()[self.range(id as usize)]
    }

    /// Where the term numbered `id` lies in `text`.
    fn range(&self, id: usize) -> std::ops::Range<usize> {
        let start = if id == 0 { 0 } else { self.ends[id - 1] };
        start as usize..self.ends[id] as usize
    }

    /// The terms, by id.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| self.get(i))
    }
}

/// A [`Vocab`] being built, with its lookup table.
#[derive(Debug, Default)]
pub struct VocabBuilder {
    vocab: Vocab,
    /// Open addressing: 0 is empty, else the top 32 bits of the term's hash
    /// above its id plus one, so that a probe compares strings only when
    /// their hashes agree.
    table: Vec<u64>,
}

/// The top 32 bits of a term's hash: FxHash's multiply-rotate over words
/// of 8 bytes (the default SipHash is built to resist attacks, not to
/// intern millions of words from the book's own text).
fn tag(term: &str) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h = 0u64;
    let mut words = term.as_bytes().chunks_exact(8);
    for w in &mut words {
        let w = u64::from_le_bytes(w.try_into().expect("8 bytes"));
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let rest = words.remainder();
    if !rest.is_empty() {
        h = (h.rotate_left(5) ^ word_key(rest)).wrapping_mul(K);
    }
    h >> 32
}

/// The slot of a tag in a table of `size` (a power of two): its top bits,
/// the best mixed by the hasher's multiplication.
fn slot(tag: u64, size: usize) -> usize {
    (tag >> (32 - size.trailing_zeros())) as usize
}

/// Whether two short byte strings are equal, compared inline (a call to
/// `memcmp` costs more than most terms).
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

impl VocabBuilder {
    /// A builder with room for about `terms` terms before it grows.
    pub fn with_capacity(terms: usize) -> Self {
        let mut b = VocabBuilder::default();
        b.vocab.ends.reserve(terms);
        b.vocab.text.reserve(terms * 8);
        b.table = vec![0; (terms * 2).next_power_of_two().max(64)];
        b
    }

    /// How many terms there are.
    pub fn len(&self) -> usize {
        self.vocab.len()
    }

    /// The id of `term`, added when new; true when it was new. Inlined
    /// into the counting loop: every word of the book comes through here.
    #[inline]
    pub fn id(&mut self, term: &str) -> (u32, bool) {
        if self.table.is_empty() {
            self.grow();
        }
        let tag = tag(term);
        let mask = self.table.len() - 1;
        let mut i = slot(tag, self.table.len());
        loop {
            match self.table[i] {
                0 => return (self.insert(term, tag, i), true),
                e if e >> 32 == tag && same(self.vocab.bytes(e as u32 - 1), term.as_bytes()) => {
                    return (e as u32 - 1, false);
                }
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// Adds a new term in the free slot `at`; keeps the table at most
    /// half full.
    #[inline(never)]
    fn insert(&mut self, term: &str, tag: u64, at: usize) -> u32 {
        let id = self.vocab.len() as u32;
        self.table[at] = tag << 32 | u64::from(id + 1);
        self.vocab.text.push_str(term);
        self.vocab.ends.push(self.vocab.text.len() as u32);
        if (self.vocab.len() + 1) * 2 > self.table.len() {
            self.grow();
        }
        id
    }

    fn grow(&mut self) {
        let size = (self.table.len() * 2).max(64);
        let mut table = vec![0u64; size];
        let mask = size - 1;
        for &e in self.table.iter().filter(|&&e| e != 0) {
            let mut i = slot(e >> 32, size);
            while table[i] != 0 {
                i = (i + 1) & mask;
            }
            table[i] = e;
        }
        self.table = table;
    }

    /// The terms, without the table.
    pub fn finish(self) -> Vocab {
        self.vocab
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_dense_and_stable() {
        let mut b = VocabBuilder::default();
        let words: Vec<String> = (0..500).map(|i| format!("w{i}")).collect();
        for w in &words {
            assert!(b.id(w).1);
        }
        for (i, w) in words.iter().enumerate().rev() {
            assert_eq!(b.id(w), (i as u32, false));
        }
        assert_eq!(b.id(""), (500, true));
        let v = b.finish();
        assert_eq!(v.get(0), "w0");
        assert_eq!(v.get(499), "w499");
        assert_eq!(v.get(500), "");
        assert_eq!(v.iter().count(), 501);
    }
}
