//! The `[search]` table of `book.toml`: whether to write the index, field
//! boosts and size limits.

use serde::Deserialize;

/// Search settings, all optional.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct SearchConfig {
    /// Write the search index and show the search box.
    pub enable: bool,
    /// Weight of a match in the page title.
    pub boost_title: f32,
    /// Weight of a match in the section's headings.
    pub boost_heading: f32,
    /// Weight of a match in the SOP metadata (owner, servers, purpose, ...).
    pub boost_meta: f32,
    /// Weight of a match in the body text.
    pub boost_body: f32,
    /// Characters kept of each page's purpose (or opening text) for result
    /// snippets.
    pub excerpt_length: usize,
    /// Characters kept of each section's text for its own snippet; 0 (the
    /// default) shows the page's snippet instead and keeps the index under
    /// 40% of the text's size.
    pub section_excerpt_length: usize,
    /// Most sections kept per term (the best scoring ones): bounds the
    /// bytes a query for a very common word loads.
    pub max_postings: usize,
    /// Target size in bytes of one shard file.
    pub shard_size: usize,
}

impl Default for SearchConfig {
    fn default() -> Self {
        SearchConfig {
            enable: true,
            boost_title: 8.0,
            boost_heading: 5.0,
            boost_meta: 3.0,
            boost_body: 1.0,
            excerpt_length: 120,
            section_excerpt_length: 0,
            max_postings: 3000,
            shard_size: 24 * 1024,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_kebab_case_and_rejects_unknown_keys() {
        let c: SearchConfig = toml::from_str("boost-title = 12.0\nenable = false").unwrap();
        assert_eq!(c.boost_title, 12.0);
        assert!(!c.enable);
        assert_eq!(c.max_postings, SearchConfig::default().max_postings);
        assert!(toml::from_str::<SearchConfig>("boost = 1").is_err());
    }
}
