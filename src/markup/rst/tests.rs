//! Unit tests of the RST reader, one or more per construct: made-up input
//! and its tree in a compact rendering.

use super::parse;
use crate::doc::{Block, BlockKind, Document, Inline, ListKind};
use crate::markup::Options;

/// The compact rendering of a document: one block a line, children
/// indented, diagnostics last.
pub fn render(doc: &Document) -> String {
    let mut s = String::new();
    blocks(&doc.blocks, 0, &mut s);
    for d in &doc.diagnostics {
        s.push_str(&format!(
            "!{}: {}\n",
            d.line,
            d.message.lines().next().unwrap_or("")
        ));
    }
    s
}

fn line(s: &mut String, depth: usize, text: &str) {
    s.push_str(&"  ".repeat(depth));
    s.push_str(text);
    s.push('\n');
}

fn blocks(bs: &[Block], d: usize, s: &mut String) {
    for b in bs {
        block(b, d, s);
    }
}

fn block(b: &Block, d: usize, s: &mut String) {
    match &b.kind {
        BlockKind::Heading {
            level,
            ids,
            content,
        } => line(
            s,
            d,
            &format!("h{level}#{} {}", ids.join("#"), inl(content)),
        ),
        BlockKind::Paragraph(c) => line(s, d, &format!("p {}", inl(c))),
        BlockKind::CodeBlock { lang, code, .. } => line(
            s,
            d,
            &format!(
                "pre{} {:?}",
                lang.as_deref().map(|l| format!(":{l}")).unwrap_or_default(),
                code
            ),
        ),
        BlockKind::BlockQuote {
            blocks: bq,
            attribution,
        } => {
            line(s, d, "quote");
            blocks(bq, d + 1, s);
            if let Some(a) = attribution {
                line(s, d + 1, &format!("-- {}", inl(a)));
            }
        }
        BlockKind::List(l) => {
            let kind = match l.kind {
                ListKind::Bullet => "ul".to_string(),
                k => format!("ol:{k:?}:{}", l.start),
            };
            line(s, d, &kind);
            for it in &l.items {
                line(s, d + 1, "li");
                blocks(&it.blocks, d + 2, s);
            }
        }
        BlockKind::DefinitionList(items) => {
            line(s, d, "dl");
            for it in items {
                let cls: Vec<String> = it
                    .classifiers
                    .iter()
                    .map(|c| format!(" : {}", inl(c)))
                    .collect();
                line(s, d + 1, &format!("dt {}{}", inl(&it.term), cls.concat()));
                blocks(&it.definition, d + 2, s);
            }
        }
        BlockKind::FieldList(fields) => {
            line(s, d, "fields");
            for f in fields {
                line(s, d + 1, &format!(":{}:", inl(&f.name)));
                blocks(&f.body, d + 2, s);
            }
        }
        BlockKind::OptionList(items) => {
            line(s, d, "options");
            for it in items {
                line(s, d + 1, &it.options.join(", "));
                blocks(&it.description, d + 2, s);
            }
        }
        BlockKind::LineBlock(lines) => {
            line(s, d, "lines");
            for l in lines {
                line(
                    s,
                    d + 1 + usize::from(l.indent),
                    &format!("| {}", inl(&l.content)),
                );
            }
        }
        BlockKind::Table(t) => {
            line(s, d, &format!("table head={}", t.header_rows));
            for r in &t.rows {
                line(s, d + 1, "tr");
                for c in r {
                    line(s, d + 2, &format!("td {}x{}", c.colspan, c.rowspan));
                    blocks(&c.blocks, d + 3, s);
                }
            }
        }
        BlockKind::Admonition {
            kind,
            title,
            blocks: bs,
        } => {
            let t = title
                .as_ref()
                .map(|t| format!(" {}", inl(t)))
                .unwrap_or_default();
            line(s, d, &format!("{}{t}", kind.name()));
            blocks(bs, d + 1, s);
        }
        BlockKind::Topic {
            class,
            title,
            blocks: bs,
        } => {
            line(s, d, &format!("{class} {}", inl(title)));
            blocks(bs, d + 1, s);
        }
        BlockKind::Container {
            classes,
            blocks: bs,
        } => {
            line(s, d, &format!("div.{}", classes.join(".")));
            blocks(bs, d + 1, s);
        }
        BlockKind::Footnote {
            label,
            blocks: bs,
            backrefs,
            ..
        } => {
            line(s, d, &format!("footnote [{label}] refs={}", backrefs.len()));
            blocks(bs, d + 1, s);
        }
        BlockKind::Toctree(t) => {
            let e: Vec<String> = t
                .entries
                .iter()
                .map(|e| match &e.title {
                    Some(ti) => format!("{ti}<{}>", e.target),
                    None => format!("{}{}", e.target, if e.glob { "*" } else { "" }),
                })
                .collect();
            line(s, d, &format!("toctree {:?} {}", t.maxdepth, e.join(" ")));
        }
        BlockKind::Problem { message, .. } => line(
            s,
            d,
            &format!("problem {}", message.lines().next().unwrap_or("")),
        ),
        BlockKind::Comment(c) => line(s, d, &format!("comment {c:?}")),
        BlockKind::Anchor(id) => line(s, d, &format!("anchor #{id}")),
        BlockKind::ThematicBreak => line(s, d, "hr"),
        other => line(s, d, &format!("{other:?}")),
    }
}

