//! `sopbook build` end to end: navigation order, bad input, theme
//! override, SOP card, redirects, atomic replace, and every link of the
//! output resolving to a file.

use super::support::{copy_tree, fixture, sopbook};
use std::path::{Path, PathBuf};
use std::process::Output;

/// A fixture copied into a temporary folder (builds write into it).
fn book(case: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join(case);
    copy_tree(&fixture("build", case), &dir);
    (tmp, dir)
}

fn build(dir: &Path, extra: &[&str]) -> Output {
    sopbook()
        .arg("build")
        .arg(dir)
        .args(extra)
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(path.as_ref())
        .unwrap_or_else(|e| panic!("{}: {e}", path.as_ref().display()))
}

/// The values of `attr="..."` in an HTML text.
pub fn attr_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest.find('"').map(|end| rest[..end].replace("&amp;", "&"))
        })
        .collect()
}

/// The previous/next page titles of a built page, from its prev-next bar.
fn neighbours(site: &Path, page: &str) -> (Option<String>, Option<String>) {
    let html = read(site.join(page));
    let grab = |rel: &str| {
        let marker = format!("rel=\"{rel}\" href=\"");
        let at = html.find(&marker)?;
        let rest = &html[at..];
        let t = rest.find("<span class=\"title\">")? + "<span class=\"title\">".len();
        Some(rest[t..t + rest[t..].find('<')?].to_string())
    };
    (grab("prev"), grab("next"))
}

#[test]
fn folders_are_sections_ordered_by_weight_then_title() {
    let (_tmp, dir) = book("folders");
    let out = build(&dir, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let site = dir.join("site");
    let menu = read(site.join("_static/menu.js"));
    let order: Vec<usize> = [
        "Network",
        "Open a firewall port",
        "Restart the resolver",
        "Storage",
        "Archive old volumes",
        "Check the backups",
    ]
    .iter()
    .map(|t| {
        menu.find(&format!("\"t\":\"{t}\""))
            .unwrap_or_else(|| panic!("{t} missing from {menu}"))
    })
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "menu order wrong: {menu}"
    );
    assert_eq!(
        neighbours(&site, "index.html"),
        (None, Some("Network".into()))
    );
    assert_eq!(
        neighbours(&site, "network/dns.html"),
        (Some("Open a firewall port".into()), Some("Storage".into()))
    );
    let summary = stderr(&out);
    assert!(summary.contains("built 7 pages in"), "{summary}");
}

