//! `sopbook check`: one fixture folder per rule with known defects, the
//! findings as snapshots; exit codes, formats, `--fix`, `--explain`, bad
//! input, and a run over the corpus.

use crate::support;
use std::path::Path;

/// Runs `sopbook check ARGS` in `dir`: (exit code, stdout, stderr).
fn check(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = support::sopbook()
        .arg("check")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("sopbook runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Fixtures whose findings come from the RST reader.
const NEEDS_RST_READER: &[&str] = &["missing-include"];

/// Whether the RST reader is in (not the empty stub); says so when not.
fn rst_reader_ready() -> bool {
    let doc = sopbook::markup::parse(
        sopbook::markup::Format::Rst,
        "Title\n=====\n\nText.\n",
        &Default::default(),
    );
    if doc.blocks.is_empty() {
        eprintln!("skipped: the RST reader is not merged yet");
    }
    !doc.blocks.is_empty()
}

fn fixtures() -> Vec<String> {
    let dir = support::repo().join("tests/fixtures/check");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    if !rst_reader_ready() {
        names.retain(|n| !NEEDS_RST_READER.contains(&n.as_str()));
    }
    names
}

#[test]
fn each_rule_fixture_gives_its_findings() {
    for name in fixtures() {
        let dir = support::fixture("check", &name);
        let (code, out, err) = check(&dir, &["."]);
        assert!(code == 0 || code == 1, "{name}: exit {code}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
        let has_error = out.lines().any(|l| l.contains(": error["));
        assert_eq!(code, i32::from(has_error), "{name}:\n{out}");
        insta::assert_snapshot!(format!("check_{name}"), out);
    }
}

#[test]
fn each_fixture_has_findings_of_its_rule() {
    for name in fixtures() {
        let rule = match name.as_str() {
            "suppress" => "syntax",
            "bad-input" => "unreadable",
            n => n,
        };
        let dir = support::fixture("check", &name);
        let (_, out, _) = check(&dir, &["--format", "json", "."]);
        let findings: serde_json::Value = serde_json::from_str(&out).unwrap();
        let rules: Vec<&str> = findings
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap())
            .collect();
        assert!(rules.contains(&rule), "{name}: {rules:?}");
    }
}

#[test]
fn json_findings_have_stable_fields() {
    let dir = support::fixture("check", "line-length");
    let (code, out, _) = check(&dir, &["--format", "json", "."]);
    assert_eq!(code, 0);
    let findings: serde_json::Value = serde_json::from_str(&out).unwrap();
    let first = &findings.as_array().unwrap()[0];
    let mut keys: Vec<&str> = first
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "column",
            "end_column",
            "help",
            "level",
            "line",
            "message",
            "path",
            "rule"
        ]
    );
    assert_eq!(first["path"], "legacy.txt");
    assert_eq!(first["line"], 3);
    assert_eq!(first["column"], 81);
    assert_eq!(first["level"], "warning");
}

#[test]
fn github_format_prints_workflow_commands() {
    let dir = support::fixture("check", "nbsp");
    let (code, out, _) = check(&dir, &["--format", "github", "."]);
    assert_eq!(code, 1);
    let first = out.lines().next().unwrap();
    assert!(
        first.starts_with(
            "::error file=deploy-notes.md,line=3,col=16,endColumn=17,title=nbsp::em dash"
        ),
        "{first}"
    );
    assert!(out.lines().all(|l| l.starts_with("::error ")), "{out}");
}

