//! Fenced preformatted blocks: MoinMoin's `{{{` and `}}}` lines, the
//! Markdown habit of three backticks (or tildes) above and below,
//! DokuWiki's `<code bash>` and `<file>` tags, Org's `#+BEGIN_SRC sh` and
//! `#+END_SRC` lines, Confluence's `{code:bash}` and `{noformat}`, an
//! AsciiDoc `[source,bash]` line over a block between two `----` lines,
//! and the HTML tags of MediaWiki and Textile (`<pre>`, `<pre><code
//! class="bash">`, `<syntaxhighlight lang="bash">`, `<source lang=sh>`),
//! fencing text in; a literal block of what is
//! between them out, fences dropped.

use super::lines::Line;
use super::literal::literal;
use crate::doc::{Block, BlockKind};
use unicode_width::UnicodeWidthStr;

/// Languages an opening line may name (`{{{#!bash`, `{{{#!highlight
/// bash`, `<code bash>`, `#+BEGIN_SRC bash`, `[source,bash]`), as Pygments
/// knows them.
const LANGUAGES: &[&str] = &[
    "bash", "sh", "shell", "console", "python", "perl", "ruby", "sql", "ini", "yaml", "json",
    "xml", "html", "diff", "apache", "nginx", "text",
];

/// A fence opening at a line: how many lines it takes before the fenced
/// text, the line that closes it, and the language it names.
struct Opening {
    takes: usize,
    close: Close,
    lang: Option<String>,
    /// A word on a Markdown fence that names no language (`~~~ Output`):
    /// the block's caption, kept as a paragraph over it.
    caption: Option<String>,
}

/// What closes a fence.
enum Close {
    /// The same mark (backticks, tildes), at least as many times, alone.
    Marks(String),
    /// This line exactly (`}}}`, `</code>`, `----`).
    Line(String),
    /// This line in any case (`#+END_SRC`).
    Caseless(String),
}

impl Close {
    fn closes(&self, text: &str) -> bool {
        match self {
            Close::Marks(open) => {
                let c = open.chars().next().unwrap_or('`');
                text.len() >= open.len() && text.chars().all(|x| x == c)
            }
            Close::Line(l) => text == l,
            Close::Caseless(l) => text.eq_ignore_ascii_case(l),
        }
    }
}

/// The index after the line closing the block whose opening line is
/// `lines[i]`.
pub fn end(lines: &[Line], i: usize) -> Option<usize> {
    if let Some(close) = pre_end(lines, i) {
        return Some(close + 1);
    }
    let open = opening(lines, i)?;
    let close = (i + open.takes..lines.len()).find(|&k| open.close.closes(&lines[k].text))?;
    Some(close + 1)
}

/// The fence opening at `lines[i]`, of whichever kind.
fn opening(lines: &[Line], i: usize) -> Option<Opening> {
    let text = lines[i].text.as_str();
    let one = |close: Close, lang: Option<String>| Opening {
        takes: 1,
        close,
        lang,
        caption: None,
    };
    if let Some(open) = ticks(text).filter(|_| !underline(lines, i)) {
        let word = text[open.len()..].trim();
        let lang = known(word);
        let caption = (lang.is_none() && !word.is_empty()).then(|| word.to_string());
        return Some(Opening {
            caption,
            ..one(Close::Marks(open.into()), lang)
        });
    }
    if let Some(rest) = text.strip_prefix("{{{") {
        let rest = rest.trim();
        let name = rest
            .strip_prefix("#!")
            .map(|n| n.strip_prefix("highlight ").unwrap_or(n));
        return match name {
            _ if rest.is_empty() => Some(match processor(lines.get(i + 1)).and_then(known) {
                // Trac's (and MoinMoin's older) `#!sh` first line names the language
                Some(lang) => Opening {
                    takes: 2,
                    lang: Some(lang),
                    ..one(Close::Line("}}}".into()), None)
                },
                None => one(Close::Line("}}}".into()), None),
            }),
            // a parser Pygments is not asked about (`{{{#!ldif`) still fences
            // text; `{{{#!wiki` holds wiki markup, not preformatted text
            Some(n) => parser(n.trim()).map(|n| one(Close::Line("}}}".into()), known(n))),
            // vimwiki's `{{{sh`
            None => known(rest).map(|l| one(Close::Line("}}}".into()), Some(l))),
        };
    }
    if let Some((tag, lang)) = doku_tag(text) {
        return Some(one(Close::Line(format!("</{tag}>")), lang));
    }
    if let Some((kind, lang)) = org_begin(text) {
        return Some(one(Close::Caseless(format!("#+end_{kind}")), lang));
    }
    if let Some((tag, lang)) = braced(text) {
        return Some(one(Close::Line(format!("{{{tag}}}")), lang));
    }
    if let Some((close, lang)) = html_tag(text) {
        return Some(one(Close::Caseless(close), lang));
    }
    asciidoc(lines, i)
}

