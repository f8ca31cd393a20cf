#!/usr/bin/env python3
"""Search benchmark: for generated books of 300, 3,000 and 30,000 pages
(bench/gen_corpus_book.py, text from ../shared/corpus), reports sopbook's index
size against the pages' text, the bytes typical queries load (gzip, as a web
server would send them, measured by running search.js in node), the time the
index takes (built alongside the pages), the time the build waits for it
after the pages, the time it adds against the same book built without it,
and mdBook's searchindex for the same book. Times are medians over pairs
of builds without and with the index (ROUNDS=N, default 10; 4 at 30,000
pages), each pair run in either order in turn.

Usage: bench/search.py [SIZES...]   (default: 300 3000 30000)
Needs: cargo, python3, node; installs mdbook with `cargo install` if absent
(NO_MDBOOK=1 skips it; SKIP_MDBOOK=1 leaves mdBook out of the run). SOPBOOK=path uses that binary instead of a release
build. Prints one JSON line per size.
"""
import glob
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.environ.get("CORPUS", os.path.join(REPO, "..", "shared", "corpus"))
QUERIES = ["koji restart", "backup database", "nagios", "ssl certificate", "proxy01",
           "/etc/httpd", "resatrting", "fedmsg", "ansible playbook", "mirror list",
           "db01.phx2", "contact information"]


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def timed(cmd):
    t = time.perf_counter()
    run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def size(paths):
    return sum(os.path.getsize(p) for p in paths)


def gz(paths):
    return sum(len(gzip.compress(open(p, "rb").read(), 6)) for p in paths)


def bench(n, work, sopbook, mdbook):
    book = os.path.join(work, "book%d" % n)
    run([sys.executable, os.path.join(REPO, "bench", "gen_corpus_book.py"), CORPUS, book, str(n)])
    sources = [p for p in glob.glob(os.path.join(book, "src", "**", "*.md"), recursive=True)
               if not p.endswith("SUMMARY.md")]
    site = os.path.join(book, "site")
    cmd = [sopbook, "build", book, "-d", site, "-v", "--allow-broken-links"]
    # The same book with the index turned off, built in turn with the real
    # one: the difference is the time the index adds to the build.
    bare = os.path.join(work, "bare%d" % n)
    shutil.rmtree(bare, ignore_errors=True)
    shutil.copytree(book, bare, ignore=shutil.ignore_patterns("site"))
    with open(os.path.join(bare, "book.toml"), "a") as f:
        f.write("\n[search]\nenable = false\n")
    bare_cmd = [sopbook, "build", bare, "-d", os.path.join(bare, "site"), "--allow-broken-links"]
    # Pairs of builds, without then with the index, back to back: the
    # difference within a pair is what the index adds, and the median over
    # the pairs leaves out the moments the disk or the machine was busy.
    # Which of the two goes first alternates, so that neither always pays
    # for the files the other just deleted.
    runs, bare_runs, added = [], [], []
    for i in range(int(os.environ.get("ROUNDS", 10 if n <= 3000 else 4))):
        if i % 2 == 0:
            bare_runs.append(timed(bare_cmd))
        t = time.perf_counter()
        err = run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).stderr.decode()
        total = time.perf_counter() - t
        if i % 2 == 1:
            bare_runs.append(timed(bare_cmd))
        m = re.search(r"search index written in ([0-9.]+) s after the pages "
                      r"\(built alongside them in ([0-9.]+) s\)", err)
        runs.append((total, float(m.group(2)), float(m.group(1))))
        added.append(total - bare_runs[-1])
    t_build = statistics.median(r[0] for r in runs)
    t_index = statistics.median(r[1] for r in runs)
    t_after = statistics.median(r[2] for r in runs)
    t_bare = statistics.median(bare_runs)
    t_added = statistics.median(added)
    shutil.rmtree(bare, ignore_errors=True)
    index = glob.glob(os.path.join(site, "search", "*.js"))
    driver = run(["node", os.path.join(REPO, "tests/js/search_driver.js"),
                  os.path.join(REPO, "themes/default/static/search.js"), site],
                 input=json.dumps({"queries": QUERIES, "warmup": True}).encode(), stdout=subprocess.PIPE)
    qs = json.loads(driver.stdout)["queries"]
    loads = [q["gzip_bytes"] for q in qs]
    ms = [q["ms"] for q in qs]
    keys = [q["keystroke_ms"] for q in qs]
    html = [p for p in glob.glob(os.path.join(site, "sops", "*.html"))]
    row = {
        "pages": n,
        "text_bytes": size(sources),
        "html_bytes": size(html),
        "index_files": len(index),
        "index_bytes": size(index),
        "index_gzip": gz(index),
        "query_gzip_median": int(statistics.median(loads)),
        "query_gzip_max": max(loads),
        "query_ms_median_node": round(statistics.median(ms), 1),
        "keystroke_ms_max_node": round(max(keys), 1),
        "keystroke_ms_median_node": round(statistics.median(keys), 1),
        "build_s": round(t_build, 3),
        "build_s_without_index": round(t_bare, 3),
        "index_build_s": round(t_index, 3),
        "index_after_pages_s": round(t_after, 3),
    }
    row["index_pct_of_text"] = round(100 * row["index_bytes"] / row["text_bytes"], 1)
    # The index is built alongside the pages: its own time (which shares the
    # cores with the pages), the time the build waits for it after the
    # pages, and the build time it adds against the same book without it.
    row["index_build_pct"] = round(100 * t_index / t_build, 1)
    row["index_after_pages_pct"] = round(100 * t_after / t_build, 1)
    row["index_added_pct"] = round(100 * t_added / t_build, 1)
    if mdbook:
        mdsite = os.path.join(book, "mdbook-site")
        try:
            t = time.perf_counter()
            run([mdbook, "build", book, "-d", mdsite], stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL, timeout=int(os.environ.get("MDBOOK_TIMEOUT", "1200")))
            row["mdbook_build_s"] = round(time.perf_counter() - t, 2)
        except subprocess.TimeoutExpired:
            row["mdbook_build_s"] = "timeout"
        found = glob.glob(os.path.join(mdsite, "searchindex*.js"))
        row["mdbook_searchindex_bytes"] = size(found)
        row["mdbook_searchindex_gzip"] = gz(found)
    return row


def main():
    sizes = [int(s) for s in sys.argv[1:]] or [300, 3000, 30000]
    sopbook = os.environ.get("SOPBOOK")
    if not sopbook:
        run(["cargo", "build", "--release", "-q"], cwd=REPO)
        sopbook = os.path.join(REPO, "target", "release", "sopbook")
    mdbook = shutil.which("mdbook") or os.path.expanduser("~/.cargo/bin/mdbook")
    if not os.path.exists(mdbook) and not os.environ.get("NO_MDBOOK"):
        run(["cargo", "install", "mdbook", "--locked"])
    work = tempfile.mkdtemp(prefix="sopbook-search-bench-")
    for n in sizes:
        use_mdbook = os.path.exists(mdbook) and not os.environ.get("SKIP_MDBOOK")
        print(json.dumps(bench(n, work, sopbook, mdbook if use_mdbook else None)), flush=True)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
