//! Lines that each name where something lives on disk (`/etc/app.conf`,
//! `web[1-2]:/srv/www`) then ` - ` and what is there, in; the bullet list
//! a careful human makes of them out, each point its line's text as
//! written. Lines naming a file by its path then `: ` and, in words, what
//! is in it or what to do there (`roles/web/tasks/main.yml: add the
//! vhost`), in; their definition list out, each path a term.

use super::classify::list_marker;
use super::inline;
use super::lines::Line;
use super::list::bullets;
use crate::doc::{Block, BlockKind, ListItem};

/// The list for the non-blank run `lines[i..end]`: paths and their words
/// after a colon (`terms`), or the bullet list when every line
/// at its indentation opens with a path (on a host or not) then ` - ` and
/// what is there, any other line going on with the text of the point above
/// (the dump's wrap: in lower case, under a line that ends no sentence).
/// At least two points, the first line one.
pub fn list(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    if let Some(defs) = terms(lines, i, end) {
        return Some(defs);
    }
    let base = lines[i].indent;
    let mut items: Vec<ListItem> = Vec::new();
    let mut text = String::new();
    for (k, l) in lines[i..end].iter().enumerate() {
        if l.indent == base && located(&l.text) {
            if let Some(item) = items.last_mut() {
                item.blocks = vec![super::inline::paragraph(&text, item.line)];
            }
            items.push(ListItem {
                line: l.no,
                task: None,
                blocks: Vec::new(),
            });
            text = l.text.clone();
            continue;
        }
        let above = &lines[i + k.checked_sub(1)?].text;
        let wrapped = l.indent >= base
            && l.text.starts_with(|c: char| c.is_lowercase())
            && list_marker(&l.text).is_none()
            && !above.ends_with(['.', ':', ';', '!', '?']);
        if !wrapped {
            return None;
        }
        text.push(' ');
        text.push_str(&l.text);
    }
    let last = items.last_mut()?;
    last.blocks = vec![super::inline::paragraph(&text, last.line)];
    (items.len() >= 2).then(|| bullets(items))
}

/// The definition list for the non-blank run `lines[i..end]` when every
/// line at its indentation opens with a path and words after its colon,
/// any other line going on with the text of the term above: set deeper
/// (`roles/fw/rules.j2: any rule naming it, usually the` / `\t5432
/// allow`), or at the margin in lower case under a line that ends no
/// sentence. At least two terms, the first line one.
fn terms(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    let base = lines[i].indent;
    let mut items: Vec<(u32, &str, String)> = Vec::new();
    for (k, l) in lines[i..end].iter().enumerate() {
        if let Some((path, what)) = termed(&l.text).filter(|_| l.indent == base) {
            items.push((l.no, path, what.to_string()));
            continue;
        }
        let above = &lines[i + k.checked_sub(1)?].text;
        let at_margin = l.indent == base
            && l.text.starts_with(|c: char| c.is_lowercase())
            && !above.ends_with(['.', ':', ';', '!', '?']);
        if !(l.indent > base || at_margin) || list_marker(&l.text).is_some() {
            return None;
        }
        let (_, _, text) = items.last_mut()?;
        text.push(' ');
        text.push_str(&l.text);
    }
    if items.len() < 2 {
        return None;
    }
    let defs = items
        .into_iter()
        .map(|(no, path, text)| inline::term(path, &text, no))
        .collect();
    Some(Block::new(lines[i].no, BlockKind::DefinitionList(defs)))
}

/// A line's path and its words, when it opens with a path of two parts
/// or more (a `/` in it, no `://`, no `:` nor space), then `: ` and two
/// words or more starting with a letter (`inventory/hosts: move the
/// entry`); no `file.c:12: warning` a program prints.
fn termed(text: &str) -> Option<(&str, &str)> {
    let (path, what) = text.split_once(": ")?;
    let path_chars = path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-~[]{}*".contains(c));
    let parts = path.split('/').filter(|p| !p.is_empty()).count();
    let worded =
        what.starts_with(|c: char| c.is_alphabetic()) && what.split_whitespace().count() >= 2;
    (path_chars && parts >= 2 && worded).then_some((path, what.trim_end()))
}

/// Whether a line opens with one path, absolute or on a host
/// (`/srv/git`, `~/.config/app`, `db[1-2]:/var/lib/pgsql`), then ` - `
/// and words saying what is there.
fn located(text: &str) -> bool {
    let Some((path, what)) = text.split_once(" - ") else {
        return false;
    };
    let on_host = path.split_once(":/").is_some_and(|(host, _)| {
        !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-.[]_".contains(c))
    });
    let absolute = super::cmdshape::rooted(path);
    !path.contains(char::is_whitespace)
        && !path.contains("://")
        && (on_host || absolute)
        && path.len() > 2
        && what.trim_start().starts_with(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_then_what_is_there() {
        assert!(located("/etc/app/app.conf - settings of the app"));
        assert!(located("web[1-2]:/srv/www - the pages, one folder a site"));
        assert!(located("~/.config/tool - per-user overrides"));
        assert!(!located("https://example.org/x - the site"));
        assert!(!located("feeder-core - The service that fills the bowls"));
        assert!(!located("see /etc/app - for the settings"));
        assert!(!located("/usr/bin/foo - -v"));
    }

    #[test]
    fn a_path_then_words_after_its_colon() {
        assert!(termed("inventory/hosts: move the entry to the new group").is_some());
        assert!(termed("/etc/app/app.conf: the settings of the app").is_some());
        assert!(termed("src/main.rs:12: warning: unused import").is_none());
        assert!(termed("https://example.org/x: the site").is_none());
        assert!(termed("Nagios: check the host is gone").is_none());
        assert!(termed("/srv: 12G").is_none());
        assert!(termed("/: the root").is_none());
    }
}
