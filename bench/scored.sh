#!/usr/bin/env bash
# Scores `sopbook convert` on the held-out proxy set tests/fixtures/convert-scored:
# 1,408 SOPs of our own text, by two hundred and thirty sets of authors: ten in the corpus's
# styles (three links-dump pages, three underlined, two MoinMoin, two
# numbered/ad hoc); six in more (MediaWiki, Redmine Textile, a
# knowledge-base article, a pasted mail, a word-processor export, capitals
# headings); twelve more (AsciiDoc, Org-mode, DokuWiki, Jira wiki, Trac wiki,
# setext README text, and six in the corpus's styles); twelve more (GitHub
# Markdown, a lynx dump, a man page, a Q/A FAQ, a Notepad CRLF text, `#`
# headings among root prompts, and six in the corpus's styles); twelve
# more (b5n-*: a Google Docs text export, Zim, pod2text, vimwiki, a GNU
# Info dump, a Confluence page pasted as text; b5-*: six in the corpus's
# styles); eighteen more (b6n-*: a BBCode forum post, TWiki, WikiCreole,
# a Word document saved as text, a mail thread, a TiddlyWiki tiddler;
# b6a-*/b6b-*: twelve in the corpus's styles), twelve more in the
# corpus's styles (b7a-*: links-dump pages; b7b-*: MoinMoin, underlined,
# flush-left ad hoc), six more (b8-*: two links-dump, underlined, MoinMoin,
# two flush-left scratch notes), twelve more (b9a-*: three links-dump,
# three MoinMoin; b9b-*: three underlined, three flush-left ad hoc),
# twelve more (b10a-*: six links-dump pages; b10b-*: two underlined, two
# flush-left ad hoc, two MoinMoin), twelve more (b11a-*: four links-dump
# pages, two underlined; b11b-*: three flush-left ad hoc, three MoinMoin),
# twelve more (b12a-*: three links-dump pages, three flush-left ad hoc;
# b12b-*: three MoinMoin, three underlined), twelve more (b13a-*: six
# links-dump pages; b13b-*: three links-dump, three underlined), twelve
# more (b14a-*: four links-dump pages, two flush-left ad hoc; b14b-*: two
# underlined, four flush-left ad hoc), twelve more (b15a-*: four
# links-dump pages, two flush-left ad hoc; b15b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), twelve more (b16a-*: six links-dump
# pages; b16b-*: four flush-left ad hoc, two underlined), twelve more
# (b17a-*: four flush-left ad hoc, two links-dump pages; b17b-*: three
# links-dump pages, two underlined, one flush-left ad hoc), twelve more
# (b18a-*: four flush-left ad hoc, two links-dump pages; b18b-*: two
# underlined, two flush-left ad hoc, one MoinMoin, one links-dump), twelve
# more (b19a-*: three flush-left ad hoc, three links-dump pages; b19b-*:
# two underlined, two flush-left ad hoc, one MoinMoin, one links-dump), twelve
# more (b20a-*: three flush-left ad hoc, three links-dump pages; b20b-*:
# two underlined, two flush-left ad hoc, one MoinMoin, one links-dump), twelve
# more (b21a-*: three flush-left ad hoc, three links-dump pages; b21b-*:
# two underlined, two flush-left ad hoc, one MoinMoin, one links-dump), twelve
# more (b22a-*: three flush-left ad hoc, three links-dump pages; b22b-*:
# two underlined, two flush-left ad hoc, one MoinMoin, one links-dump), twelve
# more (b23a-*: four links-dump pages, two MoinMoin; b23b-*: three
# flush-left ad hoc, two underlined, one links-dump), twelve more (b24a-*:
# two links-dump pages, two MoinMoin, two underlined; b24b-*: four
# flush-left ad hoc, two links-dump pages), twelve more (b25a-*: three
# links-dump pages, three flush-left ad hoc; b25b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), twelve more (b26a-*: three
# links-dump pages, three underlined; b26b-*: three MoinMoin, three
# flush-left ad hoc), twelve more (b27a-*: four links-dump pages, two
# flush-left ad hoc; b27b-*: two underlined, two MoinMoin, two flush-left
# ad hoc), twelve more (b28a-*: three links-dump pages, three
# flush-left ad hoc; b28b-*: two MoinMoin, two underlined, two flush-left
# ad hoc), twelve more (b29a-*: three links-dump pages, three
# underlined; b29b-*: two MoinMoin, four flush-left ad hoc), twelve more
# (b30a-*: three links-dump pages, three underlined; b30b-*: two MoinMoin,
# four flush-left ad hoc), twelve more (b31a-*: three links-dump pages,
# three underlined; b31b-*: two MoinMoin, four flush-left ad hoc), twelve
# more (b32a-*: three links-dump pages, three flush-left ad hoc; b32b-*: two
# MoinMoin, two underlined, two flush-left ad hoc), twelve more (b33a-*:
# four links-dump pages, two underlined; b33b-*: two MoinMoin, four
# flush-left ad hoc), twelve more (b34a-*: three links-dump pages, three
# flush-left ad hoc; b34b-*: two MoinMoin, two underlined, two flush-left
# ad hoc), twelve more (b35a-*: three links-dump pages, three flush-left
# ad hoc; b35b-*: two MoinMoin, two underlined, two flush-left ad hoc),
# twelve more (b36a-*: three links-dump pages, three underlined; b36b-*:
# two MoinMoin, four flush-left ad hoc), twelve more (b37a-*: three
# links-dump pages, three flush-left ad hoc; b37b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), twelve more (b38a-*: four
# links-dump pages, two flush-left ad hoc; b38b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), twelve more (b39a-*: four
# links-dump pages, two flush-left ad hoc; b39b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), twelve more (b40a-*: three
# links-dump pages, three flush-left ad hoc; b40b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), twelve more (b41a-*: four
# links-dump pages, two flush-left ad hoc; b41b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), twelve more (b42a-*: three
# links-dump pages, three flush-left ad hoc; b42b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), twelve more (b43a-*: three
# links-dump pages, three flush-left ad hoc; b43b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), twelve more (b44a-*: three
# links-dump pages, three flush-left ad hoc; b44b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), twelve more (b45a-*: three
# links-dump pages, three flush-left ad hoc; b45b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), twelve more (b46a-*: three
# links-dump pages, three flush-left ad hoc; b46b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), twelve more (b47a-*: three
# links-dump pages, three flush-left ad hoc; b47b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), twelve more (b48a-*: three
# links-dump pages, three flush-left ad hoc; b48b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), twelve more (b49a-*: three
# links-dump pages, three flush-left ad hoc; b49b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), twelve more (b50a-*: three
# links-dump pages, three flush-left ad hoc; b50b-*: two MoinMoin, two
# underlined, two flush-left ad hoc), and the same mix in b51 to b118
# (twelve each), each
# with the ideal hand conversion, written before the converter was ever
# run on them (each batch is scored on arrival, before the fixes it leads
# to; README.md has those figures).
# Converts them to RST and to Markdown, scores both with the corpus's
# convert_fidelity.py and requires, for every file and format, a structure
# F1 no lower than its floor in bench/scored-floors.txt (measured, less
# 0.01), and the same for the F1 over the whole set (the `total` line);
# over the set, no docutils messages and words kept no more than 0.005
# below the words kept of the hand conversions themselves (scored the same
# way: they drop pure markup such as <syntaxhighlight lang="bash">, h2.,
# class="wikitable" and mail headers kept as a comment, so an absolute
# 0.995 would fail a perfect converter).
# Prints the figures. Takes a few seconds.
#
# usage: bench/scored.sh [TOOLS]   (default ../shared/tools)
# env:   SOPBOOK=path (default target/release/sopbook, built if missing)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tools=$(cd "${1:-$repo/../shared/tools}" && pwd)
sopbook=${SOPBOOK:-$repo/target/release/sopbook}
[ -x "$sopbook" ] || (cd "$repo" && cargo build --release --quiet)
pairs=$repo/tests/fixtures/convert-scored
floors=$repo/bench/scored-floors.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for fmt in rst md; do
    "$sopbook" convert "$pairs" --to "$fmt" --out "$work/$fmt" --force --quiet 2>/dev/null
    python3 "$tools/convert_fidelity.py" --pairs "$pairs" --ours "$work/$fmt" --show 1000000 \
        >"$work/$fmt.txt"
