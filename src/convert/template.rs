//! A contact block or a mail shown as a template to copy, in: lines set
//! in deeper than the sentence above them, maybe a title (`Contact
//! Information`), then contact fields whose every value is a placeholder
//! in angle brackets (`Owner: <team that answers for the service>`), or
//! mail headers (`Subject:`, `To:`) then the mail's text, blank lines
//! between allowed, or a form of fields of other names to fill in set in
//! under the sentence that asks for it (`paste this text:` / `  Customer
//! ID: 4098`); where it ends out, and its literal block, kept as typed
//! rather than read as the page's own fields and paragraphs.

use super::body::{Parsed, next_nonblank};
use super::classify::contact_field;
use super::headtext::contact_title;
use super::lines::Line;

/// Where a template starting at `lines[i]` ends (the line after its last
/// field), or where the fenced block there ends: lines a heading finder
/// does not look into.
pub fn kept_end(lines: &[Line], i: usize) -> Option<usize> {
    super::fence::end(lines, i)
        .or_else(|| end(lines, i))
        .or_else(|| mail_end(lines, i))
        .or_else(|| form_end(lines, i))
}

/// The template starting at `lines[i]` as one literal block, and the line
/// after it.
pub fn block(lines: &[Line], i: usize) -> Option<Parsed> {
    let e = end(lines, i)
        .or_else(|| mail_end(lines, i))
        .or_else(|| form_end(lines, i))?;
    Some(super::literal::literal(lines, i, e))
}

/// Where the template starting at `lines[i]` ends: two placeholder fields
/// or more, under a contact title or not, each line no less deep than the
/// first, the first deeper than the sentence before it.
fn end(lines: &[Line], i: usize) -> Option<usize> {
    let first = &lines[i];
    // (the cheap test first: a title or a placeholder field)
    if !(contact_title(&first.text) || placeholder(&first.text)) {
        return None;
    }
    let above = lines[..i].iter().rev().find(|l| !l.blank())?;
    if above.indent >= first.indent || !above.text.ends_with(['.', ':']) {
        return None;
    }
    let start = if placeholder(&first.text) { i } else { i + 1 };
    let (mut fields, mut e, mut k) = (0, i + 1, start);
    while let Some(n) = next_nonblank(lines, k) {
        if lines[n].indent < first.indent || !placeholder(&lines[n].text) {
            break;
        }
        fields += 1;
        (e, k) = (n + 1, n + 1);
    }
    (fields >= 2).then_some(e)
}

/// Where the mail starting at `lines[i]` ends (the line after its last
/// line set in as deep as its first): a subject and another header or
/// more, or a subject alone, a blank line after them, under a sentence
/// ending with `:` that stands left of them, one blank line between; or
/// the mail quoted line by line with `>` under such a sentence (`quoted`).
fn mail_end(lines: &[Line], i: usize) -> Option<usize> {
    let first = &lines[i];
    // (the cheap test first: a header line, maybe quoted)
    if super::mailhead::header(&first.text).is_none() {
        return quoted(lines, i);
    }
    // (two headers or more, set in under a sentence ending with `.`,
    // are a mail shown whole too: `... keep the wording.` / `  To: ...`)
    let colon = under_colon(lines, i);
    if !colon && !under_stop(lines, i) {
        return flush_mail_end(lines, i);
    }
    let heads = lines[i..]
        .iter()
        .take_while(|l| !l.blank() && l.indent == first.indent)
        .map(|l| super::mailhead::header(&l.text))
        .collect::<Option<Vec<_>>>()?;
    // (a subject alone heads the mail only with its text after a blank
    // line, set in as deep: `Subject: the move` / `On Monday ...`)
    let text_after = || {
        lines.get(i + 2).is_some_and(|n| n.indent == first.indent)
            && lines.get(i + 1).is_some_and(Line::blank)
    };
    let subject = heads.iter().any(|(name, _)| *name == "subject");
    if !subject || (heads.len() < 2 && !(colon && text_after())) {
        return None;
    }
    let mut e = i + heads.len();
    for (k, l) in lines.iter().enumerate().skip(e) {
        if l.blank() {
            continue;
        }
        if l.indent < first.indent {
            break;
        }
        e = k + 1;
    }
    Some(e)
}

