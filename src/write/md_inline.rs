//! Inline content in, CommonMark inline markup out, with the escapes that
//! keep plain text plain.

use crate::doc::{Inline, inlines_text};

/// Which `*` in text get a `\\`.
#[derive(Clone, Copy, PartialEq)]
enum Stars {
    /// Every one: inside an emphasis, where any `*` could close it.
    All,
    /// One that could open an emphasis.
    Opening,
    /// None: the only `*` of a block with no emphasis pairs with nothing.
    Lone,
}

/// Renders inlines as one line of Markdown (soft and hard breaks as spaces);
/// `refs`: the page's addresses given by reference, numbered from 1.
pub fn render(inlines: &[Inline], refs: &[String]) -> String {
    render_with(inlines, Stars::Opening, None, refs)
}

/// Renders the inlines of a whole block, a paragraph: nothing follows
/// them, so a `*` at the end opens nothing (`proxy0*`), and one `*` alone
/// in a block with no emphasis pairs with nothing (`*.example.org`).
pub fn render_block(inlines: &[Inline], refs: &[String]) -> String {
    let stars = match star_count(inlines) {
        Some(1) => Stars::Lone,
        _ => Stars::Opening,
    };
    render_with(inlines, stars, Some(' '), refs)
}

/// The `*` in the text of `inlines`, or `None` when an emphasis or a
/// strong span adds its own (or any other markup that may hold some).
fn star_count(inlines: &[Inline]) -> Option<usize> {
    inlines.iter().try_fold(0, |n, i| match i {
        Inline::Text(t) => Some(n + t.matches('*').count()),
        Inline::Link { content, .. } => Some(n + star_count(content)?),
        Inline::Code(_) | Inline::SoftBreak | Inline::HardBreak => Some(n),
        _ => None,
    })
}

/// [`render`] with `stars` escaped as said, `end` what follows the last
/// inline (`None`: unknown). Rendered back to front, so a text knows what
/// its brackets run into.
fn render_with(inlines: &[Inline], stars: Stars, end: Option<char>, refs: &[String]) -> String {
    let mut pieces: Vec<String> = Vec::with_capacity(inlines.len());
    for i in inlines.iter().rev() {
        let mut piece = String::new();
        let next = match pieces.last() {
            Some(p) => p.chars().next(),
            None => end,
        };
        push(i, &mut piece, (stars, next), refs);
        pieces.push(piece);
    }
    pieces.into_iter().rev().collect()
}

/// Renders one inline; `next` is the first character rendered after it.
fn push(inline: &Inline, out: &mut String, (stars, next): (Stars, Option<char>), refs: &[String]) {
    match inline {
        Inline::Text(t) => out.push_str(&escape_with(t, stars, next)),
        Inline::Emphasis(c) => delimited("*", c, out, refs),
        Inline::Strong(c) => delimited("**", c, out, refs),
        Inline::Strikethrough(c) => delimited("~~", c, out, refs),
        Inline::Code(code) => out.push_str(&code_span(code)),
        Inline::Link { url, content, .. } => out.push_str(&link(url, content, refs)),
        Inline::XRef {
            target, content, ..
        } => {
            let text = content
                .as_deref()
                .map(|c| render(c, refs))
                .unwrap_or_else(|| escape(target));
            out.push_str(&format!("[{text}]({})", destination(target)));
        }
        Inline::Image(img) => out.push_str(&format!(
            "![{}]({})",
            escape(&img.alt),
            destination(&img.src)
        )),
        Inline::Anchor { id, content } => {
            out.push_str(&format!("<a id=\"{id}\"></a>"));
            out.push_str(&render(content, refs));
        }
        Inline::FootnoteRef { label, .. } => out.push_str(&format!("[^{label}]")),
        Inline::Role { role, content, .. } => match role.as_str() {
            "kbd" | "sub" | "sup" | "abbr" => {
                out.push_str(&format!("<{role}>{}</{role}>", render(content, refs)))
            }
            "command" | "file" | "literal" | "samp" | "program" => {
                out.push_str(&code_span(&inlines_text(content)))
            }
            _ => out.push_str(&render(content, refs)),
        },
        Inline::Html(h) => out.push_str(h),
        Inline::SoftBreak | Inline::HardBreak => out.push(' '),
        Inline::Problem { text, .. } => out.push_str(&escape(text)),
    }
}

fn delimited(delim: &str, content: &[Inline], out: &mut String, refs: &[String]) {
    let inner = render_with(content, Stars::All, None, refs);
    if inner.trim().is_empty() || inner.starts_with(' ') || inner.ends_with(' ') {
        out.push_str(&inner);
    } else {
        out.push_str(&format!("{delim}{inner}{delim}"));
    }
}

