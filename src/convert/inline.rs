//! Legacy text in, inlines out: backquoted spans and quoted commands
//! made inline literals, starred words emphasis, bare URLs made links,
//! white space folded, the dump's `[N]` link markers removed, an address
//! in `<...>` broken over two lines made whole.

use super::wiki::Flavour;
use crate::doc::{Block, BlockKind, DefinitionItem, Inline};

/// `text`, read for its inline markup, as a paragraph block at line `no`.
pub fn paragraph(text: &str, no: u32) -> Block {
    Block::new(no, BlockKind::Paragraph(parse(text, no)))
}

/// A definition list's item at line `no`: `term` over a definition of
/// one paragraph, `text`, both read for their inline markup.
pub fn term(term: &str, text: &str, no: u32) -> DefinitionItem {
    DefinitionItem {
        line: no,
        term: parse(term, no),
        classifiers: Vec::new(),
        definition: vec![paragraph(text, no)],
    }
}

/// Inlines of a run of text from line `line`: `code` and ``code`` spans
/// become inline literals, *word* spans emphasis, URLs links, the rest
/// text with white space folded.
pub fn parse(text: &str, line: u32) -> Vec<Inline> {
    read(&closed_addresses(&drop_markers(text)), line, Flavour::Plain)
}

/// `text` with each address typed between `<` and `>` that was broken
/// over two lines made whole again (`<https://example.net/kb/large-`
/// `files>` read as one run of text with a space between): an address
/// holds no space, so the space goes when the word after it closes the
/// `<` and no other `<` or address starts in it.
fn closed_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        let (before, from) = rest.split_at(at);
        out.push_str(before);
        let head_end = from.find(char::is_whitespace).unwrap_or(from.len());
        let head = &from[..head_end];
        let after = from[head_end..].trim_start();
        let word = after.split_whitespace().next().unwrap_or("");
        let closes = word.contains('>') && !word.contains('<') && !word.contains("://");
        if head.contains("://") && !head.contains('>') && closes {
            out.push_str(head);
            rest = after;
        } else {
            out.push_str(head);
            rest = &from[head_end..];
        }
    }
    out.push_str(rest);
    out
}

/// `inlines` with the marks of `flavour` read in their text: the pass a
/// MoinMoin, Org or Confluence page gets, where these are marks;
/// elsewhere `__init__.py`, `x^2` or `a=b` are text as typed. On a
/// Confluence page `*x*` is strong.
pub fn wiki_marks(inlines: &mut Vec<Inline>, flavour: Flavour) {
    for i in std::mem::take(inlines) {
        match i {
            Inline::Text(t) if flavour.marks_in(&t) => {
                if t.starts_with(' ') {
                    inlines.push(Inline::Text(" ".into()));
                }
                inlines.extend(read(&t, 0, flavour));
                if t.ends_with(' ') && t.trim() != "" {
                    inlines.push(Inline::Text(" ".into()));
                }
            }
            Inline::Emphasis(mut c) => {
                wiki_marks(&mut c, flavour);
                inlines.push(match flavour {
                    Flavour::Confluence | Flavour::AsciiDoc | Flavour::Org => Inline::Strong(c),
                    _ => Inline::Emphasis(c),
                });
            }
            Inline::Strong(mut c) => {
                wiki_marks(&mut c, flavour);
                inlines.push(Inline::Strong(c));
            }
            other => inlines.push(other),
        }
    }
}

impl Flavour {
    /// Whether `text` may hold one of this flavour's own marks.
    fn marks_in(self, text: &str) -> bool {
        match self {
            Flavour::Plain | Flavour::DokuWiki => false,
            Flavour::Moin => {
                text.contains("__")
                    || text.contains(",,")
                    || text.contains('^')
                    || text.contains("''")
                    || super::trac::marks_in(text)
            }
            Flavour::Org => text.contains(['=', '~', '/']),
            Flavour::AsciiDoc => text.contains('_'),
            Flavour::Confluence => text.contains("{{") || text.contains(['_', '@', '"', '[']),
            Flavour::MediaWiki => super::mediawiki::marks_in(text),
        }
    }

