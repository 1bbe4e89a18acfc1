#!/usr/bin/env bash
# Check at scale: ./regkg remove and ./regkg add give what a full build gives. Builds INPUT
# (JSON Lines) whole and without the records at the given line numbers, removes those papers from
# a copy of the whole build and compares it with the build without them, adds them back and
# compares it with the whole build: every graph, quad by quad (bench/nq-compare.py).
# Usage: bench/add-remove-equivalence.sh INPUT.jsonl WORKDIR LINE...   (LINE: 1-based line numbers)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
input="$1"; work="$2"; shift 2
mkdir -p "$work/rest"
name=$(basename "$input")
python3 - "$input" "$work/rest/$name" "$work/gone.jsonl" "$work/ids.txt" "$@" <<'PY'
import json, sys
src, rest, gone, ids, picks = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], {int(n) - 1 for n in sys.argv[5:]}
lines = open(src, encoding='utf-8').read().splitlines()
open(rest, 'w', encoding='utf-8').write(''.join(l + '\n' for i, l in enumerate(lines) if i not in picks))
open(gone, 'w', encoding='utf-8').write(''.join(lines[i] + '\n' for i in sorted(picks)))
open(ids, 'w').write(' '.join(json.loads(lines[i])['id'] for i in sorted(picks)))
PY
"$here/regkg" build --input "$input" --store "$work/all.store" > "$work/build-all.log" 2>&1
"$here/regkg" build --input "$work/rest/$name" --store "$work/rest.store" > "$work/build-rest.log" 2>&1
rm -rf "$work/changed.store"; cp -a "$work/all.store" "$work/changed.store"; rm -f "$work/changed.store/tdb2/tdb.lock"
ids=(); for i in $(cat "$work/ids.txt"); do ids+=(--id "$i"); done
"$here/regkg" remove "${ids[@]}" --store "$work/changed.store"
for s in rest changed; do "$here/regkg" export --format nq --store "$work/$s.store" --output "$work/$s.nq"; done
echo "after remove, against a build without them:"; python3 "$here/bench/nq-compare.py" "$work/rest.nq" "$work/changed.nq"
"$here/regkg" add --input "$work/gone.jsonl" --store "$work/changed.store"
for s in all changed; do "$here/regkg" export --format nq --store "$work/$s.store" --output "$work/$s.nq"; done
echo "after adding them back, against the whole build:"; python3 "$here/bench/nq-compare.py" "$work/all.nq" "$work/changed.nq"
