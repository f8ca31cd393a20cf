//! Inline markup: the text of a paragraph (or title, cell, term) in,
//! [`Inline`]s out, following docutils' recognition rules: start-strings
//! need a start-of-text, white space or punctuation before them and no
//! white space after; end-strings the reverse; backslash escapes; quoted
//! start-strings are left alone. References are left as markers for the
//! `refs` pass.

use super::Parser;
use super::explicit::simple_name_len;
pub use super::scan::{Src, push_text, unescape};
use crate::doc::Inline;

/// Prefix of the URL of a reference the `refs` pass resolves.
pub const MARK: &str = "\u{0}";

/// The start-strings, in the order docutils' `initial` pattern tries them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    Strong,
    Emphasis,
    Literal,
    Target,
    Substitution,
    /// Interpreted text or phrase reference, with the role prefix length.
    Backquote(usize),
}

impl Parser<'_> {
    /// Parses inline markup.
    pub(super) fn inline(&mut self, text: &str, line: u32) -> Vec<Inline> {
        let src = Src::new(text, line);
        let mut out = Vec::new();
        let mut plain = 0; // start of text not yet emitted
        let mut k = 0;
        while k < src.len() {
            if src.esc[k] || !src.start_ok(k) {
                k += 1;
                continue;
            }
            if let Some((end, node)) = self.whole(&src, k) {
                self.implicit(&src, plain, k, &mut out);
                out.push(node);
                plain = end;
                k = end;
                continue;
            }
            let Some((start, slen)) = start_string(&src, k) else {
                k += 1;
                continue;
            };
            let after = k + slen;
            // An escaped space after a start-string is not white space.
            let blank_after = src.at(after).is_none_or(char::is_whitespace)
                && !src.esc.get(after).copied().unwrap_or(false);
            if blank_after || src.quoted(k, after) {
                k = after;
                continue;
            }
            match self.construct(&src, k, start, after) {
                Some((end, nodes)) => {
                    self.implicit(&src, plain, k, &mut out);
                    out.extend(nodes);
                    plain = end;
                    k = end;
                }
                None => {
                    let what = match start {
                        Start::Strong => "strong",
                        Start::Emphasis => "emphasis",
                        Start::Literal => "literal",
                        Start::Target => "target",
                        Start::Substitution => "substitution reference",
                        Start::Backquote(_) => "interpreted text or phrase reference",
                    };
                    let msg = format!("Inline {what} start-string without end-string.");
                    self.warn(src.line_at(k), msg);
                    k = after;
                }
            }
        }
        self.implicit(&src, plain, src.len(), &mut out);
        out
    }
}

/// `simple_name_len` over characters: the name's length in characters.
fn simple_name_chars(c: &[char]) -> usize {
    let mut end = 0;
    let mut prev_punct = true;
    for (i, &ch) in c.iter().enumerate() {
        if ch.is_alphanumeric() {
            prev_punct = false;
            end = i + 1;
        } else if matches!(ch, '-' | '.' | '_' | '+' | ':') && !prev_punct {
            prev_punct = true;
        } else {
            break;
        }
    }
    end
}

/// Which start-string begins at `k`, and its length.
fn start_string(src: &Src, k: usize) -> Option<(Start, usize)> {
    let c = src.c[k];
    match c {
        '*' if src.is(k, "**") => Some((Start::Strong, 2)),
        '*' => Some((Start::Emphasis, 1)),
        '`' if src.is(k, "``") => Some((Start::Literal, 2)),
        '`' => Some((Start::Backquote(0), 1)),
        '_' if src.is(k, "_`") => Some((Start::Target, 2)),
        '|' if !src.is(k, "||") => Some((Start::Substitution, 1)),
        ':' => {
            if !src.at(k + 1).is_some_and(char::is_alphanumeric) {
                return None;
            }
            let n = simple_name_chars(&src.c[k + 1..src.len().min(k + 65)]);
            if n > 0 && src.is(k + 1 + n, ":`") && !src.is(k + 2 + n, "``") {
                if (k + 1..k + 2 + n).any(|i| src.esc[i]) {
                    return None;
                }
                Some((Start::Backquote(n + 2), n + 3))
            } else {
                None
            }
        }
        _ => None,
    }
}

