#!/usr/bin/env bash
# Import benchmark: units, jabatan and N pegawai (default 100,000) imported end to end through the app's real
# ImporProcessor (the `impor` command verb), on an empty SQLite database and, when PostgreSQL is installed, on a
# throw-away PostgreSQL cluster. Each import runs under /usr/bin/time -v for wall time and peak memory (max RSS).
# The pegawai file is imported twice (the second run must change nothing) and then once more as .xlsx.
#
#   bench/import/run.sh [rows] [--sqlite-only]
#
# Output: one table row per import on stdout and in $BENCH_OUT/results.md (default BENCH_OUT=/tmp/kinara-bench-impor).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
ROWS=${1:-100000}
OUT=${BENCH_OUT:-/tmp/kinara-bench-impor}
SQLITE_ONLY=0
for a in "$@"; do [ "$a" = "--sqlite-only" ] && SQLITE_ONLY=1; done
mkdir -p "$OUT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log() { printf '\n==> %s\n' "$*" >&2; }

# --- 1. Data (deterministic; regenerated only when the row count changes) ---------------------------------------
if [ "$(cat "$OUT/rows" 2>/dev/null)" != "$ROWS" ] || [ ! -f "$OUT/pegawai.xlsx" ]; then
  log "Generating $ROWS pegawai rows in $OUT"
  dotnet run "$ROOT/bench/import/generate.cs" -- "$OUT" "$ROWS" --xlsx >&2
  echo "$ROWS" > "$OUT/rows"
fi

# --- 2. Release build of the app ------------------------------------------------------------------------------------
log "Building src/Kinara.Web (Release)"
dotnet build "$ROOT/src/Kinara.Web" -c Release --artifacts-path "$OUT/art" -nologo -clp:ErrorsOnly >&2
APP="$OUT/art/bin/Kinara.Web/release/Kinara.Web.dll"

# The working directory is the content root, which the configuration file watcher watches recursively: keep the
# database and the stored files out of it, so database writes raise no file-change events in the measured process.
mkdir -p "$OUT/cwd"
cd "$OUT/cwd"
export Demo__Seed=false Logging__LogLevel__Default=Warning Berkas__Root="$OUT/berkas"

MB() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }
RESULTS="$OUT/results.md"
{
  echo "| database | step | file | rows | MB | wall (s) | CPU (s) | import (s) | rows/s | added | changed | unchanged | rejected | peak RSS (MB) | peak heap after GC (MB) | load avg |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
} > "$RESULTS"

# Runs one import under /usr/bin/time and appends a table row.
measure() {
  local db=$1 step=$2 jenis=$3 file=$4; shift 4
  local t="$OUT/time-$db-$step.txt" o="$OUT/out-$db-$step.txt"
  local load; load=$(cut -d' ' -f1-3 /proc/loadavg)
  log "$db: $step ($jenis, $(basename "$file"))"
  /usr/bin/time -v -o "$t" dotnet "$APP" impor bench "$jenis" "$file" "$@" > "$o" || { cat "$o" >&2; return 1; }
  local wall cpu rss line
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$t")
  cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.1f", u + s }' "$t")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$t")
  line=$(grep '^waktu_detik=' "$o")
  get() { sed -n "s/.*\b$1=\([0-9.]*\).*/\1/p" <<< "$line"; }
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
    "$db" "$step" "$(basename "$file")" "$(get baris)" "$(MB "$file")" "$wall" "$cpu" "$(get waktu_detik)" "$(get baris_per_detik)" \
    "$(get ditambah)" "$(get diubah)" "$(get tidak_berubah)" "$(get ditolak)" "$rss" "$(get puncak_heap_setelah_gc_mb)" "$load" | tee -a "$RESULTS"
}

suite() {
  local db=$1
  dotnet "$APP" migrate >&2
  measure "$db" "1 unit" unit "$OUT/unit.csv" --buat-instansi
  measure "$db" "2 jabatan" jabatan "$OUT/jabatan.csv"
  measure "$db" "3 pegawai" pegawai "$OUT/pegawai.csv"
  measure "$db" "4 pegawai again" pegawai "$OUT/pegawai.csv"
  measure "$db" "5 pegawai as xlsx" pegawai "$OUT/pegawai.xlsx"
}

# --- 3. SQLite, from an empty database file -----------------------------------------------------------------------
rm -rf "$OUT/bench.db"* "$OUT/berkas"
export Database__Provider=Sqlite ConnectionStrings__Kinara="Data Source=$OUT/bench.db"
suite SQLite

# --- 4. PostgreSQL, a throw-away cluster with default durability settings -----------------------------------------
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ "$SQLITE_ONLY" = 0 ] && [ -n "$PGBIN" ] && [ -x "$PGBIN/pg_ctl" ]; then
  PGDIR="$OUT/pg"
  PGPORT=$(for p in $(seq 56432 56632); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; break; }; done)
  as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  rm -rf "$PGDIR"; mkdir -p "$PGDIR"; [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
  trap 'as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1 || true' EXIT
  log "Starting PostgreSQL on 127.0.0.1:$PGPORT"
  as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > "$PGDIR/initdb.log" 2>&1
  as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1" start >&2
  rm -rf "$OUT/berkas"
  export Database__Provider=Postgres ConnectionStrings__Kinara="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=kinara_bench"
  suite PostgreSQL
else
  log "PostgreSQL not run (--sqlite-only, or no /usr/lib/postgresql/*/bin/pg_ctl)"
fi

log "Machine: $(nproc) CPU ($(lscpu 2>/dev/null | sed -n "s/^Model name: *//p")), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr), .NET $(dotnet --version)"
log "Table: $RESULTS"
