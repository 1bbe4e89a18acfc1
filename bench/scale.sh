#!/usr/bin/env bash
# Benchmark: build slices of the real arXiv ML corpus (../shared/corpus/arxiv-ml.jsonl.gz, not the
# bundled corpus repeated) and record, per size: wall time, papers/s, peak RSS, store size, and
# CPU seconds (user + system: what the build costs whatever else the machine runs), the curated queries' cost (CPU ms per run in-process, bench/QueryCost.java) and latency (p50/p99
# with 4 wrk clients, bench/query-latency.sh). Appends to bench/results/scale.tsv and redraws
# docs/performance.svg (bench/plot.py).
# Usage: bench/scale.sh [SIZE...]   (default: 1000 10000; 71777 is the whole corpus)
# Needs GNU time, wrk, python3. Heap: REGKG_JAVA_OPTS (default here -Xmx3g).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${CORPUS:-$here/../shared/corpus/arxiv-ml.jsonl.gz}"
export REGKG_JAVA_OPTS="${REGKG_JAVA_OPTS:--Xmx3g -XX:+UseParallelGC}"
work="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/regkg-scale.XXXXXX")}"
mkdir -p "$here/bench/results" "$work"
out="$here/bench/results/scale.tsv"
[ -f "$out" ] || printf 'papers_in\tpapers_built\twall_s\tcpu_s\tpeak_rss_mb\tstore_mb\ttriples\tload\n' > "$out"
"$here/regkg" --version >/dev/null
cp="$(cat "$here/cli/target/classpath.txt")"
for n in "${@:-1000 10000}"; do
  for size in $n; do
    zcat "$corpus" | head -n "$size" > "$work/$size.jsonl"
    store="$work/$size.store"
    /usr/bin/time -f "%e %U %S %M" -o "$work/$size.time" "$here/regkg" build --input "$work/$size.jsonl" --store "$store" 2> "$work/$size.log"
    read -r wall user sys rss < "$work/$size.time"
    built=$(grep -oE 'built .*: [0-9]+ papers' "$work/$size.log" | grep -oE '[0-9]+ papers' | grep -oE '[0-9]+')
    triples=$(grep -oE '[0-9]+ triples' "$work/$size.log" | head -1 | grep -oE '[0-9]+')
    mb=$(du -sm "$store" | cut -f1)
    load=$(cut -d' ' -f1 /proc/loadavg)
    printf '%s\t%s\t%s\t%.1f\t%d\t%s\t%s\t%s\n' "$size" "$built" "$wall" "$(echo "$user + $sys" | bc -l)" $((rss / 1024)) "$mb" "$triples" "$load" >> "$out"
    (cd "$here" && java -Xmx2g -cp "$cp" bench/QueryCost.java "$store" 10 2>/dev/null) > "$here/bench/results/query-cost-$size.tsv"
    "$here/bench/query-latency.sh" "$store" "$size" > "$here/bench/results/query-latency-$size.tsv"
  done
done
python3 "$here/bench/plot.py" "$out" "$here/docs/performance.svg"
cat "$out"
