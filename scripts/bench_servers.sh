#!/usr/bin/env bash
# Build and read times of one store, printed as figures:
#   bash scripts/bench_servers.sh N                                  # embedded store in a temporary folder
#   bash scripts/bench_servers.sh N --oxigraph-server                # starts `oxigraph serve` on 127.0.0.1
#   bash scripts/bench_servers.sh N --virtuoso                       # starts Debian's Virtuoso 7 on 127.0.0.1
#   bash scripts/bench_servers.sh N --endpoint URL [--update-endpoint URL]   # a server you started, empty
# N synthetic documents are made once under /tmp/thidua-synth-N (scripts/synth_corpus.py). Timed, process
# start included: build, build again (nothing new), cascade 34-CT/TW, list documents, export --format nq.
# A server this script starts lives in a temporary folder, with its stock limits (Virtuoso: ResultSetMaxRows
# 10000, MaxQueryExecutionTime 60 s, buffers for 2 GB of memory), and is stopped at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
n=${1:?N documents}; shift
where=("$@")
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { .venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() {  # URL: until the server answers it (one minute at most)
  .venv/bin/python - "$1" <<'PY' || { echo "the server did not answer at $1" >&2; exit 1; }
import sys, time, urllib.request
for _ in range(120):
    try:
        urllib.request.urlopen(sys.argv[1], timeout=2).read()
        sys.exit(0)
    except OSError:
        time.sleep(0.5)
sys.exit(1)
PY
}
case "${where[0]:-}" in
  --oxigraph-server)
    port=$(free_port)
    binary=.venv/bin/oxigraph; [ -x "$binary" ] || binary=oxigraph
    "$binary" serve --location "$work/oxigraph" --bind "127.0.0.1:$port" >/dev/null 2>&1 &
    server_pid=$!
    wait_for "http://127.0.0.1:$port/query?query=ASK%7B%7D"
    where=(--endpoint "http://127.0.0.1:$port/query" --update-endpoint "http://127.0.0.1:$port/update")
    ;;
  --virtuoso)
    sql=$(free_port); http=$(free_port)
    mkdir -p "$work/virtuoso"
    cat > "$work/virtuoso/virtuoso.ini" <<EOF
[Database]
DatabaseFile = $work/virtuoso/virtuoso.db
ErrorLogFile = $work/virtuoso/virtuoso.log
LockFile = $work/virtuoso/virtuoso.lck
TransactionFile = $work/virtuoso/virtuoso.trx
xa_persistent_file = $work/virtuoso/virtuoso.pxa
[TempDatabase]
DatabaseFile = $work/virtuoso/virtuoso-temp.db
TransactionFile = $work/virtuoso/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sql
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = .
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
[HTTPServer]
ServerPort = 127.0.0.1:$http
ServerRoot = $work/virtuoso
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 10000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60
EOF
    (cd "$work/virtuoso" && exec virtuoso-t +foreground +configfile "$work/virtuoso/virtuoso.ini" >/dev/null 2>&1) &
    server_pid=$!
    wait_for "http://127.0.0.1:$http/sparql?query=ASK%7B%7D"
    isql-vt "127.0.0.1:$sql" dba dba "exec=GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);" >/dev/null
    where=(--endpoint "http://127.0.0.1:$http/sparql")
    ;;
  "")
    where=(--store "$work/store")
    ;;
esac
corpus=/tmp/thidua-synth-$n
[ -d "$corpus/docs" ] || .venv/bin/python scripts/synth_corpus.py --n "$n" --out "$corpus" >/dev/null
timed() {  # label, command...
  local label=$1; shift
  local s e rc
  s=$(date +%s.%N); "$@" >/dev/null 2>"$work/err"; rc=$?; e=$(date +%s.%N)
  printf '%-28s %8.2f s  exit %d\n' "$label" "$(echo "$e - $s" | bc)" "$rc"
  [ $rc -eq 0 ] || head -c 300 "$work/err"
}
echo "thidua store figures: $n documents, ${where[*]}"
timed "build" .venv/bin/thidua build "$corpus/docs" "${where[@]}"
timed "build, nothing new" .venv/bin/thidua build "$corpus/docs" "${where[@]}"
timed "cascade 34-CT/TW" .venv/bin/thidua cascade 34-CT/TW --json "${where[@]}"
timed "list documents" .venv/bin/thidua list documents --json "${where[@]}"
timed "export --format nq" .venv/bin/thidua export --format nq "${where[@]}"
