#!/usr/bin/env bash
# Load benchmark (issue 4): a month-end mix of Kinara pages driven by wrk at 64 connections against a Release build on
# PostgreSQL with N generated pegawai, compared with the limit endpoint (one primary-key read through raw Npgsql, a tiny
# HTML page, no sign-in, no EF) measured in the same run. Goal on 100,000 pegawai: mix >= 35% of the limit's requests/s,
# p99 < 250 ms, app peak RSS < 600 MB.
#
# Usage: bench/load/run.sh [pegawai=100000] [seconds=60]
#   KINARA_BENCH_PG=<connection string>  use this EMPTY database instead of a throw-away PostgreSQL 15 cluster
#   KINARA_BENCH_CONN=64                 connections (= wrk threads: one connection per thread, see campuran.lua)
#   KINARA_BENCH_ARTIFACTS=<dir>         build output (default /tmp/kinara-bench-load-build)
#   KINARA_BENCH_USERS=1000              virtual users to sign in (plus every admin)
#   KINARA_BENCH_WARMUP=60               seconds of the mix before measuring (tiered JIT settles)
#   KINARA_BENCH_HOLD=1                  keep PostgreSQL and the app up afterwards; repeat the measurement with ukur.sh
#
# Steps: install wrk if missing (Debian package), start PostgreSQL, build Release, `seed --pegawai N` (synthetic Pemda,
# accounts for everyone), start the app with Kinara:Bench:Batas=true and a raised sign-in rate limit (this run only),
# sign in ~1,000 virtual users (pegawai with a draft SKP, other pegawai, atasan, pimpinan, admins), warm up, measure the
# limit endpoint, measure the mix. Prints a Markdown section for bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100000}
DUR=${2:-60}
CONN=${KINARA_BENCH_CONN:-64}
USERS=${KINARA_BENCH_USERS:-1000}
WORK=$(mktemp -d /tmp/kinara-bench-load.XXXXXX)
ART=${KINARA_BENCH_ARTIFACTS:-/tmp/kinara-bench-load-build}
HERE=bench/load
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log() { printf '==> %s\n' "$*" >&2; }
free_port() {
  local p
  for p in $(seq "$1" $(( $1 + 200 ))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

APP_PID=""; PGDIR=""; SAMPLER=""
cleanup() {
  # KINARA_BENCH_HOLD=1 keeps PostgreSQL and the app up after the run (to re-run wrk by hand); Ctrl-C ends it.
  if [ -n "${KINARA_BENCH_HOLD:-}" ] && [ -n "$APP_PID" ]; then
    log "Holding: BASE=${BASE:-} WORK=$WORK PG=${KINARA_BENCH_PG:-}"
    sleep "${KINARA_BENCH_HOLD_SECONDS:-3600}" || true
  fi
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  if [ -n "$PGDIR" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
  fi
  [ -n "${KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# (a) wrk from the Debian package
if ! command -v wrk >/dev/null; then
  log "Installing wrk"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi

# (b) a throw-away PostgreSQL cluster (default durability; more connections: the app's pool and the limit's pool)
if [ -z "${KINARA_BENCH_PG:-}" ]; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$PGBIN/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql), or set KINARA_BENCH_PG." >&2; exit 1; }
  PGDIR=$(mktemp -d /tmp/kinara-bench-pg.XXXXXX); [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
  PGPORT=$(free_port 58432)
  log "Starting PostgreSQL on 127.0.0.1:$PGPORT"
  as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PGDIR/initdb.log" 2>&1
  as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
    -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c max_connections=300 -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on" start >/dev/null
  # The app reaches it through its Unix socket, as on a single server (docs/operasi.md): 11–19% more of the mix than
  # over loopback TCP in alternating rounds (bench/RESULTS.md). psql below still uses TCP.
  KINARA_BENCH_PG="Host=$PGDIR;Port=$PGPORT;Username=postgres;Database=postgres"
  PGURL="postgresql://postgres@127.0.0.1:$PGPORT/postgres"
  PGVERSION=$("$PGBIN/postgres" --version)
else
  PGVERSION="(existing server)"
fi

# (c) Release build
log "Building Release"
dotnet build src/Kinara.Web -c Release --artifacts-path "$ART" -nologo -clp:ErrorsOnly >&2
DLL="$ART/bin/Kinara.Web/release/Kinara.Web.dll"
# Run from the build output: its appsettings.json (log levels) is read from the working directory.
APPDIR=$(dirname "$DLL")
export Database__Provider=Postgres ConnectionStrings__Kinara="$KINARA_BENCH_PG" Demo__Seed=false ASPNETCORE_ENVIRONMENT=Production

# (d) synthetic data
log "Generating $N pegawai"
(cd "$APPDIR" && /usr/bin/time -v -o "$WORK/seed.time" dotnet Kinara.Web.dll seed --pegawai "$N" --daftar "$WORK/akun.tsv") | tee "$WORK/seed.log" >&2
SEED_S=$(grep -o 'Elapsed (wall clock) time.*' "$WORK/seed.time" | awk '{print $NF}')
SEEDLINE=$(grep '^Selesai:' "$WORK/seed.log" | sed 's/^Selesai: //; s/\.$//')
SANDI=$(grep -o 'sandi=[^ ]*' "$WORK/seed.log" | head -1 | cut -d= -f2)
DBSIZE=$(psql "postgresql://postgres@127.0.0.1:${PGPORT:-5432}/postgres" -Atc "select pg_size_pretty(pg_database_size('postgres'))" 2>/dev/null || echo "?")

# (e) the app, Release, with the limit endpoint and a sign-in rate limit high enough for the virtual users
PORT=$(free_port 5950)
BASE="http://127.0.0.1:$PORT"
log "Starting the app on $BASE"
(cd "$APPDIR" && Kinara__Bench__Batas=true Akun__BatasMasukPerMenit=1000000 exec dotnet Kinara.Web.dll --urls "$BASE") >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 90); do curl -fs "$BASE/health/live" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$BASE/health/live" >/dev/null || { tail -20 "$WORK/app.log" >&2; exit 1; }

# (f) virtual users: kind, nip, skp, rhk, skp_bawahan, perangkat — a fixed sample of the generated accounts
pick() { shuf -n "$1" --random-source=<(yes); }
{
  awk -F'\t' '$2 == "pegawai" && $6 == "Draft" && $7 != "" {print "draf\t" $3 "\t" $5 "\t" $7 "\t\t" $9}' "$WORK/akun.tsv" | pick $(( USERS * 4 / 10 ))
  awk -F'\t' '$2 == "pegawai" && $5 != "" && $6 != "Draft" {print "pegawai\t" $3 "\t" $5 "\t" $7 "\t\t" $9}' "$WORK/akun.tsv" | pick $(( USERS * 4 / 10 ))
  awk -F'\t' '$2 == "atasan" && $8 != "" {print "atasan\t" $3 "\t" $5 "\t" $7 "\t" $8 "\t" $9}' "$WORK/akun.tsv" | pick $(( USERS * 2 / 10 ))
  awk -F'\t' '$2 == "pimpinan" {print "pimpinan\t" $3 "\t" $5 "\t" $7 "\t" $8 "\t" $9}' "$WORK/akun.tsv" | pick $(( USERS / 25 + 1 ))
  awk -F'\t' '$2 == "admin" {print "admin\t" $3 "\t" $5 "\t" $7 "\t" $8 "\t" $9}' "$WORK/akun.tsv"
} >"$WORK/users.tsv"
log "Signing in $(wc -l <"$WORK/users.tsv") virtual users"
T0=$(date +%s)
bash "$HERE/masuk.sh" "$BASE" "$SANDI" 4 <"$WORK/users.tsv" >"$WORK/sessions.tsv"
LOGIN_S=$(( $(date +%s) - T0 ))
SESSIONS=$(wc -l <"$WORK/sessions.tsv")
[ "$SESSIONS" -gt 0 ] || { echo "No virtual user could sign in" >&2; exit 1; }
awk -F'\t' 'NR > 1 {print $4}' "$WORK/akun.tsv" | pick 5000 >"$WORK/ids.txt"

export PGURL=${PGURL:-} BASE WORK APP_PID N DUR CONN PGVERSION SEEDLINE SEED_S DBSIZE LOGIN_S SESSIONS
bash "$HERE/ukur.sh"