    /// The mark a run of `run` times `c` opens in this flavour's own marks.
    fn mark(self, c: u8, run: usize) -> Option<Mark> {
        match (self, c, run) {
            (Flavour::Moin, b'_', 2) => Some(Mark::Emphasis),
            (Flavour::Moin, b',', 2) => Some(Mark::Sub),
            (Flavour::Moin, b'^', 1) => Some(Mark::Sup),
            (Flavour::Org, b'=' | b'~', 1) => Some(Mark::Code),
            (Flavour::Org, b'/', 1) => Some(Mark::Emphasis),
            (Flavour::AsciiDoc, b'_', 1) => Some(Mark::Emphasis),
            (Flavour::Confluence, b'{', 2) => Some(Mark::Code),
            (Flavour::Confluence, b'_', 1) => Some(Mark::Emphasis),
            // Textile's `@code@`
            (Flavour::Confluence, b'@', 1) => Some(Mark::Code),
            _ => None,
        }
    }
}

/// The inlines of `text`, the marks of `flavour` read too.
fn read(text: &str, line: u32, flavour: Flavour) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let unbroken;
    let mut rest = text;
    if flavour == Flavour::MediaWiki {
        unbroken = super::mediawiki::unbroken(text);
        rest = &unbroken;
    }
    while let Some((before, mark, inner, after)) = span(rest, flavour) {
        words(before, line, &mut plain, &mut out);
        // the space before the span, also after a URL (which left `plain` empty)
        let something = !plain.is_empty() || !out.is_empty();
        if before.ends_with(char::is_whitespace) && something && !plain.ends_with(' ') {
            plain.push(' ');
        }
        if !plain.is_empty() {
            out.push(Inline::Text(std::mem::take(&mut plain)));
        }
        let inner = inner.split_whitespace().collect::<Vec<_>>().join(" ");
        out.push(match mark {
            Mark::Code => Inline::Code(inner),
            Mark::Emphasis => Inline::Emphasis(vec![Inline::Text(inner)]),
            Mark::Strong => Inline::Strong(vec![Inline::Text(inner)]),
            Mark::Wiki => wiki_link(&inner, line),
            Mark::WikiPage => wiki_link(&inner.replacen(' ', "|", 1), line),
            Mark::Typed => Inline::Text(inner),
            Mark::Quoted => match inner.split_once("\":") {
                Some((label, url)) => link(url, label, line),
                None => Inline::Text(inner),
            },
            Mark::Rst => match inner.rsplit_once(" <") {
                Some((label, url)) => link(url.trim_end_matches('>'), label, line),
                None => Inline::Text(inner),
            },
            Mark::Labelled => match inner.rsplit_once('|') {
                Some((label, url)) => link(url.trim(), label.trim(), line),
                None => link(&inner, &inner, line),
            },
            Mark::External => match inner.split_once(' ') {
                Some((url, label)) => link(url, label, line),
                None => link(&inner, &inner, line),
            },
            Mark::Sub | Mark::Sup => Inline::Role {
                role: if mark == Mark::Sub { "sub" } else { "sup" }.into(),
                title: None,
                content: vec![Inline::Text(inner)],
            },
        });
        if after.starts_with(char::is_whitespace) && !after.trim_start().is_empty() {
            plain.push(' ');
        }
        rest = after;
    }
    words(rest, line, &mut plain, &mut out);
    if !plain.is_empty() {
        out.push(Inline::Text(plain));
    }
    out
}

/// Adds the words of `text` to `plain`, flushing it before each URL.
fn words(text: &str, line: u32, plain: &mut String, out: &mut Vec<Inline>) {
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            plain.push(' ');
        }
        match url_in(word) {
            Some((pre, url, post)) => {
                plain.push_str(pre);
                if !plain.is_empty() {
                    out.push(Inline::Text(std::mem::take(plain)));
                }
                out.push(Inline::Link {
                    url: url.to_string(),
                    title: None,
                    content: vec![Inline::Text(url.to_string())],
                    line,
                });
                plain.push_str(post);
            }
            None => plain.push_str(word),
        }
    }
}

/// What a span's marks make of its inside.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Mark {
    Code,
    Emphasis,
    Strong,
    Wiki,
    Sub,
    Sup,
    /// Text as typed, no marks read in it (MediaWiki's `<nowiki>`).
    Typed,
    /// A bracketed web address and its text (`[https://x.org the site]`).
    External,
    /// A Trac page and its text (`[wiki:Team/OnCall on call]`).
    WikiPage,
    /// Jira's link text and address (`[the site|https://x.org]`).
    Labelled,
    /// Textile's quoted link text and address (`"the site":https://x.org`).
    Quoted,
    /// An RST hyperlink typed in the text (`` `the site <https://x.org>`_ ``).
    Rst,
}

