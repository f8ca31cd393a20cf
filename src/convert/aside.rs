//! A line in, the command typed on it without the writer's note set
//! after it by two spaces or more: a shell comment (`zpool status tank
//! # look for DEGRADED`) or an aside in brackets closing the line
//! (`shred -v -n1 /dev/sdX   (for each disk, not the boot stick)`).

/// The part of `text` before the first note set off by two spaces or
/// more: a `#` alone or followed by a space or another `#` (no channel
/// name, `#ops`), or a `(` whose bracket closes at the line's end and
/// nowhere before it; the whole text when no such note follows words.
/// The note's words are the writer's, so the command is read on its own.
pub(super) fn command_part(text: &str) -> &str {
    let mut from = 0;
    while let Some(gap) = text.get(from..).and_then(|t| t.find("  ")) {
        let at = from + gap;
        let note = text[at..].trim_start();
        let head = text[..at].trim_end();
        if !head.is_empty() && (comment(note) || bracketed(note)) {
            return head;
        }
        // (every gap in this run of spaces gives the same head and note)
        from = text.len() - note.len();
    }
    text
}

/// Whether `note` is a shell comment: `#` alone, or then a space or `#`.
fn comment(note: &str) -> bool {
    note.strip_prefix('#')
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '#']))
}

/// Whether `note` is one aside in brackets: it opens with `(` and its
/// bracket closes at its very end, not before.
fn bracketed(note: &str) -> bool {
    if !note.starts_with('(') || !note.ends_with(')') {
        return false;
    }
    let mut depth = 0usize;
    for (n, c) in note.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 && n + 1 < note.len() {
                    return false;
                }
            }
            _ => {}
        }
    }
    depth == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_after_a_command_is_cut_off() {
        assert_eq!(
            command_part("kelpctl -v /dev/tank   (for each tank, not the spare)"),
            "kelpctl -v /dev/tank"
        );
        assert_eq!(command_part("kelpctl flush  # twice"), "kelpctl flush");
        assert_eq!(command_part("kelpctl flush  #"), "kelpctl flush");
        // a channel, brackets that close before the end, one space only
        assert_eq!(command_part("ask in  #pond"), "ask in  #pond");
        assert_eq!(command_part("kelpctl  (a) and (b)"), "kelpctl  (a) and (b)");
        assert_eq!(command_part("kelpctl -v (each)"), "kelpctl -v (each)");
        assert_eq!(command_part("   (only a note)"), "   (only a note)");
    }
}
