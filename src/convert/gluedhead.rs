//! Section names typed right on top of their text: the lines of a
//! flush-left page and the headings found in, the headings out that its
//! short flush-left lines make with no blank line under them (`Restart the
//! relay` over the commands set in, or over its paragraph), when the
//! page's `Contents` names them, or when they are three or more, two of
//! them bare (or one beside two bare headings found by the other rules,
//! or one over a list that runs to a heading found already).

use super::body::chunk_end;
use super::classify::{
    admonition_word, contents_item, is_contents_word, list_marker, prompt, prose, sentence_opening,
};
use super::headings::{Found, found, free_lines};
use super::headtext::{heading_like, part_named, step_named, strict_heading, without_aside};
use super::headtext::{key_of, names, run_in_label};
use super::intro::open_ended;
use super::lines::Line;
use crate::doc::BlockKind;
use std::collections::HashMap;

/// The headings, keyed `b0`, that glued names make on `lines[from..]`
/// (`entries`: the titles the page's `Contents` names; `heads`: the
/// headings found already, none of which these lines are).
pub(super) fn heads(
    lines: &[Line],
    from: usize,
    heads: &[Found],
    entries: &[String],
) -> Vec<Found> {
    let free_line = free_lines(heads, lines.len());
    let free = |i: usize| free_line[i];
    let listed = |i: usize| !entries.is_empty() && names(entries, &lines[i].text);
    let items = items_above(lines);
    let at: Vec<usize> = (from.max(1)..lines.len().saturating_sub(1))
        .filter(|&i| free(i) && glued(lines, i, &items, &listed))
        .collect();
    let named = |i: &usize| listed(*i);
    let bare: Vec<usize> = at
        .iter()
        .copied()
        .filter(|i| bare_name(lines, *i))
        .collect();
    let siblings = heads
        .iter()
        .filter(|h| (h.key == "b0" || h.key == "p") && lines[h.start].indent == 0)
        .count();
    let labels = at.iter().filter(|i| label(lines, **i)).count();
    // (three names, two of them bare: `Label:` lines alone could be
    // lead-ins)
    // (two bare beside one found by the other rules make three too)
    let many = bare.len() >= 3
        || (!bare.is_empty() && siblings >= 2)
        || (bare.len() >= 2 && (labels >= 1 || siblings >= 1));
    // (or a bare name over a list running to a heading found already:
    // the part it titles ends where the next one starts)
    // (`bare` keeps `at`'s ascending order)
    let is_bare = |i: &usize| bare.binary_search(i).is_ok();
    let sectioned = |i: &usize| siblings >= 1 && is_bare(i) && list_to_heading(lines, *i, heads);
    let mut chosen: Vec<usize> = at
        .iter()
        .copied()
        .filter(|i| named(i) || sectioned(i) || (many && (is_bare(i) || label(lines, *i))))
        .collect();
    chosen.extend(listing_labels(lines, &at, &chosen, heads));
    chosen.extend(step_peers(lines, &at, &chosen, heads));
    chosen.sort_unstable();
    let depths = depths(&lines[from..]);
    chosen
        .into_iter()
        .map(|i| {
            let depth = depths.get(&key_of(&lines[i].text)).copied().unwrap_or(1);
            let key = format!("b{}", 100 * (depth - 1));
            found(i, i + 1, lines[i].no, key, &lines[i].text, !named(&i))
        })
        .collect()
}

/// Whether a flush-left list starts right under `lines[i]` and runs to
/// a flush-left heading of `heads`.
fn list_to_heading(lines: &[Line], i: usize, heads: &[Found]) -> bool {
    list_runs_to(lines, i, |k| heads.iter().any(|h| h.start == k))
}

/// Whether a flush-left list starts right under `lines[i]` and runs to
/// a line that is a `heading`: the first text back flush left after a
/// blank line, no list item.
fn list_runs_to(lines: &[Line], i: usize, heading: impl Fn(usize) -> bool) -> bool {
    if lines[i + 1].indent != 0 || list_marker(&lines[i + 1].text).is_none() {
        return false;
    }
    super::labelhead::back_at_margin(lines, i + 2).is_some_and(heading)
}

