//! Section levels: the headings found on a page (their style keys) in,
//! the level of each out, nested without gaps; and the heading block and
//! the title shown for a page that has none of its own.

use super::classify::{self, strip_heading_number};
use super::headings::Found;
use super::headtext::{key_of, names};
use super::{contents, faq, inline, lines};
use crate::doc::{Block, BlockKind, slugify};

/// The title shown for a page that has none of its own: the metadata
/// title without a first word that only repeats the section the page is
/// filed under (`Infrastructure Tape Setup SOP` under
/// `Contributors/Infrastructure`), a one-letter typo allowed.
pub(super) fn shown_title(title: &str, taxonomy: Option<&str>) -> String {
    let section = taxonomy
        .and_then(|t| t.rsplit('/').next())
        .unwrap_or("")
        .trim()
        .to_lowercase();
    if let Some((first, rest)) = title.split_once(' ')
        && !section.is_empty()
        && rest.split_whitespace().count() >= 2
        && near(&first.to_lowercase(), &section)
    {
        return rest.trim().to_string();
    }
    title.to_string()
}

/// Whether two words are equal or one letter apart (one dropped, added or
/// changed).
fn near(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let head = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    let skip = if short.len() == long.len() { 1 } else { 0 };
    short.get(head + skip..).unwrap_or(&[]) == long.get(head + 1..).unwrap_or(&[]) || short == long
}

pub(super) fn heading(level: u8, text: &str, line: u32) -> Block {
    Block::new(
        line,
        BlockKind::Heading {
            level,
            ids: vec![slugify(text)],
            content: inline::parse(text, line),
        },
    )
}

/// Section levels for the headings found: the first heading is the title
/// (level 1) when its style is used once and the page has no title of its
/// own (`titled`); other styles get levels 2, 3,
/// ... in order of appearance (bare and MoinMoin styles by their depth),
/// marked-up styles above bare lines.
pub(super) fn levels(found: &[Found], lines: &[lines::Line], from: usize, titled: bool) -> Vec<u8> {
    // MoinMoin's `<<TableOfContents>>` over the first heading is no text
    let first_text =
        (from..lines.len()).find(|&k| !lines[k].blank() && !contents::moin_macro(&lines[k].text));
    // a FAQ's questions, underlined by `faq::questions`, are no sections
    let question = |h: &Found| faq::question(&lines[h.start]);
    let title = !titled && first_titles(found, lines, first_text);
    // questions in the title's style rank as top sections (`faq::nest`
    // then sets them under the part that gathers them)
    let titles = |h: &Found| title && h.key == found[0].key && question(h);
    let doku = dokuwiki_depths(found);
    let family = |k: &str| -> (String, u32) {
        match k.as_bytes().first() {
            Some(b'm') if doku => ("m".into(), 7 - k[1..].parse().unwrap_or(6)),
            Some(b'b' | b'm' | b'n' | b'l') => (k[..1].to_string(), k[1..].parse().unwrap_or(0)),
            _ => (k.to_string(), 0),
        }
    };
    let listing = |i: usize| listing_head(found, i) && !(title && i == 0);
    let unranked = |i: usize, h: &Found| (title && i == 0) || titles(h) || h.key == "p";
    let mut keys: Vec<(bool, usize, u32, String)> = Vec::new();
    for (i, h) in found.iter().enumerate() {
        if unranked(i, h) || listing(i) || keys.iter().any(|k| k.3 == h.key) {
            continue;
        }
        let (fam, n) = family(&h.key);
        let fam_pos = found
            .iter()
            .enumerate()
            .position(|(j, x)| family(&x.key).0 == fam && !listing(j))
            .unwrap_or(i);
        keys.push((bare(&h.key), fam_pos, n, h.key.clone()));
    }
    keys.sort();
    let mut out: Vec<u8> = Vec::with_capacity(found.len());
    for (i, h) in found.iter().enumerate() {
        let level = if title && i == 0 {
            1
        } else if titles(h) {
            2
        } else if h.key == "p" {
            // a part (`Cause:`) is a sibling of the heading before it
            out.last().copied().filter(|&l| l > 1).unwrap_or(2)
        } else {
            let rank = keys.iter().position(|k| k.3 == h.key).unwrap_or(0);
            (2 + rank).min(6) as u8
        };
        out.push(level);
    }
    // the page's `Contents` heading sits beside the section after it
    for i in (0..out.len().saturating_sub(1))
        .rev()
        .filter(|&i| listing(i))
    {
        out[i] = out[i + 1];
    }
    bare_at_top(found, &mut out, usize::from(title));
    out
}