impl Parser<'_> {
    /// Finds the end-string and builds the construct.
    fn construct(
        &mut self,
        src: &Src,
        k: usize,
        start: Start,
        after: usize,
    ) -> Option<(usize, Vec<Inline>)> {
        match start {
            Start::Strong | Start::Emphasis => emphasis(src, start, after),
            Start::Literal => literal(src, after),
            Start::Target => self.inline_target(src, after),
            Start::Substitution => substitution_ref(src, k, after),
            Start::Backquote(role_len) => self.interpreted(src, k, role_len, after),
        }
    }

    /// `` _`text` ``: an inline target, its id taken now.
    fn inline_target(&mut self, src: &Src, after: usize) -> Option<(usize, Vec<Inline>)> {
        let e = find_end(src, after, "`")?;
        let text = src.text(after, e);
        let name = super::normalize_name(&text);
        let id = self.unique_id(&name);
        self.targets.internal(&name, &id);
        let content = vec![Inline::Text(text)];
        Some((
            e + 1,
            vec![Inline::Anchor {
                id,
                content: soft(content),
            }],
        ))
    }

    /// `` `text` ``, `` :role:`text` ``, `` `text`:role: ``, `` `text`_ ``.
    fn interpreted(
        &mut self,
        src: &Src,
        k: usize,
        role_len: usize,
        after: usize,
    ) -> Option<(usize, Vec<Inline>)> {
        let mut e = after;
        if src.search_failed("`", after) {
            return None;
        }
        let (end, suffix) = loop {
            if e >= src.len() {
                src.note_failed("`", after);
                return None;
            }
            // Interpreted text may end after an escaped space.
            if src.c[e] == '`'
                && !src.esc[e]
                && e > after
                && (!src.c[e - 1].is_whitespace() || src.esc[e - 1])
                && let Some((len, suffix)) = backquote_suffix(src, e + 1)
            {
                break (e + 1 + len, suffix);
            }
            e += 1;
        };
        let prefix_role = (role_len > 0).then(|| src.text(k + 1, k + role_len - 1));
        let line = src.line_at(k);
        let whole = src.raw(k, end);
        match suffix {
            Suffix::Ref(anon) => {
                if prefix_role.is_some() {
                    let msg = "Mismatch: both interpreted text role prefix and reference suffix.";
                    self.error(line, msg);
                    return Some((end, vec![Inline::Problem { text: whole, line }]));
                }
                Some((end, vec![self.phrase_ref(src, after, e, anon, line)]))
            }
            Suffix::Role(r) => {
                if prefix_role.is_some() {
                    let msg = "Multiple roles in interpreted text (both prefix and suffix present; only one allowed).";
                    self.error(line, msg);
                    return Some((end, vec![Inline::Problem { text: whole, line }]));
                }
                Some((end, vec![self.role(&r, src, after, e, line, whole)]))
            }
            Suffix::None => {
                let role = prefix_role.unwrap_or_else(|| {
                    self.default_role
                        .clone()
                        .unwrap_or_else(|| "title-reference".into())
                });
                Some((end, vec![self.role(&role, src, after, e, line, whole)]))
            }
        }
    }

    /// `` `text <url>`_ ``, `` `text <name_>`_ ``, `` `name`_ ``.
    fn phrase_ref(&mut self, src: &Src, a: usize, b: usize, anon: bool, line: u32) -> Inline {
        let text = src.text(a, b);
        let raw = src.raw(a, b);
        if let Some((label, target)) = embedded(&raw) {
            let target_text = unescape(&target);
            let label_text = if label.is_empty() {
                target_text.clone()
            } else {
                unescape(&label)
            };
            let content = soft(vec![Inline::Text(label_text.clone())]);
            let alias = target.ends_with('_') && !target.ends_with("\\_");
            if alias {
                let name = super::normalize_name(&target_text[..target_text.len() - 1]);
                if !anon && !label.is_empty() {
                    self.targets.external(
                        &super::normalize_name(&label_text),
                        String::new(),
                        Some(name.clone()),
                    );
                }
                return Inline::Link {
                    url: format!("{MARK}ref:{name}"),
                    title: Some(src.raw(a, b)),
                    content,
                    line,
                };
            }
            let url: String = target_text.split_whitespace().collect();
            if !anon {
                let name = super::normalize_name(&label_text);
                self.targets.external(&name, url.clone(), None);
            }
            return Inline::Link {
                url,
                title: None,
                content,
                line,
            };
        }
        let content = soft(vec![Inline::Text(text.clone())]);
        let url = if anon {
            format!("{MARK}anon:{}", self.targets.next_anonymous())
        } else {
            format!("{MARK}ref:{}", super::normalize_name(&text))
        };
        Inline::Link {
            url,
            title: Some(format!("`{raw}`_")),
            content,
            line,
        }
    }

    /// A simple reference `name_`, `name__` or a footnote reference at `k`.
    fn whole(&mut self, src: &Src, k: usize) -> Option<(usize, Inline)> {
        let c = src.c[k];
        if c == '[' {
            return footnote_ref(src, k);
        }
        if !c.is_alphanumeric() {
            return None;
        }
        for &e in name_ends(src, k).iter().rev() {
            let p = k + e;
            for refend in ["__", "_"] {
                let len = refend.len();
                if src.is(p, refend) && !src.esc[p] && src.end_ok(p + len) {
                    let name = src.text(k, p);
                    let line = src.line_at(k);
                    let url = if len == 2 {
                        format!("{MARK}anon:{}", self.targets.next_anonymous())
                    } else {
                        format!("{MARK}ref:{}", super::normalize_name(&name))
                    };
                    let title = Some(src.raw(k, p + len));
                    let content = vec![Inline::Text(name)];
                    return Some((
                        p + len,
                        Inline::Link {
                            url,
                            title,
                            content,
                            line,
                        },
                    ));
                }
            }
        }
        None
    }

    /// Text between constructs: standalone URIs and e-mail addresses.
    fn implicit(&mut self, src: &Src, a: usize, b: usize, out: &mut Vec<Inline>) {
        let mut plain = a;
        let mut k = a;
        while k < b {
            if src.start_ok(k)
                && src.c[k].is_ascii_alphanumeric()
                && (k == a || !src.c[k - 1].is_alphanumeric())
                && let Some((end, url, shown)) = super::uri::standalone(src, k, b)
            {
                push_text(out, &src.text(plain, k));
                out.push(Inline::Link {
                    url,
                    title: None,
                    content: vec![Inline::Text(shown)],
                    line: src.line_at(k),
                });
                plain = end;
                k = end;
                continue;
            }
            k += 1;
        }
        push_text(out, &src.text(plain, b));
    }
}

