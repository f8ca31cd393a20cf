#!/usr/bin/env python3
"""Generates a book of N Markdown SOP pages for the search benchmark.

Reads the real SOP corpus (../shared/corpus: RST pages and legacy
conversions), converts it crudely to Markdown at run time, and writes N pages
made from it into OUT (never into the repository): page k is corpus page
k mod P; from the second round on, host names get new numbers and some words
are replaced by made-up ones so the vocabulary grows as in a real, larger
book. The folder works for both sopbook and mdBook (book.toml, src/,
src/SUMMARY.md).

Usage: gen_search_book.py CORPUS OUT N
       gen_search_book.py --mirror RST_DIR OUT   (the same tree as Markdown, for
                                           trying search before the RST
                                           reader is there)
"""
import os
import random
import re
import sys

UNDERLINE = re.compile(r"^([=\-~^*#+`'\"])\1{2,}\s*$")
ROLE = re.compile(r":[a-z:]+:`([^`<]*?)\s*(?:<[^>]*>)?`")
LINK = re.compile(r"`([^`<]*?)\s*<[^>]*>`_+")


def inline(text):
    text = ROLE.sub(r"\1", text)
    text = LINK.sub(r"\1", text)
    return text.replace("``", "`")


def rst_to_md(text):
    lines = text.splitlines()
    out, styles, i, title = [], [], 0, None
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if UNDERLINE.match(line) and i + 2 < len(lines) and UNDERLINE.match(lines[i + 2]) and lines[i + 1].strip():
            style = ("o", line[0])
            head, i = lines[i + 1].strip(), i + 3
        elif line.strip() and UNDERLINE.match(nxt) and len(nxt.strip()) >= min(3, len(line.strip())):
            style = ("u", nxt[0])
            head, i = line.strip(), i + 2
        else:
            head = None
        if head is not None:
            if style not in styles:
                styles.append(style)
            level = min(styles.index(style) + 1, 6)
            title = title or head
            out.append("\n" + "#" * level + " " + inline(head) + "\n")
            continue
        stripped = line.strip()
        if stripped.startswith(".. code-block") or stripped.startswith(".. sourcecode") or (stripped.endswith("::") and not stripped.startswith("..")):
            if not stripped.startswith(".."):
                out.append(inline(stripped[:-1]))
            i += 1
            block = []
            while i < len(lines) and (not lines[i].strip() or lines[i].startswith((" ", "\t"))):
                block.append(lines[i])
                i += 1
            body = "\n".join(l[4:] if l.startswith("    ") else l.strip() for l in block).strip("\n")
            out.append("\n```\n" + body + "\n```\n")
            continue
        if stripped.startswith(".."):
            i += 1
            continue
        out.append(inline(stripped))
        i += 1
    return title or "Untitled", "\n".join(out)


def load(corpus):
    pages = []
    roots = [os.path.join(corpus, "infra-docs-rst", "docs"), os.path.join(corpus, "legacy-sops")]
    for root in roots:
        for d, _, files in sorted(os.walk(root)):
            for f in sorted(files):
                if f.endswith(".rst"):
                    with open(os.path.join(d, f), encoding="utf-8", errors="replace") as fh:
                        pages.append(rst_to_md(fh.read()))
    return pages


SYLLABLES = "ka ro mi tu ne sa lo vi da pe zu fo ri ga mo te lu bi xa qui".split()


def made_up(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def variant(text, k, rng):
    text = re.sub(r"\b([a-z]+)(\d+)\b", lambda m: m.group(1) + "%02d" % rng.randint(1, 99), text)
    words = text.split(" ")
    for j in range(len(words)):
        if words[j].isalpha() and rng.random() < 0.03:
            words[j] = made_up(rng)
    return " ".join(words)


def mirror(src, out):
    for d, _, files in os.walk(src):
        for f in files:
            if f.endswith(".rst"):
                rel = os.path.relpath(os.path.join(d, f), src)
                with open(os.path.join(d, f), encoding="utf-8", errors="replace") as fh:
                    title, body = rst_to_md(fh.read())
                dest = os.path.join(out, rel[:-4] + ".md")
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                with open(dest, "w", encoding="utf-8") as fh:
                    fh.write(body)


def main():
    if sys.argv[1] == "--mirror":
        return mirror(sys.argv[2], sys.argv[3])
    corpus, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(42)
    pages = load(corpus)
    os.makedirs(os.path.join(out, "src", "sops"), exist_ok=True)
    # Chapters of 50 pages, so that each page's menu lists its chapter, not
    # the whole book.
    summary = ["# Summary", ""]
    for k in range(n):
        if k % 50 == 0:
            chapter = "sops/chapter%04d.md" % (k // 50)
            with open(os.path.join(out, "src", chapter), "w", encoding="utf-8") as fh:
                fh.write("# Chapter %d\n\nRunbooks %d to %d.\n" % (k // 50 + 1, k + 1, min(n, k + 50)))
            summary.append("- [Chapter %d](%s)" % (k // 50 + 1, chapter))
        title, body = pages[k % len(pages)]
        if k >= len(pages):
            title = "%s (%s)" % (title, made_up(rng))
            body = variant(body, k, rng)
        name = "sops/page%05d.md" % k
        body = re.sub(r"^# .*$", "", body, count=1, flags=re.M)
        with open(os.path.join(out, "src", name), "w", encoding="utf-8") as fh:
            fh.write("# %s\n\n%s\n" % (title, body))
        summary.append("    - [%s](%s)" % (title.replace("[", "(").replace("]", ")"), name))
    with open(os.path.join(out, "src", "SUMMARY.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(summary) + "\n")
    with open(os.path.join(out, "book.toml"), "w", encoding="utf-8") as fh:
        fh.write('[book]\ntitle = "Search benchmark"\nsrc = "src"\n')


if __name__ == "__main__":
    main()