/// Inlines in a compact form.
pub fn inl(c: &[Inline]) -> String {
    c.iter().map(one).collect()
}

fn one(i: &Inline) -> String {
    match i {
        Inline::Text(t) => t.clone(),
        Inline::SoftBreak => " ".into(),
        Inline::HardBreak => "\\n".into(),
        Inline::Emphasis(c) => format!("*{}*", inl(c)),
        Inline::Strong(c) => format!("**{}**", inl(c)),
        Inline::Code(t) => format!("`{t}`"),
        Inline::Link { url, content, .. } => format!("[{}]({url})", inl(content)),
        Inline::XRef {
            kind,
            target,
            content,
            ..
        } => {
            format!(
                "{{{kind:?}:{target}{}}}",
                content
                    .as_ref()
                    .map(|c| format!("|{}", inl(c)))
                    .unwrap_or_default()
            )
        }
        Inline::Role {
            role,
            content,
            title,
        } => {
            format!(
                ":{role}:[{}{}]",
                inl(content),
                title.as_ref().map(|t| format!("|{t}")).unwrap_or_default()
            )
        }
        Inline::Anchor { id, content } => format!("[#{id} {}]", inl(content)),
        Inline::FootnoteRef { label, .. } => format!("[^{label}]"),
        Inline::Problem { text, .. } => format!("!{{{text}}}"),
        Inline::Image(img) => format!("img({})", img.src),
        other => format!("{other:?}"),
    }
}

fn r(src: &str) -> String {
    render(&parse(src, &Options::default()))
}

#[test]
fn sections_levels_by_first_appearance() {
    let src = "=========\n Backups\n=========\n\nIntro.\n\nRestore\n=======\n\nSteps\n-----\n\nVerify\n======\n";
    assert_eq!(
        r(src),
        "h1#backups Backups\np Intro.\nh2#restore Restore\nh3#steps Steps\nh2#verify Verify\n"
    );
}

#[test]
fn inconsistent_title_level_is_reported() {
    let src = "Top\n===\n\nSub\n---\n\nDeep\n~~~~\n\nBack\n----\n\nNew\n####\n";
    let out = r(src);
    assert!(out.contains("h2#back Back"), "{out}");
    assert!(
        out.contains("!13: Inconsistent title style: skip from level 2 to 4."),
        "{out}"
    );
}

#[test]
fn short_underline_warns_but_makes_a_title() {
    let out = r("Restart the queue\n=====\n\ntext\n");
    assert!(
        out.starts_with("h1#restart-the-queue Restart the queue\n"),
        "{out}"
    );
    assert!(out.contains("!2: Title underline too short."), "{out}");
    assert_eq!(r("Long title\n===\n"), "p Long title ===\n");
}

#[test]
fn paragraphs_and_literal_blocks() {
    assert_eq!(
        r("Run this::\n\n    $ make\n\nDone.\n"),
        "p Run this:\npre \"$ make\"\np Done.\n"
    );
    assert_eq!(r("Run this ::\n\n  x\n"), "p Run this\npre \"x\"\n");
    assert_eq!(r("::\n\n  x\n   y\n"), "pre \"x\\n y\"\n");
    assert_eq!(
        r("Quoted::\n\n> a\n> b\n"),
        "p Quoted:\npre \"> a\\n> b\"\n"
    );
    let out = r("Nothing::\n\nafter\n");
    assert!(
        out.contains("!3: Literal block expected; none found."),
        "{out}"
    );
}

#[test]
fn unexpected_indentation_makes_a_block_quote() {
    let out = r("para\n  indented\n");
    assert_eq!(out, "dl\n  dt para\n    p indented\n");
    let out = r("para\nmore\n  indented\n");
    assert_eq!(
        out,
        "p para more\nquote\n  p indented\n!3: Unexpected indentation.\n"
    );
}

#[test]
fn block_quote_with_attribution() {
    let out = r("  Quoted words.\n\n  -- Someone Made Up\n");
    assert_eq!(out, "quote\n  p Quoted words.\n  -- Someone Made Up\n");
}

