#!/usr/bin/env bash
# Load benchmark: wrk (Debian package "wrk") against a store served on loopback. 50 connections
# for 60 s cycle through the curated questions of queries/ (those without required parameters,
# POSTed to /regkg/sparql), paper pages and full-text searches. Prints requests/s, p50/p99 latency,
# socket errors and timeouts, and the non-2xx/3xx answers (503s of timed-out queries counted apart).
# The anchor, measured the same way just before: 10 s of /$/ping (the server's floor on this machine).
# Usage: bench/load.sh [STORE] [SECONDS] [CONNECTIONS]   (defaults: ./store, 60, 50)
# Needs: wrk, curl, python3, a built store (./regkg build).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
store="${1:-$here/store}"
seconds="${2:-60}"
conns="${3:-50}"
command -v wrk >/dev/null || { echo "load.sh: wrk is needed (apt-get install wrk)" >&2; exit 1; }
[ -d "$store" ] || { echo "load.sh: no store at $store (run ./regkg build first)" >&2; exit 1; }
work="$(mktemp -d "${TMPDIR:-/tmp}/regkg-load.XXXXXX")"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$here/regkg" --version >/dev/null   # build the project first, outside the measurement
"$here/regkg" serve --store "$store" --port "$port" >"$work/serve.log" 2>&1 & server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -sf -o /dev/null "$base/\$/ping" && break; sleep 1; done
curl -sf -o /dev/null "$base/\$/ping" || { echo "load.sh: the server did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

# The request mix: one line per request, "METHOD<TAB>PATH<TAB>BODY".
curl -s --data-urlencode 'query=PREFIX rk: <https://w3id.org/regkg/ontology#> SELECT ?p WHERE { ?p a rk:Paper } ORDER BY ?p LIMIT 40' \
  -H 'Accept: text/csv' "$base/regkg/sparql" | tail -n +2 | tr -d '\r' > "$work/papers.txt"
python3 - "$here/queries" "$work/papers.txt" "$base" > "$work/requests.tsv" <<'PY'
import glob, os, sys, urllib.parse
queries, papers, base = sys.argv[1], sys.argv[2], sys.argv[3]
lines = []
for f in sorted(glob.glob(os.path.join(queries, "*.rq"))):
    text = open(f, encoding="utf-8").read()
    header = [l for l in text.splitlines() if l.startswith("# Parameters:")]
    if os.path.basename(f).startswith("export-") or (header and "required" in header[0]):
        continue
    lines.append(("POST", "/regkg/sparql", "query=" + urllib.parse.quote(text, safe="")))
for iri in open(papers, encoding="utf-8").read().split():
    path = urllib.parse.urlsplit(iri).path
    lines += [("GET", path, "")] * 2
for q in ["dropout", "weight decay", "label smoothing", "CIFAR-10", "data augmentation", "mixup", "batch normalization"]:
    lines.append(("GET", "/search?q=" + urllib.parse.quote(q), ""))
for m, p, b in lines:
    print(f"{m}\t{p}\t{b}")
PY
cat > "$work/mix.lua" <<'LUA'
local reqs = {}
local i = 0
local counts = {}
function init(args)
  for line in io.lines(args[1]) do
    local m, p, b = line:match("^(%u+)\t([^\t]*)\t(.*)$")
    local headers = { ["Accept"] = "application/sparql-results+json, text/html;q=0.9" }
    if m == "POST" then headers["Content-Type"] = "application/x-www-form-urlencoded" end
    reqs[#reqs + 1] = wrk.format(m, p, headers, m == "POST" and b or nil)
  end
  i = math.random(#reqs)
end
function request()
  i = i % #reqs + 1
  return reqs[i]
end
local s503 = 0
function response(status)
  if status == 503 then s503 = s503 + 1 end
end
local threads = {}
function setup(thread) table.insert(threads, thread) end
function done(summary, latency, requests)
  local n503 = 0
  for _, t in ipairs(threads) do n503 = n503 + (t:get("s503") or 0) end
  local e = summary.errors
  io.write(string.format("requests: %d in %.1f s, %.1f requests/s\n", summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, timeout %d; non-2xx/3xx %d (of which 503 %d)\n",
    e.connect, e.read, e.write, e.timeout, e.status, n503))
end
LUA
printf 'GET\t/$/ping\t\n' > "$work/ping.tsv"
echo "== anchor: /\$/ping, $conns connections for 10 s"
wrk -t 2 -c "$conns" -d 10s --timeout 30s -s "$work/mix.lua" "$base" -- "$work/ping.tsv" | sed -n '/^requests:/,$p'
echo "== $(wc -l < "$work/requests.tsv") distinct requests; $conns connections for $seconds s against $store"
wrk -t 2 -c "$conns" -d "${seconds}s" --timeout 30s -s "$work/mix.lua" "$base" -- "$work/requests.tsv" | sed -n '/^requests:/,$p'
