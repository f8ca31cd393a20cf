#!/usr/bin/env bash
# Output size and build time of `sopbook build` against `mdbook build` for
# the same generated books (300 and 3,000 pages by default, made-up SOPs in
# nested folders, with a SUMMARY.md both tools read). KB/page shows how
# each output grows: flat means linear in the number of pages; an output
# that repeated the whole menu in every page would grow with the square.
#
# usage: bench/size.sh [PAGES...]
# env:   SOPBOOK=path/to/sopbook (default: target/release/sopbook, built
#        if missing), MDBOOK=path/to/mdbook (default: ~/.cargo/bin/mdbook,
#        installed with `cargo install mdbook` if missing), RUNS=3 (timed
#        builds per tool and size; the median is reported), WORK=dir.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(300 3000)
runs=${RUNS:-3}
work=${WORK:-$(mktemp -d)}

sopbook=${SOPBOOK:-$repo/target/release/sopbook}
if [ ! -x "$sopbook" ]; then
    echo "building sopbook (release)..." >&2
    (cd "$repo" && cargo build --release --quiet)
fi
mdbook=${MDBOOK:-$(command -v mdbook || echo "$HOME/.cargo/bin/mdbook")}
if [ ! -x "$mdbook" ]; then
    echo "installing mdbook with cargo install mdbook..." >&2
    cargo install mdbook --quiet
    mdbook=$HOME/.cargo/bin/mdbook
fi

# Seconds a command takes (wall clock), its output thrown away.
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

# The median of the numbers given.
median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

bytes() { du -sb "$1" | cut -f1; }
mb() { echo "scale=1; $1 / 1000000" | bc -l; }

echo "sopbook: $("$sopbook" --version)    mdbook: $("$mdbook" --version)"
echo "runs per build: $runs (median wall-clock time)"
printf '\n%7s  %11s  %10s  %11s  %10s  %13s  %6s  %9s  %8s  %6s\n' \
    pages "sopbook MB" "KB/page" "mdbook MB" "KB/page" "mdbook-search" ratio "sopbook s" "mdbook s" speed
notes=()
for n in "${sizes[@]}"; do
    book=$work/book-$n
    rm -rf "$book"
    pages=$(python3 "$here/gen_book.py" "$n" "$book")
    sop_times=() md_times=()
    for _ in $(seq "$runs"); do
        rm -rf "$book/out-sopbook" "$book/out-mdbook"
        sop_times+=("$(seconds "$sopbook" build -q "$book" --dest-dir "$book/out-sopbook")")
        md_times+=("$(seconds "$mdbook" build "$book" -d "$book/out-mdbook")")
    done
    [ -f "$book/out-sopbook/index.html" ] || { echo "sopbook build failed for $n pages" >&2; exit 1; }
    [ -f "$book/out-mdbook/index.html" ] || { echo "mdbook build failed for $n pages" >&2; exit 1; }
    sop=$(bytes "$book/out-sopbook")
    md=$(bytes "$book/out-mdbook")
    md_index=$(cat "$book"/out-mdbook/searchindex*.js* 2>/dev/null | wc -c)
    menu=$(wc -c < "$book/out-sopbook/_static/menu.js")
    notes+=("$pages pages: sopbook's menu.js is $(echo "scale=1; $menu / 1000" | bc -l) KB, written once; repeated in every page it would add $(mb $((menu * pages))) MB")
    st=$(median "${sop_times[@]}")
    mt=$(median "${md_times[@]}")
    printf '%7s  %11s  %10.1f  %11s  %10.1f  %13s  %5.1fx  %9.2f  %8.2f  %5.1fx\n' \
        "$pages" "$(mb "$sop")" "$(echo "$sop / $pages / 1000" | bc -l)" \
        "$(mb "$md")" "$(echo "$md / $pages / 1000" | bc -l)" "$(mb "$md_index")" \
        "$(echo "$md / $sop" | bc -l)" "$st" "$mt" "$(echo "$mt / $st" | bc -l)"
done
echo
printf '%s\n' "${notes[@]}"
echo "sizes are du -sb of the output folder; mdbook-search is its search index, part of the mdbook total"
[ -n "${WORK:-}" ] || rm -rf "$work"
