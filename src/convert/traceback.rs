//! A Python traceback pasted into the text: the page's lines and a line's
//! index in, when that line is `Traceback (most recent call last):`, the
//! literal block of it and the lines under it up to the next blank line
//! out (the `File "...", line 7, in <module>` frames set in, the source
//! lines set deeper, the exception flush left). A program's report is kept
//! as printed, never read as a sentence and the list items its frames
//! would look like.

use super::body::{Parsed, chunk_end};
use super::lines::Line;

/// The line that opens every Python traceback.
const OPENING: &str = "Traceback (most recent call last):";

/// The traceback at `lines[i]` as one literal block and the line after
/// it, as the module says; none if `lines[i]` opens none.
pub(super) fn block(lines: &[Line], i: usize) -> Option<Parsed> {
    let l = lines.get(i)?;
    if l.text != OPENING {
        return None;
    }
    let end = chunk_end(lines, i);
    // (an opening line alone is a sentence's word, not the report)
    if end < i + 2 {
        return None;
    }
    Some(super::literal::literal(lines, i, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;
    use crate::doc::BlockKind;

    #[test]
    fn a_traceback_is_kept_as_printed() {
        let text = "Traceback (most recent call last):\n  File \"/opt/x/run.py\", line 3, in <module>\n    import yaml\nModuleNotFoundError: No module named 'yaml'\n\nThen fix it.\n";
        let lines = split(text);
        let (blocks, end) = block(&lines, 0).expect("a traceback");
        assert_eq!(end, 4);
        let BlockKind::CodeBlock { code, .. } = &blocks[0].kind else {
            panic!("not a literal block");
        };
        assert!(code.starts_with("Traceback"));
        assert!(code.contains("\n  File "));
        assert!(block(&lines, 5).is_none());
        assert!(block(&split("Traceback (most recent call last):\n"), 0).is_none());
    }
}