#[test]
fn bullet_and_enumerated_lists() {
    assert_eq!(
        r("- a\n- b\n\n  more b\n"),
        "ul\n  li\n    p a\n  li\n    p b\n    p more b\n"
    );
    assert_eq!(
        r("3. three\n4. four\n"),
        "ol:Arabic:3\n  li\n    p three\n  li\n    p four\n"
    );
    assert_eq!(
        r("#. one\n#. two\n"),
        "ol:Arabic:1\n  li\n    p one\n  li\n    p two\n"
    );
    assert_eq!(
        r("a) x\nb) y\n"),
        "ol:LowerAlpha:1\n  li\n    p x\n  li\n    p y\n"
    );
    assert_eq!(
        r("(i) x\n(ii) y\n"),
        "ol:LowerRoman:1\n  li\n    p x\n  li\n    p y\n"
    );
    // Not a list: the next line is neither blank, indented nor the next item.
    assert_eq!(r("1. x\nsecond\n"), "p 1. x second\n");
    // A skipped number starts a new list.
    assert_eq!(
        r("1. a\n\n3. c\n"),
        "ol:Arabic:1\n  li\n    p a\nol:Arabic:3\n  li\n    p c\n"
    );
    let out = r("- a\nb\n");
    assert!(
        out.contains("!2: Bullet list ends without a blank line; unexpected unindent."),
        "{out}"
    );
}

#[test]
fn a_box_opening_every_item_makes_a_checklist() {
    let doc = parse(
        "- [ ] Drain the node\n- [x] Pause *backups*\n\n\
         * [x] Mixed marks\n* |x| stay text\n* [ ]\n\n1. [X] Stop\n",
        &Options::default(),
    );
    let tasks: Vec<(Option<bool>, String)> = doc
        .blocks
        .iter()
        .flat_map(|b| match &b.kind {
            BlockKind::List(l) => l.items.clone(),
            _ => Vec::new(),
        })
        .map(|i| (i.task, crate::doc::inlines_text(&inl_of(&i.blocks))))
        .collect();
    let want = [
        (Some(false), "Drain the node"),
        (Some(true), "Pause backups"),
        (None, "[x] Mixed marks"),
        (None, "|x| stay text"),
        (None, "[ ]"),
        (Some(true), "Stop"),
    ];
    let want: Vec<(Option<bool>, String)> = want.iter().map(|(t, s)| (*t, s.to_string())).collect();
    assert_eq!(tasks, want);
}

fn inl_of(blocks: &[Block]) -> Vec<Inline> {
    match blocks.first().map(|b| &b.kind) {
        Some(BlockKind::Paragraph(p)) => p.clone(),
        _ => Vec::new(),
    }
}