/// `*text*` or `**text**`.
fn emphasis(src: &Src, start: Start, after: usize) -> Option<(usize, Vec<Inline>)> {
    let mark = if start == Start::Strong { "**" } else { "*" };
    let e = find_end(src, after, mark)?;
    let inner = vec![Inline::Text(src.text(after, e))];
    let node = if start == Start::Strong {
        Inline::Strong(soft(inner))
    } else {
        Inline::Emphasis(soft(inner))
    };
    Some((e + mark.chars().count(), vec![node]))
}

/// ``` ``code`` ```.
fn literal(src: &Src, after: usize) -> Option<(usize, Vec<Inline>)> {
    if src.search_failed("``", after) {
        return None;
    }
    // Inline literals process no escapes: an escaped backquote
    // is a backslash that ends the text before a raw "``".
    let mut e = after;
    loop {
        if e + 1 >= src.len() {
            src.note_failed("``", after);
            return None;
        }
        let before_ok = src.esc[e] || (e > after && !src.c[e - 1].is_whitespace());
        if src.is(e, "``") && !src.esc[e + 1] && before_ok && src.end_ok(e + 2) {
            break;
        }
        e += 1;
    }
    let mut code = src.raw(after, e);
    if src.esc[e] {
        code.push('\\');
    }
    Some((e + 2, vec![Inline::Code(code)]))
}

/// `|name|`, `|name|_`, `|name|__`: a marker for the `refs` pass.
fn substitution_ref(src: &Src, k: usize, after: usize) -> Option<(usize, Vec<Inline>)> {
    let e = find_sub_end(src, after)?;
    let mut end = e + 1;
    let mut refend = "";
    for s in ["__", "_"] {
        if src.is(end, s) && src.end_ok(end + s.len()) {
            refend = s;
            break;
        }
    }
    if refend.is_empty() && !src.end_ok(end) {
        return None;
    }
    end += refend.len();
    let name = src.text(after, e);
    let node = Inline::Link {
        url: format!("{MARK}sub:{refend}:{name}"),
        title: Some(src.raw(k, end)),
        content: Vec::new(),
        line: src.line_at(k),
    };
    Some((end, vec![node]))
}