/// The `Label:` lines of `at` that `chosen` leaves, each over a
/// flush-left list running to a heading (`Contributing factors:` over
/// `- no timeout`), on a page where a `Label:` over its text is a heading
/// already (`Root cause:`): the writer names the parts so, and the list
/// is the whole part, no lead-in to the text after it.
fn listing_labels(lines: &[Line], at: &[usize], chosen: &[usize], heads: &[Found]) -> Vec<usize> {
    let label_head = |k: usize| lines[k].indent == 0 && lines[k].text.ends_with(':');
    let labelled = chosen.iter().any(|&k| label_head(k))
        || heads
            .iter()
            .any(|h| h.end == h.start + 1 && label_head(h.start));
    let headed = |k: usize| chosen.contains(&k) || heads.iter().any(|h| h.start == k);
    let over_list = |i: usize| {
        let t = &lines[i].text;
        t.ends_with(':') && !open_ended(t) && !run_in_label(t) && list_runs_to(lines, i, headed)
    };
    at.iter()
        .copied()
        .filter(|i| labelled && !chosen.contains(i) && over_list(*i))
        .collect()
}

/// The `Step N: name` (or `Step N - name`) lines of `at` that `chosen`
/// leaves (one over its commands: `Step 2: find the worker` / `# cat
/// lock`), when two or more such lines head their parts already or stand
/// over text as a part's name does (`Step 3: kill the renderer` /
/// `Killing the worker ...`): the writer names every step so, whatever
/// stands under it.
fn step_peers(lines: &[Line], at: &[usize], chosen: &[usize], heads: &[Found]) -> Vec<usize> {
    let step = |k: usize| {
        let t = &lines[k].text;
        let named = step_named(t).or_else(|| part_named(t));
        named.is_some() && t.ends_with(|c: char| c.is_alphanumeric() || c == ')')
    };
    let steps: Vec<usize> = at.iter().copied().filter(|&i| step(i)).collect();
    let headed = steps.iter().filter(|&&i| bare_name(lines, i)).count()
        + heads
            .iter()
            .filter(|h| h.end == h.start + 1 && step(h.start))
            .count();
    steps
        .into_iter()
        .filter(|&i| headed >= 2 && !chosen.contains(&i) && !open_ended(&lines[i].text))
        .collect()
}

/// How deep the page's `Contents` numbers each entry, by its title's key
/// (`2.1 Checking the queue` two; a title's first entry counts): a glued
/// name is a heading at that depth (1 if unlisted), keyed as `found` keys
/// a bare numbered one.
fn depths(lines: &[Line]) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for (d, t) in lines.iter().filter_map(|l| contents_item(&l.text)) {
        out.entry(key_of(t)).or_insert(d.max(1));
    }
    out
}

/// Whether `lines[i]` is a short flush-left line after a blank line with
/// text right under it, reading as a title (`Config notes`, `Checking
/// the queue:`), not a list item, the `Contents` line, the first of a
/// block of fields nor a connective alone (`Then`). A name the page's
/// `Contents` lists (`listed`) may be typed in lower case (`6. notes`
/// over `notes`): the list makes it one.
fn glued(lines: &[Line], i: usize, items: &[bool], listed: &dyn Fn(usize) -> bool) -> bool {
    let l = &lines[i];
    let name = l.text.strip_suffix(':').unwrap_or(&l.text);
    // (`Step 3: kill the worker, not the spooler`: the name after the
    // step's number reads as a title, its comma no list of values)
    let step = step_named(&l.text);
    l.indent == 0
        && (lines[i - 1].blank() || after_item(lines, i, items))
        && lines.get(i + 1).is_some_and(|n| !n.blank())
        // (an aside in brackets closing the name does not count to its
        // length: `Phase 3: parallel run  (Mar 23 - Apr 03, kim)`)
        && without_aside(part_named(name).or(step).unwrap_or(name))
            .split_whitespace()
            .count()
            <= 7
        && (strict_heading(name) || listed(i))
        && heading_like(step.unwrap_or(name), false)
        && !name.ends_with(':')
        && !l.code_like()
        && list_marker(&l.text).is_none()
        && !is_contents_word(&l.text)
        && admonition_word(&l.text).is_none()
        // (a connective alone, `Then` over `put it back ...`, is the first
        // word of the sentence under it, no part's name: the hand
        // conversions join every such line to its text)
        && !super::cmdshape::connective(&l.text)
        // (`Reporter: jo` over `Assigned: kim`: the first of a block of
        // fields, no name over its text)
        && !super::contact::field_chunk(lines, i)
        // (`HOST  IP  ROLE` over its rows names the columns of a table;
        // so does `Host   Role` over rows whose cells wrap in the second)
        && !super::spaced::header_at(lines, i)
        && !headed_columns(lines, i)
        && !super::tsv::header(lines, i)
}