#[test]
fn summary_sets_the_order_and_parts() {
    let (_tmp, dir) = book("summary");
    let out = build(&dir, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let site = dir.join("site");
    let menu = read(site.join("_static/menu.js"));
    assert!(menu.contains("{\"p\":\"Procedures\"}"), "{menu}");
    assert!(menu.contains("\"t\":\"Not written yet\""), "{menu}");
    assert!(menu.contains("{\"s\":true}"), "{menu}");
    assert_eq!(
        neighbours(&site, "b.html"),
        (Some("Page intro".into()), Some("Page c".into()))
    );
    assert_eq!(
        neighbours(&site, "a.html"),
        (Some("Page c".into()), Some("Page appendix".into()))
    );
    let crumbs = read(site.join("c.html"));
    assert!(
        crumbs.contains(
            "<li><a href=\"b.html\">Second</a></li><li aria-current=\"page\">Page c</li>"
        ),
        "{crumbs}"
    );
}

#[test]
fn metadata_card_and_overdue_warning() {
    let (_tmp, dir) = book("folders");
    assert!(build(&dir, &[]).status.success());
    let dns = read(dir.join("site/network/dns.html"));
    let card = &dns[dns.find("class=\"sop-card\"").expect("a card")..dns.find("<article").unwrap()];
    for needle in [
        "Network team",
        "#net",
        "<code>ns01.example.test</code>",
        "Bring DNS resolution back",
        "2001-01-01",
    ] {
        assert!(card.contains(needle), "{needle} not in {card}");
    }
    assert!(
        card.contains("class=\"review-overdue\""),
        "overdue warning missing: {card}"
    );
    assert!(
        card.contains("due 2001-06-30"),
        "180-day period from book.toml: {card}"
    );
    let fw = read(dir.join("site/network/firewall.html"));
    assert!(
        fw.contains("class=\"sop-card\"") && !fw.contains("review-overdue"),
        "{fw}"
    );
    let plain = read(dir.join("site/storage/backups.html"));
    assert!(!plain.contains("sop-card"));
}

#[test]
fn task_lists_render_as_checkboxes() {
    let (_tmp, dir) = book("folders");
    let md = "# Pre-flight\n\n- [ ] Drain the node\n- [x] Pause the backups\n";
    std::fs::write(dir.join("content/storage/preflight.md"), md).unwrap();
    let rst = "Pre-flight\n==========\n\n1. [ ] Stop the service\n2. [x] Copy the data\n";
    std::fs::write(dir.join("content/storage/preflight-rst.rst"), rst).unwrap();
    let out = build(&dir, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    for page in ["preflight", "preflight-rst"] {
        let html = read(dir.join(format!("site/storage/{page}.html")));
        let open = html.find("<li><input type=\"checkbox\" disabled> ");
        let done = html.find("<li><input type=\"checkbox\" disabled checked> ");
        assert!(open.is_some() && done.is_some(), "{page}: {html}");
        assert!(
            !html.contains("[ ]") && !html.contains("[x]"),
            "{page}: {html}"
        );
    }
}

#[test]
fn aliases_redirect_and_sitemap_lists_pages() {
    let (_tmp, dir) = book("folders");
    assert!(build(&dir, &[]).status.success());
    let redirect = read(dir.join("site/old/dns-restart.html"));
    assert!(redirect.contains("url=../network/dns.html"), "{redirect}");
    let sitemap = read(dir.join("site/sitemap.xml"));
    assert!(
        sitemap.contains("<loc>https://docs.example.test/ops/network/dns.html</loc>"),
        "{sitemap}"
    );
    let page = read(dir.join("site/network/dns.html"));
    assert!(
        page.contains("href=\"https://git.example.test/ops/edit/main/content/network/dns.md\"")
    );
    assert!(page.contains("<a href=\"https://status.example.test/\">Status page</a>"));
}

#[test]
fn every_href_and_src_of_the_output_resolves() {
    let (_tmp, dir) = book("folders");
    assert!(build(&dir, &[]).status.success());
    let site = dir.join("site");
    let checked = assert_links_resolve(&site);
    assert!(checked > 100, "only {checked} links checked");
    let index = read(site.join("index.html"));
    assert!(
        index.contains("href=\"network/dns.html#flush-the-cache\""),
        "{index}"
    );
    assert!(index.contains("href=\"storage/index.html\""), "{index}");
}

/// Resolves every relative `href` and `src` of every page of a site to a
/// file (and its `#fragment` to an id there); gives how many were checked.
pub fn assert_links_resolve(site: &Path) -> usize {
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(site) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = read(entry.path());
        let base = entry.path().parent().unwrap();
        for url in attr_values(&html, "href")
            .into_iter()
            .chain(attr_values(&html, "src"))
        {
            if url.contains("://") || url.starts_with("mailto:") {
                continue;
            }
            let (path, fragment) = url
                .split_once('#')
                .map_or((url.as_str(), None), |(p, f)| (p, Some(f)));
            let target = if path.is_empty() {
                entry.path().to_path_buf()
            } else {
                base.join(path)
            };
            let target = if target.is_dir() {
                target.join("index.html")
            } else {
                target
            };
            assert!(
                target.is_file(),
                "{}: `{url}` leads nowhere",
                entry.path().display()
            );
            if let Some(f) = fragment.filter(|f| !f.is_empty()) {
                let text = read(&target);
                assert!(
                    text.contains(&format!("id=\"{f}\"")),
                    "{}: no #{f} in {}",
                    entry.path().display(),
                    target.display()
                );
            }
            checked += 1;
        }
    }
    checked
}

#[test]
fn the_manual_in_content_builds_without_warnings() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let out = sopbook()
        .arg("build")
        .arg(super::support::repo())
        .arg("--dest-dir")
        .arg(&site)
        .output()
        .unwrap();
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.lines().all(|l| l.starts_with("built ")),
        "the manual builds with no warning: {err}"
    );
    let checked = assert_links_resolve(&site);
    assert!(checked > 200, "only {checked} links checked");
    for page in [
        "getting-started.html",
        "guide/book-toml.html",
        "guide/theming.html",
        "commands/build.html",
        "examples/queue-worker.html",
    ] {
        assert!(site.join(page).is_file(), "{page} missing");
    }
    let sop = read(site.join("examples/queue-worker.html"));
    assert!(sop.contains("class=\"sop-card\""), "{sop}");
}

