#!/usr/bin/env bash
# The measuring half of bench/load/run.sh, separate so it can be repeated against a running app (KINARA_BENCH_HOLD=1):
# warm-up, the limit endpoint, the month-end mix; prints the Markdown section for bench/RESULTS.md.
# Needs in the environment: BASE WORK APP_PID N DUR CONN, and for the text PGVERSION SEEDLINE SEED_S DBSIZE LOGIN_S SESSIONS.
# $WORK holds sessions.tsv (signed-in virtual users, from masuk.sh) and ids.txt (pegawai ids for the limit endpoint).
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=bench/load
log() { printf '==> %s\n' "$*" >&2; }

# The matriks peran hasil joins the mix once the page exists.
ATASAN_COOKIE=$(awk -F'\t' '$1 == "atasan" {print $2; exit}' "$WORK/sessions.tsv")
MATRIKS=0
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $ATASAN_COOKIE" "$BASE/perencanaan/matriks")" = 200 ] && MATRIKS=5

cpu_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
# CPU ticks of the benchmark cluster's processes (its postmaster, read from postmaster.pid, and every child), per pid;
# a backend that starts during a run counts from zero (the limit endpoint opens its connections then), one that ends
# during a run drops out (with the app's small pool they live through it). Without PGURL (a server elsewhere) nothing
# is measured.
PGMAIN=""
if [ -n "${PGURL:-}" ]; then
  PGMAIN=$(head -n 1 "$(psql "$PGURL" -qAt -c "select setting from pg_settings where name = 'data_directory'" 2>/dev/null)/postmaster.pid" 2>/dev/null || true)
fi
pg_ticks() { [ -n "$PGMAIN" ] && for p in $PGMAIN $(pgrep -P "$PGMAIN"); do echo "$p $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null)"; done; true; }
TCK=$(getconf CLK_TCK)
SAMPLER=""
trap '[ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true' EXIT
run_wrk() { # name seconds mode file
  local name=$1 secs=$2 mode=$3 file=$4 c0 c1
  log "wrk $name: $CONN connections, ${secs}s"
  rm -rf "$WORK/lat.$name"; mkdir -p "$WORK/lat.$name"
  : >"$WORK/load.$name"
  ( while :; do cut -d' ' -f1 /proc/loadavg >>"$WORK/load.$name"; sleep 5; done ) & SAMPLER=$!
  c0=$(cpu_ticks); pg_ticks >"$WORK/pg0.$name"
  # wrk's own CPU (user + system seconds, bash's time): it runs on the same two cores as the app and PostgreSQL.
  local TIMEFORMAT='%U %S' ok=1
  { time wrk -t "$CONN" -c "$CONN" -d "${secs}s" --timeout 10s --latency -s "$HERE/campuran.lua" "$BASE" -- "$mode" "$file" "$CONN" "$MATRIKS" "$WORK/lat.$name" >"$WORK/wrk.$name" 2>&1 || ok=0; } 2>"$WORK/wrkt.$name"
  [ "$ok" = 1 ] || { cat "$WORK/wrk.$name" >&2; exit 1; }
  c1=$(cpu_ticks); pg_ticks >"$WORK/pg1.$name"
  awk -v s="$secs" '{printf "%.0f", 100 * ($1 + $2) / s}' "$WORK/wrkt.$name" >"$WORK/wrkcpu.$name"
  kill "$SAMPLER" 2>/dev/null || true; SAMPLER=""
  awk -v t="$TCK" -v a="$c0" -v b="$c1" -v s="$secs" 'BEGIN {printf "%.0f", 100 * (b - a) / t / s}' >"$WORK/cpu.$name"
  awk -v t="$TCK" -v s="$secs" 'FNR == NR {a[$1] = $2; next} {d += $2 - a[$1]} END {printf "%.0f", 100 * d / t / s}' \
    "$WORK/pg0.$name" "$WORK/pg1.$name" >"$WORK/pgcpu.$name"
  # Per kind from the per-thread files: count, req/s, p50/p95/p99 (nearest rank), unexpected statuses, 409 conflicts.
  local secs_real
  secs_real=$(awk -F'\t' '$1 == "SECS" {print $2}' "$WORK/wrk.$name")
  cat "$WORK/lat.$name"/lat.* | sort -t$'\t' -k1,1 -k2,2n | awk -F'\t' -v S="$secs_real" '
    function flush() { if (k == "") return
      printf "KIND\t%s\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%d\n", k, n, n / S, v[int((n * 50 + 99) / 100)], v[int((n * 95 + 99) / 100)], v[int((n * 99 + 99) / 100)], bad, conf }
    $1 != k { flush(); k = $1; n = 0; bad = 0; conf = 0; delete v }
    { v[++n] = $2; bad += ($3 == 0); conf += $4 }
    END { flush() }' >"$WORK/kinds.$name"
  grep '^MIX' "$WORK/wrk.$name" >&2
  cat "$WORK/kinds.$name" >&2
}
loadrange() { sort -n "$WORK/load.$1" | awk '{a[NR]=$1} END {if (NR) printf "%s–%s", a[1], a[NR]; else printf "?"}'; }

