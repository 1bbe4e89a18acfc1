#!/usr/bin/env bash
# Bench run: extraction + SHACL validation paper by paper over a slice of a JSON Lines corpus,
# to find every class of paper that would fail validation (minting bugs), and IRIs of shared
# techniques/datasets that link two concepts across papers.
# Usage: bench/minting-sweep.sh [CORPUS.jsonl[.gz]] [N]   (default: ../shared/corpus/arxiv-ml.jsonl.gz, 15000)
# Output: one FAIL line per failing paper, then a summary. Run it under nice, in the background.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$here/../shared/corpus/arxiv-ml.jsonl.gz}"
n="${2:-15000}"
"$here/regkg" --version >/dev/null   # build the project first
work="$(mktemp -d "${TMPDIR:-/tmp}/regkg-sweep.XXXXXX")"
trap 'rm -rf "$work"' EXIT
case "$corpus" in
  *.gz) { zcat "$corpus" || true; } | head -n "$n" > "$work/slice.jsonl" ;;
  *) head -n "$n" "$corpus" > "$work/slice.jsonl" ;;
esac
target="$here/extractor/target"
cp -r "$target/classes" "$work/classes"   # a snapshot: rebuilding the project meanwhile does not disturb the run
java ${REGKG_JAVA_OPTS:--Xmx3g -XX:+UseParallelGC} -Dlog4j2.configurationFile=classpath:log4j2-regkg.xml \
  -cp "$work/classes:$(cat "$target/classpath.txt")" "$here/bench/MintingSweep.java" "$work/slice.jsonl" "$n"