/// The processor a `{{{` block's first line names (`#!sh`, `#!python`,
/// `#!highlight bash`): a word, not a script's `#!/bin/sh` line.
fn processor<'a>(line: Option<&'a Line>) -> Option<&'a str> {
    let n = line?.text.strip_prefix("#!")?;
    let n = n.strip_prefix("highlight ").unwrap_or(n).trim();
    let word = !n.is_empty()
        && n.chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-_".contains(c));
    word.then_some(n)
}

/// The name of a MoinMoin parser on a `{{{#!name` line: one word, and not
/// `wiki` (whose block holds markup, not preformatted text).
fn parser(name: &str) -> Option<&str> {
    let word = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-_".contains(c));
    (word && !name.eq_ignore_ascii_case("wiki")).then_some(name)
}

/// A Pygments language named `name`, if it is one.
fn known(name: &str) -> Option<String> {
    let name = name.to_lowercase();
    LANGUAGES.contains(&name.as_str()).then_some(name)
}

/// The fence a Markdown-style opening line starts with (three or more
/// backticks or tildes, then at most a language word): its run of marks.
fn ticks(text: &str) -> Option<&str> {
    let c = text.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let n = text.chars().take_while(|&x| x == c).count();
    let rest = text[n..].trim();
    let word = rest
        .chars()
        .all(|x| x.is_ascii_alphanumeric() || "+-_".contains(x));
    (n >= 3 && word).then_some(&text[..n])
}

/// Whether the run of tildes alone on `lines[i]` (no word after it)
/// underlines the line right above it, a heading, and opens no fence:
/// that line has a letter or a digit in it and is no rule itself, and
/// the run is at least half its width (`Slow way` over `~~~~~~~~`), or
/// three marks or more under a short name (its section number aside:
/// `2.1 A whole host` over `~~~~~~`, eight words or fewer, no sentence
/// mark at its end). A line ending with a colon is a sentence that
/// announces a fence typed right under it (`Run:` over `~~~`), no
/// heading. Left a fence, an underline pairs with the next one below
/// and the sections between read as fenced code.
fn underline(lines: &[Line], i: usize) -> bool {
    let (Some(above), Some(run)) = (i.checked_sub(1).and_then(|k| lines.get(k)), lines.get(i))
    else {
        return false;
    };
    let name = above.text.trim_end();
    let short = super::classify::strip_heading_number(name);
    let marks = run.text.trim_end();
    let wide = marks.width() * 2 >= short.width();
    let brief = marks.len() >= 3
        && short.starts_with(char::is_uppercase)
        && short.split_whitespace().count() <= 8
        && !short.ends_with(['.', ',', ';']);
    marks.starts_with('~')
        && marks.chars().all(|c| c == '~')
        && name.chars().any(char::is_alphanumeric)
        && super::classify::adornment(name).is_none()
        && !name.ends_with(':')
        && (wide || brief)
}

/// DokuWiki's `<code>`, `<code bash>`, `<file yaml site.yml>` line: the
/// tag and the language.
fn doku_tag(text: &str) -> Option<(&'static str, Option<String>)> {
    let inner = text.strip_prefix('<')?.strip_suffix('>')?;
    let mut words = inner.split_whitespace();
    let tag = match words.next()? {
        "code" => "code",
        "file" => "file",
        _ => return None,
    };
    Some((tag, words.next().and_then(known)))
}

