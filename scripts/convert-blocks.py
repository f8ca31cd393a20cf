#!/usr/bin/env python3
"""Where a converted SOP and its ideal part, block by block, as
convert_fidelity.py sees them.

usage: scripts/convert-blocks.py IDEAL.rst OURS.rst|OURS.md
           prints each mismatched stretch: H the ideal's blocks, O ours
       scripts/convert-blocks.py --kinds PAIRS OURSDIR OUTDIR
           every mismatched stretch over a set (PAIRS/NAME/after.rst
           against OURSDIR/NAME.rst), grouped by kinds (ideal > ours) into
           OUTDIR/<kinds>.txt, with OUTDIR/summary.txt counting them
env:   TOOLS=dir of convert_fidelity.py (default ../shared/tools)
"""
import collections, difflib, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get("TOOLS", os.path.join(here, "..", "..", "shared", "tools")))
import convert_fidelity as cf  # noqa: E402


def blocks(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    return cf.to_blocks((cf.md_html if path.endswith(".md") else cf.rst_html)(text)[0])


def stretches(ideal, ours):
    hb, ob = blocks(ideal), blocks(ours)
    sm = difflib.SequenceMatcher(None, hb, ob, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        yield tag, hb[i1:i2], ob[j1:j2]


def kinds(bs):
    out = []
    for b in bs:
        k = re.sub(r":.*", "", b[0])
        if not out or out[-1] != k:
            out.append(k)
    return "+".join(out[:4]) or "-"


def one(ideal, ours):
    for tag, h, o in stretches(ideal, ours):
        if tag == "equal":
            print(f"  = {len(h)} blocks ({h[0][0]} {h[0][1][:40]!r} ...)")
            continue
        for b in h:
            print(f"  H {b[0]:8} {b[1][:110]!r}")
        for b in o:
            print(f"  O {b[0]:8} {b[1][:110]!r}")


def group(pairs, ours, out):
    os.makedirs(out, exist_ok=True)
    cats, cost, files = collections.defaultdict(list), collections.Counter(), collections.defaultdict(set)
    for n in sorted(os.listdir(pairs)):
        ideal, mine = os.path.join(pairs, n, "after.rst"), os.path.join(ours, n + ".rst")
        if not (os.path.exists(ideal) and os.path.exists(mine)):
            continue
        for tag, h, o in stretches(ideal, mine):
            if tag != "equal":
                c = f"{kinds(h)}>{kinds(o)}"
                cats[c].append((n, h, o))
                cost[c] += len(h) + len(o)
                files[c].add(n)
    with open(os.path.join(out, "summary.txt"), "w") as s:
        for c, v in cost.most_common():
            s.write(f"{v:5} blocks {len(cats[c]):4} stretches {len(files[c]):4} files  {c}\n")
    for c, items in cats.items():
        name = re.sub(r"[^A-Za-z0-9+>-]", "_", c).replace(">", "_TO_")[:120]
        with open(os.path.join(out, name + ".txt"), "w") as f:
            for n, h, o in items:
                f.write(f"## {n}\n")
                f.writelines(f"  H {b[0]:8} {b[1][:240]!r}\n" for b in h)
                f.writelines(f"  O {b[0]:8} {b[1][:240]!r}\n" for b in o)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--kinds":
        group(*sys.argv[2:5])
    elif len(sys.argv) == 3:
        one(*sys.argv[1:3])
    else:
        sys.exit(__doc__)
