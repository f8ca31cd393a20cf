//! Heading text tests for the legacy text reader: a line's text in,
//! whether it can read as a title (short, no sentence stop, no command,
//! path or field), loosely for indented lines and strictly for flush-left;
//! and whether a list item's first line titles the text set under it.

use super::classify::{
    code_like, contact_field, contents_item, list_marker, note_icon, strip_heading_number,
};
use super::lines::Line;
use unicode_width::UnicodeWidthStr;

/// Whether the page's first line `lines[i]`, flush left, is its title
/// typed right on top of the first paragraph, no blank line between: a
/// short line with no stop, over a line of the paragraph twenty
/// characters longer or more, as no paragraph's first line falls short
/// of its second.
pub(super) fn title_over_text(lines: &[Line], i: usize) -> bool {
    let (l, Some(n)) = (&lines[i], lines.get(i + 1)) else {
        return false;
    };
    let (title, next) = (l.text.width(), n.text.width());
    !n.blank()
        && l.indent == 0
        && n.indent == 0
        && title <= 60
        && next >= title + 20
        && !l.text.ends_with(['.', ':', ',', ';'])
        && list_marker(&n.text).is_none()
        && !l.code_like()
        && !n.code_like()
}

/// Whether the page's first line `lines[i]`, flush left, is its title
/// over one field typed right under it and then a blank line (`Mail
/// relay: draining the queue` / `Impact: none for users`): the field
/// stands alone under it, no contact field (`Owner: ...` makes a block
/// of fields), and the title is phrased as one: a name and a rest of two
/// words or more each, the rest in words (no `Last checked: 2019-03-01`).
pub(super) fn title_over_field(lines: &[Line], i: usize) -> bool {
    let (l, Some(n)) = (&lines[i], lines.get(i + 1)) else {
        return false;
    };
    let worded = |t: &str| t.split_whitespace().count() >= 2;
    let titled = l.text.split_once(": ").is_some_and(|(name, rest)| {
        worded(name)
            && worded(rest)
            && rest.starts_with(char::is_alphabetic)
            && !rest.ends_with(['.', ':', ',', ';'])
    });
    l.indent == 0
        && n.indent == 0
        && titled
        && contact_field(&l.text).is_none()
        && contact_field(&n.text).is_none()
        && !l.code_like()
        && lines.get(i + 2).is_none_or(Line::blank)
        && super::flushfields::field(&n.text).is_some()
}

/// Whether a lone line can be a heading at all.
pub(super) fn heading_like(text: &str, indented: bool) -> bool {
    let stripped = strip_heading_number(text);
    let numbered = stripped.len() != text.len();
    let words = stripped.split_whitespace().count();
    let last = text.chars().last().unwrap_or(' ');
    // a sentence with a clause after a comma is not a title (a comma in
    // the note in brackets closing it is the note's: `Before the
    // hand-over (outgoing person, last half hour)`), when the words
    // before it are plain (a name with an address is no title)
    let head = stripped
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" ("))
        .map(|(h, _)| h)
        .filter(|h| h.chars().all(|c| c.is_alphanumeric() || " -'".contains(c)))
        .unwrap_or(stripped);
    let clause = words >= 7 && head.contains(", ");
    text.width() <= 72
        && words > 0
        && words <= 12
        && !clause
        && !".,;!".contains(last)
        && (indented || last != ':' || (words <= 4 && text.starts_with(char::is_uppercase)))
        && unquoted(text, indented)
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
        && (numbered || list_marker(text).is_none())
        && contents_item(text).is_none()
        && (contact_field(text).is_none() || contact_label(text))
        && note_icon(text).is_none()
        && !code_like(text)
        && !text.contains("://")
        && (!names_path(text) || names_case(text))
        && !labels_command(text)
        && !super::session::waits_for_key(text)
        && !banner(text)
}

/// Whether `text` is the banner a program prints over its output: words
/// closed by a space and a run of five `*` or more (`PLAY RECAP ******`,
/// `TASK [web : restart] ******`, as ansible prints them), not a title.
/// Every such line of the ideals stays in its literal block with the
/// rows under it; a title framed in stars opens with them too.
pub(super) fn banner(text: &str) -> bool {
    let body = text.trim_end_matches('*');
    text.len() - body.len() >= 5 && body.ends_with(' ') && !text.starts_with('*')
}