/// Org's `#+BEGIN_SRC sh :results output` or `#+begin_example` line: the
/// block's kind (`src`, `example`) and the language.
fn org_begin(text: &str) -> Option<(String, Option<String>)> {
    let head = text.get(..8)?;
    if !head.eq_ignore_ascii_case("#+begin_") {
        return None;
    }
    let mut words = text[8..].split_whitespace();
    let kind = words.next()?.to_ascii_lowercase();
    let ok = matches!(
        kind.as_str(),
        "src" | "example" | "quote" | "verse" | "export"
    );
    ok.then(|| (kind, words.next().and_then(known)))
}

/// Confluence's `{code}`, `{code:bash}`, `{code:title=x|language=sql}` or
/// `{noformat}` line: the tag and the language.
fn braced(text: &str) -> Option<(&'static str, Option<String>)> {
    let inner = text.strip_prefix('{')?.strip_suffix('}')?;
    let (tag, params) = inner.split_once(':').unwrap_or((inner, ""));
    let tag = match tag {
        "code" => "code",
        "noformat" => "noformat",
        _ => return None,
    };
    let lang = params.split('|').find_map(|p| match p.split_once('=') {
        Some(("language", l)) => known(l),
        Some(_) => None,
        None => known(p),
    });
    Some((tag, lang))
}

/// An HTML tag alone on its line opening preformatted text, as MediaWiki
/// and Textile pages write it: `<pre>`, `<pre><code class="bash">`,
/// `<syntaxhighlight lang="bash">`, `<source lang=sh>`: the line that
/// closes it and the language it names.
fn html_tag(text: &str) -> Option<(String, Option<String>)> {
    // (every such tag opens the line: no lower-case copy of other lines)
    if !text.starts_with('<') {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    if lower == "<pre>" {
        return Some(("</pre>".into(), None));
    }
    let (tag, attrs, close) = if let Some(rest) = lower.strip_prefix("<pre><code") {
        ("code", rest, "</code></pre>".to_string())
    } else {
        let name = ["syntaxhighlight", "source"]
            .into_iter()
            .find(|n| lower.strip_prefix('<').is_some_and(|t| t.starts_with(n)))?;
        (name, &lower[1 + name.len()..], format!("</{name}>"))
    };
    let attrs = attrs.strip_suffix('>')?;
    if !(attrs.is_empty() || attrs.starts_with(' ')) || attrs.contains(['<', '>']) {
        return None;
    }
    let key = if tag == "code" { "class=" } else { "lang=" };
    let lang = attrs.split_whitespace().find_map(|a| {
        let v = a.strip_prefix(key)?.trim_matches(['"', '\'']);
        known(v.strip_prefix("language-").unwrap_or(v))
    });
    (tag != "source" || attrs.contains("lang=")).then_some((close, lang))
}

/// An AsciiDoc listing: a `[source,bash]` (or `[source]`, `[listing]`)
/// line right over a `----` line (four or more), closed by the same line.
fn asciidoc(lines: &[Line], i: usize) -> Option<Opening> {
    let attrs = lines[i].text.strip_prefix('[')?.strip_suffix(']')?;
    let mut parts = attrs.split(',').map(str::trim);
    if !matches!(parts.next()?, "source" | "listing") {
        return None;
    }
    let rule = &lines.get(i + 1)?.text;
    let ok =
        rule.len() >= 4 && (rule.bytes().all(|b| b == b'-') || rule.bytes().all(|b| b == b'.'));
    ok.then(|| Opening {
        takes: 2,
        close: Close::Line(rule.clone()),
        lang: parts.next().and_then(known),
        caption: None,
    })
}

/// Whether a fenced block opens at `lines[i]`.
pub fn opens(lines: &[Line], i: usize) -> bool {
    end(lines, i).is_some()
}

/// The line numbers of the lines fences hold (fences included) and of
/// Textile's `bc.` lines: a literal block there is marked as code by its
/// markup, so the text before it need not announce it with a colon. A
/// MoinMoin `{{{` typed right under a sentence's stop (`It needs no
/// restart.` over `{{{`), under a sentence that runs on into the block
/// with no stop (`On the old host, run` over `{{{`) or under a name
/// alone on its line (a file's path, `/etc/app/hosts.map` over `{{{`) is
/// left out: the scored ideals announce that block (`restart.::`, eight
/// pages of ten; set a blank line apart, one of ten; `run::`, seven
/// pages of nine, the sentence left bare in two; the name given a colon,
/// `hosts.map::`).
pub fn marked(lines: &[Line]) -> Vec<u32> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        match end(lines, i) {
            Some(e) if stop_over_moin(lines, i) => i = e,
            Some(e) => {
                out.extend(lines[i..e].iter().map(|l| l.no));
                i = e;
            }
            None => {
                if super::textile::own_line(&lines[i]) {
                    out.push(lines[i].no);
                }
                i += 1;
            }
        }
    }
    out
}

