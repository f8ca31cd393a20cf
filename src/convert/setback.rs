//! Commands set back left of a list item's text, a short phrase at the
//! text's own indentation between them and what it introduces set back
//! again (` icingactl host show web01` / `   which should print` / `
//! Host 'web01' not found`), the item's lines in; the commands' literal
//! block, the phrase as the paragraph announcing the next block, and
//! that block out; and whether one such line ends the text announcing it,
//! or, set in under a sentence, is a command of its own; and whether
//! lines set in under a sentence quote what a program prints.

use super::body::Parsed;
use super::cmdshape;
use super::inline;
use super::lines::Line;
use super::literal::literal;

/// The blocks of the run `lines[i..end]` of an item whose text sits at
/// `base`, when the text above announces it (`Check:`), its first lines
/// are commands set back, then one phrase at `base` (a few words, lower
/// case, no full stop), then more lines set back; and the line after.
/// Lines set in under the item's sentence, quoting what a program
/// prints (`quoted_run`), are a literal block up to the line set back.
pub(super) fn parse(lines: &[Line], i: usize, end: usize, base: usize) -> Option<Parsed> {
    if i > 0 && quoted_run(lines, i, end) {
        let e = (i..end).find(|&k| lines[k].indent < lines[i].indent);
        return Some(literal(lines, i, e.unwrap_or(end)));
    }
    let back = |l: &Line| l.indent < base;
    let announced = lines[..i]
        .iter()
        .rev()
        .find(|l| !l.blank())
        .is_some_and(|l| l.text.ends_with(':'));
    if !announced || !back(&lines[i]) {
        return None;
    }
    let k = (i + 1..end).find(|&k| !back(&lines[k]))?;
    let e = (k + 1..end).find(|&m| !back(&lines[m])).unwrap_or(end);
    let said = &lines[k];
    let commands = lines[i..k]
        .iter()
        .all(|c| c.code_like() || cmdshape::terse(&c.text));
    let phrase = said.text.split_whitespace().count() <= 8
        && said.text.starts_with(char::is_lowercase)
        && !said.text.ends_with(['.', ',', ';', '\\'])
        && !said.code_like()
        && !lines[k - 1].text.ends_with('\\');
    if !(commands && phrase && e > k + 1) {
        return None;
    }
    let mut out = literal(lines, i, k).0;
    // (the phrase announces the block under it, as its colon would)
    let text = match said.text.ends_with(':') {
        true => said.text.clone(),
        false => format!("{}:", said.text),
    };
    let para = inline::paragraph(&text, said.no);
    out.push(para);
    out.extend(literal(lines, k + 1, e).0);
    Some((out, e))
}

/// Whether `lines[k]`, set two columns or more in past the line above
/// it, opens a run set as deep holding a line of code among its first
/// six, its first line words opening with a capital, none of its lines
/// ending a sentence (`Sphinx stops with something like` / `    Warning,
/// treated as error:` / `    /srv/x/install.rst:41: undefined label:
/// y`): a message quoted as printed, the run a block of its own, not the
/// sentence going on (`moved with` / `    make promote TAG=x (still on`
/// / `    /srv/images).`).
pub(super) fn quoted_run(lines: &[Line], k: usize, end: usize) -> bool {
    if quoted_row(lines, k, end) {
        return true;
    }
    let at = lines[k].indent;
    let run = || {
        lines[k..end]
            .iter()
            .take(6)
            .take_while(|l| !l.blank() && l.indent >= at)
    };
    at >= lines[k - 1].indent + 2
        && !lines[k - 1].blank()
        && lines[k].text.starts_with(char::is_uppercase)
        && !lines[k].code_like()
        && run().skip(1).any(Line::code_like)
        && !run().any(|l| l.text.ends_with('.'))
}

/// Whether `lines[k]`, set two columns or more in past the line above
/// it, is a line alone (a blank line, the run's end or a line set back
/// under it) whose words are set apart in columns (three spaces or more
/// between two of them), under a sentence that breaks off with no stop
/// on a word pointing ahead (`the log ends with` / `   ! [rejected]
/// main -> main`): a line a program prints, quoted as printed, a block
/// of its own; a sentence's next line is not spaced out so.
fn quoted_row(lines: &[Line], k: usize, end: usize) -> bool {
    let (Some(above), Some(line)) = (k.checked_sub(1).and_then(|j| lines.get(j)), lines.get(k))
    else {
        return false;
    };
    let alone = k + 1 >= end
        || lines
            .get(k + 1)
            .is_none_or(|n| n.blank() || n.indent < line.indent);
    // (words set three spaces apart or more: two of them at least)
    let spaced_out = || {
        line.text
            .split("   ")
            .filter(|w| !w.trim().is_empty())
            .nth(1)
            .is_some()
    };
    line.indent >= above.indent + 2
        && !above.blank()
        && !above.text.ends_with(['.', ':', ';', '!', '?', ','])
        && super::intro::open_ended(&above.text)
        && !line.text.ends_with('.')
        && alone
        && spaced_out()
}

