#!/bin/sh
# Times `sopbook check` (release build) on the corpus: the RST docs tree and
# the legacy before.txt files (copied to a temporary folder, as they sit
# beside after.rst). Uses hyperfine when installed, else a loop of 10 runs.
# Usage: scripts/bench-check.sh [CORPUS] (default ../shared/corpus);
# SOPBOOK_BIN=target/debug/sopbook times an existing build instead.
set -eu
corpus=${1:-../shared/corpus}
bin=${SOPBOOK_BIN:-target/release/sopbook}
[ -n "${SOPBOOK_BIN:-}" ] || cargo build --release --quiet
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
import resource, subprocess, sys, time
bin, d = sys.argv[1], sys.argv[2]
runs, cpu = [], []
for i in range(12):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([bin, "check", "--format", "json", d], stdout=subprocess.DEVNULL, check=False)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    if i >= 2:
        runs.append(time.perf_counter() - t)
        cpu.append(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime)
runs.sort()
ms = lambda x: f"{x * 1000:.0f} ms"
print(f"  wall: mean {ms(sum(runs)/len(runs))}, min {ms(runs[0])}, max {ms(runs[-1])}; "
      f"cpu (user+sys): mean {ms(sum(cpu)/len(cpu))} over {len(runs)} runs")
PY
    fi
done
