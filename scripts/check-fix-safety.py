#!/usr/bin/env python3
"""Shows that `sopbook check --fix` does not change what RST pages mean.

Copies DIR to a temporary folder, runs `sopbook check --fix` on the copy,
and compares docutils' document tree (pseudo-XML, white space at the end of
each output line ignored) of every changed .rst file before and after.
Sphinx-only directives and roles are registered as no-ops.

Usage: scripts/check-fix-safety.py DIR [--sopbook BIN]
Exit status 1 when a document tree differs.
"""

import argparse
import difflib
import importlib.util
import io
import os
import shutil
import subprocess
import sys
import tempfile

from docutils.core import publish_string

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("vs", os.path.join(HERE, "check-vs-docutils.py"))
vs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(vs)


def doctree(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    settings = {
        "report_level": 5,
        "halt_level": 5,
        "warning_stream": io.StringIO(),
        "file_insertion_enabled": False,
    }
    out = publish_string(text, source_path="page.rst", writer_name="pseudoxml",
                         settings_overrides=settings).decode()
    return [line.rstrip() for line in out.splitlines()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir")
    ap.add_argument("--sopbook", default="target/debug/sopbook")
    args = ap.parse_args()
    vs.register_sphinx()
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "book")
        shutil.copytree(args.dir, copy)
        subprocess.run([args.sopbook, "check", "--fix", copy], stdout=subprocess.DEVNULL, check=False)
        changed = differ = 0
        for dirpath, _, files in os.walk(args.dir):
            for name in sorted(files):
                if not name.endswith(".rst"):
                    continue
                before = os.path.join(dirpath, name)
                after = os.path.join(copy, os.path.relpath(before, args.dir))
                with open(before, "rb") as a, open(after, "rb") as b:
                    if a.read() == b.read():
                        continue
                changed += 1
                a, b = doctree(before), doctree(after)
                if a != b:
                    differ += 1
                    print(before)
                    print("\n".join(list(difflib.unified_diff(a, b, lineterm="", n=1))[:20]))
    print(f"files changed by --fix: {changed}; document tree differs: {differ}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