/// The first `code`, ``code``, *emphasis* or **strong** span, as docutils reads
/// them: opened after white space or an opening bracket
/// or quote, closed by the same marks before white space or punctuation,
/// no white space just inside; also MoinMoin's ''emphasis'',
/// '''strong''', {{{code}}} and [[links]]. Returns the text before, the mark, the inside and
/// the rest.
fn span(text: &str, flavour: Flavour) -> Option<(&str, Mark, &str, &str)> {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if let Some(found) = quoted_command(text, i) {
            return Some(found);
        }
        let wiki = match flavour {
            Flavour::MediaWiki => super::mediawiki::span(text, i),
            Flavour::Confluence => {
                super::textile::link(text, i).or_else(|| super::trac::jira_link(text, i))
            }
            Flavour::Moin => super::trac::span(text, i),
            _ => None,
        };
        if wiki.is_some() {
            return wiki;
        }
        if c == b'`'
            && let Some(found) = super::markup::link(text, i)
        {
            return Some(found);
        }
        if !b"`*'{[_,^=~@/".contains(&c) {
            i += 1;
            continue;
        }
        let run = b[i..].iter().take_while(|&&x| x == c).count();
        let body = i + run;
        let mark = match (c, run) {
            (b'`', 1 | 2) | (b'{', 3) => Some(Mark::Code),
            (b'*', 1) | (b'\'', 2) => Some(Mark::Emphasis),
            (b'\'', 3) | (b'*', 2) => Some(Mark::Strong),
            (b'[', 2) => Some(Mark::Wiki),
            _ => flavour.mark(c, run),
        };
        // sub- and superscripts hang on a word (`H,,2,,O`, `10^6^`), and
        // MoinMoin's quotes on the punctuation of a name (`''a''.''b''`)
        let moin_quote = c == b'\'' && run <= 3 && flavour == Flavour::Moin;
        let glued =
            matches!(c, b',' | b'^') || (moin_quote && i > 0 && b[i - 1].is_ascii_punctuation());
        let opens =
            i == 0 || glued || matches!(b[i - 1], b' ' | b'\t' | b'(' | b'"' | b'\'' | b'<' | b'[');
        if let Some(mark) = mark.filter(|_| opens)
            && b.get(body).is_some_and(|x| !x.is_ascii_whitespace())
            && let Some(found) = closed(text, i, body, mark)
        {
            return Some(found);
        }
        i = body;
    }
    None
}

/// The span whose marks `text[i..body]` open it, if the same marks close
/// it before white space or punctuation. MoinMoin's `'` spans hold
/// words only, so quoted text stays as typed.
fn closed(text: &str, i: usize, body: usize, mark: Mark) -> Option<(&str, Mark, &str, &str)> {
    let fence = &text[i..body];
    let close = match fence {
        "{{{" => "}}}",
        "{{" => "}}",
        "[[" => "]]",
        _ => fence,
    };
    let end = close_at(text, body, close)?;
    let after = &text[end + close.len()..];
    let mut next = after.chars();
    let closes = match (fence, next.next()) {
        ("^" | ",,", _) => true,
        // `__init__.py` is a name, not underlined `init`
        ("__", Some(c)) if ".,;:!?".contains(c) => !next.next().is_some_and(char::is_alphanumeric),
        // (MoinMoin's quotes close on a name's `-` or `/` too: `''a''-''b''`)
        ("''" | "'''", Some('-' | '/')) => true,
        (_, c) => c.is_none_or(|c| c.is_whitespace() || ".,;:!?)'\"".contains(c)),
    };
    let inner = &text[body..end];
    // (a paragraph set wholly in `*...*`, a page's summary line, is
    // emphasis however long)
    let whole = fence == "*" && i == 0 && after.is_empty() && !inner.contains(['`', '*']);
    let fits = whole || fits(fence, inner);
    (closes && fits && !inner.is_empty() && !inner.ends_with(char::is_whitespace)).then_some((
        &text[..i],
        mark,
        inner,
        after,
    ))
}