done
mkdir "$work/ideal"
for d in "$pairs"/*/; do
    [ -f "$d/after.rst" ] && cp "$d/after.rst" "$work/ideal/$(basename "$d").rst"
done
python3 "$tools/convert_fidelity.py" --pairs "$pairs" --ours "$work/ideal" --show 1000000 >"$work/ideal.txt"

python3 - "$work" "$floors" <<'PY'
import re, sys
work, floors_path = sys.argv[1], sys.argv[2]
floors = {}
for line in open(floors_path):
    line = line.split("#", 1)[0].split()
    if line:
        floors[line[0]] = {"rst": float(line[1]), "md": float(line[2])}
row = re.compile(r"^(\S+): structure F1 ([0-9.]+), words kept ([0-9.]+), docutils messages (\d+)", re.M)
total = re.compile(r"structure F1 ([0-9.]+) over (\d+) SOPs \((\d+) missing\), words kept ([0-9.]+), "
                   r"docutils messages (\d+)", re.M)
scores, failures = {}, []
t = total.search(open(f"{work}/ideal.txt").read())
if not t:
    sys.exit("scored: no summary line from convert_fidelity.py for the hand conversions")
ideal_kept = float(t[4])
print(f"hand conversions: words kept {ideal_kept:.4f}")
for fmt in ("rst", "md"):
    text = open(f"{work}/{fmt}.txt").read()
    for m in row.finditer(text):
        scores.setdefault(m[1], {})[fmt] = float(m[2])
    t = total.search(text)
    if not t:
        sys.exit(f"scored: no summary line from convert_fidelity.py for {fmt}")
    f1, n, missing, kept, msgs = float(t[1]), int(t[2]), int(t[3]), float(t[4]), int(t[5])
    print(f"{fmt}: structure F1 {f1:.4f} over {n} SOPs, words kept {kept:.4f}, docutils messages {msgs}")
    if f1 < floors.get("total", {}).get(fmt, 0):
        failures.append(f"{fmt}: F1 {f1:.4f} over the set below its floor {floors['total'][fmt]:.4f}")
    if missing:
        failures.append(f"{fmt}: {missing} SOPs not converted")
    if kept < ideal_kept - 0.005:
        failures.append(f"{fmt}: words kept {kept:.4f} below {ideal_kept - 0.005:.4f} "
                        f"(hand conversions' {ideal_kept:.4f} less 0.005)")
    if msgs:
        failures.append(f"{fmt}: {msgs} docutils messages")
print(f"{'':24} {'rst':>6} {'md':>6}  floors")
for name in sorted(set(scores) | set(floors) - {"total"}):
    got, want = scores.get(name, {}), floors.get(name)
    if want is None:
        failures.append(f"{name}: no floor in {floors_path}")
        want = {}
    print(f"{name:24} {got.get('rst', 0):6.3f} {got.get('md', 0):6.3f}  "
          f"{want.get('rst', 0):.3f} {want.get('md', 0):.3f}")
    for fmt in ("rst", "md"):
        if fmt in want and got.get(fmt, 0) < want[fmt]:
            failures.append(f"{name} {fmt}: F1 {got.get(fmt, 0):.3f} below its floor {want[fmt]:.3f}")
for f in failures:
    print("scored:", f, file=sys.stderr)
sys.exit(1 if failures else 0)
PY
