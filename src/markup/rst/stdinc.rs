//! docutils' standard definition files (`.. include:: <isonum.txt>`): a
//! name in, the definitions out. The character entity sets are kept as
//! `name code…` lines (hexadecimal code points) and become `unicode`
//! substitutions; the role sets are RST, read like any included file.

use super::Parser;
use crate::doc::Inline;

/// A standard definition file.
pub(super) enum Standard {
    /// RST text, read in place.
    Rst(&'static str),
    /// Substitution definitions: `name code…` lines.
    Entities(&'static str),
}

/// The standard file `name` (`isonum.txt`), if docutils has one.
pub(super) fn standard(name: &str) -> Option<Standard> {
    match name {
        "s5defs.txt" => return Some(Standard::Rst(include_str!("stdinc/s5defs.rst"))),
        "html-roles.txt" => return Some(Standard::Rst(include_str!("stdinc/html-roles.rst"))),
        _ => {}
    }
    let data = match name {
        "isoamsa.txt" => include_str!("stdinc/isoamsa.txt"),
        "isoamsb.txt" => include_str!("stdinc/isoamsb.txt"),
        "isoamsc.txt" => include_str!("stdinc/isoamsc.txt"),
        "isoamsn.txt" => include_str!("stdinc/isoamsn.txt"),
        "isoamso.txt" => include_str!("stdinc/isoamso.txt"),
        "isoamsr.txt" => include_str!("stdinc/isoamsr.txt"),
        "isobox.txt" => include_str!("stdinc/isobox.txt"),
        "isocyr1.txt" => include_str!("stdinc/isocyr1.txt"),
        "isocyr2.txt" => include_str!("stdinc/isocyr2.txt"),
        "isodia.txt" => include_str!("stdinc/isodia.txt"),
        "isogrk1.txt" => include_str!("stdinc/isogrk1.txt"),
        "isogrk2.txt" => include_str!("stdinc/isogrk2.txt"),
        "isogrk3.txt" => include_str!("stdinc/isogrk3.txt"),
        "isogrk4.txt" => include_str!("stdinc/isogrk4.txt"),
        "isogrk4-wide.txt" => include_str!("stdinc/isogrk4-wide.txt"),
        "isolat1.txt" => include_str!("stdinc/isolat1.txt"),
        "isolat2.txt" => include_str!("stdinc/isolat2.txt"),
        "isomfrk.txt" => include_str!("stdinc/isomfrk.txt"),
        "isomfrk-wide.txt" => include_str!("stdinc/isomfrk-wide.txt"),
        "isomopf.txt" => include_str!("stdinc/isomopf.txt"),
        "isomopf-wide.txt" => include_str!("stdinc/isomopf-wide.txt"),
        "isomscr.txt" => include_str!("stdinc/isomscr.txt"),
        "isomscr-wide.txt" => include_str!("stdinc/isomscr-wide.txt"),
        "isonum.txt" => include_str!("stdinc/isonum.txt"),
        "isopub.txt" => include_str!("stdinc/isopub.txt"),
        "isotech.txt" => include_str!("stdinc/isotech.txt"),
        "mmlalias.txt" => include_str!("stdinc/mmlalias.txt"),
        "mmlextra.txt" => include_str!("stdinc/mmlextra.txt"),
        "mmlextra-wide.txt" => include_str!("stdinc/mmlextra-wide.txt"),
        "xhtml1-lat1.txt" => include_str!("stdinc/xhtml1-lat1.txt"),
        "xhtml1-special.txt" => include_str!("stdinc/xhtml1-special.txt"),
        "xhtml1-symbol.txt" => include_str!("stdinc/xhtml1-symbol.txt"),
        _ => return None,
    };
    Some(Standard::Entities(data))
}

impl Parser<'_> {
    /// Defines the substitutions of an entity set.
    pub(super) fn define_entities(&mut self, data: &str) {
        for line in data.lines() {
            let mut words = line.split_whitespace();
            let Some(name) = words.next() else {
                continue;
            };
            let text: String = words
                .filter_map(|w| u32::from_str_radix(w, 16).ok().and_then(char::from_u32))
                .collect();
            self.substitutions
                .insert(name.to_string(), vec![Inline::Text(text)]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entity_line_has_a_name_and_valid_code_points() {
        for name in ["isonum.txt", "isopub.txt", "mmlalias.txt", "isogrk4.txt"] {
            let Some(Standard::Entities(data)) = standard(name) else {
                panic!("{name} missing");
            };
            for line in data.lines() {
                let words: Vec<&str> = line.split_whitespace().collect();
                assert!(words.len() >= 2, "{name}: {line}");
                for w in &words[1..] {
                    let c = u32::from_str_radix(w, 16).ok().and_then(char::from_u32);
                    assert!(c.is_some(), "{name}: {line}");
                }
            }
        }
        assert!(standard("nothing.txt").is_none());
    }
}