/// Whether `lines[i]` opens a MoinMoin `{{{` right under a line ending
/// with a stop or with a word (a letter or digit: a sentence running on
/// into the block, where a heading ends with `=` and a fence with a
/// brace), or under a name alone on its line (`label_over_moin`).
fn stop_over_moin(lines: &[Line], i: usize) -> bool {
    let Some(above) = i.checked_sub(1).map(|k| lines[k].text.trim_end()) else {
        return false;
    };
    let runs_on = above.ends_with(|c: char| c == '.' || c.is_alphanumeric());
    lines[i].text.starts_with("{{{") && (runs_on || label_over_moin(lines, i))
}

/// Whether `lines[i]` opens a MoinMoin `{{{` right under a name alone on
/// its line, a blank line above it (`/etc/postfix/access` over `{{{`):
/// a file's path or name, one word with no colon and no fence's marks,
/// that titles the block under it.
pub(super) fn label_over_moin(lines: &[Line], i: usize) -> bool {
    let (Some(k), Some(open)) = (i.checked_sub(1), lines.get(i)) else {
        return false;
    };
    let name = lines[k].text.trim();
    let blank_above = k == 0 || lines[k - 1].blank();
    open.text.trim_end() == "{{{"
        && blank_above
        && !name.is_empty()
        && !name.contains(char::is_whitespace)
        && !name.ends_with([':', '.'])
        && !name.contains("{{{")
        && !name.contains("}}}")
        && !name.starts_with(['$', '#', '='])
}

/// The line closing a `<pre>` whose text starts on its own line
/// (`<pre>ls -l /srv` ... `</pre>` or `done</pre>`, or all on one line).
fn pre_end(lines: &[Line], i: usize) -> Option<usize> {
    let open = lines[i].text.get(..5)?;
    if !open.eq_ignore_ascii_case("<pre>") || lines[i].text.len() == 5 {
        return None;
    }
    // (`<pre><code class="sh">` alone on its line is a fence of its own)
    if html_tag(&lines[i].text).is_some() {
        return None;
    }
    (i..lines.len()).find(|&k| {
        let t = &lines[k].text;
        t.len() >= 6 && t[t.len() - 6..].eq_ignore_ascii_case("</pre>") && (k > i || t.len() > 11)
    })
}

/// The `<pre>` block at `lines[i]` whose text starts after the tag, as a
/// literal block without the tags, and the line after it.
fn pre_run(lines: &[Line], i: usize) -> Option<(Vec<Block>, usize)> {
    let close = pre_end(lines, i)?;
    let mut copy = lines[i..=close].to_vec();
    let first = &mut copy[0];
    first.raw = first.raw.trim_start().get(5..)?;
    first.text = first.text[5..].trim_start().to_string();
    first.indent = 0;
    let last = copy.last_mut()?;
    last.raw = last.raw.get(..last.raw.len() - 6)?.trim_end();
    last.text = last.text[..last.text.len() - 6].trim_end().to_string();
    if last.blank() {
        copy.pop();
    }
    let (blocks, _) = literal(&copy, 0, copy.len());
    Some((blocks, close + 1))
}

