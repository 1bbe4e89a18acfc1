#!/usr/bin/env bash
# Benchmark: build the bundled corpus repeated N times (distinct ids and titles) and report
# wall time, papers/s and peak memory. Usage: bench/build-scale.sh [N] (default 10).
# Needs python3 (to write the JSON Lines corpus) and GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-10}"
work="$(mktemp -d "${TMPDIR:-/tmp}/regkg-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 - "$here/data/abstracts.txt" "$n" > "$work/corpus.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")[2:]
papers = []
for i in range(0, len(lines) - 1, 2):
    title, abstract = lines[i], lines[i + 1]
    if not title.strip():
        continue
    if not papers and title.startswith("Subscribe"):
        title = title[len("Subscribe"):]
    papers.append((title, abstract))
for k in range(int(sys.argv[2])):
    for j, (title, abstract) in enumerate(papers):
        suffix = "" if k == 0 else f" (copy {k})"
        print(json.dumps({"id": f"c{k}-{j}", "title": title + suffix, "abstract": abstract}))
PY
echo "== $(wc -l < "$work/corpus.jsonl") papers"
"$here/regkg" --version >/dev/null   # build the project first, outside the timing
/usr/bin/time -f "wall %e s, peak RSS %M KB" "$here/regkg" build --input "$work/corpus.jsonl" --store "$work/store" 2>&1 \
  | grep -E "^regkg: built|^wall"
