#!/usr/bin/env bash
# Build and read times of one store (the embedded one, or a SPARQL server you started), printed as figures:
#   bash scripts/bench_servers.sh N                                  # embedded store in a temporary folder
#   bash scripts/bench_servers.sh N --endpoint URL [--update-endpoint URL]
# N synthetic documents are made once under /tmp/thidua-synth-N (scripts/synth_corpus.py). Timed, process
# start included: build, build again (nothing new), cascade 34-CT/TW, list documents, export --format nq.
# Start the server empty: the build of N documents is the first build it sees.
set -uo pipefail
cd "$(dirname "$0")/.."
n=${1:?N documents}; shift
where=("$@")
if [ ${#where[@]} -eq 0 ]; then store=$(mktemp -d); where=(--store "$store/store"); fi
corpus=/tmp/thidua-synth-$n
[ -d "$corpus/docs" ] || .venv/bin/python scripts/synth_corpus.py --n "$n" --out "$corpus" >/dev/null
timed() {  # label, command...
  local label=$1; shift
  local s e rc
  s=$(date +%s.%N); "$@" >/dev/null 2>/tmp/thidua-bench-err; rc=$?; e=$(date +%s.%N)
  printf '%-28s %8.2f s  exit %d\n' "$label" "$(echo "$e - $s" | bc)" "$rc"
  [ $rc -eq 0 ] || head -c 300 /tmp/thidua-bench-err
}
echo "thidua store figures: $n documents, ${where[*]}"
timed "build" .venv/bin/thidua build "$corpus/docs" "${where[@]}"
timed "build, nothing new" .venv/bin/thidua build "$corpus/docs" "${where[@]}"
timed "cascade 34-CT/TW" .venv/bin/thidua cascade 34-CT/TW --json "${where[@]}"
timed "list documents" .venv/bin/thidua list documents --json "${where[@]}"
timed "export --format nq" .venv/bin/thidua export --format nq "${where[@]}"
