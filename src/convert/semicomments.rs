//! Runs of lines that open with `;` in (a zone file's comments, `dig`'s
//! report, an ini file's notes); out, whether the run is preformatted
//! text rather than a paragraph.

use super::lines::Line;

/// Whether `chunk`, two lines or more set in past the text's margin
/// `base`, has every line opening with `;` (`; <<>> DiG 9.9 <<>> axfr`
/// / `;; global options: +cmd`): the comment mark of zone files, of
/// `dig`'s output and of ini files, which no sentence's line opens
/// with. Such a run is code (the hand conversions keep every such run
/// in a literal block), whatever words follow the marks. A lone line, or
/// one among wrapped prose (`critical at 2s` / `; see the SOP`), is left
/// to the paragraph.
pub(super) fn run(chunk: &[Line], base: usize) -> bool {
    chunk.len() >= 2
        && chunk
            .iter()
            .all(|l| l.indent > base && l.text.starts_with(';'))
}

#[cfg(test)]
mod tests {
    use super::run;
    use crate::convert::lines::split;

    #[test]
    fn set_in_semicolon_lines_are_code() {
        let lines = split(" ; <<>> DiG 9.18 <<>> axfr zone.test\n ;; global options: +cmd\n");
        assert!(run(&lines, 0));
        // at the margin, or one line alone: left to the text
        let lines = split("; first\n; second\n");
        assert!(!run(&lines, 0));
        let lines = split(" ; only one\n");
        assert!(!run(&lines, 0));
        // a line among prose
        let lines = split(" the check warns at 2s\n ; see the SOP\n");
        assert!(!run(&lines, 0));
    }
}
