//! Option-list markers (`-a FILE, --all=FILE  description`): a line in, the
//! option strings and the marker length out, per docutils' option pattern.

/// Matches the option marker at the start of `s`: the options as written
/// and the number of characters before the description.
pub fn option_marker(s: &str) -> Option<(Vec<String>, usize)> {
    if !s.is_ascii() || !(s.starts_with(['-', '+', '/'])) {
        return None;
    }
    let b = s.as_bytes();
    let mut opts = Vec::new();
    let mut pos = 0;
    loop {
        let ends = option_ends(b, pos);
        // Prefer the longest option that still lets the marker finish.
        let mut chosen = None;
        for end in ends.iter().rev() {
            if marker_end(b, *end).is_some() || b[*end..].starts_with(b", ") {
                chosen = Some(*end);
                break;
            }
        }
        let end = chosen?;
        opts.push(s[pos..end].to_string());
        if let Some(len) = marker_end(b, end) {
            if !b[end..].starts_with(b", ") || len > end {
                return Some((opts, len));
            }
        }
        if b[end..].starts_with(b", ") {
            pos = end + 2;
            continue;
        }
        return None;
    }
}

/// `(  +| ?$)` after an option ending at `end`: the description start.
fn marker_end(b: &[u8], end: usize) -> Option<usize> {
    let rest = &b[end..];
    let spaces = rest.iter().take_while(|c| **c == b' ').count();
    if spaces == rest.len() && spaces <= 1 {
        return Some(b.len());
    }
    (spaces >= 2).then_some(end + spaces)
}

/// Possible ends of one option starting at `pos` (without and with its
/// argument).
fn option_ends(b: &[u8], pos: usize) -> Vec<usize> {
    let mut ends = Vec::new();
    let at = |k: usize| b.get(k).copied();
    let alnum = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let name_end;
    let short;
    if b[pos..].starts_with(b"--") || at(pos) == Some(b'/') {
        let start = if at(pos) == Some(b'/') {
            pos + 1
        } else {
            pos + 2
        };
        if !alnum(at(start)) {
            return ends;
        }
        let mut k = start + 1;
        while at(k).is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-') {
            k += 1;
        }
        name_end = k;
        short = false;
    } else if matches!(at(pos), Some(b'-' | b'+')) && alnum(at(pos + 1)) {
        name_end = pos + 2;
        short = true;
    } else {
        return ends;
    }
    ends.push(name_end);
    let sep = at(name_end);
    let arg_start = match sep {
        Some(b' ') => Some(name_end + 1),
        Some(b'=') if !short => Some(name_end + 1),
        Some(b'<') | Some(b'a'..=b'z') | Some(b'A'..=b'Z') if short => Some(name_end),
        _ => None,
    };
    if let Some(a) = arg_start {
        if let Some(e) = optarg_end(b, a) {
            ends.push(e);
        }
    }
    ends
}

/// `[a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>` at `a`.
fn optarg_end(b: &[u8], a: usize) -> Option<usize> {
    match b.get(a)? {
        b'<' => {
            let close = b[a + 1..].iter().position(|c| *c == b'>' || *c == b'<')?;
            (b[a + 1 + close] == b'>' && close > 0).then_some(a + close + 2)
        }
        c if c.is_ascii_alphabetic() => {
            let mut k = a + 1;
            while b
                .get(k)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_' || *c == b'-')
            {
                k += 1;
            }
            Some(k)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(s: &str) -> Option<Vec<String>> {
        option_marker(s).map(|(o, _)| o)
    }

    #[test]
    fn option_markers() {
        assert_eq!(opts("-a  all"), Some(vec!["-a".into()]));
        assert_eq!(opts("-f FILE  file"), Some(vec!["-f FILE".into()]));
        assert_eq!(
            opts("-v, --verbose  talk"),
            Some(vec!["-v".into(), "--verbose".into()])
        );
        assert_eq!(opts("--out=<path>"), Some(vec!["--out=<path>".into()]));
        assert_eq!(opts("-v is verbose"), None);
        assert_eq!(opts("/V  dos"), Some(vec!["/V".into()]));
        assert_eq!(opts("-- not"), None);
        assert_eq!(option_marker("-a  all").map(|o| o.1), Some(4));
    }
}
