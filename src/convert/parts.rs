//! Labelled parts of a troubleshooting answer: lines in, where two such
//! parts or more follow one another (`Symptom:` over its text set deeper
//! or with it after the colon, then `Fix:` right under that text, no
//! blank line between), a definition list out: each label a term, its
//! text the definition. Parts run together like that describe one
//! problem; a part label alone with a blank line before the next titles
//! a part of an article (a heading, found elsewhere), except on a page
//! that runs its parts together: there a lone part is one of them too.
//! Three named fields or more of any name run together the same way
//! (`Backups: the server keeps` / `the old jobs.` / `Log server: ...`),
//! each value wrapped onto the line under its name, are such a list too,
//! and so are two or more short capitalised names of any kind alone with
//! their colon (`Contact:`, `Servers:`), each over its value set deeper.

use super::body::{Ctx, Parsed, chunk_end, nested, next_nonblank};
use super::classify::{contact_field, list_marker};
use super::inline;
use super::lines::Line;
use crate::doc::{Block, BlockKind, DefinitionItem};

/// The labels of an answer's parts, lower case.
const LABELS: &[&str] = &[
    "symptom",
    "symptoms",
    "cause",
    "causes",
    "root cause",
    "fix",
    "resolution",
    "workaround",
    "solution",
    "problem",
    "diagnosis",
    "impact",
    "meaning",
    "action",
    "actions",
];

/// The label a line opens with (`Fix`, capitalised, then `:` and either
/// nothing or a space and its text) and that text.
fn opens(text: &str) -> Option<(&str, &str)> {
    let (label, rest) = text.split_once(':')?;
    let ok = label.starts_with(char::is_uppercase)
        && LABELS.contains(&label.to_lowercase().as_str())
        && (rest.is_empty() || rest.starts_with(' '));
    ok.then(|| (label, rest.trim()))
}

/// Where the part opened at `lines[i]` ends: at the next line as far in
/// as the label that opens a part, or at a blank line that text no
/// deeper than the label follows (or nothing).
fn part_end(lines: &[Line], i: usize) -> usize {
    let at = lines[i].indent;
    let mut k = i + 1;
    while k < lines.len() {
        let l = &lines[k];
        if l.blank() {
            match next_nonblank(lines, k) {
                Some(n) if lines[n].indent > at => k = n,
                _ => return k,
            }
            continue;
        }
        if l.indent <= at && opens(&l.text).is_some() {
            return k;
        }
        k += 1;
    }
    k
}

/// The parts from `lines[i]` on, each label with the line after its
/// part, if two or more run together (each next label right where the
/// part before ends, as far in as the first) and each has text.
fn run(lines: &[Line], i: usize) -> Option<Vec<(usize, usize)>> {
    let mut out = Vec::new();
    let mut k = i;
    while k < lines.len() && lines[k].indent == lines[i].indent && opens(&lines[k].text).is_some() {
        let end = part_end(lines, k);
        let said = opens(&lines[k].text).is_some_and(|(_, rest)| !rest.is_empty());
        if !said && lines.get(k + 1).is_none_or(Line::blank) {
            break;
        }
        out.push((k, end));
        k = end;
    }
    (out.len() >= 2).then_some(out)
}

/// A field line's name and value in a run of named fields (`Backups:
/// the server keeps`): a field typed at the margin
/// (`flushfields::field`) with a value, no contact field (the contact
/// readers').
fn named(text: &str) -> Option<(&str, &str)> {
    super::flushfields::field(text)
        .filter(|(_, value)| !value.is_empty() && contact_field(text).is_none())
}

