#!/usr/bin/env bash
# Cost of each page kind of the mix on its own: wrk with 16 connections for D seconds as one signed-in user of that kind,
# against an app held up by `KINARA_BENCH_HOLD=1 bench/load/run.sh` (it prints BASE, WORK and the PostgreSQL port).
# Prints req/s, the app's CPU milliseconds per request (from /proc, user + system) and database statements per request
# (pg_stat_statements). Reading: CPU per request is what limits the mix on a 2-core machine; statements per request is
# the main lever (each costs the app ~0.2–0.35 ms of CPU plus PostgreSQL's own).
#
# Usage: BASE=http://127.0.0.1:5950 WORK=/tmp/kinara-bench-load.XXXX PGURL=postgresql://postgres@127.0.0.1:58432/postgres \
#          bench/load/per-jenis.sh [kind ...]
set -euo pipefail
: "${BASE:?}" "${WORK:?}" "${PGURL:?}"
D=${D:-8}
APP_PID=${APP_PID:-$(pgrep -f "Kinara.Web.dll --urls $BASE" | head -1)}
TCK=$(getconf CLK_TCK)
psql "$PGURL" -qAtc "create extension if not exists pg_stat_statements" >/dev/null 2>&1
url() { # kind, sessions.tsv line (kind, cookie, skp, rhk, skp_bawahan, unit)
  local skp rhk baw unit
  IFS=$'\t' read -r _ _ skp rhk baw unit <<<"$2"
  case $1 in
    batas) echo "/bench/batas/$(head -1 "$WORK/ids.txt")";;
    pegawai.beranda|atasan.beranda) echo "/";;
    pegawai.skp_saya) echo "/perencanaan/skp";;
    pegawai.skp_detail) echo "/perencanaan/skp/$skp";;
    pegawai.form_rhk) echo "/perencanaan/skp/$skp/rhk/$rhk";;
    atasan.skp_bawahan) echo "/perencanaan/skp-bawahan";;
    atasan.skp_detail_bawahan) echo "/perencanaan/skp/$baw";;
    atasan.matriks) echo "/perencanaan/matriks";;
    pimpinan.monitoring_unit) echo "/perencanaan/monitoring?unit=$unit";;
    admin.unit) echo "/organisasi/unit";;
    admin.monitoring) echo "/perencanaan/monitoring";;
    *) echo "unknown kind $1" >&2; exit 2;;
  esac
}
pool() { case $1 in pegawai.form_rhk) echo draf;; batas|pegawai.*) echo pegawai;; atasan.*) echo atasan;; pimpinan.*) echo pimpinan;; admin.*) echo admin;; esac; }
KINDS=("$@")
[ ${#KINDS[@]} -gt 0 ] || KINDS=(batas pegawai.beranda pegawai.skp_saya pegawai.skp_detail pegawai.form_rhk atasan.beranda atasan.skp_bawahan
  atasan.skp_detail_bawahan atasan.matriks pimpinan.monitoring_unit admin.unit admin.monitoring)
echo "| kind | req/s (16 connections, one user) | app CPU ms per request | statements per request | p99 ms |"
echo "|---|---:|---:|---:|---:|"
for kind in "${KINDS[@]}"; do
  # A user whose page answers 200 with a full page (some atasan have no bawahan SKP yet).
  line=""
  while IFS= read -r l; do
    c=$(cut -f2 <<<"$l")
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $c" "$BASE$(url "$kind" "$l")")" = 200 ] && { line=$l; break; }
  done < <(awk -F'\t' -v p="$(pool "$kind")" '$1 == p' "$WORK/sessions.tsv" | head -n 20)
  [ -n "$line" ] || { echo "| $kind | (no user with a 200 answer) | | | |"; continue; }
  c=$(cut -f2 <<<"$line"); u=$(url "$kind" "$line")
  wrk -t2 -c16 -d2s -H "Cookie: $c" "$BASE$u" >/dev/null # warm
  psql "$PGURL" -qAtc "select pg_stat_statements_reset()" >/dev/null
  a=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
  out=$(wrk -t2 -c16 -d"${D}s" --latency -H "Cookie: $c" "$BASE$u")
  b=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
  n=$(grep -o '[0-9]* requests in' <<<"$out" | awk '{print $1}')
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  q=$(psql "$PGURL" -qAtc "select coalesce(sum(calls), 0) from pg_stat_statements where query not like '%pg_stat_statements%'")
  awk -v k="$kind" -v r="$rps" -v n="$n" -v c=$((b - a)) -v t="$TCK" -v q="$q" -v p="$p99" \
    'BEGIN {printf "| %s | %.0f | %.2f | %.1f | %s |\n", k, r, 1000 * c / t / n, q / n, p}'
done
