//! One line's text in, whether it opens with a shell prompt: a shell's
//! `$ ` or `# `, zsh's `> `, psql's `=> `, a controller's `(name) >`,
//! `[user@host]$`, `host$` or a device's `host(config)#`, glued to its
//! command or not (`core-sw01#show version`).

use super::classify::{SQL_STATEMENTS, command_line, shell_like};

/// A shell prompt (`$ `, `# `, `fas2=#`, `[user@host]#`, `ops@web01$`,
/// `mysql>`, `> ` or `% ` before a command, a device's `core-sw01#show`)
/// at the start of `text`.
pub fn prompt(text: &str) -> bool {
    if text == "$" || text == "#" || text.starts_with("$ ") || text.starts_with("# ") {
        return true;
    }
    if let Some(answer) = marked(text) {
        return answer;
    }
    if controller_prompt(text) {
        return true;
    }
    if let Some(answer) = bracketed(text) {
        return answer;
    }
    if super::programs::program_prompt(text) {
        return true;
    }
    named(text) || glued(text)
}

/// Whether `text` opens with a network device's prompt glued to the
/// command typed at it, as a device echoes it (`core-sw01#show version`,
/// `edge01(config-if)#shutdown`): a host's name with a letter and a digit
/// or `-` in it, its mode group if any, `#`, then a device's command
/// word (`DEVICE_COMMANDS`).
fn glued(text: &str) -> bool {
    let word = text.split_whitespace().next().unwrap_or("");
    let Some((stem, command)) = word.split_once('#') else {
        return false;
    };
    let host = without_mode(stem);
    host.len() >= 2
        && host.chars().any(|c| c.is_ascii_alphabetic())
        && host.chars().any(|c| c.is_ascii_digit() || c == '-')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._".contains(c))
        && DEVICE_COMMANDS.contains(&command)
}

/// The commands typed at a network device's prompt that `glued` takes
/// (an anchor such as `rfc2616#section` or `guide#prerequisites` is no
/// prompt).
const DEVICE_COMMANDS: &[&str] = &[
    "show",
    "sh",
    "conf",
    "configure",
    "interface",
    "int",
    "copy",
    "write",
    "wr",
    "install",
    "verify",
    "end",
    "exit",
    "shutdown",
    "no",
    "reload",
    "ping",
    "traceroute",
    "debug",
    "clear",
    "dir",
    "terminal",
    "enable",
    "disable",
    "vlan",
    "boot",
    "delete",
    "more",
    "do",
];

/// Whether `text` is a command after a bare prompt mark: zsh's `> ` or
/// csh's `% ` before a line only a command reads like (`> ssh web04 pkg
/// -vv`, `% sudo yum update revq`; a quoted sentence or a share is no
/// prompt), or psql's `=> ` / `=# ` without the database name before a
/// statement (none without such a mark).
fn marked(text: &str) -> Option<bool> {
    if let Some(rest) = text.strip_prefix("> ").or_else(|| text.strip_prefix("% ")) {
        return Some(
            command_line(rest)
                || super::cmdshape::typed(rest)
                || super::cmdshape::sudo(rest)
                || shell_like(rest, &|| false),
        );
    }
    let rest = text
        .strip_prefix("=> ")
        .or_else(|| text.strip_prefix("=# "))?;
    let word = rest
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    Some(SQL_STATEMENTS.contains(&word.as_str()) || word == "begin;" || word == "commit;")
}

/// Whether `text` opens with a prompt in brackets naming the user at a
/// host or a host and directory, then `#` or `$` (`[ops@web01 ~]$`); none
/// when it opens with no closed bracket.
fn bracketed(text: &str) -> Option<bool> {
    if !text.starts_with('[') {
        return None;
    }
    let end = text.find(']')?;
    let inside = &text[1..end];
    let after = &text[end + 1..];
    Some((inside.contains('@') || inside.contains(' ')) && after.starts_with(['#', '$']))
}

/// Whether `text` opens with a prompt that names a host, a user at a
/// host or a program: `web01 $ cmd`, `ops@web01$`, `fas2=#`, `mysql>`,
/// `core-sw01(config)#`.
fn named(text: &str) -> bool {
    let mut parts = text.split_whitespace();
    let word = parts.next().unwrap_or("");
    let host = word.len() > 1
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._".contains(c));
    if host && matches!(parts.next(), Some("$" | "#")) && parts.next().is_some() {
        return true;
    }
    let stem = word.trim_end_matches(['#', '$', '>']).trim_end_matches('=');
    let stem = without_mode(stem);
    word.len() > stem.len()
        && !stem.is_empty()
        && (word.ends_with("=#")
            || word.ends_with("=>")
            || (word.ends_with('$') && stem.contains('@'))
            || word.ends_with('#')
            || word.ends_with('>'))
        && stem
            .chars()
            .all(|c| c.is_alphanumeric() || "_-.@:~/".contains(c))
        && !stem.starts_with('<')
}

/// A wireless or network controller's prompt: the host's name in
/// brackets, then `>` and a command in lower case (`(wlc-a) > show ap
/// summary`, `(Cisco Controller) >config ...`). A name of two characters
/// or more with a letter, so that a list marker (`(a)`, `(2)`) over a
/// comparison is never one; a mode group alone before `#` (`(config)#`)
/// names no host.
fn controller_prompt(text: &str) -> bool {
    let Some((name, after)) = text.strip_prefix('(').and_then(|r| r.split_once(')')) else {
        return false;
    };
    let named = name.len() >= 2
        && name.chars().any(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " -._".contains(c));
    let command = after
        .trim_start()
        .strip_prefix('>')
        .map(str::trim_start)
        .is_some_and(|c| c.starts_with(|c: char| c.is_ascii_lowercase()));
    named && command
}

/// A network device's prompt names the mode it is in after the host,
/// `core-sw01(config)#` or `edge01(config-if-range)#`: the host without
/// that `(mode)` group, or `stem` unchanged when it has none.
fn without_mode(stem: &str) -> &str {
    let Some(inner) = stem.strip_suffix(')') else {
        return stem;
    };
    let Some(open) = inner.rfind('(') else {
        return stem;
    };
    let (host, mode) = (&inner[..open], &inner[open + 1..]);
    let moded = !host.is_empty()
        && !mode.is_empty()
        && mode.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if moded { host } else { stem }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_prompt_glued_to_its_command_is_a_prompt() {
        assert!(prompt("core-sw01#show version"));
        assert!(prompt("edge01(config-if)#shutdown"));
        assert!(prompt("rtr2#conf t"));
        // no host's digit or dash, no command word after the mark
        assert!(!prompt("issue#fix the build"));
        assert!(!prompt("ticket-12#4411 is open"));
    }
}