/// The parts of a run of three named fields or more at `lines[i]`'s
/// margin, up to the next blank line, each value going on at that margin
/// on the line under its name (lines set deeper, a command, may follow):
/// a list of what each named thing needs, typed without indents.
fn named_run(lines: &[Line], i: usize) -> Option<Vec<(usize, usize)>> {
    // (the cheap test first: a field at the top)
    named(&lines[i].text)?;
    let margin = lines[i].indent;
    let end = chunk_end(lines, i);
    let at = |k: usize| lines[k].indent == margin && named(&lines[k].text).is_some();
    let starts: Vec<usize> = (i..end).filter(|&k| at(k)).collect();
    let runs_on = |k: usize| k + 1 < end && lines[k + 1].indent == margin && !at(k + 1);
    let plain = |l: &Line| {
        l.indent > margin
            || (l.indent == margin && list_marker(&l.text).is_none() && !l.text.contains("   "))
    };
    let ok =
        starts.len() >= 3 && starts.iter().all(|&k| runs_on(k)) && lines[i..end].iter().all(plain);
    let ends = starts.iter().skip(1).copied().chain([end]);
    ok.then(|| starts.iter().copied().zip(ends).collect())
}

/// The name of a label alone with its colon (`Servers:`): a short
/// capitalised name (`contact::capitalised_name`), no admonition's label
/// (`Note:`).
fn hung_label(text: &str) -> Option<&str> {
    let name = text.strip_suffix(':').filter(|n| !n.ends_with(':'))?;
    let ok = super::contact::capitalised_name(name) && super::callout::label(text).is_none();
    ok.then_some(name)
}

/// The parts of a run of two labels or more at `lines[i]`'s margin, up
/// to the next blank line, each a short capitalised name alone with its
/// colon (`Contact:`, `Servers:`) right over its value set deeper (no
/// command, no list item), the next label right where the value ends:
/// fields typed over their values, whatever their names, so a definition
/// list (a YAML map's keys are lower case, a lead-in over its command is
/// code's).
fn hung_run(lines: &[Line], i: usize) -> Option<Vec<(usize, usize)>> {
    // (the cheap test first: a label at the top)
    hung_label(&lines[i].text)?;
    let margin = lines[i].indent;
    let end = chunk_end(lines, i);
    let value = |l: &Line| l.indent > margin && list_marker(&l.text).is_none() && !l.code_like();
    let mut out = Vec::new();
    let mut k = i;
    while k < end && lines[k].indent == margin && hung_label(&lines[k].text).is_some() {
        let e = (k + 1..end)
            .find(|&e| lines[e].indent <= margin)
            .unwrap_or(end);
        if e == k + 1 || !lines[k + 1..e].iter().all(value) {
            return None;
        }
        out.push((k, e));
        k = e;
    }
    (out.len() >= 2 && k == end).then_some(out)
}

/// Whether `lines[i]` opens such a run of parts (so titles nothing).
pub fn opens_run(lines: &[Line], i: usize) -> bool {
    (i == 0 || lines[i - 1].blank()) && run(lines, i).is_some()
}

/// Whether `lines[i]` opens a run of labels over their values set deeper
/// (`hung_run`), so titles nothing.
pub fn opens_hung(lines: &[Line], i: usize) -> bool {
    (i == 0 || lines[i - 1].blank()) && hung_run(lines, i).is_some()
}

/// Whether the page `lines` runs labelled parts together anywhere.
pub fn on_page(lines: &[Line]) -> bool {
    (0..lines.len()).any(|i| opens_run(lines, i))
}

/// The part at `lines[i]` alone, with its text after the label or
/// right under it: one of the parts on a page that runs them together.
fn lone(lines: &[Line], i: usize) -> Option<Vec<(usize, usize)>> {
    let (_, rest) = opens(&lines[i].text)?;
    let said = !rest.is_empty() || lines.get(i + 1).is_some_and(|l| !l.blank());
    said.then(|| vec![(i, part_end(lines, i))])
}