/// Whether `inner` may stand between the marks `fence`: what each
/// mark's span may hold.
fn fits(fence: &str, inner: &str) -> bool {
    match fence.as_bytes()[0] {
        b',' | b'^' => {
            inner.len() <= 20
                && inner
                    .chars()
                    .all(|c| c.is_alphanumeric() || "+-.".contains(c))
        }
        // (a code span holds whatever the author typed between its
        // backticks, a star too: `*` marking the selected source, `ls *.log`)
        b'`' => !inner.contains('`'),
        b'=' | b'~' | b'@' => inner.len() <= 80 && !inner.contains(fence),
        // Org's `/italic/`, not a directory at the root (`/tmp/`)
        b'/' => {
            inner.len() <= 80
                && !super::org::root_dir(inner)
                && inner
                    .chars()
                    .all(|c| c.is_alphanumeric() || " -'.,:;!?()\"".contains(c))
        }
        b'{' => true,
        // (Org's `[[target][label]]` has its one `][` inside)
        b'[' => !inner.replacen("][", "", 1).contains(['[', ']']),
        // (a star span holding no letter or digit, `*.*` in `GRANT ALL ON
        // *.*`, is a wildcard pattern, not emphasis)
        b'*' => {
            inner.len() <= 40
                && !inner.contains(['`', '*'])
                && inner.contains(char::is_alphanumeric)
        }
        // MoinMoin's quotes may hold a name with its own `_` (`''disk_free''`),
        // a placeholder (`''keys/<name>''`), a menu's path (`''File > Save''`)
        // or a mail address (`'''bot+tag@chat.example.org'''`), words with
        // their aside in brackets (`'''active (running)'''`), a chat
        // channel (`'''#ops'''`), a pattern (`''forge.*''`) or a home path
        b'\'' => {
            inner.len() <= 80
                && inner.matches('(').count() == inner.matches(')').count()
                && inner
                    .chars()
                    .all(|c| c.is_alphanumeric() || " -'/.,:_<>@()#*~+".contains(c))
        }
        // Textile's `_index_not_found_exception_`: a name with its own `_`
        b'_' if fence == "_" => inner.len() <= 80 && !inner.contains("_ ") && !inner.contains(" _"),
        _ => {
            inner.len() <= 80
                && inner
                    .chars()
                    .all(|c| c.is_alphanumeric() || " -'/.,:".contains(c))
        }
    }
}

/// Where the marks `close` that close a span opened before `body` start:
/// the first such marks, but a lone `_` inside a word (`not_found`) goes
/// on with it, and the span ends at a `_` that ends a word.
fn close_at(text: &str, body: usize, close: &str) -> Option<usize> {
    if close != "_" {
        return Some(body + text[body..].find(close)?);
    }
    text[body..]
        .match_indices('_')
        .map(|(k, _)| body + k)
        .find(|&k| !text[k + 1..].starts_with(|c: char| c.is_alphanumeric() || c == '_'))
}

/// A MoinMoin link's inside (`https://x.org|the site`, `Team/OnCall`):
/// a web address a link, with its text if given; a wiki page, which no
/// other page knows by that name, its text alone when given (`the rota`,
/// the words the reader reads), else its name; an attachment the text
/// with the file's name after it in brackets, as is an image's caption
/// (`[[File:x.png|thumb|The tray]]`).
fn wiki_link(inner: &str, line: u32) -> Inline {
    // MediaWiki's `[[File:x.png|thumb|caption]]`: its caption, then its name
    if super::mwnotes::image_link(&format!("[[{inner}")) {
        return Inline::Text(super::mwnotes::image_words(inner));
    }
    // MoinMoin's `[[target|label]]`, Org's `[[target][label]]`
    let (target, label) = match inner.split_once('|').or_else(|| inner.split_once("][")) {
        Some((t, l)) if !l.trim().is_empty() => (t.trim(), Some(l.trim())),
        Some((t, _)) => (t.trim(), None),
        None => (inner.trim(), None),
    };
    if target.contains("://") || target.starts_with("mailto:") {
        return link(target, label.unwrap_or(target), line);
    }
    // a link to a place on the same page (`[[#Symptoms|Symptoms]]`): its
    // words, the page being the one they read
    if let Some(anchor) = target.strip_prefix('#') {
        return Inline::Text(label.unwrap_or(anchor).to_string());
    }
    // an attachment alone (`[[attachment:excludes.txt]]`): MoinMoin shows
    // the file's name
    let shown = target.strip_prefix("attachment:").unwrap_or(target);
    match label {
        Some(l) if shown == target => Inline::Text(l.to_string()),
        Some(l) if l != shown => Inline::Text(format!("{l} ({shown})")),
        _ => Inline::Text(shown.to_string()),
    }
}