/// Whether a lone line reads as a heading (`heading_like`) or, the
/// page's `first` line, as its title: one naming a directory of the root
/// by its one name (`Full /boot on an old VM`: a title names the mount
/// point a page is about, where a sentence says where a file is,
/// `/etc/x.conf`), or one of up to sixteen words (`How to get a
/// certificate from the internal CA for a new service`): a title names
/// the whole page and may run longer than a section's name; no sentence
/// typed without its stop, no clause after a comma.
pub(super) fn title_like(text: &str, indented: bool, first: bool) -> bool {
    heading_like(text, indented) || (first && (rooted(text, indented) || long(text, indented)))
}

/// Whether `text` reads as a heading once a root directory named in it
/// (`/boot`) is read as its name.
fn rooted(text: &str, indented: bool) -> bool {
    fn unrooted(w: &str) -> &str {
        match w.strip_prefix('/') {
            Some(r) if !r.is_empty() && r.chars().all(|c| c.is_alphanumeric() || c == '-') => r,
            _ => w,
        }
    }
    let words: Vec<&str> = text.split(' ').map(unrooted).collect();
    heading_like(&words.join(" "), indented)
}

/// Whether `text` is a title of 13 to 16 words whose first twelve read
/// as a heading.
fn long(text: &str, indented: bool) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (13..=16).contains(&words.len())
        && text.width() <= 72
        && !text.contains(", ")
        && !text.ends_with(['.', ',', ';', '!', ':'])
        && !unstopped_sentence(text)
        && heading_like(&words[..12].join(" "), indented)
}

/// Whether a line is a label with a command after its colon (`Reload
/// after edits: systemctl reload rsyncd`, or code marked as such: an
/// Info definition's `Command: ``name args```): an instruction or a term,
/// not a title; or with a list of values (`Applies to: web01, web02`): a
/// field; or with a date written year first (`Last updated: 2016-02-09
/// (jdoe)`): when the page was written, a field, not a title.
fn labels_command(text: &str) -> bool {
    text.split_once(": ").is_some_and(|(_, rest)| {
        let rest = rest.trim();
        let marked = rest.len() > 4 && rest.starts_with("``") && rest.ends_with("``");
        let dated = rest
            .split_whitespace()
            .next()
            .is_some_and(super::logline::day);
        code_like(rest) || marked || rest.contains(", ") || dated
    })
}

/// Whether a line names an absolute or home path (`/etc/app.d/`,
/// `~/.ssh`): it says where something is, as a sentence does, and a
/// title does not.
fn names_path(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let rest = w.strip_prefix('~').unwrap_or(w);
        rest.strip_prefix('/')
            .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric() || c == '.'))
    })
}

/// Whether a line names the case its section handles by a condition
/// (`If /var/spool is full`, `When ~/.cache grows`): a path there names
/// the thing the case is about, not where something is, and lone `If`
/// and `When` lines title their sections (64 of 67 ideals; the others a
/// question or a lead-in).
fn names_case(text: &str) -> bool {
    let opener = text.split_whitespace().next().unwrap_or("");
    matches!(opener, "If" | "When") && !text.ends_with('?')
}

/// Flush-left text past a quotation mark that opens it when the quote
/// closes on the line (`"Relay denied" for a new host`, `"Disk full"`):
/// a problem named by the message it shows, titled as its words are.
/// Indented text keeps its mark (a quoted line in a body set in is a
/// message or a command shown, not a title).
fn unquoted(text: &str, indented: bool) -> &str {
    let Some(rest) = text
        .strip_prefix('"')
        .or_else(|| text.strip_prefix('\u{201c}'))
    else {
        return text;
    };
    let closes = rest.find(['"', '\u{201d}']).is_some_and(|at| at > 0);
    if indented || !closes { text } else { rest }
}

/// Whether `lines[i]` is a subsection of a page whose body is set in,
/// named by the message it is about: wholly one quotation (`"no route to
/// host (errno 113)"`, any length a message has), set in by two as a
/// dump sets a subsection's title, over deeper text.
pub(super) fn message_title(lines: &[Line], i: usize, indented: bool) -> bool {
    let l = &lines[i];
    let inner = l
        .text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or("");
    indented
        && l.indent == 2
        && inner.starts_with(char::is_alphanumeric)
        && !inner.contains('"')
        && inner.split_whitespace().count() <= 16
        && super::indent::text_under(lines, i)
}

