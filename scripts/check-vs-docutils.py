#!/usr/bin/env python3
"""Compares `sopbook check` syntax findings with docutils' warnings.

Runs docutils (the reference RST reader) over every .rst file under DIR,
collects the (file, line) of each warning or error it reports (level >= 2,
as `rst2html` shows them), runs `sopbook check --format json DIR`, and
prints how many of docutils' warnings sopbook reports on the same file and
line (rules `syntax` and `missing-include`), and the reverse.

Sphinx-only directives and roles (toctree, code-block, :ref:, ...) are
registered as no-ops first, since Sphinx, not docutils, is right on them.

Usage: scripts/check-vs-docutils.py DIR... [--sopbook BIN] [--min PERCENT] [-v]
Exit status 1 when the agreement is under --min.
"""

import argparse
import io
import json
import os
import re
import subprocess
import sys

from docutils import nodes
from docutils.core import publish_doctree
from docutils.parsers.rst import Directive, directives, roles

SPHINX_DIRECTIVES = [
    "toctree", "code-block", "sourcecode", "highlight", "literalinclude",
    "glossary", "index", "only", "versionadded", "versionchanged",
    "deprecated", "seealso", "centered", "hlist", "productionlist",
    "tabularcolumns", "autoclass", "automodule", "autofunction",
    "automethod", "autoattribute", "autodata", "autoexception", "py:function",
    "py:class", "py:method", "py:module", "function", "class", "module",
    "note-sphinx", "todo", "graphviz", "ifconfig", "doctest", "testcode",
    "testoutput", "sectionauthor", "codeauthor", "moduleauthor",
]
SPHINX_ROLES = [
    "ref", "doc", "term", "command", "file", "program", "option", "envvar",
    "kbd", "guilabel", "menuselection", "samp", "abbr", "dfn", "mailheader",
    "makevar", "manpage", "mimetype", "newsgroup", "regexp", "class", "func",
    "meth", "mod", "attr", "exc", "data", "obj", "const", "py:class",
    "py:func", "py:meth", "py:mod", "download", "numref", "any", "pep", "rfc",
    "keyword", "token", "eq", "math",
]


class NoOp(Directive):
    """Accepts any arguments, options and content; produces nothing."""

    has_content = True
    optional_arguments = 100
    final_argument_whitespace = True
    option_spec = None

    def run(self):
        return []


class AnyOptions(dict):
    def __getitem__(self, key):
        return directives.unchanged

    def __contains__(self, key):
        return True


NoOp.option_spec = AnyOptions()


def noop_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    return [nodes.literal(rawtext, text)], []


def register_sphinx():
    for name in SPHINX_DIRECTIVES:
        directives.register_directive(name, NoOp)
    for name in SPHINX_ROLES:
        roles.register_local_role(name, noop_role)


MESSAGE = re.compile(r"^(?P<src>.*?):(?P<line>\d+)?:? \((?P<level>[A-Z]+)/(?P<n>\d)\) (?P<msg>.*)$")


def docutils_warnings(path):
    """(line, message) of each docutils warning or error in one file."""
    stream = io.StringIO()
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    settings = {
        "report_level": 2,
        "halt_level": 5,
        "warning_stream": stream,
        "file_insertion_enabled": True,
        "raw_enabled": True,
        "input_encoding": "utf-8",
    }
    try:
        publish_doctree(text, source_path=path, settings_overrides=settings)
    except Exception as e:  # noqa: BLE001 - docutils can crash on odd input
        print(f"docutils failed on {path}: {e}", file=sys.stderr)
    found = []
    for raw in stream.getvalue().splitlines():
        m = MESSAGE.match(raw)
        if m and int(m.group("n")) >= 2 and os.path.abspath(m.group("src")) == os.path.abspath(path):
            found.append((int(m.group("line") or 0), m.group("msg")))
    return found


def sopbook_findings(sopbook, root):
    out = subprocess.run(
        [sopbook, "check", "--format", "json", root],
        capture_output=True, text=True, check=False,
    )
    if out.returncode not in (0, 1):
        sys.exit(f"sopbook check failed ({out.returncode}): {out.stderr}")
    found = set()
    for f in json.loads(out.stdout):
        if f["rule"] in ("syntax", "missing-include"):
            rel = os.path.relpath(os.path.abspath(f["path"]), os.path.abspath(root))
            found.add((rel, f["line"]))
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", metavar="DIR")
    ap.add_argument("--sopbook", default="target/release/sopbook")
    ap.add_argument("--min", type=float, default=0.0)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    register_sphinx()
    ref, ours = {}, set()
    for root in args.dirs:
        for dirpath, dirnames, files in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(files):
                if name.endswith(".rst"):
                    path = os.path.join(dirpath, name)
                    rel = os.path.relpath(path, root)
                    for line, msg in docutils_warnings(path):
                        ref.setdefault((root, rel, line), msg)
        ours |= {(root, rel, line) for rel, line in sopbook_findings(args.sopbook, root)}
    matched = [k for k in ref if k in ours]
    extra = sorted(k for k in ours if k not in ref)
    pct = 100.0 * len(matched) / len(ref) if ref else 100.0
    print(f"docutils warnings (file, line): {len(ref)}")
    print(f"  also reported by sopbook (same file and line): {len(matched)} ({pct:.1f}%)")
    print(f"sopbook syntax findings: {len(ours)}, not reported by docutils: {len(extra)}")
    if args.verbose:
        for k in sorted(ref):
            mark = "ok  " if k in ours else "MISS"
            print(f"{mark} {os.path.join(k[0], k[1])}:{k[2]}: {ref[k]}")
        for k in extra:
            print(f"EXTRA {os.path.join(k[0], k[1])}:{k[2]}")
    return 0 if pct >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