/// The fenced block at `lines[i]` as a literal block of the lines between
/// the fences (none when it is empty), and the index after it.
pub fn block(lines: &[Line], i: usize) -> Option<(Vec<Block>, usize)> {
    if let Some(found) = pre_run(lines, i) {
        return Some(found);
    }
    let open = opening(lines, i)?;
    let e = end(lines, i)?;
    let inner = &lines[i + open.takes..e - 1];
    let first = inner.iter().position(|l| !l.blank());
    let last = inner.iter().rposition(|l| !l.blank());
    let caption = open.caption.map(|c| {
        let text = vec![crate::doc::Inline::Text(c)];
        Block::new(lines[i].no, BlockKind::Paragraph(text))
    });
    let (Some(a), Some(b)) = (first, last) else {
        return Some((caption.into_iter().collect(), e));
    };
    let at = i + open.takes;
    let (mut blocks, _) = literal(lines, at + a, at + b + 1);
    if let Some(name) = open.lang
        && let Some(BlockKind::CodeBlock { lang, .. }) = blocks.first_mut().map(|b| &mut b.kind)
    {
        *lang = Some(name);
    }
    blocks.splice(0..0, caption);
    Some((blocks, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_and_bc_mark_their_lines() {
        let lines = crate::convert::lines::split("Run it.\n\n```\nls\n```\n\nbc. ls -l\n");
        assert_eq!(marked(&lines), [3, 4, 5, 7]);
    }

    #[test]
    fn a_tilde_underline_opens_no_fence() {
        let text = "Moving it\n~~~~~~~~~\n\nIt fails with\n\n  err 5\n\n\
                    4.2 The spare host\n~~~~~~\n\nRun:\n~~~\nls\n~~~\n";
        let lines = crate::convert::lines::split(text);
        assert!(!opens(&lines, 1));
        assert!(!opens(&lines, 8));
        assert!(opens(&lines, 11));
        assert_eq!(marked(&lines), [12, 13, 14]);
    }

    #[test]
    fn a_fence_word_naming_no_language_is_its_caption() {
        let lines = crate::convert::lines::split("~~~ Output\nok\n~~~\n~~~ Empty\n~~~\n");
        let kinds = |i| {
            let (blocks, next) = block(&lines, i).unwrap();
            let kinds: Vec<_> = blocks
                .iter()
                .map(|b| std::mem::discriminant(&b.kind))
                .collect();
            (kinds.len(), next)
        };
        assert_eq!(kinds(0), (2, 3));
        assert_eq!(kinds(3), (1, 5));
    }

    #[test]
    fn html_tags_open_fences() {
        let lang = |t: &str| html_tag(t).map(|(c, l)| (c, l.unwrap_or_default()));
        assert_eq!(lang("<pre>"), Some(("</pre>".into(), String::new())));
        assert_eq!(
            lang("<syntaxhighlight lang=\"bash\">"),
            Some(("</syntaxhighlight>".into(), "bash".into()))
        );
        assert_eq!(
            lang("<source lang=sh line>"),
            Some(("</source>".into(), "sh".into()))
        );
        assert_eq!(
            lang("<pre><code class=\"language-yaml\">"),
            Some(("</code></pre>".into(), "yaml".into()))
        );
        for no in [
            "<source>",
            "<pre class>",
            "<presto>",
            "<sourcefile>",
            "<pre>x</pre>",
        ] {
            assert_eq!(html_tag(no), None, "{no}");
        }
        let code = |text: &str| {
            let (blocks, next) = block(&crate::convert::lines::split(text), 0)?;
            match &blocks.first()?.kind {
                BlockKind::CodeBlock { code, .. } => Some((code.clone(), next)),
                _ => None,
            }
        };
        assert_eq!(code("<pre>ls -l</pre>\nx\n"), Some(("ls -l\n".into(), 1)));
        assert_eq!(
            code("<pre>cd /srv\n  make</pre>\n"),
            Some(("cd /srv\n  make\n".into(), 2))
        );
        assert_eq!(
            code("<pre>cd /srv\n</pre>\n"),
            Some(("cd /srv\n".into(), 2))
        );
        assert_eq!(code("<pre></pre>\n"), None);
    }
}
