#!/usr/bin/env bash
# Live-preview latency: `sopbook serve` against `mdbook serve` on a
# generated book. Usage: bench/serve.sh [PAGES] [EDITS] [MDBOOK_EDITS]
# (defaults 3000 20 20). Builds sopbook in release mode and installs
# mdbook with `cargo install mdbook` when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=${1:-3000}
EDITS=${2:-20}
MD_EDITS=${3:-$EDITS}
cargo build --release --quiet
MDBOOK=$(command -v mdbook || true)
if [ -z "$MDBOOK" ] && [ -x "$HOME/.cargo/bin/mdbook" ]; then MDBOOK=$HOME/.cargo/bin/mdbook; fi
if [ -z "$MDBOOK" ]; then
    cargo install mdbook --quiet
    MDBOOK=$HOME/.cargo/bin/mdbook
fi
echo "mdbook: $("$MDBOOK" --version); sopbook: $(target/release/sopbook --version)"
echo "machine: $(nproc) cores, $(uname -sr)"
exec python3 bench/serve.py --pages "$PAGES" --edits "$EDITS" --mdbook-edits "$MD_EDITS" \
    --corpus ../shared/corpus --sopbook target/release/sopbook --mdbook "$MDBOOK"
