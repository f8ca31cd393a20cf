//! A Markdown heading typed into plain text (`# Restarting the queue`,
//! `## Checking it`), told from a root prompt (`# yum update`) and a
//! shell comment by its words: a title, not a command; and a remark
//! typed after `# ` among the prose (`# this takes ten minutes`), a
//! sentence, not a command typed as root.

use super::classify::{code_like, command_line, prose};
use super::lines::Line;
use super::programs::COMMANDS;

/// The depth and title of a `#` heading line: one to six `#`, a space,
/// a title of up to eight words starting in capitals, no command, no
/// shell marks, no closing stop (a question mark may close it: `## Why
/// not restart it?`; closing `#`s dropped).
pub fn heading(text: &str) -> Option<(usize, &str)> {
    let n = text.chars().take_while(|&c| c == '#').count();
    let title = text[n..].strip_prefix(' ')?.trim_end_matches('#').trim();
    let words = title.split_whitespace().count();
    let ok = (1..=6).contains(&n)
        && (1..=8).contains(&words)
        && title.starts_with(char::is_uppercase)
        && !title.ends_with(['.', ':', ',', ';', '!'])
        && !title.contains(['/', '=', '$', '|', '<', '>', '&', '`', '"', '\''])
        && !code_like(title);
    ok.then_some((n, title))
}

/// The depth and title of a `#` heading with its text right under it, no
/// blank line between (`## Rolling back` over `Stop the new version
/// first and ...`): a flush-left heading line over a flush-left line of
/// prose, which a root prompt's command or a comment over code is not.
pub fn over_text(lines: &[Line], i: usize) -> Option<(usize, String)> {
    let l = &lines[i];
    let next = lines.get(i + 1).filter(|n| !n.blank())?;
    let prose_next =
        next.indent == 0 && !next.text.starts_with('#') && prose(&next.text) && !next.code_like();
    let (n, title) = heading(&l.text).filter(|_| l.indent == 0 && prose_next)?;
    Some((n, title.to_string()))
}

/// Whether a `# ` line is a sentence rather than a command typed at a
/// root prompt: five words or more, nearly all plain words (as
/// `classify::prose` counts them), the first a word and no program's
/// name, no shell marks, nothing of a command about it.
pub fn remark(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("# ") else {
        return false;
    };
    let rest = rest.trim();
    let first = rest.split_whitespace().next().unwrap_or("");
    let first = first.trim_end_matches([',', ':', ';', '.']);
    first.chars().all(char::is_alphabetic)
        && !first.is_empty()
        && !COMMANDS.contains(&first)
        && prose(rest)
        && !rest.contains(['/', '=', '$', '|', '<', '>', '&', '`', '\\', '{', '}'])
        && !code_like(rest)
}

/// Takes the `# ` marks off each remark among the prose (a run of `# `
/// lines opening with a remark, no line of it a command, the lines
/// right above and below it no code and no other `#` line, the text
/// above not ending with `:`) and sets the run apart by blank lines: a paragraph of its own, no root prompt
/// pulling the prose under it into a literal block. Next to commands,
/// such a line stays the comment it is in a shell session.
pub fn lone_remarks(lines: &mut Vec<Line<'_>>, from: usize) {
    let mut k = from;
    while k < lines.len() {
        if k > from && sentence_goes_on(&lines[k - 1], &lines[k]) {
            let l = lines.remove(k);
            lines[k - 1].join(l, " ");
            continue;
        }
        let run = remark_run(lines, k);
        if run == 0 {
            k += 1;
            continue;
        }
        for l in &mut lines[k..k + run] {
            l.text = l.text[2..].trim_start().to_string();
        }
        let blank = |l: &Line| Line::new(l.no, "", 0, String::new());
        let (above, below) = (blank(&lines[k]), blank(&lines[k + run - 1]));
        lines.insert(k + run, below);
        lines.insert(k, above);
        k += run + 2;
    }
}

/// The number of lines in the lone remark run starting at `k` (0 if
/// none starts there).
fn remark_run(lines: &[Line], k: usize) -> usize {
    if !remark(&lines[k].text) || heading(&lines[k].text).is_some() {
        return 0;
    }
    let run = lines[k..]
        .iter()
        .take_while(|l| {
            let t = l.text.strip_prefix("# ").unwrap_or("");
            !t.is_empty() && !command_line(t) && !code_like(t)
        })
        .count();
    let above = k.checked_sub(1).and_then(|a| lines.get(a));
    let code_above = above
        .is_some_and(|l| !l.blank() && (l.text.starts_with('#') || l.code_like()))
        || command_run_above(lines, k)
        || announced_run_above(lines, k);
    let below = lines.get(k + run);
    let prose_below = below.is_none_or(|l| l.blank() || sentence(&l.text));
    // (a `:` line above, `Move the group to the other head:`, announces a
    // command typed at a root prompt, however much it reads like words)
    if code_above || !prose_below || super::lines::after_colon_line(lines, k) {
        return 0;
    }
    run
}

/// Whether the `# ` line `l` goes on with the sentence of the line
/// `above` it: a line of words at its margin ending with a word, no
/// stop, no colon (`... the weekly count wants the`), over a remark in
/// lower case (`# of disks we swapped`), the `#` read as "number". The
/// `#` is a word of the paragraph, its line joined onto the one above,
/// not a remark's mark nor a root prompt.
fn sentence_goes_on(above: &Line, l: &Line) -> bool {
    let Some(next) = l.text.strip_prefix("# ") else {
        return false;
    };
    next.starts_with(|c: char| c.is_ascii_lowercase())
        && !above.blank()
        && above.indent == l.indent
        && above.text.ends_with(|c: char| c.is_ascii_lowercase())
        && sentence(&above.text)
        && remark(&l.text)
}

