//! Standalone hyperlinks: the text at a position in, the URI (or `mailto:`
//! e-mail address) that starts there out, per docutils' `uri` pattern.

use super::inline::Src;

/// URI schemes docutils recognises (the common part of its list).
const SCHEMES: &[&str] = &[
    "http",
    "https",
    "ftp",
    "ftps",
    "mailto",
    "file",
    "ssh",
    "sftp",
    "git",
    "svn",
    "irc",
    "ircs",
    "news",
    "nntp",
    "telnet",
    "gopher",
    "ldap",
    "ldaps",
    "rsync",
    "smb",
    "nfs",
    "tel",
    "urn",
    "xmpp",
    "sip",
    "sips",
    "data",
    "z39.50r",
    "z39.50s",
    "wais",
    "prospero",
    "afs",
    "imap",
    "pop",
    "rtsp",
    "snmp",
    "tftp",
    "vnc",
    "webcal",
    "fax",
    "modem",
    "cid",
    "mid",
    "dav",
    "dns",
    "go",
    "h323",
    "iioploc",
    "im",
    "ipp",
    "iris.beep",
    "mupdate",
    "opaquelocktoken",
    "pres",
    "service",
    "shttp",
    "soap.beep",
    "soap.beeps",
    "tip",
    "tn3270",
    "vemmi",
    "xmlrpc.beep",
    "xmlrpc.beeps",
    "crid",
    "pack",
    "acap",
    "info",
    "javascript",
];

fn uric(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-_.!~*'()[];/:@&=+$,%?#".contains(c)
}

fn urilast(c: char) -> bool {
    c.is_ascii_alphanumeric() || "_~*/=+".contains(c)
}

fn emailc(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-_!~*'{|}/#?^`&=+$%".contains(c)
}

/// A standalone URI or e-mail address starting at `k` (before `limit`):
/// its end, the URL and the text shown.
pub(super) fn standalone(src: &Src, k: usize, limit: usize) -> Option<(usize, String, String)> {
    let mut s = k;
    while s < limit && (src.c[s].is_ascii_alphanumeric() || matches!(src.c[s], '.' | '+' | '-')) {
        s += 1;
    }
    if src.at(s) == Some(':') && s > k && s < limit {
        let scheme: String = src.c[k..s].iter().collect::<String>().to_ascii_lowercase();
        if !SCHEMES.contains(&scheme.as_str()) {
            return email(src, k, limit);
        }
        let mut e = s + 1;
        while e < limit && (uric(src.c[e]) || src.esc[e]) && !src.c[e].is_whitespace() {
            e += 1;
        }
        let mut end = e;
        while end > s + 1 {
            let last = src.c[end - 1];
            let before_gt = src.at(end) == Some('>') && uric(last);
            if (urilast(last) || before_gt) && src.end_ok(end) {
                let text = src.text(k, end);
                return Some((end, text.clone(), text));
            }
            end -= 1;
        }
        return None;
    }
    email(src, k, limit)
}

fn email(src: &Src, k: usize, limit: usize) -> Option<(usize, String, String)> {
    let mut e = k;
    while e < limit && (emailc(src.c[e]) || src.c[e] == '.') {
        e += 1;
    }
    if src.at(e) != Some('@') || e == k || src.esc[e] || e >= limit {
        return None;
    }
    let mut h = e + 1;
    while h < limit && (emailc(src.c[h]) || src.c[h] == '.') {
        h += 1;
    }
    let mut end = h;
    while end > e + 1 {
        let last = src.c[end - 1];
        if urilast(last) && src.end_ok(end) {
            let text = src.text(k, end);
            return Some((end, format!("mailto:{text}"), text));
        }
        end -= 1;
    }
    None
}
