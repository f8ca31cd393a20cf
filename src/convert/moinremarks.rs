//! A MoinMoin page's lines in, its `##` comment lines out: the comments
//! its writers leave between the text (`## TODO: ...`, `## ask X first`)
//! taken out of the lines as comment blocks, and put back among the
//! page's blocks at their places.

use super::fence;
use super::lines::Line;
use crate::doc::Block;

/// The `##` lines at the margin outside `{{{` blocks, taken out (left
/// blank, so each ends the paragraph or list item it follows) as
/// comments without their marks. None on a page that numbers its steps
/// with `#` at the margin (Creole, TiddlyWiki): `##` is an item there;
/// none unless `moin`, the page is MoinMoin's.
pub fn take(lines: &mut [Line], moin: bool) -> Vec<Block> {
    if !moin {
        return Vec::new();
    }
    let mut at = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if let Some(end) = fence::end(lines, i) {
            i = end;
            continue;
        }
        let l = &lines[i];
        if l.indent == 0 && l.text.starts_with("# ") {
            return Vec::new();
        }
        if l.indent == 0 && l.text.starts_with("##") {
            at.push(i);
        }
        i += 1;
    }
    at.into_iter()
        .map(|k| {
            let l = &mut lines[k];
            l.text = l.text[2..].trim().to_string();
            l.take_comment()
        })
        .collect()
}

/// Puts each comment before the first block of the page's top level
/// that starts below its line (at the end if none does).
pub fn place(blocks: &mut Vec<Block>, comments: Vec<Block>) {
    for c in comments {
        let at = blocks
            .iter()
            .position(|b| b.line > c.line)
            .unwrap_or(blocks.len());
        blocks.insert(at, c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;
    use crate::doc::BlockKind;

    #[test]
    fn comments_outside_code_come_out() {
        let text = "Text.\n## a note\n{{{\n## kept\n}}}\n";
        let mut lines = split(text);
        let got = take(&mut lines, true);
        assert_eq!(got.len(), 1);
        assert!(matches!(&got[0].kind, BlockKind::Comment(c) if c == "a note"));
        assert!(lines[1].blank());
        assert_eq!(lines[3].text, "## kept");
    }

    #[test]
    fn numbered_pages_keep_their_items() {
        let mut lines = split("# Open the lid\n## then the valve\n");
        assert!(take(&mut lines, true).is_empty());
        assert_eq!(lines[1].text, "## then the valve");
    }
}
