//! RST code directives some legacy text already has (`.. code-block::
//! bash`, `.. code:: sql`, `.. sourcecode::`): lines in, a code block in
//! its language out, the directive's caption as a paragraph over it (a
//! fenced block has none, docutils' `code` neither) and its other options
//! kept in a comment.

use super::body::next_nonblank;
use super::lines::Line;
use super::markup::field;
use crate::doc::{Block, BlockKind};

/// `.. code-block:: bash`: the language, empty when none is named.
pub fn directive(text: &str) -> Option<&str> {
    let (name, rest) = text.strip_prefix(".. ")?.split_once("::")?;
    let lang = rest.trim();
    let one_word = !lang.contains(char::is_whitespace);
    (matches!(name, "code-block" | "code" | "sourcecode") && one_word).then_some(lang)
}

/// The code directive at `lines[i]`, its options and the lines indented
/// under it: the blocks (a comment for the options, the caption, the code
/// block) and where they end. None when nothing is indented under it.
pub fn parse(lines: &[Line], i: usize) -> Option<(Vec<Block>, usize)> {
    let lang = directive(&lines[i].text)?;
    let own = lines[i].indent;
    let mut k = i + 1;
    let (mut caption, mut other) = (None, Vec::new());
    while let Some(l) = lines.get(k).filter(|l| !l.blank() && l.indent > own) {
        match field(&l.text) {
            // (a second caption, which docutils refuses, kept as an option)
            Some(("caption", v)) if caption.is_none() => caption = Some((l.no, v.to_string())),
            Some(_) => other.push(l.text.clone()),
            None => break,
        }
        k += 1;
    }
    let first = next_nonblank(lines, k).filter(|&n| lines[n].indent > own)?;
    let mut end = first + 1;
    while let Some(n) = next_nonblank(lines, end).filter(|&n| lines[n].indent > own) {
        end = n + 1;
    }
    let (mut out, end) = super::literal::literal(lines, first, end);
    // the block is known by its directive's line (see `opened`)
    out[0].line = lines[i].no;
    if let Some(BlockKind::CodeBlock { lang: l, .. }) = out.first_mut().map(|b| &mut b.kind) {
        *l = Some(lang.to_string())
            .filter(|s| !s.is_empty())
            .or(l.take());
    }
    if let Some((no, text)) = caption {
        let para = super::inline::paragraph(&text, no);
        out.insert(0, para);
    }
    if !other.is_empty() {
        out.insert(
            0,
            Block::new(lines[i].no, BlockKind::Comment(other.join("\n"))),
        );
    }
    Some((out, end))
}

/// The line numbers of the code directives in `lines`: a code block
/// there was opened by its directive, so the text before it need not
/// announce it with a colon.
pub fn opened(lines: &[Line]) -> Vec<u32> {
    lines
        .iter()
        .filter(|l| directive(&l.text).is_some())
        .map(|l| l.no)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn a_second_caption_stays_an_option() {
        let text = ".. code-block:: sh\n   :caption: One\n   :caption: Two\n\n   ls\n";
        let c = crate::convert::read(text);
        let rst = crate::convert::Target::Rst.write(&c.doc);
        assert!(
            rst.contains("One") && rst.contains(":caption: Two"),
            "{rst}"
        );
    }

    #[test]
    fn a_code_directive_is_a_code_block_in_its_language() {
        assert_eq!(directive(".. code-block:: bash"), Some("bash"));
        assert_eq!(directive(".. code::"), Some(""));
        assert_eq!(directive(".. note:: bash"), None);
        let lines = split(
            ".. code-block:: sql\n   :caption: Old rows\n   :emphasize-lines: 2\n\n   SELECT 1;\n     -- deeper\n\nAfter.\n",
        );
        let (blocks, end) = parse(&lines, 0).unwrap();
        assert_eq!(end, 6);
        assert!(matches!(&blocks[0].kind, BlockKind::Comment(c) if c == ":emphasize-lines: 2"));
        assert!(matches!(&blocks[1].kind, BlockKind::Paragraph(_)));
        let BlockKind::CodeBlock { lang, code, .. } = &blocks[2].kind else {
            panic!("{blocks:?}");
        };
        assert_eq!(lang.as_deref(), Some("sql"));
        assert_eq!(code, "SELECT 1;\n  -- deeper\n");
        assert!(parse(&split(".. code:: bash\n\nNot under it.\n"), 0).is_none());
    }
}