#[test]
fn exit_codes_follow_levels_and_strict() {
    let warnings = support::fixture("check", "tabs");
    assert_eq!(check(&warnings, &["."]).0, 0);
    assert_eq!(check(&warnings, &["--strict", "."]).0, 1);
    assert_eq!(check(&support::fixture("check", "nbsp"), &["."]).0, 1);
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("ok.md"), "# Fine\n\nA fine page.\n").unwrap();
    let (code, out, _) = check(tmp.path(), &["--strict", "."]);
    assert_eq!((code, out.as_str()), (0, "no findings in 1 file\n"));
    let (code, _, err) = check(tmp.path(), &["no-such-folder"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no-such-folder"), "{err}");
    let (code, _, err) = check(tmp.path(), &["ok.md"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("ok.md: is a file"), "{err}");
}

#[test]
fn book_toml_sets_levels_limits_and_excludes() {
    let tmp = tempfile::tempdir().unwrap();
    support::copy_tree(&support::fixture("check", "line-length"), tmp.path());
    let toml = "[check]\nexclude = [\"*.txt\"]\n[check.level]\nline-length = \"error\"\n\
                table-width = \"off\"\n[check.limits]\nline-length = 100\n";
    std::fs::write(tmp.path().join("book.toml"), toml).unwrap();
    let (code, out, _) = check(tmp.path(), &["--format", "json", "."]);
    assert_eq!(code, 1);
    let findings: serde_json::Value = serde_json::from_str(&out).unwrap();
    let found: Vec<String> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| format!("{}:{} {} {}", f["path"], f["line"], f["rule"], f["level"]))
        .collect();
    assert_eq!(
        found,
        [
            "\"restart.rst\":5 \"line-length\" \"error\"",
            "\"restart.rst\":9 \"line-length\" \"error\""
        ]
    );
    std::fs::write(
        tmp.path().join("book.toml"),
        "[check.level]\nline-lenght = \"off\"\n",
    )
    .unwrap();
    let (code, _, err) = check(tmp.path(), &["."]);
    assert_eq!(code, 2);
    assert!(
        err.contains("book.toml:1:") && err.contains("line-lenght"),
        "{err}"
    );
}

#[test]
fn fix_repairs_only_mechanical_findings() {
    let tmp = tempfile::tempdir().unwrap();
    for case in [
        "tabs",
        "trailing-whitespace",
        "final-newline",
        "heading-style",
        "crlf",
    ] {
        support::copy_tree(&support::fixture("check", case), &tmp.path().join(case));
    }
    let (code, out, err) = check(tmp.path(), &["--fix", "--format", "json", "."]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("fixed 7 files"), "{err}");
    let findings: serde_json::Value = serde_json::from_str(&out).unwrap();
    let left: Vec<String> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{}:{} {}",
                f["path"].as_str().unwrap(),
                f["line"],
                f["rule"]
            )
        })
        .collect();
    insta::assert_snapshot!("check_fix_leftovers", left.join("\n"));
    let read = |p: &str| std::fs::read_to_string(tmp.path().join(p)).unwrap();
    assert_eq!(
        read("tabs/widgets.rst"),
        "Widgets\n=======\n\nThe widget store        keeps widgets.\n\nBuild it::\n\n    make\n\tinstall\n"
    );
    assert_eq!(
        read("trailing-whitespace/queue-notes.md"),
        "# Queue\n\nFirst line with a hard break\\\nsecond line.\n"
    );
    assert!(read("final-newline/no-newline.rst").ends_with("newline.\n"));
    assert!(read("heading-style/delta.rst").starts_with("Delta service\n=============\n"));
    assert_eq!(
        read("crlf/mailer.rst"),
        "Mailer\r\n======\r\n\r\nThe mailer sends pages.\r\n"
    );
}

#[test]
fn explain_prints_rule_documentation() {
    let dir = support::repo();
    let (code, out, _) = check(&dir, &["--explain", "line-length"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("# line-length\n"), "{out}");
    assert!(out.contains("Default level: warning."), "{out}");
    let (code, _, err) = check(&dir, &["--explain", "line-lenght"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown rule `line-lenght`"), "{err}");
}

#[test]
fn unreadable_folder_is_a_finding_and_others_are_checked() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let mode = |path: &Path, bits| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(bits)).unwrap()
    };
    mode(tmp.path(), 0o755);
    let locked = tmp.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(locked.join("a.rst"), "A\n=\n").unwrap();
    std::fs::write(tmp.path().join("b.rst"), "B\n=\n\nText \n").unwrap();
    mode(&locked, 0o000);
    let out = if std::fs::read_dir(&locked).is_ok() {
        // Root reads any folder: run the check as an unprivileged user.
        if !support::have_program("setpriv", &["--version"]) {
            mode(&locked, 0o755);
            return;
        }
        std::process::Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_sopbook"))
            .args(["check", "--format", "json", "."])
            .current_dir(tmp.path())
            .env("NO_COLOR", "1")
            .output()
            .expect("setpriv runs")
    } else {
        support::sopbook()
            .args(["check", "--format", "json", "."])
            .current_dir(tmp.path())
            .output()
            .expect("sopbook runs")
    };
    mode(&locked, 0o755);
    let text = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{text}{err}");
    assert!(text.contains("\"path\": \"locked\""), "{text}");
    assert!(text.contains("\"path\": \"b.rst\""), "{text}");
}

