#!/usr/bin/env bash
# How `sopbook convert` grows with the length of one input, against pandoc
# in the same run: for each shape of page below, made at N and 4N lines,
# both tools convert it (median of 3 runs) and the growth t(4N)/t(N) is
# printed; about 4 is linear, about 16 quadratic. The shapes are the long
# runs a reader could scan over once per line: rows with no blank line,
# a database result grid under a prompt, a long bullet list with wrapped
# items, many short sections under lone lower-case names, whole SOPs
# of the scored set one after another, sentences one a line under a
# prompt (every line ends with a stop), named fields whose values each
# wrap onto the line under them, many short underlined sections, many
# names over a rule under half their width (`shortrule`), rows in three
# columns set in under a colon line (`setrows`), a prompt's output
# rows `Name   : value` in runs parted by blank lines (`outrows`),
# one block of fields typed in lower case (`lowerfields`), and a long
# `Contents` over as many numbered headings (`contents`).
#
# usage: bench/convert-scaling.sh [N]   (default 5000 lines)
# env:   SOPBOOK=path (default target/release/sopbook, built if missing),
#        PANDOC=path (default: pandoc on PATH; skipped with a note if none).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-5000}
sopbook=${SOPBOOK:-$repo/target/release/sopbook}
[ -x "$sopbook" ] || (cd "$repo" && cargo build --release --quiet)
pandoc=${PANDOC:-$(command -v pandoc || true)}
[ -x "$pandoc" ] || pandoc=""; [ -n "$pandoc" ] || echo "pandoc not found (apt-get install pandoc): sopbook alone" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$n" "$repo/tests/fixtures/convert-scored" <<'PY'
import os, sys
work, n, scored = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def rows(k):
    return "Title\n\nSome text:\n\n" + "".join(f"row {i} value {i} ok\n" for i in range(k))
def grid(k):
    rule = "+------+----------------+--------+\n"
    body = "".join(f"| {i:4} | host{i}.example.org | active |\n" for i in range(k))
    return "Queue state\n\nRun it:\n\n  mysql> select * from q;\n  " + rule + "  " + body.replace("\n", "\n  ").rstrip() + "\n"
def bullets(k):
    return "Hosts\n=====\n\n" + "".join(
        f"* host{i}.example.org serves the queue and is\n  drained before its reboot\n" for i in range(k // 2))
def sections(k):
    return "".join(
        f"nftables hosts {i}\n\nThe rules on these hosts are kept in git.\n\n" for i in range(k // 4))
def sops(k):
    text, names = [], sorted(os.listdir(scored))
    while sum(t.count("\n") for t in text) < k:
        for name in names:
            text.append(open(os.path.join(scored, name, "before.txt"), errors="replace").read())
            if sum(t.count("\n") for t in text) >= k:
                break
    return "\n".join(text)
def stops(k):
    return "Title\n\n$ vol show\n" + "".join(f"The clients hang after this {i}.\n" for i in range(k))
def fields(k):
    return "Title\n\nSome text here.\n\n" + "".join(
        f"Pump{i}: drain it, then\nclose the valve.\n" for i in range(k // 2))
def underlined(k):
    return "".join(f"Section {i}\n==========\n\nSome text here {i}.\n\n" for i in range(k // 5))
def shortrule(k):
    return "".join(f"Heading number {i}\n---\n\nSome text for this part.\n\n" for i in range(k // 5))
def setrows(k):
    return "Hosts\n=====\n\nThe hosts we run:\n\n" + "".join(
        f"    web{i:05d}    Mon-Thu 07:00    lena on IRC\n" for i in range(k))
def outrows(k):
    return "Title\n\n" + "".join(
        f"[root@bmc ~]# ipmitool sel\nLast Power Event     :\nPower {i}    : on\n\n" for i in range(k // 4))
def lowerfields(k):
    return "Title\n=====\n\n" + "".join(f"  name{i}: the value of words {i}\n" for i in range(k))
def contents(k):
    m = k // 8
    toc = "".join(f"   * {i} Part {i}\n" if i % 2 else f"   * {i - 1}.1 Sub {i}\n" for i in range(1, m))
    body = "".join((f"Part {i}" if i % 2 else f"Sub {i}") + f"\n\n   Text of {i}.\n\n" for i in range(1, m))
    return "Title of the page\n\nContents\n" + toc + "\n" + body
for shape in (rows, grid, bullets, sections, sops, stops, fields, underlined, shortrule, setrows, outrows,
              lowerfields, contents):
    for k in (n, 4 * n):
        with open(f"{work}/{shape.__name__}-{k}.txt", "w") as f:
            f.write(shape(k))
PY

median() { # median wall seconds of 3 runs of "$@" < input ($1)
    python3 - "$@" <<'PY'
import subprocess, sys, time
t = []
for _ in range(3):
    with open(sys.argv[1]) as inp:
        s = time.perf_counter()
        subprocess.run(sys.argv[2:], stdin=inp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        t.append(time.perf_counter() - s)
print(f"{sorted(t)[1]:.3f}")
PY
}
printf '%-10s %8s %8s %7s   %8s %8s %7s\n' shape "sop N" "sop 4N" growth "pandoc N" "4N" growth
for shape in rows grid bullets sections sops stops fields underlined shortrule setrows outrows lowerfields contents; do
    a=$(median "$work/$shape-$n.txt" "$sopbook" convert - --to rst)
    b=$(median "$work/$shape-$((4 * n)).txt" "$sopbook" convert - --to rst)
    line=$(printf '%-10s %8s %8s %7.1f' "$shape" "$a" "$b" "$(python3 -c "print($b/max($a,0.001))")")
    if [ -n "$pandoc" ]; then
        c=$(median "$work/$shape-$n.txt" "$pandoc" -f markdown -t rst)
        d=$(median "$work/$shape-$((4 * n)).txt" "$pandoc" -f markdown -t rst)
        line+=$(printf '   %8s %8s %7.1f' "$c" "$d" "$(python3 -c "print($d/max($c,0.001))")")
    fi
    echo "$line"
done