/// `[label]_` at `k`: a footnote or citation reference, numbered later.
fn footnote_ref(src: &Src, k: usize) -> Option<(usize, Inline)> {
    let close = (k + 1..src.len().min(k + 200)).find(|&i| src.c[i] == ']')?;
    if !src.is(close, "]_") || !src.end_ok(close + 2) {
        return None;
    }
    let label = src.text(k + 1, close);
    let ok = label == "*"
        || (!label.is_empty() && label.chars().all(|c| c.is_ascii_digit()))
        || label == "#"
        || label
            .strip_prefix('#')
            .is_some_and(|n| simple_name_len(n) == n.len())
        || (!label.is_empty() && simple_name_len(&label) == label.len());
    if !ok {
        return None;
    }
    let node = Inline::FootnoteRef {
        label,
        id: String::new(),
        backref: String::new(),
        line: src.line_at(k),
    };
    Some((close + 2, node))
}

/// Where a reference name starting at `k` may end, followed by `_`
/// (offsets from `k`, shortest first).
fn name_ends(src: &Src, k: usize) -> Vec<usize> {
    let mut ends: Vec<usize> = Vec::new();
    let mut prev_alnum = false;
    for (i, &ch) in src.c[k..src.len().min(k + 256)].iter().enumerate() {
        if src.esc[k + i] && i > 0 {
            break;
        }
        if ch.is_alphanumeric() {
            prev_alnum = true;
            if src.at(k + i + 1) == Some('_') {
                ends.push(i + 1);
            }
        } else if matches!(ch, '-' | '.' | '_' | '+' | ':') && prev_alnum {
            prev_alnum = false;
        } else {
            break;
        }
    }
    ends
}

/// Text nodes with their newlines turned into soft breaks.
pub fn soft(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut out = Vec::new();
    for i in inlines {
        match i {
            Inline::Text(t) => push_text(&mut out, &t),
            other => out.push(other),
        }
    }
    out
}

/// The first end-string `mark` after `from` (non-empty content, no white
/// space or escape before it, end-string rule after it).
fn find_end(src: &Src, from: usize, mark: &'static str) -> Option<usize> {
    if src.search_failed(mark, from) {
        return None;
    }
    let n = mark.chars().count();
    let mut e = from + 1;
    while e + n <= src.len() {
        if src.is(e, mark) && !src.esc[e] && !src.c[e - 1].is_whitespace() && src.end_ok(e + n) {
            return Some(e);
        }
        e += 1;
    }
    src.note_failed(mark, from);
    None
}

/// The closing `|` of a substitution reference, which may be followed by
/// `_` or `__` before the end-string rule applies.
fn find_sub_end(src: &Src, from: usize) -> Option<usize> {
    if src.search_failed("|", from) {
        return None;
    }
    let mut e = from + 1;
    while e < src.len() {
        let ok_after = src.end_ok(e + 1)
            || (src.is(e + 1, "__") && src.end_ok(e + 3))
            || (src.is(e + 1, "_") && src.end_ok(e + 2));
        if src.c[e] == '|' && !src.esc[e] && !src.c[e - 1].is_whitespace() && ok_after {
            return Some(e);
        }
        e += 1;
    }
    src.note_failed("|", from);
    None
}

enum Suffix {
    None,
    Role(String),
    /// A reference; `true`: anonymous.
    Ref(bool),
}

/// What follows a closing backquote: `:role:`, `_`, `__` or nothing, then
/// the end-string rule. Returns its length.
fn backquote_suffix(src: &Src, k: usize) -> Option<(usize, Suffix)> {
    if src.at(k) == Some(':') {
        let rest: String = src.c[k + 1..src.len().min(k + 65)].iter().collect();
        let n = rest[..simple_name_len(&rest)].chars().count();
        if n > 0 && src.at(k + 1 + n) == Some(':') && src.end_ok(k + 2 + n) {
            return Some((n + 2, Suffix::Role(src.text(k + 1, k + 1 + n))));
        }
    }
    if src.is(k, "__") && src.end_ok(k + 2) {
        return Some((2, Suffix::Ref(true)));
    }
    if src.is(k, "_") && src.end_ok(k + 1) {
        return Some((1, Suffix::Ref(false)));
    }
    src.end_ok(k).then_some((0, Suffix::None))
}

/// Splits `label <target>` (raw text, escapes kept).
pub fn embedded(raw: &str) -> Option<(String, String)> {
    let t = raw.trim_end();
    if !t.ends_with('>') || t.ends_with("\\>") {
        return None;
    }
    let open = t.rfind('<')?;
    if open > 0 && !t[..open].ends_with([' ', '\n']) {
        return None;
    }
    let inner = &t[open + 1..t.len() - 1];
    if inner.is_empty()
        || inner.starts_with([' ', '\n'])
        || inner.ends_with([' ', '\n'])
        || inner.contains('<')
    {
        return None;
    }
    Some((t[..open].trim().to_string(), inner.to_string()))
}