/// A link to `url` reading `text`.
fn link(url: &str, text: &str, line: u32) -> Inline {
    Inline::Link {
        url: url.to_string(),
        title: None,
        content: vec![Inline::Text(text.to_string())],
        line,
    }
}

/// Whether a line is one MoinMoin link (`[[Team/OnCall]]`,
/// `[[https://x.org|site]]`), not a TOML `[[table]]`: its inside names a
/// page, a path or an address, or gives a text.
pub(super) fn moin_link(text: &str) -> bool {
    text.strip_prefix("[[")
        .and_then(|t| t.strip_suffix("]]"))
        .is_some_and(|inner| {
            !inner.contains(['[', ']'])
                && (inner.contains(['|', '/', ':']) || inner.starts_with(char::is_uppercase))
        })
}

/// A command in quotes at `text[i]` (`run "sudo service web restart"`):
/// the quotes mark it as code, so it is an inline literal without them,
/// as a careful human writes it. Only a known program run under `sudo`
/// or given an argument no word of prose is (an option, a path, a name
/// with digits or dots) counts: `"Add"`, `'staging'` and `"cat food"`
/// stay quoted text.
fn quoted_command(text: &str, i: usize) -> Option<(&str, Mark, &str, &str)> {
    let b = text.as_bytes();
    let q = b[i];
    let opens = i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'(' | b'[');
    if !(q == b'"' || q == b'\'') || !opens {
        return None;
    }
    let len = text[i + 1..].find(q as char)?;
    let (inner, after) = (&text[i + 1..i + 1 + len], &text[i + 2 + len..]);
    let closes = after
        .chars()
        .next()
        .is_none_or(|c| c.is_whitespace() || ".,;:!?)".contains(c));
    let mut words = inner.split_whitespace();
    let first = words.next().unwrap_or("");
    let args: Vec<&str> = words.collect();
    let shell = first == "sudo"
        || args
            .iter()
            .any(|w| w.contains(|c: char| !c.is_alphabetic()));
    let command = super::classify::known_command(first) && !args.is_empty() && shell;
    (closes && command && !inner.contains(['"', '`', '\''])).then_some((
        &text[..i],
        Mark::Code,
        inner,
        after,
    ))
}

/// Whether `text` opens with a web or mail address's scheme (`https://`,
/// `mailto:`): what a wiki's bracketed or quoted link must point at.
pub(super) fn opens_address(text: &str) -> bool {
    ["http://", "https://", "ftp://", "mailto:"]
        .iter()
        .any(|w| text.starts_with(w))
}

/// Splits a word into text before a URL, the URL, and trailing punctuation.
fn url_in(word: &str) -> Option<(&str, &str, &str)> {
    // (every scheme below has a colon: most words have none)
    if !word.contains(':') {
        return None;
    }
    let start = ["https://", "http://", "ftp://"]
        .iter()
        .filter_map(|p| word.find(p))
        .min()?;
    let pre = &word[..start];
    if !pre.is_empty() && !pre.ends_with(['(', '<', '"', '\'']) {
        return None;
    }
    let rest = &word[start..];
    let url = rest.trim_end_matches(['.', ',', ';', ':', ')', '>', '"', '\'', '!', '?']);
    if url.len() <= "https://".len() {
        return None;
    }
    Some((pre, url, &rest[url.len()..]))
}

