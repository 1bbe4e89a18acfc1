#!/usr/bin/env bash
# Benchmark: the whole `./regkg build` of a JSON Lines corpus against a bare CoreNLP pass
# (tokenize, ssplit, pos, lemma) over the same titles and abstracts with the same thread count
# (../shared/tools/BareCoreNLP.java), run side by side, and their wall-time ratio.
# Usage: bench/build-vs-bare.sh [CORPUS.jsonl] [LINES] [THREADS]
#   defaults: ../shared/corpus/arxiv-regularization.jsonl, 2000 lines, nproc threads.
# The ratio is the number to quote: on a shared machine both runs see the same load.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$here/../shared/corpus/arxiv-regularization.jsonl}"
lines="${2:-2000}"
threads="${3:-$(nproc)}"
bare="$here/../shared/tools/BareCoreNLP.java"
work="$(mktemp -d "${TMPDIR:-/tmp}/regkg-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
head -n "$lines" "$corpus" > "$work/corpus.jsonl"
# REGKG_JAVA_OPTS, when set, replaces the launcher's JVM options for the build (unset: the
# defaults `./regkg build` runs with, which is what the ratio is about).
"$here/regkg" --version >/dev/null   # build the project first, outside the timing
cp="$(cat "$here/cli/target/classpath.txt")"
t0=$(date +%s.%N)
/usr/bin/time -f "build: wall %e s, user %U s, sys %S s, peak RSS %M KB" "$here/regkg" build --threads "$threads" \
  --input "$work/corpus.jsonl" --store "$work/store" 2> >(grep -E "^regkg: built|^build:|left out" >&2)
t1=$(date +%s.%N)
/usr/bin/time -f "bare CoreNLP: wall %e s, user %U s, sys %S s, peak RSS %M KB" java -Xmx3g -cp "$cp" "$bare" "$work/corpus.jsonl" "$threads"
t2=$(date +%s.%N)
python3 - "$t0" "$t1" "$t2" <<'PY'
import sys
t0, t1, t2 = map(float, sys.argv[1:])
build, bare = t1 - t0, t2 - t1
print(f"build {build:.1f} s, bare CoreNLP {bare:.1f} s: ratio build/bare = {build / bare:.2f}")
PY