/// Whether the page's first heading is its title: a style of its own
/// (a FAQ's questions aside) on the page's first text, or sections
/// numbered under its mark (`numbered_below`).
fn first_titles(found: &[Found], lines: &[lines::Line], first_text: Option<usize>) -> bool {
    let question = |h: &Found| faq::question(&lines[h.start]);
    found.first().is_some_and(|h| {
        h.key == "title"
            || (Some(h.start) == first_text
                && found
                    .iter()
                    .filter(|x| x.key == h.key && !question(x))
                    .count()
                    == 1)
            || numbered_below(found, lines, first_text)
    })
}

/// Whether heading `i` is the page's `Contents` heading with a section
/// after it: its style (often typed as the sub-sections' are, `Contents`
/// over `----` before `1. Owner` over `====`) sets no level of its own.
fn listing_head(found: &[Found], i: usize) -> bool {
    i + 1 < found.len() && found[i].key != "p" && classify::is_contents_word(&found[i].text)
}

/// A bare-line style that opens the page's sections, before any
/// marked-up heading (`Contact Information` alone on its line, then
/// `Admin tasks` over `-----`), is a level of its own there: its later
/// headings are that underlined section's siblings, not its children
/// (`Restarting` alone on its line after it).
fn bare_at_top(found: &[Found], out: &mut [u8], first: usize) {
    let sections = || found.iter().zip(out.iter()).skip(first);
    let Some((top, _)) = sections().find(|(h, _)| h.key != "p") else {
        return;
    };
    let marked = sections().find(|(h, _)| !bare(&h.key) && h.key != "p");
    let Some(&level) = marked.map(|(_, l)| l) else {
        return;
    };
    // (a wiki's `= Name =` marks its depth: the corpus's human sets bare
    // lines after it under it)
    if !bare(&top.key) || !marked.is_some_and(|(h, _)| h.key.starts_with('u')) {
        return;
    }
    let key = top.key.clone();
    for (h, l) in found.iter().zip(out.iter_mut()).skip(first) {
        if h.key == key && *l > level {
            *l = level;
        }
    }
}

/// Whether the first heading titles a page whose sections are numbered
/// under the same mark (`Title` over `====`, then `1. Contacts` over
/// `====`): marked up, the page's first text, unnumbered, with text of
/// its own under it, and every later heading of its style numbered, or
/// two in three of them named by the page's `Contents` list (or that
/// list's own heading) where the list does not name the first.
fn numbered_below(found: &[Found], lines: &[lines::Line], first_text: Option<usize>) -> bool {
    let Some((h, rest)) = found.split_first() else {
        return false;
    };
    let mut listed = super::contents::titles(lines);
    listed.extend(contents::typed_titles(lines));
    listed.sort_unstable();
    let numbered = |f: &Found| {
        let at = if f.key.starts_with('o') {
            f.start + 1
        } else {
            f.start
        };
        let t = lines.get(at).map_or("", |l| l.text.as_str());
        strip_heading_number(t).len() < t.len()
    };
    // (the contents' own heading aside; a name typed twice may differ)
    let named = |f: &Found| names(&listed, &f.text) || classify::is_contents_word(&f.text);
    let same: Vec<&Found> = rest.iter().filter(|f| f.key == h.key).collect();
    let listed_most = same.iter().filter(|f| named(f)).count();
    h.key.starts_with(['u', 'o'])
        && Some(h.start) == first_text
        && !numbered(h)
        && !same.is_empty()
        && (same.iter().all(|f| numbered(f)) || (!named(h) && listed_most * 3 >= same.len() * 2))
        && rest
            .first()
            .is_some_and(|n| lines[h.end..n.start].iter().any(|l| !l.blank()))
}

/// Whether the page's first heading, on its first line of text and
/// marked up as its sections are, is the page's own title under a
/// metadata header that names it otherwise (`.. title: Seed Store SOP`
/// over `Seed store rounds`, underlined like the sections): it shares a
/// word with the header's `title` (`SOP` aside). Its sections then sit
/// under it, and no title is added from the header.
pub(super) fn names_page(
    found: &[Found],
    lines: &[lines::Line],
    from: usize,
    title: Option<&str>,
) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_lowercase)
            .filter(|w| w != "sop")
            .collect()
    };
    let first_text = (from..lines.len()).find(|&k| !lines[k].blank());
    let (Some(h), Some(title)) = (found.first(), title) else {
        return false;
    };
    let named = words(title);
    h.key.starts_with(['u', 'o'])
        && Some(h.start) == first_text
        && words(&h.text).iter().any(|w| named.contains(w))
}

/// Whether the page's first heading is the title its metadata names
/// (`title`: a mail's boxed title, set down below the greeting), its
/// style used by no other heading: the page then shows its title there,
/// a section as it stands (as docutils reads a title under text), and no
/// title heading is added over the text.
pub(super) fn names_title(found: &[Found], title: Option<&str>) -> bool {
    found.first().is_some_and(|first| {
        title == Some(first.text.as_str())
            && found.iter().filter(|h| h.key == first.key).count() == 1
    })
}