/// Whether the lines right above `k`, back to a blank line (forty at
/// most), hold code (no `#` line: a remark's own run): a remark under them closes the command's
/// output (`openssl req -new ...` / `Email Address []:ops@example.org` /
/// `# then just press enter`), a comment of the session.
fn command_run_above(lines: &[Line], k: usize) -> bool {
    lines[k.saturating_sub(40)..k]
        .iter()
        .rev()
        .take_while(|l| !l.blank())
        .any(|l| l.code_like() && !l.text.starts_with('#'))
}

/// Whether the lines right above `k`, back to a blank line (forty at
/// most), are set at its own column, none ending a sentence, under a
/// line ending with `:` (`The relevant part of app.conf:` / blank /
/// ` maxconn 600` / ` pool-mode strict` / ` # the size comes from the
/// app`): settings the colon announced, a block the remark closes as a
/// comment of it, not a paragraph of its own. Comments of the block's
/// own may stand among the settings (`# managed by the config repo` /
/// `PermitRootLogin no` / `# partners, see part 5`): a run of `#`
/// lines alone is a remark's own run, not a block.
fn announced_run_above(lines: &[Line], k: usize) -> bool {
    let at = lines[k].indent;
    let run = lines[k.saturating_sub(40)..k]
        .iter()
        .rev()
        .take_while(|l| !l.blank())
        .count();
    let start = k - run;
    let above = &lines[start..k];
    run > 0
        && above
            .iter()
            .all(|l| l.indent == at && !l.text.ends_with(['.', ':']))
        && above.iter().any(|l| !l.text.starts_with('#'))
        && super::lines::after_colon_line(lines, start)
}

/// A line of a sentence: three words or more, a letter first, only
/// words and their punctuation (`When it is done, the alert clears`), a
/// word in double quotes still a word (`but "exec" replaces the shell`),
/// no setting (`WSGIRestrictSignal Off`) and no command.
fn sentence(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= 3
        && text.starts_with(char::is_alphabetic)
        && words.iter().all(|w| {
            w.trim_end_matches([',', '.', ';', ':', '?', '!', ')', '"'])
                .trim_start_matches(['(', '"'])
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
        })
        && !code_like(text)
}

#[cfg(test)]
mod tests {
    use super::super::lines::split;
    use super::{heading, lone_remarks, over_text, remark};

    #[test]
    fn heading_over_its_text() {
        let lines = split("## Rolling back\nStop the new version first and start the old one.\n");
        assert_eq!(over_text(&lines, 0), Some((2, "Rolling back".to_string())));
        for text in [
            "# These are the tunables\nServerLimit 16\n",
            "## Rolling back\n# systemctl stop app\n",
            "# Rolling back\n\nStop the new version first and start the old one.\n",
        ] {
            assert_eq!(over_text(&split(text), 0), None, "{text}");
        }
    }

    #[test]
    fn announced_line_stays_a_command() {
        let text =
            "Move it over:\n\n# queuectl move office-queue to spare.example.net\n\nDone then.\n";
        let mut lines = split(text);
        lone_remarks(&mut lines, 0);
        assert!(lines[2].text.starts_with("# queuectl"));
        let mut lines = split(
            "It is slow.\n# this takes a few minutes when the queue is long\nNobody has to wait for it.\n",
        );
        lone_remarks(&mut lines, 0);
        assert!(lines.iter().any(|l| l.text.starts_with("this takes")));
    }

    #[test]
    fn a_number_sign_going_on_with_the_sentence_stays_in_it() {
        let text =
            "The monthly sheet asks for the\n# of kilns we fired and for how long.\n\nNext.\n";
        let mut lines = split(text);
        lone_remarks(&mut lines, 0);
        assert_eq!(
            lines[0].text,
            "The monthly sheet asks for the # of kilns we fired and for how long."
        );
        assert!(lines[1].blank());
    }

    #[test]
    fn a_remark_under_a_command_s_output_stays_its_comment() {
        let text = "Join it:\nkilnctl join --pool builders\nWorker label []: w17\n\
                    # after that it asks whether to start now\n";
        let mut lines = split(text);
        lone_remarks(&mut lines, 0);
        assert!(lines.iter().any(|l| l.text.starts_with("# after that")));
    }

    #[test]
    fn remarks_not_commands() {
        assert!(remark(
            "# this step takes about ten minutes, go get a coffee"
        ));
        assert!(remark("# the restart is safe during office hours."));
        for text in [
            "# yum update -y",
            "# systemctl restart httpd",
            "# echo the backup is done now",
            "# find the old files and remove them",
            "# cat /etc/hosts",
            "# short remark",
        ] {
            assert!(!remark(text), "{text}");
        }
    }

    #[test]
    fn titles_not_commands() {
        assert_eq!(
            heading("# Restarting the queue"),
            Some((1, "Restarting the queue"))
        );
        assert_eq!(heading("## Checking it ##"), Some((2, "Checking it")));
        assert_eq!(heading("## Why wait?"), Some((2, "Why wait?")));
        for text in [
            "# yum update",
            "# cd /srv",
            "#acl All:read",
            "# Stop it now.",
            "# Really?!",
            "#",
        ] {
            assert_eq!(heading(text), None, "{text}");
        }
    }
}