/// Where the mail pasted flush under the sentence that shows it ends
/// (`Mail from Sam, for the record:` / `From: Sam <sam@example.org>`):
/// two headers or more with a subject among them, at the sentence's
/// indentation one blank line under its colon, then the mail's text, no
/// line left of the headers, up to its sign-off (`signed_off`), the
/// paragraphs of a text that goes on with no sign-off left as they are.
fn flush_mail_end(lines: &[Line], i: usize) -> Option<usize> {
    let first = &lines[i];
    if colon_above(lines, i)?.indent != first.indent {
        return None;
    }
    let heads = lines[i..]
        .iter()
        .take_while(|l| l.indent == first.indent)
        .map_while(|l| super::mailhead::header(&l.text))
        .collect::<Vec<_>>();
    if heads.len() < 2 || !heads.iter().any(|(name, _)| *name == "subject") {
        return None;
    }
    let mut k = i + heads.len();
    if !lines.get(k)?.blank() {
        return None;
    }
    let mut greeted = false;
    for _ in 0..MAIL_PARAGRAPHS {
        let n = next_nonblank(lines, k)?;
        let e = super::body::chunk_end(lines, n);
        let para = &lines[n..e];
        if para.iter().any(|l| l.indent < first.indent) {
            return None;
        }
        greeted |= super::blockrun::greeting(&para[0].text);
        if signed_off(para, greeted) {
            return Some(e);
        }
        k = e;
    }
    None
}

/// The most paragraphs a mail pasted flush is read through for its
/// sign-off.
const MAIL_PARAGRAPHS: usize = 8;

/// Whether the paragraph `para` closes a mail: a signature's `--` line
/// (`-- ` as typed, its space trimmed) with a line under it, or, in a
/// mail opened with a greeting (`Hi all,`), a last line that is a name
/// alone (`Sam`, `Sam Berg`: one or two capitalised words of letters),
/// with a closing word (`Thanks,`) above it or not (`Olek` alone under
/// the text). A one- or two-word heading after a greeted mail that has
/// no sign-off reads the same and ends the mail too: the mail must come
/// flush under a colon with a subject among two headers or more, and a
/// heading there is rarer than a bare name. Near `signature::signer`,
/// which takes longer names for a signature block.
fn signed_off(para: &[Line], greeted: bool) -> bool {
    let dashes = para.iter().position(|l| l.text == "--");
    if dashes.is_some_and(|d| d + 1 < para.len()) {
        return true;
    }
    let last = para.last().map_or("", |l| l.text.as_str());
    let words: Vec<&str> = last.split_whitespace().collect();
    let named = |w: &&str| {
        let mut chars = w.chars();
        chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && chars.all(|c| c.is_ascii_lowercase())
    };
    greeted && (1..=2).contains(&words.len()) && words.iter().all(named)
}

/// Where the mail quoted with `>` starting at `lines[i]` ends: its first
/// line a header (`> From: Sam <sam@example.org>`), the lines under it
/// all starting with `>` (`>>` a reply quoted in it), two headers or a
/// subject among them, right under a sentence ending with `:` (set in
/// or out of it), one blank line between: a mail shown as it came, kept
/// as typed.
fn quoted(lines: &[Line], i: usize) -> Option<usize> {
    let first = &lines[i];
    super::mailhead::header(first.text.strip_prefix("> ")?)?;
    // (at any indentation: a mail set out left of its sentence is shown too)
    colon_above(lines, i)?;
    let e = (i..lines.len())
        .find(|&k| lines[k].indent != first.indent || !lines[k].text.starts_with('>'))
        .unwrap_or(lines.len());
    let heads: Vec<&str> = lines[i..e]
        .iter()
        .filter_map(|l| {
            let text = l.text.trim_start_matches('>').trim_start();
            super::mailhead::header(text).map(|(name, _)| name)
        })
        .collect();
    (heads.len() >= 2 || heads.contains(&"subject")).then_some(e)
}

/// Where the form starting at `lines[i]` ends (its first blank line): two
/// fields or more one under the other, set in deeper than a sentence of
/// three words or more (or a paragraph's last line) ending with `:` one
/// blank line above (`Use the template:` / `    Week: 2022-W14` /
/// `    Open incidents: none`), two columns deeper or more, no value set
/// out in a column, most of them not contact fields (a contact block set
/// in is the page's own).
fn form_end(lines: &[Line], i: usize) -> Option<usize> {
    // (the cheap test first: a field under a blank line)
    super::flushfields::field(&lines[i].text)?;
    if !under_colon(lines, i) {
        return None;
    }
    let above = i - 2;
    // (set in by one column only, as a wiki or a typist sets off a list,
    // the fields are the sentence's own list: `columns are:` / ` Name: ...`)
    if lines[i].indent < lines[above].indent + 2 {
        return None;
    }
    let asks = lines[above].text.split_whitespace().count() >= 3
        || above.checked_sub(1).is_some_and(|k| !lines[k].blank());
    let rows: Vec<&Line> = lines[i..].iter().take_while(|l| !l.blank()).collect();
    // (values set out in a column are a table of the page's own)
    let fielded = |l: &&Line| {
        l.indent == lines[i].indent
            && !l.text.contains("   ")
            && super::flushfields::field(&l.text).is_some()
    };
    let contacts = rows
        .iter()
        .filter(|l| contact_field(&l.text).is_some())
        .count();
    (asks && rows.len() >= 2 && rows.iter().all(fielded) && 2 * contacts < rows.len())
        .then_some(i + rows.len())
}