/// Whether the `= X =` headings count their depth DokuWiki's way, the
/// most `=` the highest (`====== Title ======` over `===== Section
/// =====`), not MoinMoin's: the first of them has more `=` than any after.
fn dokuwiki_depths(found: &[Found]) -> bool {
    let mut depths = found
        .iter()
        .filter_map(|h| h.key.strip_prefix('m')?.parse::<u32>().ok());
    depths
        .next()
        .is_some_and(|first| first > 1 && depths.clone().count() > 0 && depths.all(|n| n < first))
}

/// `levels` with the headings the page's `Contents` numbers at a depth
/// the layout runs out at set a level under their parent (`* 4.2.1 Name`
/// under `* 4.2 Name`, where a dump sets `4.2.1` in no further than
/// `4.2`): the layout sets the depth above apart from the one above it,
/// but not this one from its parent's. (A page whose layout nests no
/// numbered heading keeps its levels: the corpus's human follows it.)
pub(super) fn by_contents(found: &[Found], lines: &[lines::Line], levels: &mut [u8]) {
    let (bulleted, others) = contents::depths(lines);
    let all = [bulleted.as_slice(), others.as_slice()].concat();
    let named_all = depths_named(found, &all);
    if flat_by_depths(&named_all, levels) || inverted_by_depths(found, &named_all, levels) {
        return;
    }
    let depths = depths_named(found, &bulleted);
    // the levels the layout gives each depth, lowest and highest
    let span = |d: usize| {
        let set: Vec<u8> = (0..levels.len().min(found.len()))
            .filter(|&k| depths[k] == Some(d) && levels[k] > 1)
            .map(|k| levels[k])
            .collect();
        set.iter().min().copied().zip(set.iter().max().copied())
    };
    let spans: Vec<Option<(u8, u8)>> = (0..8).map(span).collect();
    // whether the layout sets depth `d` deeper than depth `d - 1`
    let apart = |d: usize| {
        d >= 2 && matches!((spans[d], spans[d - 1]), (Some((lo, _)), Some((_, hi))) if lo > hi)
    };
    let mut parent: Vec<Option<u8>> = vec![None; 8];
    for k in 0..levels.len().min(found.len()) {
        let Some(d) = depths[k].filter(|&d| d < 8) else {
            continue;
        };
        if let Some(p) = parent[d - 1].filter(|&p| levels[k] <= p && !apart(d) && apart(d - 1)) {
            levels[k] = (p + 1).min(6);
        }
        parent[d] = Some(levels[k]);
    }
}

/// The depth at which `named` (the `Contents` entries' keys and depths)
/// lists each heading of `found`; none for a title it names twice.
fn depths_named(found: &[Found], named: &[(String, usize)]) -> Vec<Option<usize>> {
    // each key's depth, none once it is named twice (a map: a long
    // `Contents` over as many headings stays linear)
    let mut at: std::collections::HashMap<&str, Option<usize>> = std::collections::HashMap::new();
    for (k, d) in named {
        at.entry(k.as_str())
            .and_modify(|v| *v = None)
            .or_insert(Some(*d));
    }
    found
        .iter()
        .map(|h| at.get(key_of(&h.text).as_str()).copied().flatten())
        .collect()
}

/// `levels` with the headings of a page whose layout sets them all alike
/// (every heading the `Contents` names at one level) set as deep as the
/// `Contents` numbers them (`3.1 Remove it` a level under `3 Fix`), as
/// a careful reader nests them; whether it did. The headings it does not
/// name keep their level.
fn flat_by_depths(depths: &[Option<usize>], levels: &mut [u8]) -> bool {
    let named = named_depths(depths, levels.len());
    let Some(&(first, _)) = named.first() else {
        return false;
    };
    let base = levels[first];
    let flat = named.iter().all(|&(k, _)| levels[k] == base);
    let top = named.iter().any(|&(_, d)| d == 1);
    let deeper = named.iter().any(|&(_, d)| d == 2);
    if !(flat && top && deeper && named.len() >= 3) {
        return false;
    }
    set_by_depths(levels, &named, base);
    true
}

/// The headings the `Contents` names at depths 1 to 5, with their
/// depths, in page order (of the first `n`).
fn named_depths(depths: &[Option<usize>], n: usize) -> Vec<(usize, usize)> {
    (0..n.min(depths.len()))
        .filter_map(|k| depths[k].filter(|d| (1..6).contains(d)).map(|d| (k, d)))
        .collect()
}

/// Sets each of `named` as deep as the `Contents` numbers it, its top
/// depth at `base`.
fn set_by_depths(levels: &mut [u8], named: &[(usize, usize)], base: u8) {
    for &(k, d) in named {
        levels[k] = (base as usize + d - 1).min(6) as u8;
    }
}