#[test]
fn broken_links_are_all_reported_and_can_be_allowed() {
    let (_tmp, dir) = book("broken-links");
    let out = build(&dir, &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    for needle in [
        "content/index.md:3: broken link `nope.md`",
        "content/index.md:3: broken link `other.md#nowhere`",
        "content/index.md:5: broken image `img/none.png`",
        "content/other.md:5: broken link `#elsewhere`",
    ] {
        assert!(err.contains(needle), "{needle} not in {err}");
    }
    assert!(!dir.join("site").exists(), "no site from a failed build");
    let out = build(&dir, &["--allow-broken-links"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("warning: "), "{}", stderr(&out));
}

/// Builds a good site, breaks the book with `breakage`, builds again, and
/// checks for exit 2, a message naming the file, and the old site intact.
fn bad_input(case: &str, breakage: impl FnOnce(&Path), expect: &[&str]) {
    let (_tmp, dir) = book(case);
    let content = dir.join("content");
    let site = dir.join("site");
    if build(&dir, &[]).status.success() {
        assert!(site.join("index.html").is_file());
    }
    let before = std::fs::read_dir(dir.parent().unwrap()).unwrap().count();
    breakage(&content);
    let out = build(&dir, &[]);
    assert_eq!(out.status.code(), Some(2), "{case}: {}", stderr(&out));
    let err = stderr(&out);
    for needle in expect {
        assert!(err.contains(needle), "{case}: `{needle}` not in {err}");
    }
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        std::fs::read_dir(dir.parent().unwrap()).unwrap().count(),
        before,
        "{case}: staging left behind"
    );
}

#[test]
fn malformed_front_matter() {
    let (_tmp, dir) = book("bad-frontmatter");
    let out = build(&dir, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("content/bad.md:2:"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("malformed front matter"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn bad_inputs_keep_the_previous_site() {
    bad_input(
        "folders",
        |c| std::fs::write(c.join("latin1.md"), b"# Caf\xe9\n").unwrap(),
        &["latin1.md:1: not valid UTF-8", "save the file as UTF-8"],
    );
    bad_input(
        "folders",
        |c| std::os::unix::fs::symlink("/etc", c.join("escape")).unwrap(),
        &["content/escape: symlink points outside the source folder"],
    );
    bad_input(
        "folders",
        |c| std::fs::write(c.join("storage/README.md"), "# Readme\n").unwrap(),
        &["two pages are written to storage/index.html"],
    );
    bad_input(
        "folders",
        |c| std::fs::write(c.join("network/dns.md"), "+++\nowner = [\n+++\n# x\n").unwrap(),
        &["network/dns.md:2:", "malformed front matter"],
    );
    // The previous site of the first case is still served after each.
    let (_tmp, dir) = book("folders");
    assert!(build(&dir, &[]).status.success());
    std::fs::write(dir.join("content/bad.md"), "+++\nnot toml\n+++\n").unwrap();
    assert_eq!(build(&dir, &[]).status.code(), Some(2));
    assert!(read(dir.join("site/network/dns.html")).contains("Restart the resolver"));
}

#[test]
fn missing_summary_entry_and_duplicate_output() {
    let (_tmp, dir) = book("summary-missing");
    let out = build(&dir, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("SUMMARY.md:4: `gone.md` does not exist"),
        "{}",
        stderr(&out)
    );
    let (_tmp, dir) = book("duplicate-output");
    let out = build(&dir, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("two pages are written to dir/index.html"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn unknown_book_toml_key_names_key_and_line() {
    let (_tmp, dir) = book("summary");
    std::fs::write(
        dir.join("book.toml"),
        "[book]\ntitle = \"x\"\n\n[build]\nbuild_dir = \"out\"\n",
    )
    .unwrap();
    let out = build(&dir, &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("book.toml:5:") && err.contains("build_dir"),
        "{err}"
    );
}

#[test]
fn theme_files_override_the_default_by_name() {
    let (_tmp, dir) = book("theme-override");
    let out = build(&dir, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = read(dir.join("site/index.html"));
    assert!(
        page.contains("<p class=\"custom-banner\">Custom page template</p>"),
        "{page}"
    );
    assert!(
        page.contains("class=\"topbar\""),
        "base.html still from the default theme"
    );
    assert_eq!(
        read(dir.join("site/_static/sopbook.css")),
        "body { color: rebeccapurple; }\n"
    );
    assert!(dir.join("site/_static/sopbook.js").is_file());
}

#[test]
fn broken_theme_template_is_an_error_naming_it() {
    let (_tmp, dir) = book("bad-theme");
    let out = build(&dir, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("theme/page.html"), "{}", stderr(&out));
}

#[test]
fn the_site_is_replaced_whole_and_dest_dir_is_honoured() {
    let (_tmp, dir) = book("summary");
    let site = dir.join("site");
    assert!(build(&dir, &[]).status.success());
    std::fs::write(site.join("stale.html"), "left over").unwrap();
    assert!(build(&dir, &[]).status.success());
    assert!(
        !site.join("stale.html").exists(),
        "the new site replaces the old one whole"
    );
    let other = dir.join("elsewhere/out");
    assert!(
        build(&dir, &["--dest-dir", other.to_str().unwrap()])
            .status
            .success()
    );
    assert!(other.join("a.html").is_file());
    let siblings: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        !siblings
            .iter()
            .any(|n| n.to_string_lossy().contains(".new-")),
        "{siblings:?}"
    );
}

#[test]
fn no_live_reload_script_and_no_outside_resources() {
    let (_tmp, dir) = book("folders");
    assert!(build(&dir, &[]).status.success());
    let page = read(dir.join("site/network/dns.html"));
    for src in attr_values(&page, "src") {
        assert!(!src.contains("://"), "external script or image: {src}");
    }
    assert!(!page.contains("livereload") && !page.contains("EventSource"));
    let body = &page[page.find("<article").unwrap()..page.find("</article>").unwrap()];
    assert!(
        !body.contains("sop-card") && !body.contains("breadcrumbs"),
        "theme parts stay outside <article>"
    );
}

#[test]
fn init_writes_a_book_that_builds_and_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    let out = sopbook().arg("init").arg(tmp.path()).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::write(tmp.path().join("content/index.md"), "# Mine\n").unwrap();
    let again = sopbook().arg("init").arg(tmp.path()).output().unwrap();
    assert!(stderr(&again).contains("kept"), "{}", stderr(&again));
    assert_eq!(read(tmp.path().join("content/index.md")), "# Mine\n");
    let out = build(tmp.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(tmp.path().join("site/restart-queue-worker.html").is_file());
}

#[test]
fn without_a_title_in_book_toml_the_root_page_names_the_book() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("folder-name");
    std::fs::create_dir_all(dir.join("ops")).unwrap();
    std::fs::write(
        dir.join("index.rst"),
        "Harbour Team Runbooks\n=====================\n\n.. toctree::\n\n   ops/ferry\n",
    )
    .unwrap();
    std::fs::write(dir.join("ops/ferry.rst"), "Ferry SOP\n=========\n\nText.\n").unwrap();
    let out = build(&dir, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = read(dir.join("site/ops/ferry.html"));
    assert!(
        page.contains("<title>Ferry SOP · Harbour Team Runbooks</title>"),
        "{page}"
    );
    std::fs::write(dir.join("book.toml"), "[book]\ntitle = \"Harbour\"\n").unwrap();
    let out = build(&dir, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = read(dir.join("site/ops/ferry.html"));
    assert!(
        page.contains("<title>Ferry SOP · Harbour</title>"),
        "{page}"
    );
}

#[test]
fn rst_reader_errors_are_warnings_and_undefined_references_broken_links() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("book");
    std::fs::create_dir_all(&dir).unwrap();
    let index = "Pumps\n=====\n\nSee :colour:`red`.\n\n.. frobnicate:: now\n";
    std::fs::write(dir.join("index.rst"), index).unwrap();
    let out = build(&dir, &[]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("index.rst:4:1: Unknown interpreted text role \"colour\"."),
        "{err}"
    );
    assert!(
        err.contains("index.rst:6:1: Unknown directive type \"frobnicate\"."),
        "{err}"
    );
    assert!(read(dir.join("site/index.html")).contains(".. frobnicate:: now"));
    let index = "Pumps\n=====\n\nSee the `pump manual`_ first.\n";
    std::fs::write(dir.join("index.rst"), index).unwrap();
    let out = build(&dir, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("index.rst:4:1: Unknown target name: \"pump manual\"."),
        "{err}"
    );
    assert!(read(dir.join("site/index.html")).contains(".. frobnicate:: now"));
    let out = build(&dir, &["--allow-broken-links"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(read(dir.join("site/index.html")).contains("pump manual"));
}

#[test]
fn rst_roles_a_page_sets_carry_into_the_pages_read_after_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("book");
    std::fs::create_dir_all(&dir).unwrap();
    let index = "Pumps\n=====\n\n.. toctree::\n\n   a-maths\n   b-flow\n   c-reset\n   d-plain\n";
    std::fs::write(dir.join("index.rst"), index).unwrap();
    let a = "Maths\n=====\n\n.. default-role:: math\n.. role:: valve\n\nSee `a+b`.\n";
    std::fs::write(dir.join("a-maths.rst"), a).unwrap();
    let b = "Flow\n====\n\nFlow `q^2` and :valve:`shut`.\n";
    std::fs::write(dir.join("b-flow.rst"), b).unwrap();
    let c = "Reset\n=====\n\n.. default-role::\n\nNo `maths`.\n";
    std::fs::write(dir.join("c-reset.rst"), c).unwrap();
    std::fs::write(dir.join("d-plain.rst"), "Plain\n=====\n\nA `book`.\n").unwrap();
    let out = build(&dir, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let flow = read(dir.join("site/b-flow.html"));
    assert!(flow.contains(r"\(q^2\)"), "{flow}");
    assert!(flow.contains("valve"), "{flow}");
    assert!(!flow.contains("Unknown interpreted text role"), "{flow}");
    for page in ["c-reset", "d-plain"] {
        let html = read(dir.join(format!("site/{page}.html")));
        assert!(html.contains("<cite>"), "{html}");
        assert!(!html.contains(r"\("), "{html}");
    }
    let index = read(dir.join("site/index.html"));
    assert!(!index.contains(r"\("), "{index}");
}