/// A code span with a fence longer than any backtick run inside it.
pub fn code_span(code: &str) -> String {
    let code = code.replace('\n', " ");
    let longest = longest_run(&code, '`');
    let fence = "`".repeat(longest + 1);
    let pad = if code.starts_with('`') || code.ends_with('`') || code.trim().is_empty() {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{code}{pad}{fence}")
}

/// The longest run of `c` in `text`.
pub fn longest_run(text: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for ch in text.chars() {
        run = if ch == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

fn link(url: &str, content: &[Inline], refs: &[String]) -> String {
    let text = inlines_text(content);
    let bare = text == url || url.strip_prefix("mailto:") == Some(text.as_str());
    if bare && url.contains(':') && !url.contains([' ', '<', '>', '`']) {
        return format!("<{url}>");
    }
    match super::refs::number(refs, url).filter(|_| super::refs::by_reference(url, &text)) {
        Some(n) => format!("[{}][{n}]", render(content, refs)),
        None => format!("[{}]({})", render(content, refs), destination(url)),
    }
}

pub fn destination(url: &str) -> String {
    if url.contains([' ', '(', ')', '<', '>']) {
        format!("<{}>", url.replace('<', "%3C").replace('>', "%3E"))
    } else {
        url.to_string()
    }
}

/// Escapes characters CommonMark would read as inline markup.
pub fn escape(text: &str) -> String {
    escape_with(text, Stars::Opening, None)
}

/// [`escape`]; `stars` says which `*` are escaped: all, none, or only one
/// that could open an emphasis (after a letter or digit before
/// punctuation, or before white space, a `*` opens nothing: `app0*:80`,
/// `relay* hosts`). `after` is what follows the text.
fn escape_with(text: &str, stars: Stars, after: Option<char>) -> String {
    let chars: Vec<char> = text.chars().collect();
    let tildes = text.matches('~').count() >= 2;
    let brackets = bracket_escapes(&chars, after);
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let star_next = next.or(after);
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let esc = match c {
            '\\' | '`' => true,
            '[' | ']' => brackets[i],
            '*' => match stars {
                Stars::All => true,
                Stars::Lone => false,
                Stars::Opening => prev.is_none() || star_opens(prev, star_next),
            },
            '_' => !alnum(prev) || !alnum(next),
            '<' => next.is_some_and(|n| n.is_ascii_alphabetic() || "/!?".contains(n)),
            '&' => entity_at(&chars[i..]),
            '~' => tildes,
            _ => false,
        };
        if esc {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// For each character, whether it is a bracket that needs a `\\`: a `[`
/// and the `]` closing it when they could make a link, an image, a
/// footnote reference, a link definition or a task box ([`makes_link`]);
/// a `[` that never closes; a `]` that no `[` opens (inside a link's text
/// it would end the text early). A pair that only encloses text
/// (`app0[1-7]`, `[...]`) stays as typed. `after` is what follows the text.
fn bracket_escapes(chars: &[char], after: Option<char>) -> Vec<bool> {
    let mut escaped = vec![false; chars.len()];
    let mut open: Vec<usize> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '[' => open.push(i),
            ']' => match open.pop() {
                Some(o) => {
                    let link = makes_link(chars, o, i, after);
                    (escaped[o], escaped[i]) = (link, link);
                }
                None => escaped[i] = true,
            },
            _ => {}
        }
    }
    for o in open {
        escaped[o] = true;
    }
    escaped
}

/// Whether the pair `[` at `o`, `]` at `close` could make a link: the
/// `]` runs into `(` or `[`, or into `:` where a line could start with the
/// `[` (a link definition), or it reads `[^` (a footnote) or `[x]` at the
/// start (a task box).
fn makes_link(chars: &[char], o: usize, close: usize, after: Option<char>) -> bool {
    let next = chars.get(close + 1).copied().or(after);
    let line_start = o == 0 || chars[o - 1].is_whitespace();
    chars.get(o + 1) == Some(&'^')
        || (o == 0 && matches!(chars.get(1..3), Some([' ' | 'x' | 'X', ']'])))
        || matches!(next, Some('(' | '['))
        || (line_start && next == Some(':'))
}

/// Whether a `*` between `prev` and `next` may open an emphasis: it is
/// left-flanking, or at the end of the text, where the next piece is
/// unknown.
fn star_opens(prev: Option<char>, next: Option<char>) -> bool {
    match next {
        None => true,
        Some(n) if n.is_whitespace() => false,
        Some(n) if n.is_ascii_punctuation() => !prev.is_some_and(char::is_alphanumeric),
        Some(_) => true,
    }
}

fn entity_at(chars: &[char]) -> bool {
    let body: String = chars[1..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .collect();
    !body.is_empty() && chars.get(body.len() + 1) == Some(&';')
}

/// Escapes a word that would make a line begin a block construct.
pub fn fix_start(word: &str, _first: bool) -> String {
    let first = word.chars().next().unwrap_or(' ');
    let run = word.chars().all(|c| c == first);
    // `#` to `######` alone open a heading; `#channel` opens nothing
    let heading = first == '#' && run && word.len() <= 6;
    let starts_block = heading
        || matches!(first, '>' | '|' | ':')
        || (matches!(first, '-' | '+' | '*' | '=' | '_' | ':') && (word.len() == 1 || run))
        || word.starts_with("```")
        || word.starts_with("~~~");
    if starts_block {
        return format!("\\{word}");
    }
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    let rest = &word[digits.len()..];
    // `1.` alone opens a list; `10.5.1.2` does not
    if !digits.is_empty() && digits.len() <= 9 && (rest == "." || rest == ")") {
        return format!("{digits}\\{rest}");
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_heading_mark_is_escaped_at_a_line_start() {
        assert_eq!(fix_start("#", true), "\\#");
        assert_eq!(fix_start("###", true), "\\###");
        assert_eq!(fix_start("#ops-team", true), "#ops-team");
        assert_eq!(fix_start("#######", true), "#######");
    }

    /// The plain text pulldown-cmark reads back from `md`, and whether it
    /// found any link, image, footnote or task box in it.
    fn read_back(md: &str) -> (String, bool) {
        use pulldown_cmark::{Event, Options, Parser, Tag};
        let options = Options::ENABLE_FOOTNOTES | Options::ENABLE_TASKLISTS | Options::ENABLE_GFM;
        let (mut text, mut markup) = (String::new(), false);
        for event in Parser::new_ext(md, options) {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::Start(Tag::Link { .. } | Tag::Image { .. })
                | Event::FootnoteReference(_)
                | Event::TaskListMarker(_) => markup = true,
                _ => {}
            }
        }
        (text, markup)
    }

    #[test]
    fn brackets_stay_as_typed_unless_they_could_make_a_link() {
        assert_eq!(
            escape("app0[1-7] and [...] here"),
            "app0[1-7] and [...] here"
        );
        assert_eq!(
            escape("see [x](y) [a][b] [c]: d"),
            "see \\[x\\](y) \\[a\\][b] \\[c\\]: d"
        );
        assert_eq!(escape("[^1] and [x] done"), "\\[^1\\] and [x] done");
        assert_eq!(escape("[x] done"), "\\[x\\] done");
        assert_eq!(escape("open [ only"), "open \\[ only");
        assert_eq!(escape("a] b"), "a\\] b");
        assert_eq!(escape("server[1-5]: x"), "server[1-5]: x");
        let text = [
            Inline::Text("hosts [1-3]".into()),
            Inline::Code("(x)".into()),
        ];
        assert_eq!(render(&text, &[]), "hosts [1-3]`(x)`");
        let text = [Inline::Text("see [1-3]".into()), Inline::Text("(x)".into())];
        assert_eq!(render(&text, &[]), "see \\[1-3\\](x)");
        for text in [
            "app0[1-7] and [...]",
            "see [x](y) and ![i](p.png)",
            "[a [b](c) d](e)",
            "[ref]: http://example.com",
            "server[1-5]: x",
            "[x] done",
            "[^note] here",
            "nest [[a]](b) ]] [",
        ] {
            let link = [Inline::Link {
                url: "u".into(),
                content: vec![Inline::Text(text.into())],
                title: None,
                line: 1,
            }];
            let md = format!("{}\n", render(&link, &[]));
            let (read, _) = read_back(&md);
            assert_eq!(read, text, "{md}");
            let md = format!("- {}\n", escape(text));
            assert_eq!(read_back(&md), (text.to_string(), false), "{md}");
        }
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("a *b* [1] snake_case _x"),
            "a \\*b* [1] snake_case \\_x"
        );
        assert_eq!(escape("Q&A &amp; <div>"), "Q&A \\&amp; \\<div>");
        assert_eq!(
            escape("app0*:80 relay* a*b .*' *"),
            "app0*:80 relay* a\\*b .\\*' \\*"
        );
        let em = [Inline::Emphasis(vec![Inline::Text("a* b".into())])];
        assert_eq!(render(&em, &[]), "*a\\* b*");
        // a block's lone `*`, or one at its end, pairs with nothing
        let text = |t: &str| vec![Inline::Text(t.into())];
        assert_eq!(
            render_block(&text("the *.rpm files"), &[]),
            "the *.rpm files"
        );
        assert_eq!(render_block(&text("web0*, proxy0*"), &[]), "web0*, proxy0*");
        assert_eq!(
            render_block(&text("a *.rpm or *.deb"), &[]),
            "a \\*.rpm or \\*.deb"
        );
        let mut both = text("see *.rpm ");
        both.push(Inline::Emphasis(text("now")));
        assert_eq!(render_block(&both, &[]), "see \\*.rpm *now*");
        assert_eq!(fix_start("1.", true), "1\\.");
        assert_eq!(fix_start("#fedora-admin", false), "#fedora-admin");
        assert_eq!(fix_start("-v", false), "-v");
        assert_eq!(fix_start("2)", false), "2\\)");
        assert_eq!(fix_start("10.5.1.2", false), "10.5.1.2");
    }

    #[test]
    fn code_spans_fence_backticks() {
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x"), "`` `x ``");
    }
}