/// Whether `lines[i]` names the columns of the two-column table its run
/// makes (`Host   Role` over `web01   frontend`, wrapped cells going on
/// under the second column).
pub(super) fn headed_columns(lines: &[Line], i: usize) -> bool {
    super::columns::table(lines, i, chunk_end(lines, i))
        .is_some_and(|b| matches!(b.kind, BlockKind::Table(_)))
}

/// Whether `lines[i]` comes right under a list item's text ending a
/// sentence, no blank line between (`4. run the check again.` over `If
/// it still fails` over its paragraph): the name typed on at the margin
/// after the list ends it, as a blank line would. `items`: `items_above`.
fn after_item(lines: &[Line], i: usize, items: &[bool]) -> bool {
    lines[i - 1].text.ends_with(['.', '!']) && items[i]
}

/// For each line, whether a list item at the margin (set in one column
/// at most) is among the lines above it up to the last blank line: one
/// pass over the page, so that no line scans back over its run.
fn items_above(lines: &[Line]) -> Vec<bool> {
    let mut seen = false;
    lines
        .iter()
        .map(|l| {
            let above = seen;
            if l.blank() {
                seen = false;
            } else if l.indent <= 1 && list_marker(&l.text).is_some() {
                seen = true;
            }
            above
        })
        .collect()
}

/// Whether the glued line `lines[i]` is a bare section name: six words
/// at most (seven over a paragraph or steps) ending with no stop or
/// colon, not breaking off mid-sentence, over commands (set in, or flush left on a
/// command's own line: `Getting in` / `ssh admin@nas`), a paragraph of prose
/// (one opening with a name in lower case too), a list, a timeline, two
/// fields (`Restoring` / `1) Stop the service`: with no colon it leads
/// nothing in), web addresses one a line (`See also` / `https://...`),
/// names dashed from what they are (`Files` / `/etc/app.conf -- its
/// settings`), a grid drawn in `+---+` borders or a Markdown pipe table
/// (`| path | what |` over `|------|------|`), or a short lead-in over
/// commands set in or a list (`On the mail host:` / `    sudo postqueue
/// -f`); a numbered part
/// (`Step 2 - Check it`) over text, not over commands.
fn bare_name(lines: &[Line], i: usize) -> bool {
    let t = &lines[i].text;
    let n = &lines[i + 1];
    let commands = n.code_like() || prompt(&n.text);
    if part_named(t).or_else(|| step_named(t)).is_some() {
        return part_over_text(t, n);
    }
    // (a seventh word only over a sentence opening with a capital: `When
    // the relay itself is down` / `If ...`, no `TODO: see (...)` / `only
    // ...`; or, every word capitalised, over one opening with a name:
    // `Opening The Port On The Backup Side` / `fw02 is ...`; or over the
    // first of numbered steps: `What to do on the print server` / `1. Make`)
    let words = t.split_whitespace().count();
    let first_item = list_marker(&n.text).is_some_and(|(k, num, _)| k == '1' && num == 1);
    let seventh = paragraph(n) || first_item || (every_word_capitalised(t) && named_opening(n));
    (words <= 6 || (words == 7 && seventh))
        && t.ends_with(|c: char| c.is_alphanumeric() || c == ')')
        && (!open_ended(t) || embedded_question(t))
        && (commands
            || paragraph(n)
            || named_opening(n)
            || list_marker(&n.text).is_some()
            || timed(n)
            || (!t.contains(':') && fields_under(lines, i + 1))
            || (!t.contains(':') && links_under(lines, i + 1))
            || super::columns::dashed(lines, i + 1, chunk_end(lines, i + 1), 0).is_some()
            || super::rsttable::grid_end(lines, i + 1).is_some()
            || (n.text.starts_with('|') && super::pipetable::parse(lines, i + 1).is_some())
            || columns_under(lines, i + 1)
            || lead_over(lines, i + 1))
}