/// Whether `lines[i]` stands one blank line under a sentence ending with
/// `:` that stands left of it.
fn under_colon(lines: &[Line], i: usize) -> bool {
    colon_above(lines, i).is_some_and(|above| above.indent < lines[i].indent)
}

/// Whether `lines[i]` stands one blank line under a sentence ending with
/// `.` that stands left of it.
fn under_stop(lines: &[Line], i: usize) -> bool {
    let Some(above) = i.checked_sub(2).map(|k| &lines[k]) else {
        return false;
    };
    lines[i - 1].blank() && above.text.ends_with('.') && above.indent < lines[i].indent
}

/// The line ending with `:` one blank line above `lines[i]`, the sentence
/// asking for what stands under it, at any indentation.
fn colon_above<'a, 'l>(lines: &'a [Line<'l>], i: usize) -> Option<&'a Line<'l>> {
    let above = &lines[i.checked_sub(2)?];
    (lines[i - 1].blank() && above.text.ends_with(':')).then_some(above)
}

/// Whether `text` is a contact field whose value is a placeholder: words
/// in angle brackets (`<people to ask>`; an address in them, with no
/// space, is a value).
fn placeholder(text: &str) -> bool {
    contact_field(text).is_some_and(|(_, value)| {
        value
            .strip_prefix('<')
            .and_then(|v| v.strip_suffix('>'))
            .is_some_and(|v| v.contains(' ') && !v.contains(['<', '>']))
    })
}

#[cfg(test)]
mod tests {
    use super::super::lines::split;
    use super::*;

    #[test]
    fn placeholders_in_angle_brackets_make_a_template() {
        assert!(placeholder("Owner: <the team that runs it>"));
        assert!(!placeholder("Contact: <ops@example.org>"));
        assert!(!placeholder("Owner: the web team"));
    }

    #[test]
    fn a_template_is_set_in_under_its_sentence() {
        let text = "Fill in this block.\n\n    Contact Information\n\n      Owner: <a team>\n      Purpose: <what it does>\n\nAfter.\n";
        let lines = split(text);
        assert_eq!(end(&lines, 2), Some(6));
        let flush = "Fill in this block.\n\nOwner: <a team>\nPurpose: <what it does>\n";
        assert_eq!(end(&split(flush), 2), None);
    }

    #[test]
    fn a_mail_set_in_under_a_stopped_sentence_is_kept() {
        let text = "Send it as worded.\n\n    To: ops@example.org\n    Subject: move\n\n    We move on Monday.\n\nThen wait.\n";
        assert_eq!(mail_end(&split(text), 2), Some(6));
        // a subject alone under a full stop is no mail shown
        let text = "Send it.\n\n    Subject: move\n\n    We move.\n";
        assert_eq!(mail_end(&split(text), 2), None);
    }

    #[test]
    fn a_mail_pasted_flush_under_its_colon_runs_to_its_sign_off() {
        let text = "The mail that came:\n\nFrom: Sam <sam@example.org>\nSubject: pumps\n\nHi all,\n\npump 2 is loud again.\n\nSam\n\nChecking\n\nLook at it.\n";
        assert_eq!(mail_end(&split(text), 2), Some(10));
        let signed = "The report:\n\nFrom: cron@example.org\nSubject: disks\n\nAll full.\n--\ncron on db01\n\nThen.\n";
        assert_eq!(mail_end(&split(signed), 2), Some(8));
        // no sign-off, no greeting: the page's own text goes on
        let unsigned = "The mail:\n\nFrom: Sam\nSubject: pumps\n\npump 2 is loud.\n\nChecking\n";
        assert_eq!(mail_end(&split(unsigned), 2), None);
        // set out at the sentence's indentation under a full stop: no mail shown
        let stop = "The mail came.\n\nFrom: Sam\nSubject: pumps\n\nHi,\n\nSam\n";
        assert_eq!(mail_end(&split(stop), 2), None);
    }

    #[test]
    fn a_form_is_set_in_under_the_sentence_asking_for_it() {
        let text = "Fill in the form below:

    Room: 4
    Badge number: 1182

After.
";
        assert_eq!(form_end(&split(text), 2), Some(4));
        let label = "Contact:

    Owner: the web team
    Chat: #web
";
        assert_eq!(form_end(&split(label), 2), None);
        let contacts = "Ask these people:

    Owner: the web team
    Contact: #web
";
        assert_eq!(form_end(&split(contacts), 2), None);
    }
}
