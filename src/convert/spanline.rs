//! A wiki page's blocks in, the same blocks out with each literal block
//! that is one code span alone on its line (`{{{ SELECT ... ; }}}` under
//! `page the DBA on call:`) holding the span's text only: the braces are
//! the wiki's marks for code, which the literal block already says.

use crate::doc::{Block, BlockKind, walk_blocks_mut};

/// Strips, in `blocks` and the blocks they hold, the `{{{` and `}}}`
/// around the text of each literal block that is one line opening with
/// `{{{` and closing with `}}}`, nothing else of the kind inside it. The
/// hand conversions never keep a wiki's code braces (inline, an inline
/// literal; as a block, the text alone), so neither does a literal block
/// made of one such line. Only for wiki pages: in plain text `{{{name}}}`
/// is a template's placeholder (Mustache's triple braces), kept.
pub fn unwrap(blocks: &mut [Block]) {
    walk_blocks_mut(blocks, &mut |b| {
        if let BlockKind::CodeBlock { code, .. } = &mut b.kind
            && let Some(text) = span_text(code)
        {
            *code = text;
        }
    });
}

/// The text inside `code` when it is one `{{{ ... }}}` span on one line
/// with some text in it; none otherwise.
fn span_text(code: &str) -> Option<String> {
    let line = code.trim();
    let inner = line.strip_prefix("{{{")?.strip_suffix("}}}")?.trim();
    let plain = !line.contains('\n') && !inner.contains("{{{") && !inner.contains("}}}");
    (plain && !inner.is_empty() && !inner.starts_with("#!")).then(|| inner.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_span_on_its_line_loses_its_braces() {
        assert_eq!(
            span_text("{{{ du -sh /srv }}}").as_deref(),
            Some("du -sh /srv")
        );
        assert_eq!(span_text("  {{{ls}}}\n").as_deref(), Some("ls"));
    }

    #[test]
    fn other_blocks_are_kept() {
        assert_eq!(span_text("{{{ a }}} and {{{ b }}}"), None);
        assert_eq!(span_text("{{{\nls\n}}}"), None);
        assert_eq!(span_text("{{{}}}"), None);
        assert_eq!(span_text("{{{#!sh ls }}}"), None);
        assert_eq!(span_text("run {{{ls}}}"), None);
    }
}
