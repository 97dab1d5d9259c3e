#!/usr/bin/env bash
# Runs every test suite: domain tests, web tests on SQLite AND PostgreSQL (real migrations), browser tests in Chromium,
# fault tests (SIGKILL durability, two nodes behind nginx).
# Installs PostgreSQL, Chromium and nginx from Debian packages when missing (as root), starts a throw-away PostgreSQL
# cluster on a free local port, and ends with one line "N passed, N failed" counted from the test results.
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
RESULTS="$ROOT/TestResults"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\n==> %s\n' "$*"; }

# --- 1. What the tests need -------------------------------------------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
need=()
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# The SKP PDF embeds a TrueType font (Features/Perencanaan/Dokumen/HurufDokumen.cs).
[ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] || need+=(fonts-liberation)
[ -x /usr/sbin/nginx ] || need+=(nginx)   # the load balancer of the two-node fault test
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    log "Installing ${need[*]} from Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
      || { echo "apt-get install ${need[*]} failed"; echo "0 passed, 1 failed"; exit 1; }
  else
    echo "Missing: ${need[*]}. Install them first, e.g.: sudo apt-get install -y ${need[*]}"
    echo "0 passed, 1 failed"
    exit 1
  fi
fi
PGBIN=$(pg_bin)
export CHROMIUM_PATH=${CHROMIUM_PATH:-$(command -v chromium)}

# --- 2. Throw-away PostgreSQL cluster -----------------------------------------------------------------------
free_port() {
  local p
  for p in $(seq "$1" $(( $1 + 200 ))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}
PGDIR=$(mktemp -d /tmp/kinara-pg.XXXXXX)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
stop_pg() { as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1; rm -rf "$PGDIR"; }
trap stop_pg EXIT
as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PGDIR/initdb.log" 2>&1 \
  || { cat "$PGDIR/initdb.log"; echo "0 passed, 1 failed"; exit 1; }
# Another process may take a port between the check and the bind: try a few ports before giving up.
started=0
for attempt in 1 2 3 4 5; do
  PGPORT=$(free_port $((55432 + RANDOM % 2000)))
  log "Starting PostgreSQL on 127.0.0.1:$PGPORT"
  if as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
    -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null; then
    started=1; break
  fi
done
[ "$started" = 1 ] || { cat "$PGDIR/server.log"; echo "0 passed, 1 failed"; exit 1; }
export KINARA_TEST_PG="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres;Include Error Detail=true"

# --- 3. Build once --------------------------------------------------------------------------------------------
log "Building"
dotnet tool restore >/dev/null
if ! dotnet build Kinara.slnx -c Release -nologo -clp:ErrorsOnly; then
  echo "Build failed."; echo "0 passed, 1 failed"; exit 1
fi

# --- 4. Suites ------------------------------------------------------------------------------------------------
failed_runs=0; missing=0
run_suite() { # name project [env...]
  local name=$1 project=$2; shift 2
  log "Tests: $name"
  env "$@" dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS" \
    || failed_runs=$((failed_runs + 1))
  [ -f "$RESULTS/$name.trx" ] || { echo "No results for $name: the run did not finish."; missing=$((missing + 1)); }
}
run_suite domain tests/Kinara.Domain.Tests
run_suite web-sqlite tests/Kinara.Web.Tests KINARA_TEST_DB=sqlite
run_suite web-postgres tests/Kinara.Web.Tests KINARA_TEST_DB=postgres
run_suite browser tests/Kinara.BrowserTests
run_suite fault tests/Kinara.FaultTests   # kills and restarts the app; SQLite and PostgreSQL (KINARA_TEST_PG), nginx

# --- 5. Count from the results --------------------------------------------------------------------------------
passed=0; failed=0
for f in "$RESULTS"/*.trx; do
  [ -f "$f" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$f" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f_=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters"); t=$(sed -n 's/.* timeout="\([0-9]*\)".*/\1/p' <<<"$counters")
  a=$(sed -n 's/.* aborted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f_:-0} + ${e:-0} + ${t:-0} + ${a:-0}))
  echo "$(basename "$f" .trx): ${p:-0} passed, $(( ${f_:-0} + ${e:-0} + ${t:-0} + ${a:-0} )) failed"
done
# A suite that crashed before writing results counts as a failure too.
failed=$((failed + missing))
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$failed_runs" -eq 0 ]