# Database time per statement over the mix (pg_stat_statements, when the server preloads it: run.sh's cluster does).
pss() { [ -n "${PGURL:-}" ] && psql "$PGURL" -qAt "$@" 2>/dev/null; }
pss -c "create extension if not exists pg_stat_statements" >/dev/null || true
# The warm-up runs the mix long enough for tiered JIT to finish optimising the page code (20 s left the first minute
# of the mix measurably slower, bench/RESULTS.md 2026-11-23); KINARA_BENCH_WARMUP overrides it.
WARMUP=${KINARA_BENCH_WARMUP:-60}
run_wrk warmup "$WARMUP" campuran "$WORK/sessions.tsv"
run_wrk batas "$DUR" batas "$WORK/ids.txt"
pss -c "select pg_stat_statements_reset()" >/dev/null || true
run_wrk campuran "$DUR" campuran "$WORK/sessions.tsv"
TOPSQL=$(pss -F' | ' -c "select calls, round(total_exec_time::numeric), round(mean_exec_time::numeric, 2), left(regexp_replace(query, '\s+', ' ', 'g'), 90)
  from pg_stat_statements where query not like '%pg_stat_statements%' order by total_exec_time desc limit 8" | sed 's/^/| /; s/$/ |/; s/`//g' || true)
DBMS=$(pss -c "select round(sum(total_exec_time)::numeric) from pg_stat_statements where query not like '%pg_stat_statements%'" || true)
HWM=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$APP_PID/status")
RSS=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$APP_PID/status")

perreq() { awk -v c="$(cat "$WORK/$1.$2")" -v r="$3" 'BEGIN {printf "%.2f", (r > 0 ? 10 * c / r : 0)}'; } # % of a core over req/s -> ms
PLANS=$(pss -c "select sum(plans) || ' plannings for ' || sum(calls) || ' statements, ' || round(sum(total_plan_time)::numeric) || ' ms of planning'
  from pg_stat_statements where query not like '%pg_stat_statements%'" || true)
read -r _ LREQ LRPS LP50 LP95 LP99 LSOCK LNON2XX < <(grep '^MIX' "$WORK/wrk.batas")
read -r _ MREQ MRPS MP50 MP95 MP99 MSOCK MNON2XX < <(grep '^MIX' "$WORK/wrk.campuran")
MERR=$(awk -F'\t' '{s += $8} END {print s + 0}' "$WORK/kinds.campuran")
MCONF=$(awk -F'\t' '{s += $9} END {print s + 0}' "$WORK/kinds.campuran")
ROWS=$(awk -F'\t' -v L="$LRPS" '{printf "| %s | %d | %.1f | %.1f%% | %.1f | %.1f | %.1f | %d | %d |\n", $2, $3, $4, 100 * $4 / L, $5, $6, $7, $8, $9}' "$WORK/kinds.campuran")
PGLINE=""
[ -n "$PGMAIN" ] && PGLINE=" PostgreSQL CPU (all its processes): $(cat "$WORK/pgcpu.batas")% and $(cat "$WORK/pgcpu.campuran")% ($(perreq pgcpu batas "$LRPS") and $(perreq pgcpu campuran "$MRPS") ms per request)."
RATIO=$(awk -v a="$MRPS" -v b="$LRPS" 'BEGIN {printf "%.1f", 100 * a / b}')
# Both runs saturate the machine, so mix/limit is about the inverse ratio of the machine's CPU per request, wrk included
# (ADR 0009, session 11). What PostgreSQL and wrk alone spend per mix request bounds the ratio whatever the app does.
BOUND=""
[ -n "$PGMAIN" ] && BOUND=$(awk -v ca="$(cat "$WORK/cpu.batas")" -v pa="$(cat "$WORK/pgcpu.batas")" -v wa="$(cat "$WORK/wrkcpu.batas")" -v lr="$LRPS" \
  -v pm="$(cat "$WORK/pgcpu.campuran")" -v wm="$(cat "$WORK/wrkcpu.campuran")" -v mr="$MRPS" 'BEGIN {
    l = (ca + pa + wa) / lr; m = (pm + wm) / mr
    if (m > 0) printf " Bound: the limit endpoint costs the machine %.2f ms per request in all; PostgreSQL and wrk alone spend %.2f ms per mix request, so even an app that cost nothing would put the mix at about %.0f%% of the limit (both runs use the whole machine).", 10 * l, 10 * m, 100 * l / m }')
VERDICT=$(awk -v r="$RATIO" -v p="$MP99" -v m="$HWM" 'BEGIN {
  printf "mix/limit %s (goal >= 35%%), p99 %s (goal < 250 ms), peak RSS %s (goal < 600 MB)",
    (r >= 35 ? "met" : "MISSED"), (p < 250 ? "met" : "MISSED"), (m < 600 ? "met" : "MISSED") }')

cat <<MD

## Load: month-end mix at $CONN connections, $N pegawai ($(date -u +%Y-%m-%d))

Command: \`bench/load/run.sh $N $DUR\` (wrk $(wrk --version 2>&1 | head -1 | awk '{print $2}'), ${DUR}s per run after a ${WARMUP}s warm-up of the mix, -t $CONN -c $CONN: one connection per thread).
Data: $SEEDLINE; generated in ${SEED_S} (wall) by \`dotnet run --project src/Kinara.Web -- seed --pegawai $N\`; database $DBSIZE.
Virtual users: $SESSIONS signed in through /masuk in ${LOGIN_S}s (pegawai with a draft SKP, other pegawai, atasan, pimpinan, admins of every Instansi).
Server: Release build, ASPNETCORE_ENVIRONMENT=Production, $PGVERSION (shared_buffers=512MB, fsync on), $(nproc) CPU cores shared by wrk, PostgreSQL and the app, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM.
Load average (1 min) during the limit run: $(loadrange batas); during the mix: $(loadrange campuran) (2 cores: above 2 means other jobs were waiting for CPU too).
App CPU: $(cat "$WORK/cpu.batas")% of one core during the limit run, $(cat "$WORK/cpu.campuran")% during the mix ($(perreq cpu batas "$LRPS") and $(perreq cpu campuran "$MRPS") ms per request).$PGLINE wrk itself: $(cat "$WORK/wrkcpu.batas")% and $(cat "$WORK/wrkcpu.campuran")% ($(perreq wrkcpu batas "$LRPS") and $(perreq wrkcpu campuran "$MRPS") ms per request). App peak RSS (VmHWM): $HWM MB (RSS at the end: $RSS MB).

| run | requests | req/s | share of limit | p50 ms | p95 ms | p99 ms | unexpected status | socket errors |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
| limit endpoint (\`/bench/batas/{id}\`) | $LREQ | $LRPS | 100% | $LP50 | $LP95 | $LP99 | $LNON2XX | $LSOCK |
| **month-end mix** | $MREQ | $MRPS | **$RATIO%** | $MP50 | $MP95 | **$MP99** | $MERR | $MSOCK |

Per kind in the mix (share of limit = the kind's req/s over the limit's req/s; unexpected status = not 200, or for the save not 302/409; conflicts = 409 on a stale SKP form, not errors):

| kind | requests | req/s | share of limit | p50 ms | p95 ms | p99 ms | unexpected status | conflicts |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
$ROWS

Goal: $VERDICT.$BOUND
MD
if [ -n "$TOPSQL" ]; then
  cat <<MD

Database time during the mix (pg_stat_statements): $DBMS ms in total over ${DUR}s; planning: $PLANS (about one
planning per statement would mean PostgreSQL re-plans the prepared statements: see DatabaseSetup.KoneksiPostgres). The eight largest statements:

| calls | total ms | mean ms | statement |
|---:|---:|---:|---|
$TOPSQL
MD
fi