/// Whether `lines[k]` heads a table laid out in columns (`robot  used by
/// stored at` over its rows), a sentence maybe closing it with no blank
/// line between: the table a section opens with, under its bare name.
fn columns_under(lines: &[Line], k: usize) -> bool {
    let end = chunk_end(lines, k);
    lines[k].indent == 0
        && super::columns::columns(&lines[k].text)
        && (super::grid::parse(lines, k, end).is_some()
            || super::grid::closed(lines, k, end).is_some())
}

/// Whether `lines[k]` and the line under it are flush-left web
/// addresses, one a line (`https://wiki.example.org/Ops`): the links a
/// section lists, under its bare name.
fn links_under(lines: &[Line], k: usize) -> bool {
    let link = |l: &Line| l.indent == 0 && super::dumprefs::link_line(&l.text);
    lines.get(k..k + 2).is_some_and(|w| w.iter().all(link))
}

/// Whether `lines[k]` is a sentence too short for `paragraph`, leading in
/// the commands set in right under it (`On the mail host:` / `    sudo
/// postqueue -f`; or only where they run: `On web02:`, `As root:`) or a
/// list (`Ask the owner for:` / `- its name`), the first maybe after one
/// blank line: a section's first words, under its name.
fn lead_over(lines: &[Line], k: usize) -> bool {
    let set_in = |c: &Line| c.indent > 0 && (c.code_like() || prompt(&c.text));
    let led = |c: &Line| set_in(c) || list_marker(&c.text).is_some();
    let place = |t: &str| {
        let mut words = t.split_whitespace();
        matches!(words.next(), Some("On" | "As" | "From"))
            && words
                .next()
                .is_some_and(|w| w.len() > 2 && w.ends_with(':'))
            && words.next().is_none()
    };
    let under = match lines.get(k + 1) {
        Some(n) if n.blank() => lines.get(k + 2),
        n => n,
    };
    lines[k].indent == 0
        && (super::intro::lead_in(&lines[k..k + 1], 0) && under.is_some_and(led)
            || place(&lines[k].text) && lines.get(k + 1).is_some_and(set_in))
}

/// Whether every word of `t` starts with a capital (`Moving The Spool
/// To The New Disk`): a title's casing, no sentence's.
fn every_word_capitalised(t: &str) -> bool {
    t.split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase))
}

/// Whether `lines[k]` and the line under it are flush-left fields, each
/// a capitalised name and its value (`Severity: high` over `Meaning: the
/// disk is full`): the facts a section opens with, under its bare name.
fn fields_under(lines: &[Line], k: usize) -> bool {
    let field = |l: &Line| {
        l.indent == 0 && super::contact::other_field(&l.text).is_some() && !l.code_like()
    };
    lines.get(k..k + 2).is_some_and(|w| w.iter().all(field))
}

/// A flush-left line of prose opening with a name in lower case (`nginx
/// sits in front of ...`, a program's or a host's name): a sentence's
/// start too, not the rest of one (no `and`, `the` or `to` first).
fn named_opening(n: &Line) -> bool {
    const GOING_ON: [&str; 24] = [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "if", "in", "into",
        "is", "it", "of", "on", "or", "so", "that", "the", "to", "with",
    ];
    let first = n.text.split_whitespace().next().unwrap_or("");
    n.indent == 0
        && first.starts_with(|c: char| c.is_lowercase())
        && !GOING_ON.contains(&first)
        && prose(&n.text)
        && !n.code_like()
        && list_marker(&n.text).is_none()
}

/// Whether the numbered part `t` (`Step 2 - Check the state`), a title
/// by its number and dash, ends as a name does and has text under it,
/// no command: one typed over what to run leads the command in, as a
/// run of `Step N - do this` lines over commands reads.
fn part_over_text(t: &str, n: &Line) -> bool {
    t.ends_with(|c: char| c.is_alphanumeric() || c == ')')
        && !open_ended(t)
        && !n.code_like()
        && !prompt(&n.text)
}

