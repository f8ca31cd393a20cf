//! Which wiki a page was written in (MoinMoin or vimwiki, Org, AsciiDoc,
//! Confluence, MediaWiki, DokuWiki or Zim, or none)
//! from its lines, and the lines MoinMoin puts around the text: the
//! processing instructions heading the page, the bold marks of fields.

use super::callout;
use super::classify::{contact_field, moin_heading};
use super::lines::Line;
use crate::doc::Block;

/// The wiki whose marks a page's text uses beyond the common ones.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Flavour {
    Plain,
    /// MoinMoin: `__underlined__` (as emphasis: the model has no
    /// underline), `,,subscript,,` and `^superscript^` (the `sub` and
    /// `sup` roles).
    Moin,
    /// Org: `* Heading` lines; `=verbatim=` and `~code~` inline literals.
    Org,
    /// AsciiDoc: `== Heading` lines; `*strong*` and `_emphasis_`.
    AsciiDoc,
    /// Confluence and Jira: `h2. Heading` lines, `#` numbered items;
    /// `*strong*`, `_emphasis_` and `{{monospace}}`.
    Confluence,
    /// MediaWiki: `{| ... |}` tables, `<code>` tags, `[https://x text]`
    /// links; its headings and `'''` marks are MoinMoin's.
    MediaWiki,
    /// DokuWiki: `<code>` and `<note>` boxes, `^ Head ^` tables, list
    /// items set two spaces in; its headings are MoinMoin's, the most
    /// `=` the highest. Zim's pages read as DokuWiki's.
    DokuWiki,
}

/// The flavour of the page whose lines these are.
pub fn flavour(lines: &[Line]) -> Flavour {
    if super::org::page(lines) {
        Flavour::Org
    } else if super::vimwiki::page(lines) || super::tiddly::page(lines) {
        // vimwiki's headings are MoinMoin's (its `:tag:tag:` line is no
        // AsciiDoc attribute, its `# step` no MediaWiki item)
        Flavour::Moin
    } else if super::asciidoc::page(lines) {
        Flavour::AsciiDoc
    } else if super::confluence::page(lines) {
        Flavour::Confluence
    } else if super::dokuwiki::page(lines) || super::zim::page(lines) {
        Flavour::DokuWiki
    } else if super::mediawiki::page(lines) {
        Flavour::MediaWiki
    } else if moin_page(lines) {
        Flavour::Moin
    } else {
        Flavour::Plain
    }
}

/// Whether the text is a MoinMoin page: a processing instruction
/// (`#format wiki`, `#acl ...`), a heading in `=` marks, a table row in
/// `||` or a macro (`<<TableOfContents>>`, `<<BR>>`).
fn moin_page(lines: &[Line]) -> bool {
    lines.iter().any(|l| {
        let t = &l.text;
        ["#format ", "#acl ", "#pragma "]
            .iter()
            .any(|p| t.starts_with(p))
            || (l.indent == 0 && moin_heading(t).is_some())
            || t.starts_with("||")
            || t.find("<<").is_some_and(|a| {
                t[a..].contains(">>") && t[a + 2..].starts_with(char::is_uppercase)
            })
    })
}

/// The lines that only call a wiki's macro for the page's furniture,
/// DokuWiki's `~~NOTOC~~` and `~~NOCACHE~~`, Trac's `[[TOC]]` and
/// `[[PageOutline]]`, Confluence's `{toc}` (`{toc:maxLevel=2}`), taken
/// out of the text as comments: the contents list they ask for is no
/// text of the page (MoinMoin's `<<TableOfContents>>` is kept: the
/// corpus keeps its pages' contents).
pub fn page_macros(lines: &mut [Line]) -> Vec<Block> {
    lines
        .iter_mut()
        .filter(|l| page_macro(&l.text))
        .map(|l| l.take_comment())
        .collect()
}

/// Blanks MoinMoin's `<<Anchor(name)>>` lines: an invisible target the
/// page's `[[#name|text]]` links jump to, no text of the page (those
/// links are kept as their text).
pub fn drop_moin_anchors(lines: &mut [Line]) {
    for l in lines {
        let name = l
            .text
            .strip_prefix("<<Anchor(")
            .and_then(|t| t.strip_suffix(")>>"));
        if name.is_some_and(|n| !n.is_empty() && !n.contains(char::is_whitespace)) {
            l.text.clear();
        }
    }
}

