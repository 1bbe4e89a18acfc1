#!/usr/bin/env bash
# Benchmark: ./regkg add of one paper and ./regkg remove of it again on a copy of a built store,
# side by side with the anchor: ./regkg add of an empty file on the same copy (JVM start, opening
# the store, loading CoreNLP and the models; it ends with "no paper to add", exit 2, unchanged).
# The store given is never changed: each round works on a fresh copy beside it.
# Usage: bench/add-remove.sh STORE PAPER.jsonl ID [ROUNDS] [LABEL]
#   prints "LABEL<TAB>step<TAB>exit<TAB>wall s<TAB>user+sys s<TAB>load<TAB>last line of output".
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
store="$1"; paper="$2"; id="$3"; rounds="${4:-1}"; label="${5:-$(basename "$store")}"
copy="$(mktemp -d "${TMPDIR:-/tmp}/regkg-bench-add.XXXXXX")"
empty="$copy.empty.jsonl"; : > "$empty"
trap 'rm -rf "$copy" "$empty" "$copy.lock" "$copy.out" "$copy.time"' EXIT
run() {  # step, args...
  local step=$1; shift
  set +e; /usr/bin/time -f "%e %U %S" -o "$copy.time" "$here/regkg" "$@" > "$copy.out" 2>&1; local rc=$?; set -e
  read -r wall user sys < <(tail -1 "$copy.time")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$step" "$rc" "$wall" "$(echo "$user + $sys" | bc)" \
    "$(cut -d' ' -f1 /proc/loadavg)" "$(tail -1 "$copy.out")"
}
for _ in $(seq 1 "$rounds"); do
  rm -rf "$copy"; cp -a "$store" "$copy"; rm -f "$copy/tdb2/tdb.lock"
  run "anchor: add of nothing" add --input "$empty" --store "$copy"
  run add add --input "$paper" --store "$copy"
  run remove remove --id "$id" --store "$copy"
done
