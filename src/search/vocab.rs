//! Distinct terms, numbered in order of first sight: strings in, dense ids
//! out. The terms share one buffer and an open-addressing table, so that
//! counting the words of a book allocates once per page, not once per term.

use super::index::TermHasher;
use std::hash::Hasher;

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
        let start = if id == 0 { 0 } else { self.ends[id - 1] };
        &self.text[start as usize..self.ends[id] as usize]
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
    /// Open addressing: 0 is empty, else the id plus one.
    table: Vec<u32>,
    hashes: Vec<u64>,
}

fn hash(term: &str) -> u64 {
    let mut h = TermHasher::default();
    h.write(term.as_bytes());
    h.finish()
}

/// The slot of a hash in a table of `size` (a power of two): its top bits,
/// the best mixed by the hasher's multiplication.
fn slot(h: u64, size: usize) -> usize {
    (h >> (64 - size.trailing_zeros())) as usize
}

impl VocabBuilder {
    /// The id of `term`, added when new; true when it was new.
    pub fn id(&mut self, term: &str) -> (u32, bool) {
        if (self.vocab.len() + 1) * 2 > self.table.len() {
            self.grow();
        }
        let h = hash(term);
        let mask = self.table.len() - 1;
        let mut i = slot(h, self.table.len());
        loop {
            match self.table[i] {
                0 => break,
                v if self.hashes[v as usize - 1] == h && self.vocab.get(v as usize - 1) == term => {
                    return (v - 1, false);
                }
                _ => i = (i + 1) & mask,
            }
        }
        let id = self.vocab.len() as u32;
        self.table[i] = id + 1;
        self.hashes.push(h);
        self.vocab.text.push_str(term);
        self.vocab.ends.push(self.vocab.text.len() as u32);
        (id, true)
    }

    fn grow(&mut self) {
        let size = (self.table.len() * 2).max(64);
        let mut table = vec![0u32; size];
        let mask = size - 1;
        for (id, &h) in self.hashes.iter().enumerate() {
            let mut i = slot(h, size);
            while table[i] != 0 {
                i = (i + 1) & mask;
            }
            table[i] = id as u32 + 1;
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
