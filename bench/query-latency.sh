#!/usr/bin/env bash
# Benchmark: p50/p99 latency of every curated query (queries/*.rq except export-*), each run with
# its documented defaults, 4 concurrent clients for 5 s (wrk), against a served store on loopback.
# Usage: bench/query-latency.sh STORE [LABEL]   prints "LABEL<TAB>query<TAB>p50 ms<TAB>p99 ms<TAB>requests<TAB>errors".
# Needs wrk (Debian package "wrk").
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
store="$1"; label="${2:-$(basename "$store")}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$here/regkg" serve --store "$store" --port "$port" > "${TMPDIR:-/tmp}/regkg-bench-serve.$port.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf -o /dev/null "http://127.0.0.1:$port/\$/ping" && break; sleep 1; done
ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub("us", "", v); print v / 1000 } else if (v ~ /ms$/) { sub("ms", "", v); print v + 0 } else if (v ~ /s$/) { sub("s", "", v); print v * 1000 } else print v }'; }
anchor="${TMPDIR:-/tmp}/regkg-bench-anchor.$port.rq"
echo 'ASK {}' > "$anchor"   # the anchor: a query that does no work, measured side by side
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -f "$anchor"' EXIT
for q in "$anchor" "$here"/queries/*.rq; do
  name=$(basename "$q"); case $name in export-*) continue;; regkg-bench-anchor*) name="(anchor: ASK {})";; esac
  curl -s -o /dev/null -H 'Accept: application/sparql-results+json' --data-urlencode "query@$q" "http://127.0.0.1:$port/regkg/sparql"
  out=$(QFILE=$q wrk -t1 -c4 -d5s --timeout 5s --latency -s "$here/bench/post.lua" "http://127.0.0.1:$port/regkg/sparql" 2>&1)
  p50=$(ms "$(echo "$out" | awk '$1=="50%"{print $2}')")
  p99=$(ms "$(echo "$out" | awk '$1=="99%"{print $2}')")
  reqs=$(echo "$out" | awk '/requests in/{print $1}')
  errs=$(echo "$out" | grep -E 'Non-2xx|timeout' | grep -oE '[0-9]+' | head -1 || true)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$name" "$p50" "$p99" "$reqs" "${errs:-0}"
done
