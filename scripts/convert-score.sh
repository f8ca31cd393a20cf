#!/usr/bin/env bash
# Scores `sopbook convert` on some folders of the scored set (or any
# folders holding before.txt and after.rst): converts them with BIN into
# OUT/rst and OUT/md and runs convert_fidelity.py over both.
#
# usage: scripts/convert-score.sh BIN OUT DIR...
#   e.g. scripts/convert-score.sh target/release/sopbook /tmp/s tests/fixtures/convert-scored/b114a-*
# env:   SHOW=N lists the N lowest files with their first mismatch in OUT/rst.txt
#        TOOLS=dir of convert_fidelity.py (default ../shared/tools)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tools=${TOOLS:-$repo/../shared/tools}
bin=$(realpath "$1"); out=$2; shift 2
rm -rf "$out"; mkdir -p "$out/p" "$out/in" "$out/rst" "$out/md"
for d in "$@"; do
    d=${d%/}; n=$(basename "$d")
    ln -s "$(realpath "$d")" "$out/p/$n"; cp "$d/before.txt" "$out/in/$n.txt"
done
for fmt in rst md; do
    "$bin" convert "$out/in" --to "$fmt" --out "$out/$fmt" --force --quiet 2>/dev/null
    python3 "$tools/convert_fidelity.py" --pairs "$out/p" --ours "$out/$fmt" --show "${SHOW:-0}" >"$out/$fmt.txt"
    echo "$fmt: $(tail -1 "$out/$fmt.txt")"
done
