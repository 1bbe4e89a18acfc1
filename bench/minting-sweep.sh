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
# the classpath of the CLI, with RegKG's own classes copied: rebuilding meanwhile does not disturb the run
if [ -f "$here/cli/target/classpath.txt" ]; then
  mkdir -p "$work/jars"
  cp_entries=()
  IFS=: read -r -a deps < "$here/cli/target/classpath.txt"
  for d in "${deps[@]}"; do
    case "$d" in
      "$here"/*) cp "$d" "$work/jars/" && cp_entries+=("$work/jars/$(basename "$d")") ;;
      *) cp_entries+=("$d") ;;
    esac
  done
  cp -r "$here/cli/target/classes" "$work/classes"
  classpath="$work/classes:$(IFS=:; echo "${cp_entries[*]}")"
else   # before the module split: one module
  cp -r "$here/extractor/target/classes" "$work/classes"
  classpath="$work/classes:$(cat "$here/extractor/target/classpath.txt")"
fi
java ${REGKG_JAVA_OPTS:--Xmx3g -XX:+UseParallelGC} -Dlog4j2.configurationFile=classpath:log4j2-regkg.xml \
  -cp "$classpath" "$here/bench/MintingSweep.java" "$work/slice.jsonl" "$n"