/// Whether a lone line is a sentence typed without its stop (`The
/// side door is opened from the yard`): five words or more, lower case
/// after the first but for names, one a verb a sentence has (`is`,
/// `has`, `should` ...), which a title seldom takes, and no question.
pub(super) fn unstopped_sentence(text: &str) -> bool {
    const VERBS: &[&str] = &[
        "is", "are", "was", "were", "has", "have", "had", "should", "must", "can", "will", "may",
        "needs", "does",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower = words[1.min(words.len())..]
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .count();
    words.len() >= 5
        && !text.ends_with('?')
        && lower * 3 >= (words.len() - 1) * 2
        && words[1..].iter().any(|w| VERBS.contains(w))
}

/// A stricter test for flush-left text, where any short line stands alone.
/// A question is no title unless numbered as a section or written in
/// capitals (`HOW LATE ARE WE?`): prose never shouts a whole line, so a
/// question in capitals names its section as any capitals line does.
pub(super) fn strict_heading(text: &str) -> bool {
    let stripped = strip_heading_number(text);
    let named = part_named(stripped).unwrap_or(stripped);
    let words = without_aside(named).split_whitespace().count();
    // a section numbered two parts deep may name a lowercase thing
    // (`2.2.1 ext4 (old hosts)`): its number marks it a title
    let lower = sub_numbered(text) && stripped.chars().next().is_some_and(char::is_lowercase);
    let first = unquoted(stripped, false).chars().next();
    words <= 10
        && (first.is_some_and(char::is_uppercase) || lower)
        && (!text.ends_with('?') || sub_numbered(text) || super::capsnest::capitals(text))
        && (!dash_outside_brackets(text) || part_title(text))
}

/// Whether `text` has ` - ` outside brackets, where it sets a name off
/// from what it is (`web01 - the first web node`); one in an aside in
/// brackets spans a range (`Phase 2: agents  (Feb 23 - Mar 20)`) and
/// leaves the title whole.
fn dash_outside_brackets(text: &str) -> bool {
    let mut depth = 0usize;
    let mut prev = ' ';
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '-' if depth == 0 && prev == ' ' && chars.peek() == Some(&' ') => return true,
            _ => {}
        }
        prev = c;
    }
    false
}

/// A title without the aside in brackets that closes it (`Logging out
/// (e.g. moving the disk to another host)`): the aside qualifies the
/// title, its words are no part of the name a title keeps short.
pub(super) fn without_aside(text: &str) -> &str {
    match text.strip_suffix(')').and_then(|t| t.split_once(" (")) {
        Some((name, aside)) if !aside.contains(['(', ')']) && !name.contains('(') => name,
        _ => text,
    }
}

/// Whether flush-left text is a bare title, ending with no stop or colon
/// (`Restart the relay`).
pub(super) fn bare_title(text: &str) -> bool {
    text.ends_with(char::is_alphanumeric) && strict_heading(text) && heading_like(text, false)
}

/// Whether a line carries a section number two parts deep or more
/// (`3.1 Who is primary?`): a numbered part of the page, even when its
/// title asks a question.
fn sub_numbered(text: &str) -> bool {
    let stripped = strip_heading_number(text);
    let num = text[..text.len() - stripped.len()]
        .trim()
        .trim_end_matches(['.', ')']);
    num.split('.').filter(|p| !p.is_empty()).count() >= 2
}

/// `Section 2 - Failover`, `Part 3 - Checks`, `Step 4 - Swap it`: a
/// numbered part, phase or step and its name after a dash.
fn part_title(text: &str) -> bool {
    part_named(text).is_some()
}

/// The name of a numbered part, step or phase after its dash (`Swap it`
/// of `Step 4 - Swap it`); None for another line.
pub(super) fn part_named(text: &str) -> Option<&str> {
    let (head, name) = text.split_once(" - ")?;
    (part_number(head) && !name.trim().is_empty()).then_some(name.trim())
}

/// The name of a step or part after its number and a colon (`kill the
/// renderer, not the worker` of `Step 3: kill the renderer, not the
/// worker`): one clause, no sentence ending inside it (`add. Never`), no
/// colon after it; None for another line.
pub(super) fn step_named(text: &str) -> Option<&str> {
    let (head, name) = text.split_once(": ")?;
    let name = name.trim();
    let ok = part_number(head)
        && !name.is_empty()
        && !name.ends_with(':')
        && !super::flushfields::inner_stop(name);
    ok.then_some(name)
}

/// Whether `text` is a part's, a phase's or a step's word and its number
/// alone (`Step 3`, `Part B`): it counts the parts, naming none.
pub(super) fn part_number(text: &str) -> bool {
    let mut w = text.split_whitespace();
    let word = w.next().unwrap_or("");
    let num = w.next().unwrap_or("");
    ["Section", "Part", "Chapter", "Step", "Phase", "Stage"].contains(&word)
        && !num.is_empty()
        && num
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        && w.next().is_none()
}

