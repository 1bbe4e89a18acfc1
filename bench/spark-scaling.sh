#!/usr/bin/env bash
# Benchmark: spark-extract in local mode with 1 and 2 cores on a slice of real arXiv abstracts,
# beside the anchor, a bare CoreNLP pass (tokenize, ssplit, pos, lemma) with 1 and 2 threads over
# the same slice. Prints papers/s after the models are loaded, wall time and peak RSS.
# Usage: bench/spark-scaling.sh [PAPERS] [CORPUS.jsonl]
#   (default 600 papers of ../shared/corpus/arxiv-regularization.jsonl)
# Needs GNU time (/usr/bin/time). On a shared machine, say so beside the numbers.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-600}"
corpus="${2:-$here/../shared/corpus/arxiv-regularization.jsonl}"
work="$(mktemp -d "${TMPDIR:-/tmp}/regkg-spark-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
head -n "$n" "$corpus" > "$work/slice.jsonl"
echo "== $(grep -c . "$work/slice.jsonl") papers of $corpus; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$here/regkg" spark-extract --help >/dev/null   # build the job first, outside the timing
bare="$here/../shared/tools/BareCoreNLP.java"
for cores in 1 2; do
  if [ -f "$bare" ]; then
    java ${REGKG_JAVA_OPTS:--Xmx3g} -cp "$(cat "$here/spark/target/classpath.txt")" "$bare" "$work/slice.jsonl" "$cores" \
      | sed "s/^/threads=$cores  /"
  fi
  /usr/bin/time -f "local[$cores]  wall %e s, peak RSS %M KB" \
    "$here/regkg" spark-extract --master "local[$cores]" --input "$work/slice.jsonl" --output "$work/shards-$cores" 2>&1 \
    | grep -E "^regkg: extracted|wall" | sed -E "s/^regkg: extracted/local[$cores]  extracted/"
done