#[test]
fn anonymous_targets_resolve_in_order() {
    let doc = parse(
        "See `the notes`__ and `the log`__.\n\n__ https://example.org/notes\n__ https://example.org/log\n\n- `notes again`__\n\n__ https://example.org/notes\n",
        &Options::default(),
    );
    let mut links = Vec::new();
    crate::doc::walk_blocks(&doc.blocks, &mut |v| {
        if let crate::doc::Visit::Inline(Inline::Link { url, content, .. }) = v {
            links.push((crate::doc::inlines_text(content), url.clone()));
        }
    });
    let want = [
        ("the notes", "https://example.org/notes"),
        ("the log", "https://example.org/log"),
        ("notes again", "https://example.org/notes"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(links, want);
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn definition_lists_with_classifiers() {
    let out = r("web01 : host\n   The web server.\nweb02\n   Another.\n");
    assert_eq!(
        out,
        "dl\n  dt web01 : host\n    p The web server.\n  dt web02\n    p Another.\n"
    );
}

#[test]
fn field_and_option_lists() {
    assert_eq!(
        r("Intro.\n\n:Owner: Ops team\n:Servers: a, b\n"),
        "p Intro.\nfields\n  :Owner:\n    p Ops team\n  :Servers:\n    p a, b\n"
    );
    assert_eq!(
        r("-v, --verbose  Talk more.\n-o FILE        Output.\n"),
        "options\n  -v, --verbose\n    p Talk more.\n  -o FILE\n    p Output.\n"
    );
}

#[test]
fn line_blocks_and_doctests() {
    assert_eq!(
        r("| one\n|    two\n| three\n"),
        "lines\n  | one\n    | two\n  | three\n"
    );
    assert_eq!(r(">>> 1 + 1\n2\n"), "pre:pycon \">>> 1 + 1\\n2\"\n");
}

#[test]
fn transitions() {
    assert_eq!(r("a\n\n----------\n\nb\n"), "p a\nhr\np b\n");
}

#[test]
fn inline_markup_basics() {
    assert_eq!(
        r("*em* **strong** ``lit`` `cite`\n"),
        "p *em* **strong** `lit` :title-reference:[cite]\n"
    );
    assert_eq!(r("a ``\\*x*`` b\n"), "p a `\\*x*` b\n");
}

#[test]
fn inline_recognition_rules() {
    // Start-string followed by white space: not markup.
    assert_eq!(r("a * b* c\n"), "p a * b* c\n");
    // Start-string inside a word: not markup.
    assert_eq!(r("2*x*y\n"), "p 2*x*y\n");
    // Quoted start-strings are left alone.
    assert_eq!(r("'*' and (*) and \"*\"\n"), "p '*' and (*) and \"*\"\n");
    // Escaped markup characters.
    assert_eq!(r("\\*not em\\*\n"), "p *not em*\n");
    // Escaped white space vanishes and allows markup inside words.
    assert_eq!(r("re\\ *start*\\ ed\n"), "p re*start*ed\n");
    // An end-string must be followed by white space or punctuation.
    assert_eq!(r("*a*b c*\n"), "p *a*b c*\n");
    // Punctuation after the end-string is fine.
    assert_eq!(r("(*a*).\n"), "p (*a*).\n");
    let out = r("*open\n");
    assert!(
        out.contains("!1: Inline emphasis start-string without end-string."),
        "{out}"
    );
}

#[test]
fn roles() {
    assert_eq!(
        r(":kbd:`Ctrl+C` :code:`ls` :sub:`2`\n"),
        "p :kbd:[Ctrl+C] `ls` :sub:[2]\n"
    );
    assert_eq!(
        r(":abbr:`DNS (Domain Name System)`\n"),
        "p :abbr:[DNS|Domain Name System]\n"
    );
    assert_eq!(
        r(":ref:`restart` :ref:`Go <restart>` :doc:`/ops/index`\n"),
        "p {Ref:restart} {Ref:restart|Go} {Doc:/ops/index}\n"
    );
    let out = r(":nope:`x`\n");
    assert_eq!(
        out,
        "p !{:nope:`x`}\n!1: Unknown interpreted text role \"nope\".\n"
    );
}

#[test]
fn hyperlinks() {
    let src = "See `the wiki <https://wiki.example.org/>`_ and example_ and `Example`_.\n\n.. _example: https://example.org/\n";
    assert_eq!(
        r(src),
        "p See [the wiki](https://wiki.example.org/) and [example](https://example.org/) and [Example](https://example.org/).\n"
    );
    let src = "Go to `Restore`_.\n\nRestore\n=======\n";
    assert_eq!(r(src), "p Go to [Restore](#restore).\nh1#restore Restore\n");
    let src = "a__ and b__\n\n__ https://a.example/\n__ https://b.example/\n";
    assert_eq!(
        r(src),
        "p [a](https://a.example/) and [b](https://b.example/)\n"
    );
    let src = "x_\n\n.. _x: y_\n.. _y: https://y.example/\n";
    assert_eq!(r(src), "p [x](https://y.example/)\n");
    assert_eq!(
        r("Mail ops@example.org or https://example.org/a.\n"),
        "p Mail [ops@example.org](mailto:ops@example.org) or [https://example.org/a](https://example.org/a).\n"
    );
    assert_eq!(
        r("missing_\n"),
        "p !{missing_}\n!1: Unknown target name: \"missing\".\n"
    );
}

#[test]
fn internal_targets_label_sections() {
    let doc = parse(
        ".. _restart-hub:\n\nRestart the hub\n===============\n\n.. _note-x:\n\ntext\n",
        &Options::default(),
    );
    assert_eq!(
        render(&doc),
        "h1#restart-the-hub#restart-hub Restart the hub\nanchor #note-x\np text\n"
    );
    assert_eq!(doc.labels[0].name, "restart-hub");
    assert_eq!(doc.labels[0].title.as_deref(), Some("Restart the hub"));
    assert_eq!(doc.labels[1].title, None);
}

#[test]
fn footnotes_citations_substitutions() {
    let src = "A [#]_ and [1]_ and [CIT01]_ and |name|.\n\n.. [#] auto\n.. [1] one\n.. [CIT01] cite\n.. |name| replace:: *replaced*\n";
    let out = r(src);
    assert!(
        out.starts_with("p A [^2] and [^1] and [^CIT01] and *replaced*.\n"),
        "{out}"
    );
    assert!(out.contains("footnote [2] refs=1"), "{out}");
    assert_eq!(
        r("|nope|\n"),
        "p !{|nope|}\n!1: Undefined substitution referenced: \"nope\".\n"
    );
    assert_eq!(r("|c|\n\n.. |c| unicode:: U+00A9\n"), "p \u{a9}\n");
}

#[test]
fn directives() {
    assert_eq!(
        r(".. note:: Mind the gap.\n\n   Second.\n"),
        "note\n  p Mind the gap.\n  p Second.\n"
    );
    assert_eq!(
        r(".. admonition:: Custom\n\n   Body.\n"),
        "admonition Custom\n  p Body.\n"
    );
    assert_eq!(
        r(".. code-block:: bash\n\n   echo hi\n"),
        "pre:bash \"echo hi\"\n"
    );
    assert_eq!(
        r(".. highlight:: console\n\nRun::\n\n  $ ls\n"),
        "p Run:\npre:console \"$ ls\"\n"
    );
    assert_eq!(
        r(".. toctree::\n   :maxdepth: 2\n\n   intro\n   Ops <ops/index>\n"),
        "toctree Some(2) intro Ops<ops/index>\n"
    );
    assert_eq!(r(".. rubric:: Aside\n"), "Rubric([Text(\"Aside\")])\n");
    let out = r(".. frobnicate:: now\n\n   body\n");
    assert_eq!(
        out,
        "problem Unknown directive type \"frobnicate\".\n!1: Unknown directive type \"frobnicate\".\n"
    );
}

#[test]
fn tables_parse_into_rows() {
    let src =
        "+------+------+\n| a    | b    |\n+======+======+\n| c    | d    |\n+------+------+\n";
    assert_eq!(
        r(src),
        "table head=1\n  tr\n    td 1x1\n      p a\n    td 1x1\n      p b\n  tr\n    td 1x1\n      p c\n    td 1x1\n      p d\n"
    );
    let src = "====  ====\na     b\n====  ====\n";
    assert_eq!(
        r(src),
        "table head=0\n  tr\n    td 1x1\n      p a\n    td 1x1\n      p b\n"
    );
    let out = r("+----+----+\n| a  | b\n+----+----+\n");
    assert!(out.contains("problem Malformed table."), "{out}");
    let src = ".. list-table:: Hosts\n   :header-rows: 1\n\n   * - Name\n     - Role\n   * - web01\n     - web\n";
    assert!(r(src).starts_with("table head=1\n  tr\n    td 1x1\n      p Name\n"));
    let src = ".. csv-table::\n   :header: \"Name\", \"Role\"\n\n   web01, \"web, front\"\n";
    assert_eq!(
        r(src),
        "table head=1\n  tr\n    td 1x1\n      p Name\n    td 1x1\n      p Role\n  tr\n    td 1x1\n      p web01\n    td 1x1\n      p web, front\n"
    );
}

#[test]
fn comment_header_and_contact_block_fill_meta() {
    let src = ".. title: Rotate the keys\n.. slug: rotate-keys\n.. date: 2024-01-02\n.. taxonomy: Ops/Keys\n\nIntro.\n\nContact Information\n===================\n\nOwner\n  Key team\nServers\n  kms01, kms02\nPurpose\n  Keep the keys fresh\n";
    let doc = parse(src, &Options::default());
    assert_eq!(doc.meta.title, None, "a section title wins");
    assert_eq!(doc.meta.slug.as_deref(), Some("rotate-keys"));
    assert_eq!(doc.meta.owner.as_deref(), Some("Key team"));
    assert_eq!(doc.meta.servers, ["kms01", "kms02"]);
    assert_eq!(doc.meta.purpose.as_deref(), Some("Keep the keys fresh"));
    let doc = parse(".. title: Only meta\n\ntext\n", &Options::default());
    assert_eq!(doc.meta.title.as_deref(), Some("Only meta"));
}

#[test]
fn bad_input_never_panics() {
    for s in [
        "",
        "\n\n\n",
        "=",
        "==\n==",
        "+",
        "+-+",
        "+--+\n|",
        "..",
        ".. _",
        ".. |",
        "`",
        "``",
        ":a:",
        "[#]_",
        "|x|_",
        "\t\t*",
        "===\nx\n===\n===",
        "1.",
        "(",
        "- ",
        "a\n  b\n c\nd",
        "\u{feff}é*é*",
        ".. [",
        ">>>",
        "|",
        "__",
        "*\\",
    ] {
        let _ = parse(s, &Options::default());
    }
}

/// Random RST-like text made of markup fragments, for a quick in-process
/// stress run (`RST_STRESS_SECS=60 cargo test --lib rst::tests::stress --
/// --ignored`); the cargo-fuzz target in `fuzz/` is the real fuzzer.
#[test]
#[ignore]
fn stress() {
    const PIECES: &[&str] = &[
        "\n",
        "\n\n",
        "  ",
        "   ",
        "\t",
        "*",
        "**",
        "`",
        "``",
        "_",
        "__",
        "|",
        ":",
        "::",
        "..",
        ".. ",
        "- ",
        "* ",
        "1. ",
        "#. ",
        "(a) ",
        "i) ",
        "+",
        "-",
        "=",
        "===",
        "----",
        "+---+",
        "| ",
        "[#]_",
        "[1]",
        "word",
        "Title",
        "<",
        ">",
        "\\",
        "_`t`",
        ":ref:`x`",
        "`a <b>`_",
        "x_",
        ".. note::",
        ".. _t:",
        ".. |s| replace:: r",
        "|s|",
        ".. [1] f",
        "-a  b",
        ">>> ",
        "é",
        "http://h.example/",
        "a@b.example",
        ".. code-block:: sh",
        ".. toctree::",
        ":f: v",
        "   :o: p",
        "+===+",
        "====  ====",
        "-- ",
        ".. list-table::",
        ".. csv-table::",
        "\"",
        "(",
        ")",
    ];
    let secs: u64 = std::env::var("RST_STRESS_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let end = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut runs = 0u64;
    while std::time::Instant::now() < end {
        let mut s = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let n = (seed % 60) as usize;
        for _ in 0..n {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
        }
        let input = s.clone();
        let result = std::panic::catch_unwind(|| parse(&input, &Options::default()));
        assert!(result.is_ok(), "panic on input {s:?}");
        runs += 1;
    }
    eprintln!("stress: {runs} inputs");
}

fn fake_read(path: &std::path::Path) -> std::io::Result<String> {
    match path.file_name().and_then(|n| n.to_str()) {
        Some("part.rst") => Ok("Included *text*.\n".into()),
        Some("tool.sh") => Ok("#!/bin/sh\necho one\necho two\n".into()),
        _ => Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "no such file",
        )),
    }
}

#[test]
fn include_and_literalinclude() {
    let opts = Options {
        path: Some("/book/ops/page.rst".into()),
        root: Some("/book".into()),
        read_file: Some(fake_read),
        ..Default::default()
    };
    let doc = parse(
        ".. include:: part.rst\n\n.. literalinclude:: /tools/tool.sh\n   :language: sh\n   :lines: 2-3\n",
        &opts,
    );
    assert_eq!(
        render(&doc),
        "p Included *text*.\npre:sh \"echo one\\necho two\"\n"
    );
    let doc = parse(".. include:: missing.rst\n", &opts);
    assert!(render(&doc).contains("problem Problems with \"include\" directive path:"));
}

#[test]
fn unknown_directive_option_is_reported() {
    let out = r(".. note::\n   :colour: red\n\n   Body.\n");
    assert_eq!(
        out,
        "problem Error in \"note\" directive:\n!1: Error in \"note\" directive:\n"
    );
}

#[test]
fn auto_numbered_footnotes_start_at_one() {
    assert_eq!(
        r("A [#]_ [#]_.\n\n.. [#] one\n.. [#] two\n"),
        "p A [^1] [^2].\nfootnote [1] refs=1\n  p one\nfootnote [2] refs=1\n  p two\n"
    );
}

#[test]
fn sectnum_numbers_every_section_title_first() {
    let src = "Pager guide\n===========\n\n.. sectnum::\n   :suffix: .\n\nSetup\n-----\n\nKeys\n~~~~\n\nRotation\n--------\n";
    assert_eq!(
        r(src),
        "h1#pager-guide :sectnum:[1. ]Pager guide\nh2#setup :sectnum:[1.1. ]Setup\nh3#keys :sectnum:[1.1.1. ]Keys\nh2#rotation :sectnum:[1.2. ]Rotation\n"
    );
    let out = r("Top\n===\n\n.. section-numbering::\n   :depth: 1\n\nSub\n---\n");
    assert_eq!(out, "h1#top :sectnum:[1 ]Top\nh2#sub Sub\n");
}

#[test]
fn python_object_descriptions_as_sphinx_renders_them() {
    let out = r(
        ".. class:: Pager(host)\n\n   Pages the on-call person.\n\n.. function:: rotate\n\n.. class:: wide-table\n\nAfter.\n",
    );
    assert_eq!(
        out,
        "dl\n  dt :property:[class ][#Pager :descname:[Pager(host)]]\n    p Pages the on-call person.\n\
         dl\n  dt [#rotate :descname:[rotate]]\n\
         dl\n  dt :descname:[wide-table]\np After.\n"
    );
}

#[test]
fn inline_literal_keeps_a_lone_backslash() {
    assert_eq!(
        r("Type ``\\`` then ``a\\b`` and ``x``.\n"),
        "p Type `\\` then `a\\b` and `x`.\n"
    );
}

#[test]
fn substitution_reference_with_link_and_citation_names() {
    let out = r(
        "Use |cfg|_ and Runbook_.\n\n.. |cfg| replace:: ``--cfg``\n.. _cfg: https://cfg.example\n.. [Runbook] The pager runbook.\n",
    );
    assert!(
        out.starts_with("p Use [`--cfg`](https://cfg.example) and [Runbook](#runbook).\n"),
        "{out}"
    );
}

#[test]
fn interpreted_text_may_start_and_end_with_an_escaped_space() {
    let out = r("Split at :literal:`\\  | \\ ` (pipe) and *\\ x*.\n");
    assert_eq!(out, "p Split at ` | ` (pipe) and *x*.\n");
}

#[test]
fn unicode_substitution_trim_eats_the_spaces_around_it() {
    let out = r("A |x| b.\n\n.. |x| replace:: one\n   two\n");
    assert_eq!(out, "p A one two b.\n");
    let src = "Valves |--| pumps, hoses |<| tanks |>| drums.\n\n\
               .. |--| unicode:: U+2014\n   :trim:\n\
               .. |<| unicode:: U+2039\n   :ltrim:\n\
               .. |>| unicode:: U+203A\n   :rtrim:\n";
    assert_eq!(
        r(src),
        "p Valves\u{2014}pumps, hoses\u{2039} tanks \u{203a}drums.\n"
    );
}

#[test]
fn standard_definition_files_define_entities_and_roles() {
    let out = r(".. include:: <isonum.txt>\n\nPump |copy| 2031 |frac12|.\n");
    assert_eq!(out, "p Pump \u{a9} 2031 \u{bd}.\n");
    let out = r(".. include:: <s5defs.txt>\n\nA `step` and :red:`stop`.\n");
    assert_eq!(out, "p A :incremental:[step] and :red:[stop].\n");
    let out = r(".. include:: <html-roles.txt>\n\nPress :kbd:`F5`.\n");
    assert_eq!(out, "p Press `F5`.\n");
    let doc = parse(".. include:: <pumps.txt>\n", &Options::default());
    let msg = &doc.diagnostics[0].message;
    assert!(
        msg.contains("no standard data file: '<pumps.txt>'"),
        "{msg}"
    );
}

#[test]
fn roles_a_page_leaves_set_and_the_roles_it_starts_with() {
    let doc = parse(
        ".. default-role:: math\n.. role:: valve\n\nText.\n",
        &Options::default(),
    );
    assert_eq!(doc.roles_after.default_role.as_deref(), Some("math"));
    assert_eq!(
        doc.roles_after.declared,
        vec![("valve".into(), String::new())]
    );
    let opts = Options {
        roles: doc.roles_after.clone(),
        ..Default::default()
    };
    let next = parse("A `x^2` and :valve:`open`.\n\n.. role:: gauge\n", &opts);
    assert_eq!(render(&next), "p A :math:[\\(x^2\\)] and :valve:[open].\n");
    assert_eq!(next.roles_after.default_role, None);
    assert_eq!(
        next.roles_after.declared,
        vec![("gauge".into(), String::new())]
    );
    let reset = parse(".. default-role::\n", &opts);
    assert_eq!(reset.roles_after.default_role.as_deref(), Some(""));
    let after = opts.roles.then(&reset.roles_after);
    let last = parse(
        "A `title`.\n",
        &Options {
            roles: after,
            ..Default::default()
        },
    );
    assert_eq!(render(&last), "p A :title-reference:[title].\n");
}

#[test]
fn python_roles_show_the_text_sphinx_shows() {
    let out = r(
        "Call :meth:`~pumps.Pump.prime`, :func:`drain()`, :class:`!Valve`, \
         :py:attr:`~Tank.level`, :class:`the pump <pumps.Pump>` and :ref:`flow<flow-rates>`.\n",
    );
    assert_eq!(
        out,
        "p Call :meth:[prime()], :func:[drain()], :class:[Valve], :py:attr:[level], \
         :class:[the pump] and {Ref:flow-rates|flow}.\n"
    );
}

#[test]
fn module_names_prefix_module_level_descriptions() {
    let out = r(
        ".. module:: pumps\n\n.. function:: prime(n)\n\n.. class:: Pump\n\n   .. method:: run()\n\n\
         .. function:: valves.open()\n",
    );
    assert!(
        out.contains(":descclassname:[pumps.][#prime :descname:[prime(n)]]"),
        "{out}"
    );
    assert!(out.contains("[#run :descname:[run()]]"), "{out}");
    assert!(!out.contains(":descclassname:[pumps.][#run"), "{out}");
    assert!(
        out.contains("[#valves.open :descname:[valves.open()]]"),
        "{out}"
    );
    assert!(!out.contains("[pumps.][#valves"), "{out}");
}

#[test]
fn sphinx_directive_forms_docutils_renders_plainly() {
    let out = r(
        ".. rst-class:: wide\n\n   Pump table.\n\n.. math:: a^2 + b^2\n\n.. parsed-literal::\n\n   pump *start*\n     --now\n\n.. code-block:: sh\n   :caption: ``prime.sh`` script\n\n   prime\n",
    );
    assert!(out.starts_with("p Pump table.\n"), "{out}");
    assert!(out.contains("p \\[a^2 + b^2\\]"), "{out}");
    assert!(out.contains("pump start\\n  --now"), "{out}");
    assert!(out.contains("pre:sh \"prime\""), "{out}");
    let doc = parse(
        ".. code-block:: sh\n   :caption: ``prime.sh`` *script*\n\n   prime\n",
        &Options::default(),
    );
    let BlockKind::CodeBlock { caption, .. } = &doc.blocks[0].kind else {
        panic!("{:?}", doc.blocks);
    };
    assert_eq!(caption.as_deref(), Some("prime.sh script"));
}

#[test]
fn labelled_math_is_numbered_and_a_target() {
    let out = r(
        ".. math:: a^2\n   :name: Pump law\n\nSee `Pump law`_.\n\n.. math::\n\n   x = 1\n\n   y = 2\n",
    );
    assert!(
        out.contains("anchor #pump-law\ndiv.math\n  p :eqno:[(1)]\\[a^2\\]"),
        "{out}"
    );
    assert!(out.contains("p See [Pump law](#pump-law)."), "{out}");
    assert!(
        out.contains("\\begin{align}\\begin{aligned}x = 1\\\\y = 2"),
        "{out}"
    );
}

#[test]
fn header_references_count_and_empty_include_bounds_are_errors() {
    let out = r(".. header:: Back__\n\n__ https://example.org/back\n\nText.\n");
    assert_eq!(out, "p Text.\n");
    let doc = parse(
        ".. include:: part.rst\n   :end-before:\n",
        &Options::default(),
    );
    let msg = &doc.diagnostics[0].message;
    assert!(
        msg.contains("invalid option value: (option: \"end-before\"; value: None)"),
        "{msg}"
    );
}

#[test]
fn european_quotes_around_a_start_string_keep_it_text() {
    assert_eq!(
        r("A \u{201a}*\u{2018} and \u{bb}*\u{bb} b.\n"),
        "p A \u{201a}*\u{2018} and \u{bb}*\u{bb} b.\n"
    );
}

#[test]
fn info_fields_of_descriptions_group_as_sphinx_renders_them() {
    let out = r(
        ".. function:: prime(pump, rate)\n\n   Primes.\n\n   :param pump: The pump.\n   :type pump: Pump\n   :param int rate: Litres.\n   :returns: The head.\n   :raises ValueError: When dry.\n   :meta private:\n   :note: Loud.\n",
    );
    assert!(
        out.contains(
            "fields\n      :Parameters:\n        ul\n          li\n            p **pump** (*Pump*) -- The pump.\n          li\n            p **rate** (*int*) -- Litres.\n"
        ),
        "{out}"
    );
    assert!(out.contains(":Returns:\n        p The head.\n"), "{out}");
    assert!(
        out.contains(":Raises:\n        p **ValueError** -- When dry.\n"),
        "{out}"
    );
    assert!(out.contains(":Note:\n        p Loud.\n"), "{out}");
    assert!(!out.contains("meta"), "{out}");
}

#[test]
fn a_titled_table_of_contents_is_a_target() {
    let out = r(".. contents:: Pump Index\n\nSee `pump index`_.\n\nValves\n======\n");
    assert!(out.starts_with("anchor #pump-index\n"), "{out}");
    assert!(out.contains("p See [pump index](#pump-index)."), "{out}");
}

#[test]
fn target_notes_footnote_every_external_link() {
    let src = "Try Pumps_, `valves`__ and |Pumps|_ again, not `docs <#top>`_.\n\n\
               __ https://valves.example\n\n.. [#] Own note.\n\n\
               .. _Pumps: https://pumps.example\n.. |Pumps| replace:: pump site\n\n\
               .. target-notes::\n";
    let out = r(src);
    assert!(
        out.starts_with(
            "p Try [Pumps](https://pumps.example) [^2], [valves](https://valves.example) [^3] and [pump site](https://pumps.example) [^2] again"
        ),
        "{out}"
    );
    assert!(
        out.contains("footnote [1] refs=0\n  p Own note.\n"),
        "{out}"
    );
    assert!(
        out.contains("div.target-notes\n  footnote [2] refs=2\n    p [https://pumps.example](https://pumps.example)\n  footnote [3] refs=1\n"),
        "{out}"
    );
}

#[test]
fn sidebar_subtitle_comes_first() {
    let out = r(".. sidebar:: Pumps\n   :subtitle: Sizes\n\n   Small ones.\n");
    assert_eq!(out, "sidebar Pumps\n  p Sizes\n  p Small ones.\n");
}

#[test]
fn a_leading_field_list_is_page_metadata_sphinx_hides() {
    assert_eq!(
        r(":orphan:\n\nPumps\n=====\n\nText.\n"),
        "h1#pumps Pumps\np Text.\n"
    );
    let kept = r("Pumps\n=====\n\n:Owner: Ops\n");
    assert!(kept.contains("fields\n  :Owner:\n"), "{kept}");
    let doc = parse(
        ":Owner: Pump team\n:Servers: p1, p2\n\nText.\n",
        &Options::default(),
    );
    assert_eq!(render(&doc), "p Text.\n");
    assert_eq!(doc.meta.owner.as_deref(), Some("Pump team"));
    assert_eq!(doc.meta.servers, vec!["p1".to_string(), "p2".to_string()]);
}

#[test]
fn sphinx_defines_version_release_and_today() {
    let doc = parse(
        "Version |version|, release |release|, built |today|.\n",
        &Options::default(),
    );
    let out = render(&doc);
    assert!(out.starts_with("p Version , release , built 2"), "{out}");
    assert!(doc.diagnostics.is_empty(), "{:?}", doc.diagnostics);
}

#[test]
fn parsed_literal_shows_footnote_numbers() {
    let out = r(".. parsed-literal::\n\n   pump(rate) [#r]_\n     --dry\n\n.. [#r] Litres.\n");
    assert!(
        out.starts_with("pre \"pump(rate) [1]\\n  --dry\"\n"),
        "{out}"
    );
}
