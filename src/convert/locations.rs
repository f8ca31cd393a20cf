//! Lines that each name where something lives on disk (`/etc/app.conf`,
//! `web[1-2]:/srv/www`) then ` - ` and what is there, in; the bullet list
//! a careful human makes of them out, each point its line's text as written.

use super::classify::list_marker;
use super::lines::Line;
use super::list::bullets;
use crate::doc::{Block, ListItem};

/// The bullet list for the non-blank run `lines[i..end]` when every line
/// at its indentation opens with a path (on a host or not) then ` - ` and
/// what is there, any other line going on with the text of the point above
/// (the dump's wrap: in lower case, under a line that ends no sentence).
/// At least two points, the first line one.
pub fn list(lines: &[Line], i: usize, end: usize) -> Option<Block> {
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
}
