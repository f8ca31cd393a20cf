#!/bin/sh
# Times `sopbook check` (release build) on the corpus: the RST docs tree and
# the legacy before.txt files (copied to a temporary folder, as they sit
# beside after.rst). Uses hyperfine when installed, else a loop of 10 runs.
# Usage: scripts/bench-check.sh [CORPUS] (default ../shared/corpus)
set -eu
corpus=${1:-../shared/corpus}
bin=target/release/sopbook
cargo build --release --quiet
legacy=$(mktemp -d)
trap 'rm -rf "$legacy"' EXIT
for d in "$corpus"/legacy-sops/*/; do
    [ -f "$d/before.txt" ] && cp "$d/before.txt" "$legacy/$(basename "$d").txt"
done
for dir in "$corpus/infra-docs-rst/docs" "$legacy"; do
    echo "== sopbook check $dir ($(find "$dir" -type f | wc -l) files)"
    if command -v hyperfine >/dev/null; then
        hyperfine --warmup 2 -i "$bin check --format json $dir"
    else
        python3 - "$bin" "$dir" <<'PY'
import subprocess, sys, time
bin, d = sys.argv[1], sys.argv[2]
runs = []
for _ in range(12):
    t = time.perf_counter()
    subprocess.run([bin, "check", "--format", "json", d], stdout=subprocess.DEVNULL, check=False)
    runs.append(time.perf_counter() - t)
runs = sorted(runs[2:])
print(f"  mean {sum(runs)/len(runs)*1000:.1f} ms, min {runs[0]*1000:.1f} ms, max {runs[-1]*1000:.1f} ms over {len(runs)} runs")
PY
    fi
done
