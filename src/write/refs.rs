//! Reference-style links: a link whose text is not its address and whose
//! address is long is written `[text][N]` in Markdown or `` `text`__ `` in
//! RST, the address after the block that uses it, so that no line's markup
//! outweighs its text (`sopbook check`'s `markup-density`).

use crate::doc::{
    AdmonitionKind, Block, BlockKind, Inline, Visit, inline_children, inlines_text, walk_blocks,
};

/// Addresses longer than this are written after the block.
const LONG: usize = 30;

/// Whether the link to `url` reading `text` is written by reference: its
/// text is not the address, the address is long or as long as the text
/// (its markup would outweigh the text on a short line), and it is fit for
/// a target line (no white space, no backquote, no `_` at the end).
pub fn by_reference(url: &str, text: &str) -> bool {
    let bare = text == url || url.strip_prefix("mailto:") == Some(text);
    let len = url.chars().count();
    !bare
        && !text.trim().is_empty()
        && (len > LONG || len >= text.chars().count())
        && !url.contains(char::is_whitespace)
        && !url.contains(['`', '<', '>'])
        && !url.ends_with('_')
}

/// The addresses of the links in `blocks` written by reference, in order,
/// once for each link. `nested`: with links inside other inline markup
/// and in every title (Markdown writes them all); RST keeps only the text
/// of nested markup and writes no title of a named admonition or table.
pub fn urls(blocks: &[Block], nested: bool) -> Vec<String> {
    let mut skip: Vec<*const Inline> = Vec::new();
    let mut out = Vec::new();
    walk_blocks(blocks, &mut |v| match v {
        Visit::Inline(i @ Inline::Link { url, content, .. }) => {
            if !skip.contains(&(i as *const Inline)) && by_reference(url, &inlines_text(content)) {
                out.push(url.clone());
            }
            skip_links(content, &mut skip);
        }
        Visit::Inline(i) if !nested => skip_links(inline_children(i), &mut skip),
        Visit::Block(b) if !nested => match &b.kind {
            BlockKind::Admonition {
                kind,
                title: Some(t),
                ..
            } if *kind != AdmonitionKind::Generic => skip_links(t, &mut skip),
            BlockKind::Table(t) => skip_links(t.caption.as_deref().unwrap_or(&[]), &mut skip),
            _ => {}
        },
        _ => {}
    });
    out
}

/// Marks every link under `inlines` as one not to count.
fn skip_links(inlines: &[Inline], skip: &mut Vec<*const Inline>) {
    for i in inlines {
        if matches!(i, Inline::Link { .. }) {
            skip.push(i as *const Inline);
        }
        skip_links(inline_children(i), skip);
    }
}

/// The document's addresses written by reference, each once, first use
/// first: address N of a page is `numbered(..)[N - 1]`.
pub fn numbered(blocks: &[Block]) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for u in urls(blocks, true) {
        if !seen.contains(&u) {
            seen.push(u);
        }
    }
    seen
}

/// The number of an address written by reference in Markdown, from the
/// page's [`numbered`] addresses.
pub fn number(numbered: &[String], url: &str) -> Option<usize> {
    numbered.iter().position(|u| u == url).map(|p| p + 1)
}

#[cfg(test)]
mod tests {
    use crate::doc::{Document, Inline, Visit, walk_blocks};
    use crate::markup::{Format, Options, parse};

    fn links(d: &Document) -> Vec<String> {
        let mut out = Vec::new();
        walk_blocks(&d.blocks, &mut |v| {
            if let Visit::Inline(Inline::Link { url, .. }) = v {
                out.push(url.clone());
            }
        });
        out
    }

    /// Links by reference in a table, a quote, a definition, an
    /// admonition and a paragraph introducing a literal block read back to
    /// the same addresses (RST keeps only the text of a link in emphasis
    /// and of a named admonition's title).
    #[test]
    fn nested_blocks_keep_their_links() {
        let md = SOURCE;
        let doc = parse(Format::Markdown, md, &Options::default());
        let want = links(&doc);
        assert_eq!(want.len(), 8);
        let rst = crate::write::rst::write(&doc);
        let out = crate::write::markdown::write(&doc);
        assert!(rst.contains("\n__ https://") && out.contains("\n[8]: https://"));
        let r = parse(Format::Rst, &rst, &Options::default());
        let m = parse(Format::Markdown, &out, &Options::default());
        assert_eq!(links(&m), want, "{out}");
        let mut want_rst = want.clone();
        want_rst.retain(|u| !u.contains("Emphasised") && !u.contains("Title"));
        assert_eq!(links(&r), want_rst, "{rst}");
        assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    }

    const SOURCE: &str = r#"# Edge

| Host | Notes |
| --- | --- |
| web01 | see [the web notes](https://wiki.example.net/Web/Notes/web01) |
| web02 | see [the other notes](https://wiki.example.net/Web/Notes/web02) and *[em link](https://wiki.example.net/Emphasised/Link)* |

> Quoted [quote link](https://wiki.example.net/Quote/Link/Long/Enough) here.

Term
: Def with [a def link](https://wiki.example.net/Definition/Link/Long)

<div class="admonition warning">

**Careful [title link](https://wiki.example.net/Title/Link/Long/Enough)**

Body [body link](https://wiki.example.net/Body/Link/Long/Enough).

</div>

Run this:

```
ls
```

Before code [pre link](https://wiki.example.net/Pre/Code/Link/Long):

    indented code

After.
"#;
}