fn page_macro(text: &str) -> bool {
    let bracketed = |open: &str, close: &str, name: &str| {
        text.strip_prefix(open)
            .and_then(|t| t.strip_suffix(close))
            .and_then(|t| t.strip_prefix(name))
            .is_some_and(|args| args.is_empty() || args.starts_with(['(', ':']))
    };
    ["~~NOTOC~~", "~~NOCACHE~~"].contains(&text)
        || bracketed("[[", "]]", "TOC")
        || bracketed("[[", "]]", "PageOutline")
        || bracketed("{", "}", "toc")
}

/// MoinMoin's processing instructions and comments heading the page
/// (`#acl All:read`, `## page was renamed from X`): comments, taken out
/// of the text so the title after them opens the page.
pub fn moin_instructions(lines: &mut [Line]) -> Vec<Block> {
    const WORDS: [&str; 6] = ["acl", "format", "pragma", "language", "redirect", "refresh"];
    let mut out = Vec::new();
    for l in lines.iter_mut().skip_while(|l| l.blank()) {
        let word = l
            .text
            .strip_prefix('#')
            .and_then(|t| t.split_whitespace().next());
        let instruction = l.text.starts_with("##") || word.is_some_and(|w| WORDS.contains(&w));
        if l.indent > 0 || !instruction {
            break;
        }
        out.push(l.take_comment());
    }
    out
}

/// A MoinMoin heading that holds a contact field is read as the field:
/// its markers go; so do the bold marks of a field's name or a note's
/// label at the start of a line (`'''Owner:''' Team`, `'''Note:''' ...`,
/// and the stars Textile, Org and Markdown write: `*Note:* ...`),
/// and a line break `<<BR>>` or `[[BR]]` ending a line (the line ends anyway).
pub fn unwrap_moin_fields(lines: &mut [Line]) {
    // (a bold name in a run of bold contact fields, one a line, is a field
    // too: `'''Owner:''' ...` / `'''Host:''' ...` / `'''Purpose:''' ...`)
    let contact: Vec<bool> = lines
        .iter()
        .map(|l| bold_name(&l.text).is_some_and(|n| contact_field(n).is_some()))
        .collect();
    let beside = |k: usize| (k > 0 && contact[k - 1]) || contact.get(k + 1) == Some(&true);
    for (k, l) in lines.iter_mut().enumerate() {
        // (MoinMoin 1.x wrote it `[[BR]]`)
        if let Some(t) = l
            .text
            .strip_suffix("<<BR>>")
            .or_else(|| l.text.strip_suffix("[[BR]]"))
        {
            l.text = t.trim_end().to_string();
        }
        if l.indent == 0
            && let Some((_, inner)) = moin_heading(&l.text)
            && contact_field(inner).is_some()
        {
            l.text = inner.to_string();
        }
        // Textile, Org and Markdown set a note's label in stars (`*Note:*`)
        for mark in ["'''", "**", "*"] {
            if let Some((name, rest)) = l.text.strip_prefix(mark).and_then(|t| t.split_once(mark))
                && let Some((name, rest)) = colon_in(name, rest)
            {
                let text = format!("{name} {}", rest.trim()).trim_end().to_string();
                let field = mark == "'''" && (contact_field(&name).is_some() || beside(k));
                if field || callout::label(&text).is_some() {
                    l.text = text;
                }
                break;
            }
        }
    }
}

/// A bold name and the text after its closing marks, the colon set in
/// the marks (`'''Note:''' text`) or right after them (`'''WARNING''':
/// text`, the same label bolded without its colon): the name with its
/// colon and the rest; none without a colon.
fn colon_in(name: &str, rest: &str) -> Option<(String, String)> {
    if name.ends_with(':') {
        return Some((name.to_string(), rest.to_string()));
    }
    let after = rest.strip_prefix(':').filter(|_| !name.is_empty())?;
    Some((format!("{name}:"), after.to_string()))
}

/// The name of a `'''Name:''' value` line, colon and all.
fn bold_name(text: &str) -> Option<&str> {
    let (name, _) = text.strip_prefix("'''")?.split_once("'''")?;
    name.ends_with(':').then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn marks_around_a_note_label_go() {
        let mut lines = split("*Note:* dry\n**Warning:** hot\n'''Owner:''' Me\n*Run this:* x\n");
        unwrap_moin_fields(&mut lines);
        let got: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            got,
            ["Note: dry", "Warning: hot", "Owner: Me", "*Run this:* x"]
        );
    }

    #[test]
    fn a_bold_name_among_contact_fields_is_a_field() {
        let text = "'''Owner:''' Me<<BR>>\n'''Box:''' b1<<BR>>\n\n'''Box:''' b2\n";
        let mut lines = split(text);
        unwrap_moin_fields(&mut lines);
        let got: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(got, ["Owner: Me", "Box: b1", "", "'''Box:''' b2"]);
    }
}