#[test]
fn corpus_is_checked_without_failing() {
    let Some(corpus) = support::corpus() else {
        return;
    };
    let docs = corpus.join("infra-docs-rst/docs");
    let (code, out, err) = check(
        &support::repo(),
        &["--format", "json", docs.to_str().unwrap()],
    );
    assert!(code == 0 || code == 1, "{err}");
    let findings: serde_json::Value = serde_json::from_str(&out).unwrap();
    let findings = findings.as_array().unwrap();
    assert!(findings.len() > 100, "{}", findings.len());
    assert!(
        findings
            .iter()
            .all(|f| f["path"].as_str().unwrap().ends_with(".rst"))
    );
}

/// The `syntax` findings agree with docutils (same file and line) for at
/// least 90% of its warnings on the corpus. Needs the RST reader.
#[test]
fn syntax_findings_agree_with_docutils_on_the_corpus() {
    let Some(corpus) = support::corpus() else {
        return;
    };
    if !rst_reader_ready() || !support::have_python_module("docutils") {
        return;
    }
    let out = std::process::Command::new("python3")
        .arg(support::repo().join("scripts/check-vs-docutils.py"))
        .arg(corpus.join("infra-docs-rst/docs"))
        .arg(corpus.join("legacy-sops"))
        .args(["--min", "90", "--sopbook", env!("CARGO_BIN_EXE_sopbook")])
        .output()
        .expect("python3 runs");
    let report = String::from_utf8_lossy(&out.stdout);
    eprintln!("{report}");
    assert!(
        out.status.success(),
        "{report}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// What `sopbook convert` makes of the legacy SOPs passes `sopbook check`
/// with the default rules (no errors; warnings are printed).
#[test]
fn converter_output_passes_check() {
    let Some(corpus) = support::corpus() else {
        return;
    };
    let inputs = support::legacy_inputs(&corpus);
    for to in ["rst", "md"] {
        let tmp = support::convert_to(to, &inputs);
        let (code, json, err) = check(tmp.path(), &["--format", "json", "."]);
        let findings: serde_json::Value = serde_json::from_str(&json).expect(&err);
        let mut by_rule = std::collections::BTreeMap::<String, usize>::new();
        for f in findings.as_array().unwrap() {
            *by_rule
                .entry(format!("{} {}", f["level"], f["rule"]))
                .or_default() += 1;
        }
        eprintln!("convert --to {to}: {by_rule:?}");
        assert_eq!(code, 0, "convert --to {to}: {by_rule:?}");
        let raw = by_rule.keys().any(|k| k.ends_with("raw-html\""));
        assert!(!raw, "convert --to {to} writes raw HTML: {by_rule:?}");
    }
}

#[test]
fn converted_links_do_not_outweigh_their_text() {
    let input = support::fixture("convert", "reference-links").join("input.txt");
    for to in ["rst", "md"] {
        let tmp = support::convert_to(to, std::slice::from_ref(&input));
        let (_, json, err) = check(tmp.path(), &["--format", "json", "."]);
        let findings: serde_json::Value = serde_json::from_str(&json).expect(&err);
        let dense: Vec<&serde_json::Value> = findings
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == "markup-density")
            .collect();
        assert!(dense.is_empty(), "convert --to {to}: {dense:?}");
    }
}

#[test]
fn checking_the_source_folder_reads_the_book_toml_above_it() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("book.toml"),
        "[check.level]\ntabs = \"error\"\n",
    )
    .unwrap();
    std::fs::create_dir(tmp.path().join("content")).unwrap();
    std::fs::write(tmp.path().join("content/a.md"), "# A\n\n-\titem\n").unwrap();
    let (code, out, err) = check(tmp.path(), &["--format", "github", "content/"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.starts_with("::error file=content/a.md,line=3,col=2,"),
        "{out}"
    );
    let (code, out, _) = check(tmp.path(), &["--format", "github"]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with("::error file=content/a.md,line=3,"),
        "{out}"
    );
}

#[test]
fn the_book_init_creates_passes_check_strictly() {
    let tmp = tempfile::tempdir().unwrap();
    let init = support::sopbook()
        .arg("init")
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    let (code, out, err) = check(tmp.path(), &["--strict"]);
    assert_eq!(code, 0, "{out}{err}");
}