/// Removes `[12]` link markers left by `links -dump`: they numbered the
/// dump's list of links, which the conversion does not keep.
pub(super) fn drop_markers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        out.push_str(&rest[..open]);
        // an index glued to a name (`sdb1[1]`, `args[0]`) is text
        let glued = out.ends_with(|c: char| c.is_alphanumeric() || c == '_');
        // the dump glues its marker to the link text; one standing free
        // (`RFC 5321 [1].`) is the author's footnote
        let free = after[digits..].strip_prefix(']').is_some_and(|r| {
            r.is_empty() || r.starts_with(|c: char| c.is_whitespace() || ".,;:)".contains(c))
        });
        if digits > 0 && after[digits..].starts_with(']') && !glued && !free {
            rest = &after[digits + 1..];
        } else {
            out.push('[');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn textile_emphasis_holds_a_name_with_underscores() {
        let got = read("fails with _not_found_here_, then", 1, Flavour::Confluence);
        assert_eq!(
            got[1],
            Inline::Emphasis(vec![Inline::Text("not_found_here".into())])
        );
        let got = read("set _a and b_c for now", 1, Flavour::Confluence);
        assert!(got.iter().all(|i| matches!(i, Inline::Text(_))), "{got:?}");
    }

    #[test]
    fn quoted_commands_become_code() {
        let inl = parse("run \"sudo make install\" now", 1);
        assert!(matches!(&inl[..], [_, Inline::Code(c), _] if c == "sudo make install"));
        // a quoted word or a lone program name stays text
        for text in ["press \"Save\" now", "'sudo' alone", "it's \"cat food\""] {
            assert!(matches!(&parse(text, 1)[..], [Inline::Text(_)]), "{text}");
        }
    }

    #[test]
    fn link_markers_go() {
        assert_eq!(
            drop_markers("see [12]the wiki [x] [3"),
            "see the wiki [x] [3"
        );
        assert_eq!(
            drop_markers("md0 : raid6 sdb1[1] sdc1[2](F), args[0]"),
            "md0 : raid6 sdb1[1] sdc1[2](F), args[0]"
        );
        let inl = parse("read [4]the FAQ", 1);
        assert!(matches!(&inl[..], [Inline::Text(t)] if t == "read the FAQ"));
    }

    #[test]
    fn a_link_to_a_place_on_the_page_is_its_words() {
        let text = |s: &str| crate::doc::inlines_text(&parse(s, 1));
        assert_eq!(
            text("see [[#Rollback|the rollback]] first"),
            "see the rollback first"
        );
        assert_eq!(text("see [[#Rollback]] first"), "see Rollback first");
        assert_eq!(text("see [[Team/Pager|pager]]"), "see pager");
    }

    #[test]
    fn code_spans() {
        let inl = parse("run `date -s` then ``ntpdate``, not `x`_ or a`b`", 1);
        assert_eq!(inl.len(), 5);
        assert!(matches!(&inl[1], Inline::Code(c) if c == "date -s"));
        assert!(matches!(&inl[2], Inline::Text(t) if t == " then "));
        assert!(matches!(&inl[3], Inline::Code(c) if c == "ntpdate"));
        assert!(matches!(&inl[4], Inline::Text(t) if t == ", not `x`_ or a`b`"));
        let inl = parse("it *should* work on web0* and *.rpm *", 1);
        assert!(matches!(&inl[1], Inline::Emphasis(e) if e.len() == 1));
        assert!(matches!(&inl[2], Inline::Text(t) if t == " work on web0* and *.rpm *"));
        let inl = parse("grant ALL ON *.* to it, or *-* there", 1);
        assert!(matches!(&inl[..], [Inline::Text(_)]));
        let inl = parse("the `*` marks it; run `ls *.log` too", 1);
        assert!(matches!(&inl[1], Inline::Code(c) if c == "*"));
        assert!(matches!(&inl[3], Inline::Code(c) if c == "ls *.log"));
    }

    #[test]
    fn a_paragraph_wholly_starred_is_emphasis_however_long() {
        let line = "*Weekly sweeps of the seed store, counting trays and writing up what spoiled.*";
        assert!(matches!(&parse(line, 1)[..], [Inline::Emphasis(_)]));
        let long = "*a span of more than forty letters inside a line* and more";
        assert!(matches!(&parse(long, 1)[..], [Inline::Text(_)]));
    }

    #[test]
    fn moin_underline_sub_sup_on_moin_pages_only() {
        let text = "__late__ H,,2,,O 10^3^ __init__.py";
        assert!(matches!(&parse(text, 1)[..], [Inline::Text(_)]));
        let mut inl = parse(text, 1);
        super::wiki_marks(&mut inl, Flavour::Moin);
        let roles: Vec<&str> = inl
            .iter()
            .filter_map(|i| match i {
                Inline::Role { role, .. } => Some(role.as_str()),
                _ => None,
            })
            .collect();
        assert!(matches!(&inl[0], Inline::Emphasis(_)));
        assert_eq!(roles, ["sub", "sup"]);
        assert!(matches!(inl.last(), Some(Inline::Text(t)) if t.ends_with(" __init__.py")));
    }

    #[test]
    fn org_verbatim_on_org_pages_only() {
        let text = "store it under =ldap/admin= with ~pass insert~, a=b stays";
        assert!(matches!(&parse(text, 1)[..], [Inline::Text(_)]));
        let mut inl = parse(text, 1);
        super::wiki_marks(&mut inl, Flavour::Org);
        let codes: Vec<&str> = inl
            .iter()
            .filter_map(|i| match i {
                Inline::Code(c) => Some(c.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(codes, ["ldap/admin", "pass insert"]);
        assert!(matches!(inl.last(), Some(Inline::Text(t)) if t == ", a=b stays"));
    }

    #[test]
    fn org_links() {
        let inl = parse("see [[https://x.example/a][the page]] now", 1);
        assert!(matches!(&inl[1], Inline::Link { url, .. } if url == "https://x.example/a"));
        assert_eq!(crate::doc::inlines_text(&inl), "see the page now");
    }

    #[test]
    fn double_stars_are_strong() {
        let inl = parse(
            "**Who:** anyone; do **not** restart, but keep a**b and ** x **",
            1,
        );
        assert!(matches!(&inl[0], Inline::Strong(e) if e.len() == 1));
        assert!(matches!(&inl[2], Inline::Strong(e) if e.len() == 1));
        assert!(matches!(&inl[3], Inline::Text(t) if t == " restart, but keep a**b and ** x **"));
    }

    #[test]
    fn moin_emphasis_holds_a_name_with_underscores() {
        let inl = parse("the check ''disk_free_root'' goes red", 1);
        assert!(matches!(&inl[1], Inline::Emphasis(e) if e.len() == 1));
        let inl = parse("keep it under ''keys/<name>'', see ''File > Save''", 1);
        assert!(matches!(&inl[1], Inline::Emphasis(e) if e.len() == 1));
        assert!(matches!(&inl[3], Inline::Emphasis(e) if e.len() == 1));
    }

    #[test]
    fn moin_strong_holds_an_aside_in_brackets() {
        let inl = parse("it should read '''open (idle)''' by now", 1);
        assert!(matches!(&inl[1], Inline::Strong(e) if e.len() == 1));
        assert!(matches!(&parse("a '''b (c''' d", 1)[..], [Inline::Text(_)]));
    }

    #[test]
    fn moin_marks() {
        let inl = parse("'''Never''' run ''feeder'' by hand, but {{{rm /tmp/*}}}", 1);
        assert!(matches!(&inl[0], Inline::Strong(e) if e.len() == 1));
        assert!(matches!(&inl[2], Inline::Emphasis(e) if e.len() == 1));
        assert!(matches!(&inl[4], Inline::Code(c) if c == "rm /tmp/*"));
        // empty quotes, quoted code and a lone apostrophe stay as typed
        for text in ["echo '' > x", "set ''a=b;c''", "the feeders' bowls"] {
            assert!(matches!(&parse(text, 1)[..], [Inline::Text(_)]), "{text}");
        }
    }

    #[test]
    fn moin_links() {
        let inl = parse(
            "see [[https://x.org/a|the site]], [[Team/OnCall|the rota]]",
            1,
        );
        assert!(matches!(&inl[1], Inline::Link { url, content, .. }
            if url == "https://x.org/a" && crate::doc::inlines_text(content) == "the site"));
        assert_eq!(crate::doc::inlines_text(&inl[3..]), "the rota");
        let inl = parse("[[Backups]] and [[a]b]]", 1);
        assert_eq!(crate::doc::inlines_text(&inl), "Backups and [[a]b]]");
    }

    #[test]
    fn a_span_after_a_url_keeps_the_space_between() {
        let inl = parse("on https://example.org/keys/ *before* it", 1);
        assert_eq!(
            crate::doc::inlines_text(&inl),
            "on https://example.org/keys/ before it"
        );
        let inl = parse("`a` *b* c", 1);
        assert_eq!(crate::doc::inlines_text(&inl), "a b c");
    }

    #[test]
    fn urls_link() {
        let inl = parse("at (https://example.org/x).", 3);
        assert_eq!(inl.len(), 3);
        assert!(matches!(&inl[1], Inline::Link { url, .. } if url == "https://example.org/x"));
        assert_eq!(
            crate::doc::inlines_text(&inl),
            "at (https://example.org/x)."
        );
    }
}
