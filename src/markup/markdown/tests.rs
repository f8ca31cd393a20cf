//! Unit tests of the Markdown reader: made-up Markdown in, the blocks it
//! reads checked.

use super::*;

fn blocks(text: &str) -> Vec<Block> {
    parse(text).blocks
}

fn text(s: &str) -> Inline {
    Inline::Text(s.into())
}

#[test]
fn headings_get_unique_slugs_and_lines() {
    let b = blocks("# Restart Koji\n\ntext\n\n## Steps\n\n## Steps\n\n### Check {#custom}\n");
    let ids: Vec<_> = b
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Heading { ids, level, .. } => Some((ids[0].clone(), *level, b.line)),
            _ => None,
        })
        .collect();
    assert_eq!(
        ids,
        [
            ("restart-koji".into(), 1, 1),
            ("steps".into(), 2, 5),
            ("steps-1".into(), 2, 7),
            ("custom".into(), 3, 9)
        ]
    );
}

#[test]
fn lines_count_front_matter() {
    let doc = parse("+++\ntitle = \"T\"\n+++\n\nFirst para\n\n    code\n");
    assert_eq!(doc.meta.title.as_deref(), Some("T"));
    assert_eq!(doc.blocks[0].line, 5);
    assert_eq!(doc.blocks[1].line, 7);
    assert!(
        matches!(&doc.blocks[1].kind, BlockKind::CodeBlock { lang: None, code, .. } if code == "code\n")
    );
}

#[test]
fn tight_and_loose_lists() {
    let b = blocks("- a\n- b\n  - c\n\n1. x\n\n2. y\n");
    let BlockKind::List(tight) = &b[0].kind else {
        panic!("{b:?}")
    };
    assert!(tight.tight);
    assert_eq!(tight.items.len(), 2);
    assert_eq!(tight.items[1].blocks.len(), 2, "{:?}", tight.items[1]);
    let BlockKind::List(loose) = &b[1].kind else {
        panic!("{b:?}")
    };
    assert!(!loose.tight);
    assert_eq!(loose.kind, ListKind::Arabic);
}

#[test]
fn tasks_tables_and_footnotes() {
    let b = blocks(
        "- [x] done\n- [ ] todo\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\nSee[^n].\n\n[^n]: The note.\n",
    );
    let BlockKind::List(l) = &b[0].kind else {
        panic!()
    };
    assert_eq!(l.items[0].task, Some(true));
    assert_eq!(l.items[1].task, Some(false));
    let BlockKind::Table(t) = &b[1].kind else {
        panic!("{b:?}")
    };
    assert_eq!(t.header_rows, 1);
    assert_eq!(t.rows.len(), 2);
    assert_eq!(t.align, [Align::Left, Align::Right]);
    let BlockKind::Paragraph(p) = &b[2].kind else {
        panic!()
    };
    assert!(matches!(&p[1], Inline::FootnoteRef { id, .. } if id == "fn-n"));
    assert!(matches!(&b[3].kind, BlockKind::Footnote { backrefs, .. } if backrefs == &["fnref-n"]));
}

#[test]
fn github_alerts_are_admonitions() {
    let b = blocks("> [!WARNING]\n> Do not reboot db01.\n");
    let BlockKind::Admonition { kind, blocks, .. } = &b[0].kind else {
        panic!("{b:?}")
    };
    assert_eq!(*kind, AdmonitionKind::Warning);
    assert_eq!(blocks.len(), 1);
}

#[test]
fn links_keep_their_line_and_url() {
    let b = blocks("Intro\n\nsee [the other](other.md#x \"T\") page\n");
    let BlockKind::Paragraph(p) = &b[1].kind else {
        panic!()
    };
    assert_eq!(
        p[1],
        Inline::Link {
            url: "other.md#x".into(),
            title: Some("T".into()),
            content: vec![text("the other")],
            line: 3
        }
    );
}

#[test]
fn definition_lists() {
    let b = blocks("Owner\n: Infra team\n\nContact\n: #infra\n");
    let BlockKind::DefinitionList(items) = &b[0].kind else {
        panic!("{b:?}")
    };
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].term, vec![text("Owner")]);
}

#[test]
fn fenced_code_keeps_language() {
    let b = blocks("```console title\n$ systemctl restart kojid\n```\n");
    assert!(matches!(&b[0].kind, BlockKind::CodeBlock { lang: Some(l), .. } if l == "console"));
}

#[test]
fn a_dash_and_a_name_under_a_quote_is_its_attribution() {
    let b = blocks("> Keep the spare key.\n>\n> — Ada Ng\n\n> — not a name under text\n");
    let BlockKind::BlockQuote {
        blocks: said,
        attribution,
    } = &b[0].kind
    else {
        panic!("a quote: {b:?}");
    };
    assert_eq!(said.len(), 1);
    assert_eq!(attribution.as_deref(), Some(&[text("Ada Ng")][..]));
    assert!(matches!(
        &b[1].kind,
        BlockKind::BlockQuote {
            attribution: None,
            ..
        }
    ));
}
