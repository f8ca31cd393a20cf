//! vimwiki pages in (MoinMoin's `= Title =` headings, `{{{sh` blocks),
//! the lines the MoinMoin reading takes out: the `%toc`/`%title`
//! placeholders and `:tag:tag:` lines as comments, `* [ ] task` items
//! as plain `* task` ones, and `# step` numbered items (outside `{{{`
//! blocks) as `1. step`, their wrapped lines set under the item's text,
//! and `[[page|text]]` links to another page of the wiki as the RST
//! hyperlinks the inline reading makes links of (`` `text <page>`_ ``).

use super::lines::Line;
use crate::doc::Block;

/// Whether the page is vimwiki's: a `%toc`, `%title` or `%nohtml`
/// placeholder line, or a line of two tags or more (`:a:b:`; one alone
/// may be an AsciiDoc attribute's `:toc:`), at the margin.
pub fn page(lines: &[Line]) -> bool {
    lines.iter().any(|l| {
        l.indent == 0
            && (placeholder(&l.text) || (tags(&l.text) && l.text.matches(':').count() > 2))
    })
}

/// Rewrites a vimwiki page's lines for MoinMoin's reading (nothing if
/// the page is not vimwiki's); placeholders and tags taken out, as
/// comments.
pub fn prepare(lines: &mut [Line]) -> Vec<Block> {
    if !page(lines) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut fenced = false;
    let mut numbered = false;
    for l in lines.iter_mut() {
        if fenced {
            fenced = l.text != "}}}";
            continue;
        }
        if l.indent == 0 && (placeholder(&l.text) || tags(&l.text)) {
            out.push(l.take_comment());
            continue;
        }
        fenced = l.text.starts_with("{{{") && !l.text.contains("}}}");
        if l.indent == 0 && l.text.starts_with("# ") {
            l.text = format!("1. {}", l.text[2..].trim_start());
            numbered = true;
            continue;
        }
        if numbered && l.indent > 0 && l.indent < 3 {
            l.indent = 3;
        } else if l.indent == 0 || l.blank() {
            numbered = false;
        }
        l.text = page_links(&checkbox(&l.text));
    }
    out
}

/// `%toc`, `%toc Contents`, `%title Page`, `%nohtml`, `%template x`.
fn placeholder(text: &str) -> bool {
    let word = text.split_whitespace().next().unwrap_or("");
    ["%toc", "%title", "%nohtml", "%template", "%date"].contains(&word)
}

/// A `:tag:other-tag:` line.
fn tags(text: &str) -> bool {
    let Some(inner) = text.strip_prefix(':').and_then(|t| t.strip_suffix(':')) else {
        return false;
    };
    !inner.is_empty()
        && inner
            .split(':')
            .all(|t| !t.is_empty() && t.chars().all(|c| c.is_alphanumeric() || "-_".contains(c)))
}

/// `text` with each `[[page|its text]]` link to a page of the wiki (no
/// web address: the MoinMoin reading links those) written as the RST
/// hyperlink `` `its text <page>`_ ``, a name with no `/` as `./name`
/// (a name with spaces, which an address cannot hold, stays as written:
/// the MoinMoin reading writes `its text (page)`); a link whose text has marks of its own stays as written.
fn page_links(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find("[[") {
        let Some(close) = rest[open..].find("]]").map(|c| open + c) else {
            break;
        };
        let inner = &rest[open + 2..close];
        out.push_str(&rest[..open]);
        match inner.split_once('|') {
            Some((page, label))
                if !page.trim().is_empty()
                    && !label.trim().is_empty()
                    && !page.contains("://")
                    && !page.trim().contains(char::is_whitespace)
                    && !inner.contains(['`', '<', '>', '[', ']'])
                    && !label.contains('|') =>
            {
                let page = page.trim().to_string();
                // (a path, as the inline reading takes a page's address)
                let page = if page.contains('/') {
                    page
                } else {
                    format!("./{page}")
                };
                out.push_str(&format!("`{} <{page}>`_", label.trim()));
            }
            _ => out.push_str(&rest[open..close + 2]),
        }
        rest = &rest[close + 2..];
    }
    out.push_str(rest);
    out
}

/// A `* [ ] task` or `- [X] task` item as `* task`, `- task`.
fn checkbox(text: &str) -> String {
    for marker in ["* ", "- ", "1. "] {
        if let Some(rest) = text.strip_prefix(marker)
            && let Some(task) = ["[ ] ", "[.] ", "[o] ", "[O] ", "[X] ", "[-] "]
                .iter()
                .find_map(|b| rest.strip_prefix(b))
        {
            return format!("{marker}{}", task.trim_start());
        }
    }
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn placeholders_tags_tasks_and_steps() {
        let text =
            "= T =\n%toc\n:a:b-c:\n* [ ] open\n- [X] done\n# one\n  more\n{{{sh\n# root\n}}}\n";
        let mut lines = split(text);
        assert!(page(&lines));
        assert_eq!(prepare(&mut lines).len(), 2);
        let got: Vec<(usize, &str)> = lines.iter().map(|l| (l.indent, l.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (0, "= T ="),
                (0, ""),
                (0, ""),
                (0, "* open"),
                (0, "- done"),
                (0, "1. one"),
                (3, "more"),
                (0, "{{{sh"),
                (0, "# root"),
                (0, "}}}")
            ]
        );
        assert!(!page(&split("= T =\nSee :this: and\n: a :\n:toc:\n")));
    }

    #[test]
    fn page_links_as_rst_hyperlinks() {
        assert_eq!(
            page_links("see [[ops/oven|the oven page]] and [[Flour]], [[a b|c]]"),
            "see `the oven page <ops/oven>`_ and [[Flour]], [[a b|c]]"
        );
        assert_eq!(page_links("[[Flour|the flour]]"), "`the flour <./Flour>`_");
        let url = "[[https://x.org/a|site]], [[a|`b`]]";
        assert_eq!(page_links(url), url);
    }
}
