#!/usr/bin/env bash
# Benchmark: extraction speed with the learned models (CRF mention model, claim classifier) against
# the rules-only extractor, on the first N real arXiv abstracts of shared/corpus/arxiv-ml.jsonl.gz.
# Usage: bench/extract-models.sh [N] (default 2000). Runs each build once, rules-only first, and
# prints the builds' summary lines (papers/s) side by side.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-2000}"
corpus="${REGKG_ML_CORPUS:-$here/../shared/corpus/arxiv-ml.jsonl.gz}"
work="$(mktemp -d "${TMPDIR:-/tmp}/regkg-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
zcat "$corpus" | head -n "$n" > "$work/slice.jsonl"
"$here/regkg" --version >/dev/null   # build the project first, outside the timing
for mode in --rules-only ""; do
  echo "== ${mode:---with-models} on $(wc -l < "$work/slice.jsonl") abstracts"
  "$here/regkg" build $mode --input "$work/slice.jsonl" --store "$work/store" 2>&1 | grep -E "^regkg: built"
  rm -rf "$work/store"
done