/// The run of parts at `lines[i]` (one alone where the page runs them
/// together, `ctx.parts`) as a definition list.
pub fn parse(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<Parsed> {
    if i > 0 && !lines[i - 1].blank() {
        return None;
    }
    let parts = run(lines, i)
        .or_else(|| lone(lines, i).filter(|_| ctx.parts))
        .or_else(|| named_run(lines, i))
        .or_else(|| hung_run(lines, i))?;
    let mut items = Vec::new();
    for &(k, end) in &parts {
        let (label, rest) = opens(&lines[k].text)
            .or_else(|| named(&lines[k].text))
            .or_else(|| Some((hung_label(&lines[k].text)?, "")))?;
        let mut text: Vec<Line> = lines[k + 1..end].to_vec();
        if !rest.is_empty() {
            let mut first = lines[k].clone();
            first.text = rest.to_string();
            text.insert(0, first);
        }
        let base = text.iter().find(|l| !l.blank()).map_or(0, |l| l.indent);
        let definition = nested(&text, base, ctx);
        items.push(DefinitionItem {
            line: lines[k].no,
            term: inline::parse(label, lines[k].no),
            classifiers: Vec::new(),
            definition,
        });
    }
    let end = parts.last().map_or(i + 1, |p| p.1);
    let list = Block::new(lines[i].no, BlockKind::DefinitionList(items));
    Some((vec![list], end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn parts_running_together_are_found() {
        let text = "Symptom:\n  The pump hums.\nFix: Clean the filter\nand try again.\n\nMore.\n";
        let lines = split(text);
        assert_eq!(run(&lines, 0), Some(vec![(0, 2), (2, 4)]));
        // a label alone with a blank line under it titles a part
        let lines = split("Cause:\n\nThe pump hums.\nFix: Clean it.\n");
        assert!(!opens_run(&lines, 0));
        // one part is no run
        let lines = split("Fix: Clean the filter.\n\nSymptom: none.\n");
        assert!(!opens_run(&lines, 0));
    }

    #[test]
    fn labels_alone_over_values_set_in_run_together() {
        let text = "Contact:\n  the desk, or the night porter\nServers:\n  web01, web02\n";
        assert_eq!(hung_run(&split(text), 0), Some(vec![(0, 2), (2, 4)]));
        // a YAML map's keys are lower case; a lead-in over a command is code's
        assert_eq!(
            hung_run(&split("trigger:\n  topic: x\ncriteria:\n  any\n"), 0),
            None
        );
        let text = "Logs:\n  tail -f /var/log/app.log\nState:\n  systemctl status app\n";
        assert_eq!(hung_run(&split(text), 0), None);
        // one label is no run, nor labels with nothing set in under them
        assert_eq!(hung_run(&split("Contact:\n  the desk\n"), 0), None);
        assert_eq!(hung_run(&split("Contact:\nServers:\n  web01\n"), 0), None);
    }

    #[test]
    fn named_fields_each_wrapped_run_together() {
        let text = "Pumps: drain them, then\nclose the valve.\nFans (north): they stop\nby themselves.\nLights: leave on, the\nguard needs them.\n";
        assert_eq!(
            named_run(&split(text), 0),
            Some(vec![(0, 2), (2, 4), (4, 6)])
        );
        // a field on one line among them is a form, not such a run
        let text = "Pumps: drain them\nFans: they stop\nby themselves.\nLights: leave on, the\nguard needs them.\n";
        assert_eq!(named_run(&split(text), 0), None);
        // two are not enough, nor contact fields
        assert_eq!(
            named_run(&split("Pumps: drain\nthem.\nFans: stop\nthem.\n"), 0),
            None
        );
        let text = "Owner: the web\nteam.\nFans: they\nstop.\nLights: leave\non.\n";
        assert_eq!(named_run(&split(text), 0), None);
    }

    #[test]
    fn a_label_is_a_known_part_before_a_colon() {
        assert_eq!(opens("Fix: clean it"), Some(("Fix", "clean it")));
        assert_eq!(opens("Root cause:"), Some(("Root cause", "")));
        assert_eq!(opens("Fixes: a, b"), None);
        assert_eq!(opens("fix: lower case"), None);
        assert_eq!(opens("Fix:ed"), None);
    }
}
