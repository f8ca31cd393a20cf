//! Unit tests of the HTML writer: made-up Markdown and RST in, the HTML of
//! each construct checked.

use super::*;
use crate::markup::{Format, Options, parse};

fn html(md: &str) -> String {
    let doc = parse(Format::Markdown, md, &Options::default());
    write(&doc, &Highlighter::new(), &NoResolver)
}

#[test]
fn sections_nest_and_close() {
    let out = html("# Title\n\nIntro\n\n## A\n\ntext\n\n## B\n");
    insta::assert_snapshot!(out);
}

#[test]
fn lists_tables_admonitions_footnotes() {
    let out = html(
        "- one\n- two\n\n3. three\n4. four\n\n| Host | Role |\n|---|:-:|\n| db01 | *primary* |\n\n\
         > [!NOTE]\n> Check `uptime` first.\n\nSee[^1].\n\n[^1]: Footnote text.\n",
    );
    insta::assert_snapshot!(out);
}

#[test]
fn code_is_highlighted_and_escaped() {
    let out = html(
        "```console\n$ grep '<x>' /etc/hosts\n127.0.0.1 localhost\n```\n\n```nosuchlang\na < b\n```\n",
    );
    assert!(out.contains("<span class=\"gp\">$ </span>"), "{out}");
    assert!(
        out.contains(
            "<div class=\"highlight-text notranslate\"><div class=\"highlight\"><pre>a &lt; b"
        ),
        "{out}"
    );
}

#[test]
fn text_is_escaped() {
    let out = html("a <b> & \"c\"\n");
    assert!(
        out.contains("a <b> &amp; \"c\""),
        "raw inline html stays: {out}"
    );
    let out = html("x &lt; y\n");
    assert!(out.contains("x &lt; y"), "{out}");
}

#[test]
fn footnote_cited_twice_links_back_to_each_reference() {
    let src = "Restart [#r]_ and drain [#r]_.\n\n.. [#r] Only on the pager host.\n";
    let doc = parse(Format::Rst, src, &Options::default());
    let out = write(&doc, &Highlighter::new(), &NoResolver);
    assert!(
        out.contains("<span class=\"backrefs\">(<a role=\"doc-backlink\" href=\"#"),
        "{out}"
    );
    assert!(out.contains("\">1</a>,<a role=\"doc-backlink\""), "{out}");
}