/// Whether a `Label:` names a part that SOPs and knowledge-base articles
/// have (`Symptoms:`, `Cause:`, `Resolution:`, `Rollback:`, `Related
/// articles:`): a title
/// when text follows right under it.
pub(super) fn part_label(text: &str) -> bool {
    text.strip_suffix(':').is_some_and(part_name)
}

/// Whether a name, without its colon, is one of those parts (`Cause`).
pub(super) fn part_name(name: &str) -> bool {
    const PARTS: &[&str] = &[
        "symptom",
        "symptoms",
        "cause",
        "causes",
        "resolution",
        "workaround",
        "solution",
        "problem",
        "diagnosis",
        "prerequisites",
        "verification",
        "rollback",
        "backout",
        "escalation",
        "impact",
        "environment",
    ];
    name.starts_with(char::is_uppercase)
        && (PARTS.contains(&name.to_lowercase().as_str()) || super::references::part_name(name))
}

/// Whether a line is `Contact:` or `Contact Information:` alone: the
/// title of the contact fields under it, not a field without a value.
pub(super) fn contact_label(text: &str) -> bool {
    text.strip_suffix(':').is_some_and(contact_title)
}

/// Whether `lines[i]` is `Contacts:` or `Contact Information` flush
/// left right over the contact fields (`Owner: ...`), at the margin or
/// set in under it: their title, with no blank line under it.
pub(super) fn over_contact_fields(lines: &[Line], i: usize) -> bool {
    lines[i].indent == 0
        && contact_title(&lines[i].text)
        && lines
            .get(i + 1)
            .is_some_and(|n| contact_field(&n.text).is_some())
}

/// Whether a name, with or without its colon, titles the contact fields
/// (`Contact`, `Contacts:`, `Contact Information`).
pub(super) fn contact_title(text: &str) -> bool {
    let w = text.trim().trim_end_matches(':').trim().to_lowercase();
    [
        "contact",
        "contacts",
        "contact information",
        "contact details",
    ]
    .contains(&w.as_str())
}

/// Whether an item's first line (`first`, its indent the text's column)
/// titles the text under it rather than wrapping onto `next`: it ends
/// no sentence nor with a word that leads on (`to`, `the`), and `next`
/// starts a sentence of its own with a capital, set deeper than the
/// item's text, no command nor marker (`2) "The log is empty"` over
/// `    Each run writes ...`).
pub(super) fn item_title(first: &Line, next: &Line) -> bool {
    const LEADS: [&str; 18] = [
        "a", "an", "and", "are", "as", "at", "by", "for", "from", "in", "is", "of", "on", "or",
        "that", "the", "to", "with",
    ];
    let last = first.text.split_whitespace().last().unwrap_or_default();
    !first.text.ends_with(['.', ':', '!', '?', ';', ',', '\\'])
        && !LEADS.contains(&last.to_lowercase().as_str())
        && next.indent > first.indent
        && next.text.starts_with(char::is_uppercase)
        && !next.code_like()
        && list_marker(&next.text).is_none()
}

/// Whether a `Label:` is one that runs into the text after it rather
/// than titling it: an admonition's name (`Note:`, `Warning:`), `See
/// also:`, `For example:`, or a step's number alone (`Step 2:`, which
/// counts the steps, naming none).
pub(super) fn run_in_label(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "note",
        "notes",
        "warning",
        "important",
        "tip",
        "hint",
        "caution",
        "see also",
        "example",
        "for example",
    ];
    let t = text.trim_end_matches(':').trim();
    LABELS.contains(&t.to_lowercase().as_str()) || part_number(t)
}

/// A heading's text as a key to match it by: lower case, without its
/// end stop or colon.
pub(super) fn key_of(text: &str) -> String {
    text.trim_end_matches(['.', ':']).trim().to_lowercase()
}