/// `levels` with the headings of a page whose layout turns the
/// `Contents` upside down (a heading it numbers `3.1` set above the `3`
/// it comes under, as when `Repair` over `====` follows sections over
/// `----` and its parts go on over `----`) set as deep as the `Contents`
/// numbers them, the top depth at the highest level the layout gives
/// it: the writer's list says how the sections nest where the marks
/// contradict it. Only where every heading it names is drawn with
/// marks (a dump's bare lines nest by their indentation, which the
/// corpus's human follows). The headings it does not name keep their
/// level; whether it did.
fn inverted_by_depths(found: &[Found], depths: &[Option<usize>], levels: &mut [u8]) -> bool {
    let n = levels.len().min(depths.len()).min(found.len());
    let drawn = (0..n)
        .filter(|&k| depths[k].is_some())
        .all(|k| found[k].key.starts_with(['u', 'o']));
    if !drawn {
        return false;
    }
    let named = named_depths(depths, n);
    // the level of the last heading named at each depth, walking down
    let mut parent: [Option<u8>; 6] = [None; 6];
    let mut inverted = false;
    for &(k, d) in &named {
        inverted |= parent[d - 1].is_some_and(|p| levels[k] < p);
        parent[d] = Some(levels[k]);
    }
    let top = named
        .iter()
        .filter(|&&(_, d)| d == 1)
        .map(|&(k, _)| levels[k])
        .min();
    let Some(base) = top.filter(|_| inverted) else {
        return false;
    };
    set_by_depths(levels, &named, base);
    true
}

/// Levels without gaps (a level 4 under a level 2 becomes 3), as RST
/// reads them, so that every output nests the same.
pub(super) fn nest(levels: &[u8]) -> Vec<u8> {
    let offset = if levels.contains(&1) { 0 } else { 1 };
    let mut stack: Vec<u8> = Vec::new();
    levels
        .iter()
        .map(|&l| {
            while stack.last().is_some_and(|&t| t >= l) {
                stack.pop();
            }
            stack.push(l);
            (stack.len() + offset).min(6) as u8
        })
        .collect()
}

/// Whether a heading style is a bare line (`b0`, `b2`, numbered `n0`,
/// lettered `l0`), not markup.
fn bare(key: &str) -> bool {
    key.starts_with(['b', 'n', 'l'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_sections_under_the_titles_mark() {
        let text = "Pump room\n========\n\nAbout it.\n\n1. Contacts\n=======\n\nx\n\n2. Steps\n=====\n\ny\n";
        let lines = lines::split(text);
        let at = |i: usize, end: usize, t: &str| Found {
            start: i,
            end,
            line: i as u32 + 1,
            key: "u=".into(),
            text: t.into(),
            guessed: false,
        };
        let found = [
            at(0, 2, "Pump room"),
            at(5, 7, "Contacts"),
            at(10, 12, "Steps"),
        ];
        assert_eq!(levels(&found, &lines, 0, false), [1, 2, 2]);
        // unnumbered sections under the same mark are the title's siblings
        let text = text.replace("1. ", "").replace("2. ", "");
        let lines = lines::split(&text);
        assert_eq!(levels(&found, &lines, 0, false), [2, 2, 2]);
    }

    #[test]
    fn a_first_heading_sharing_the_headers_words_names_the_page() {
        let text = "Seed store rounds\n-----------------\n\nx\n\nContacts\n--------\n\ny\n";
        let lines = lines::split(text);
        let at = |i: usize, t: &str| Found {
            start: i,
            end: i + 2,
            line: i as u32 + 1,
            key: "u-".into(),
            text: t.into(),
            guessed: false,
        };
        let found = [at(0, "Seed store rounds"), at(5, "Contacts")];
        assert!(names_page(&found, &lines, 0, Some("Seed Store SOP")));
        assert!(!names_page(&found, &lines, 0, Some("Greenhouse SOP")));
        assert!(!names_page(&found[1..], &lines, 0, Some("Contacts SOP")));
    }

    #[test]
    fn titles_from_metadata_drop_their_section() {
        let tax = Some("Contributors/Infrastructure");
        assert_eq!(
            shown_title("Infrastructure Tape Setup SOP", tax),
            "Tape Setup SOP"
        );
        assert_eq!(shown_title("Infrastucture DNS SOP", tax), "DNS SOP");
        assert_eq!(shown_title("Infrastructure SOP", tax), "Infrastructure SOP");
        assert_eq!(
            shown_title("Mass Upgrade Infrastructure SOP", tax),
            "Mass Upgrade Infrastructure SOP"
        );
        assert_eq!(shown_title("Infra Tape SOP", tax), "Infra Tape SOP");
        assert_eq!(
            shown_title("Infrastructure Tape SOP", None),
            "Infrastructure Tape SOP"
        );
    }
}