/// Whether `line`, right under text ending with `:` (`Deploy it:`), is
/// the command it announces though no known program starts it
/// (`icingactl config deploy`): a command's shape, set back left of the
/// text, as it is set back under a sentence ended with `.` that is no
/// code itself (`1. Take it out of the pool.` / `  poolctl drop web3`);
/// or, right under a sentence ended with `.` (`... unset it
/// afterwards.` / `    ceph osd unset noout`), set in four columns or
/// more past it, as commands are and a sentence's next line is not.
pub(super) fn announced_command(text: &Line, line: &Line) -> bool {
    let back = line.indent < text.indent;
    let placed = (text.text.ends_with(':') && back)
        || (text.text.ends_with('.') && back && !text.code_like())
        || (text.text.ends_with('.') && line.indent >= text.indent + 4);
    placed && cmdshape::terse(&line.text)
}

/// Whether the run `lines[i..end]` is preformatted by where it sits
/// under the text above: commands set in under a sentence
/// (`set_in_under`), commands set back under one that breaks off on the
/// word pointing to them (`pointed_back`), or a dump's `<pre>` a sentence
/// announces (`dumped::pre_announced`; `base`, the prose's margin).
pub(super) fn under_text(lines: &[Line], i: usize, end: usize, base: usize) -> bool {
    set_in_under(lines, i, end)
        || pointed_back(lines, i, end)
        || super::dumped::pre_announced(lines, i, end, base)
}

/// Whether the run `lines[i..end]`, one blank line under a sentence that
/// breaks off with no stop on a word pointing ahead (`Check progress
/// with` / ` watch -n 300 poolctl status`), is set back left of it, every
/// line a command typed with a name or a number (`cmdshape::typed`): what
/// the sentence points to, its colon left out.
fn pointed_back(lines: &[Line], i: usize, end: usize) -> bool {
    let Some(above) = i.checked_sub(2).map(|k| &lines[k]) else {
        return false;
    };
    let t = &above.text;
    lines[i - 1].blank()
        && t.ends_with(char::is_alphabetic)
        && super::intro::open_ended(t)
        && lines[i..end]
            .iter()
            .all(|l| l.indent < above.indent && cmdshape::typed(&l.text))
}

/// Whether the run `lines[i..end]` is such commands set in under the
/// sentence on the line right above it, no blank line between: every line
/// a command `announced_command` takes (an item's text, `... unset it` /
/// `afterwards.` / `    ceph osd unset noout`, then the command).
fn set_in_under(lines: &[Line], i: usize, end: usize) -> bool {
    let Some(above) = i.checked_sub(1).map(|k| &lines[k]) else {
        return false;
    };
    !above.blank()
        && above.text.ends_with('.')
        && lines[i..end].iter().all(|l| announced_command(above, l))
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::convert::lines::split;
    use crate::doc::BlockKind;

    fn kinds(text: &str, i: usize) -> Option<Vec<&'static str>> {
        let lines = split(text);
        let end = lines.len();
        let (blocks, _) = parse(&lines, i, end, 3)?;
        let name = |k: &BlockKind| match k {
            BlockKind::CodeBlock { .. } => "code",
            BlockKind::Paragraph(_) => "para",
            _ => "other",
        };
        Some(blocks.iter().map(|b| name(&b.kind)).collect())
    }

    #[test]
    fn phrase_between_commands() {
        let text = "Check it:\n brctl door show east\n   which should print\n door east: stopped\n";
        assert_eq!(kinds(text, 1), Some(vec!["code", "para", "code"]));
    }

    #[test]
    fn sentences_and_unannounced_lines_stay() {
        // the text above does not announce commands
        let text = "Check it.\n brctl door show east\n   which should print\n door east\n";
        assert_eq!(kinds(text, 1), None);
        // a full sentence between is the item's text going on
        let text = "Check:\n brctl door show east\n   It prints the state.\n door east\n";
        assert_eq!(kinds(text, 1), None);
    }
}
