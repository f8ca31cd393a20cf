#!/usr/bin/env bash
# Time and quality of `sopbook convert` against pandoc on the legacy SOPs of
# the corpus, in one run: both convert the same before.txt files to RST
# (pandoc reading them as Markdown, the nearest reader it has for plain
# text), each tool timed as one job over all files (hyperfine when
# installed, else the median of 5 runs), then both outputs scored with the
# corpus's convert_fidelity.py. Prints seconds, the time ratio and F1.
#
# usage: bench/convert.sh [CORPUS]   (default ../shared/corpus)
# env:   SOPBOOK=path (default target/release/sopbook, built if missing),
#        PANDOC=path (default: pandoc on PATH; `apt-get install pandoc`).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
corpus=$(cd "${1:-$repo/../shared/corpus}" && pwd)
sopbook=${SOPBOOK:-$repo/target/release/sopbook}
[ -x "$sopbook" ] || (cd "$repo" && cargo build --release --quiet)
pandoc=${PANDOC:-$(command -v pandoc || true)}
[ -n "$pandoc" ] || { echo "pandoc not found: apt-get install pandoc" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/sopbook" "$work/pandoc"
for d in "$corpus"/legacy-sops/*/; do
    cp "$d/before.txt" "$work/in/$(basename "$d").txt"
done
n=$(ls "$work/in" | wc -l)

cat > "$work/pandoc.sh" <<SH
for f in "$work"/in/*.txt; do
    "$pandoc" -f markdown -t rst --wrap=auto "\$f" -o "$work/pandoc/\$(basename "\$f" .txt).rst"
done
SH
sop="$sopbook convert $work/in --to rst --out $work/sopbook --force --quiet"
"$sopbook" convert --help | grep -q -- '--quiet' || sop="${sop% --quiet}"

median() { # median wall seconds of 5 runs of "$@"
    python3 - "$@" <<'PY'
import subprocess, sys, time
t = []
for _ in range(5):
    s = time.perf_counter()
    subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    t.append(time.perf_counter() - s)
print(f"{sorted(t)[2]:.4f}")
PY
}
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs 5 --export-json "$work/t.json" \
        -n sopbook "$sop" -n pandoc "bash $work/pandoc.sh" >/dev/null
    read -r ts tp < <(python3 -c "import json; r=json.load(open('$work/t.json'))['results']; print(r[0]['median'], r[1]['median'])")
else
    ts=$(median sh -c "$sop"); tp=$(median bash "$work/pandoc.sh")
fi
"$sopbook" convert "$work/in" --to rst --out "$work/sopbook" --force >/dev/null 2>&1
bash "$work/pandoc.sh"
score() {
    python3 "$corpus/../tools/convert_fidelity.py" --pairs "$corpus/legacy-sops" --ours "$1" --show 0 \
        | tail -1 | sed -n 's/.*structure F1 \([0-9.]*\).*words kept \([0-9.]*\).*/F1 \1, words kept \2/p'
}
printf 'convert %s SOPs to RST\n' "$n"
printf '  sopbook: %.3f s  %s\n' "$ts" "$(score "$work/sopbook")"
printf '  pandoc:  %.3f s  %s\n' "$tp" "$(score "$work/pandoc")"
python3 -c "print(f'  sopbook takes {$ts/$tp:.3f} of pandoc\'s time ({$tp/$ts:.0f}x faster)')"