/// Whether `n` opens a run of events, each dated or timed at the margin
/// (`09:12  first jobs fail`): a timeline, whose name the line over it is.
fn timed(n: &Line) -> bool {
    n.indent == 0 && super::dated::dated(&n.text)
}

/// Whether a name with no colon is a question put as a clause, four
/// words at most from a question word to its verb (`What it is`, `Where
/// they are`): whole, though it ends on the verb a lead-in breaks off on.
pub(super) fn embedded_question(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let first = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    (3..=4).contains(&words.len())
        && !t.ends_with(':')
        && ["what", "where", "who", "how", "why", "when"].contains(&first.as_str())
}

/// Whether the glued line `lines[i]` is a `Label:` over a paragraph of
/// prose (`Moving one mailbox:` / `Find its id first...`) or over the
/// steps of a numbered list from its first (`Refiring a load:` / `1.
/// check the lid`): a procedure's name, not a note's
/// name nor a lead-in breaking off mid-sentence.
fn label(lines: &[Line], i: usize) -> bool {
    let t = &lines[i].text;
    let steps = list_marker(&lines[i + 1].text).is_some_and(|(k, n, _)| k == '1' && n == 1);
    // (`Why we do this:` ends on `this` as a question put as a clause)
    let question = embedded_question(t.trim_end_matches(':'));
    t.ends_with(':')
        && (!open_ended(t) || question)
        && !run_in_label(t)
        && (paragraph(&lines[i + 1]) || (steps && lines[i + 1].indent == 0))
}

/// A flush-left line of prose starting with a capital; a mail address
/// in it counts as the word it stands for (`Send it from ops@example.org
/// to all@example.org:` is a sentence), and so do words in double quotes
/// (`Nagios alerts on "disk usage" for db01 and`: what is quoted is
/// named, not typed).
fn paragraph(n: &Line) -> bool {
    if n.indent != 0 {
        return false;
    }
    if !n.text.contains(['@', '"']) {
        return sentence_opening(&n.text);
    }
    let mailbox = |w: &str| {
        w.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && host.starts_with(char::is_alphanumeric)
        })
    };
    let words: Vec<String> = n
        .text
        .split_whitespace()
        .map(|w| {
            if mailbox(w) {
                "someone".into()
            } else {
                w.replace('"', "")
            }
        })
        .collect();
    sentence_opening(&words.join(" "))
}

/// `found` and, on a flush-left page (not `indented`), the names typed
/// right over their text (`heads`) and a page of recipes' names and title
/// (`recipes`), in page order.
pub(super) fn with_glued(
    lines: &[Line],
    from: usize,
    mut found: Vec<Found>,
    entries: &[String],
    indented: bool,
) -> Vec<Found> {
    if indented {
        return found;
    }
    let glued = heads(lines, from, &found, entries);
    found.extend(glued.iter().cloned());
    // (a question on top of its text beside these names: `Why?`)
    if !glued.is_empty() {
        let asked = super::asked::questions(lines, from, &found);
        found.extend(asked);
    }
    let recipes = super::recipes::heads(lines, from, &found);
    found.extend(recipes.iter().cloned());
    let title = super::recipes::title(lines, from, &found, glued.len() + recipes.len());
    found.extend(title);
    found.sort_by_key(|h| h.start);
    found
}

#[cfg(test)]
mod tests {
    use crate::convert::headings::tests::texts as heads;

    #[test]
    fn a_name_over_a_list_up_to_a_heading_is_one() {
        let text = "Loom room notes\n\nOwner: Weaving team\n\nThe loom weaves the sample cloth for the shop.\n\n\
                    Before you thread it\n- oil the heddles\n- sweep the lint away\n\n\
                    Checklist\n\n[ ] Thread the warp\n[ ] Tie it off\n";
        assert_eq!(
            heads(text),
            ["Loom room notes", "Before you thread it", "Checklist"]
        );
        // (a list with the text going on after it is the name's paragraph)
        let on = text.replace("away\n\n", "away\n\nThen start the loom.\n\n");
        assert_eq!(heads(&on), ["Loom room notes", "Checklist"]);
    }