/// Whether the titles a page's `Contents` names (`entries`, as keys,
/// sorted as `contents::titles` gives them) hold the heading `text`.
pub(super) fn names(entries: &[String], text: &str) -> bool {
    entries.binary_search(&key_of(text)).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_message_set_in_by_two_titles_its_text() {
        let lines = crate::convert::lines::split(
            "Errors\n\n  \"disk quota exceeded (uid 1041)\"\n\n   Ask for more room.\n",
        );
        assert!(message_title(&lines, 2, true));
        assert!(!message_title(&lines, 2, false));
        assert!(!message_title(&lines, 4, true));
    }

    #[test]
    fn a_lone_sentence_without_its_stop_is_told_from_a_title() {
        assert!(unstopped_sentence("The override key is in the tool shed"));
        assert!(unstopped_sentence("The gate should close by itself"));
        assert!(!unstopped_sentence("Console access"));
        assert!(!unstopped_sentence("Where is the spare gate key?"));
        assert!(!unstopped_sentence("What Is In The Shed Today"));
        assert!(!unstopped_sentence(
            "Restarting the gate controller by hand"
        ));
    }

    #[test]
    fn a_first_line_over_one_field_titles_the_page() {
        let split = crate::convert::lines::split;
        let ok = split("Gate Keeping: Swapping the Fob\nImpact: none at all\n\nText.\n");
        assert!(title_over_field(&ok, 0));
        for no in [
            "Last checked: 2019-03-01\nImpact: none at all\n",
            "Gate Keeping: Swapping the Fob\nOwner: the desk\n",
            "Gate Keeping: Swapping the Fob\nImpact: none at all\nmore of it\n",
            "Gate: the fob\nImpact: none at all\n",
        ] {
            assert!(!title_over_field(&split(no), 0), "{no}");
        }
    }

    #[test]
    fn titles_read_as_headings() {
        assert!(heading_like("Restarting the proxy", false));
        assert!(heading_like("2. Failover", false));
        assert!(heading_like("Hosts:", false));
        assert!(strict_heading("Section 2 - Failover"));
        assert!(part_label("Resolution:") && part_label("ROLLBACK:"));
        assert!(heading_like("Contact:", false) && !heading_like("Contact: #ops", false));
        // a date after the label dates the page: a field
        assert!(!heading_like("Last updated: 2019-07-01 (ops)", false));
        assert!(heading_like("Step 2: 2019 hardware", false));
        assert!(contact_label("Contact Information:") && !contact_label("Contact"));
        assert!(contact_title("Contacts:") && contact_title("Contact Information"));
        // a problem named by the message it quotes; a lone quote mark or
        // a quoted command is no title
        assert!(bare_title("\"Quota exceeded\" on the build share"));
        assert!(strict_heading("\"Disk full\"") && heading_like("\"Disk full\"", false));
        assert!(!heading_like("\"Disk full\"", true));
        assert!(!strict_heading("\"Unclosed quote here") && !strict_heading("\"sudo reboot\""));
        assert!(!contact_title("Contact the owner"));
        assert!(!part_label("resolution:") && !part_label("Resolution") && !part_label("Steps:"));
    }

    #[test]
    fn sentences_commands_and_paths_do_not() {
        assert!(!heading_like("The proxy restarts on its own.", false));
        assert!(!heading_like(
            "Reload after edits: systemctl reload rsyncd",
            false
        ));
        assert!(!heading_like("Keys live under /etc/ssh/keys", false));
        assert!(heading_like("If /srv/cache/objects is full", false));
        assert!(!heading_like("Owner: Storage team", false));
        assert!(!strict_heading("Why does the proxy restart?"));
        assert!(strict_heading("2.1 Why does the proxy restart?"));
        assert!(!strict_heading("2. Why does the proxy restart?"));
        assert!(!strict_heading("web01 - the first web node"));
        // (a dash in brackets spans a range, no name set off)
        assert!(strict_heading("Phase 2: the pens  (May 3 - May 9, kim)"));
        assert!(!strict_heading("Phase 2 (pens) - kim and jo"));
        assert!(strict_heading("2.2.1 ext4 (old hosts)"));
        assert!(!strict_heading("2. ext4 (old hosts)"));
        // an aside in brackets closing a title does not count to its length
        assert!(strict_heading(
            "Moving out (e.g. when the shed goes to a new plot)"
        ));
        assert!(!strict_heading(
            "Moving out of the shed when it goes to a new plot"
        ));
    }

    #[test]
    fn item_titles_over_deeper_text() {
        let lines = crate::convert::lines::split("\"The log is empty\"\n    Each run writes it.\n");
        let mut first = lines[0].clone();
        first.indent = 3;
        assert!(item_title(&first, &lines[1]));
        let wrap = crate::convert::lines::split("Copy the file to\n    Kim's host.\n");
        let mut first = wrap[0].clone();
        first.indent = 3;
        assert!(!item_title(&first, &wrap[1]));
    }
}