    #[test]
    fn a_label_over_a_list_up_to_a_heading_is_one_beside_a_label_heading() {
        let text = "Loom outage\n\nSummary\nThe loom stopped twice during the long weave.\n\n\
                    Timeline\n- 09:10 the shuttle jams\n\n\
                    Cause:\nA worn heddle snapped and the shuttle jammed on it.\n\n\
                    What made it worse:\n- no spare heddles\n- no one on shift knew the loom\n\n\
                    Follow-up\n- order spare heddles\n";
        assert_eq!(
            heads(text),
            [
                "Loom outage",
                "Summary",
                "Timeline",
                "Cause",
                "What made it worse",
                "Follow-up"
            ]
        );
        // (with no label heading beside it, the label leads its list in)
        let lone = text.replace("Cause:\n", "Cause\n");
        assert!(!heads(&lone).contains(&"What made it worse".to_string()));
    }

    #[test]
    fn a_question_put_as_a_clause_is_whole() {
        assert!(super::embedded_question("What it is"));
        assert!(super::embedded_question("Where they are"));
        assert!(!super::embedded_question("Restart is"));
        assert!(!super::embedded_question("What the reason for this is"));
        assert!(!super::embedded_question("What it is:"));
    }

    #[test]
    fn three_names_glued_to_their_text_are_headings() {
        let text = "Loom room notes\n\nThe loom weaves the sample cloth for the shop.\n\n\
                    Threading it\nPull each thread through the heddle from the back side.\n\n\
                    Oiling\n    $ loomctl oil --all\n\n\
                    Stopping it\nLift the brake lever before you open the side panel.\n";
        assert_eq!(
            heads(text),
            ["Loom room notes", "Threading it", "Oiling", "Stopping it"]
        );
    }

    #[test]
    fn a_name_over_a_paragraph_opening_in_lower_case_is_one() {
        let text = "Loom room notes\n\nPurpose\nloomd drives the shuttle and counts every pick it throws.\n\n\
                    Threading it\nPull each thread through the heddle from the back side.\n\n\
                    Oiling\n    $ loomctl oil --all\n";
        assert_eq!(
            heads(text),
            ["Loom room notes", "Purpose", "Threading it", "Oiling"]
        );
        // (the rest of a sentence is no paragraph of its own)
        let rest = text.replace("loomd drives", "and then drives");
        assert_eq!(heads(&rest), ["Loom room notes"]);
    }

    #[test]
    fn a_name_over_web_addresses_is_one() {
        let text = "Kiln notes\n\nThe kiln fires the glazed pots twice a week.\n\n\
                    Loading\n1) Stack the shelves from the bottom up.\n\n\
                    Cooling\n- leave the lid shut until it reads 60C\n\n\
                    Further reading\nhttps://pots.example.org/kiln\nhttps://pots.example.org/glaze\n";
        assert_eq!(
            heads(text),
            ["Kiln notes", "Loading", "Cooling", "Further reading"]
        );
    }

    #[test]
    fn names_glued_over_lists_are_headings() {
        let text = "Kiln notes\n\nThe kiln fires the glazed pots twice a week.\n\n\
                    Loading\n1) Stack the shelves from the bottom up.\n\n\
                    Firing\n1) Close the lid:\n\t$ kilnctl fire --cone 6\n\n\
                    Cooling\n- leave the lid shut until it reads 60C\n";
        assert_eq!(heads(text), ["Kiln notes", "Loading", "Firing", "Cooling"]);
    }

    #[test]
    fn two_glued_names_a_note_or_a_lead_in_over_a_list_are_not() {
        let two = "Loom room notes\n\nThe loom weaves the sample cloth for the shop.\n\n\
                   Threading it\nPull each thread through the heddle from the back side.\n\n\
                   Stopping it\nLift the brake lever before you open the side panel.\n";
        assert_eq!(heads(two), ["Loom room notes"]);
        let note = "Loom room notes\n\nThe loom weaves the sample cloth for the shop.\n\n\
                    Warning\nNever reach into the shed while the loom is running.\n";
        assert_eq!(heads(note), ["Loom room notes"]);
        let lead = "Loom room notes\n\nThe loom weaves the sample cloth for the shop.\n\n\
                    Checking the cloth:\n- no loose ends\n- an even weave\n";
        assert_eq!(heads(lead), ["Loom room notes"]);
    }
}
