#!/usr/bin/env bash
# A/B comparison of builds or runtime settings on the month-end mix, against the data and PostgreSQL held up by
# `KINARA_BENCH_HOLD=1 bench/load/run.sh` (it prints BASE, WORK and the PostgreSQL connection string).
#
# One run of the mix on this 2-core shared machine varies by ±10–25% from minute to minute, more than most single
# changes are worth; variants are therefore measured in turn, round after round, each on a freshly started app, and
# each figure should be compared only with its neighbours of the same round. Prints per run: req/s, the app's CPU
# milliseconds per request (/proc, user + system: the steadier figure), p99, unexpected statuses, peak RSS.
#
# Usage: BASE=http://127.0.0.1:5950 WORK=/tmp/kinara-bench-load.XXXX PG="Host=127.0.0.1;Port=58432;Username=postgres;Database=postgres" \
#          bench/load/banding.sh VARIANT...
#   VARIANT = label@build-dir[@VAR=VALUE VAR=VALUE ...]   (build-dir holds Kinara.Web.dll; the variables go to the app)
#   ROUNDS=3 WARMUP=45 SECS=30 CONN=64 SANDI=<password of the generated accounts, default Kinara#2026>
#   BATAS=1: after each variant's mix, SECS more of the limit endpoint on the same app, and the mix as a share of it
#   (for changes that touch what the limit endpoint also uses, such as the connection settings)
# Example: bench/load/banding.sh "lama@/tmp/build-lama" "baru@/tmp/build-baru" "baru-gc@/tmp/build-baru@DOTNET_GCgen0size=0x4000000"
# The sign-in cookies in $WORK/sessions.tsv are renewed before they are 25 minutes old: older ones make every request
# run the security-stamp check (wrk does not keep the renewed cookie a browser would), which measures something else.
# Leaves the last variant's app running on BASE.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${BASE:?}" "${WORK:?}" "${PG:?}"
[ $# -gt 0 ] || { sed -n '2,20p' "$0" >&2; exit 2; }
ROUNDS=${ROUNDS:-3}; WARMUP=${WARMUP:-45}; SECS=${SECS:-30}; CONN=${CONN:-64}; SANDI=${SANDI:-Kinara#2026}
HERE=bench/load
log() { printf '==> %s\n' "$*" >&2; }

LOGIN_AT=0
masuk() {
  log "Signing in $(wc -l <"$WORK/users.tsv") virtual users again"
  bash "$HERE/masuk.sh" "$BASE" "$SANDI" 4 <"$WORK/users.tsv" >"$WORK/sessions.tsv.baru"
  mv "$WORK/sessions.tsv.baru" "$WORK/sessions.tsv"
  LOGIN_AT=$(date +%s)
}

APP_PID=""
mulai() { # build-dir, env assignments
  local dir=$1; shift
  pkill -f "Kinara.Web.dll --urls $BASE" 2>/dev/null || true
  for _ in $(seq 1 30); do pgrep -f "Kinara.Web.dll --urls $BASE" >/dev/null || break; sleep 1; done
  (cd "$dir" && exec env Database__Provider=Postgres ConnectionStrings__Kinara="$PG" Demo__Seed=false ASPNETCORE_ENVIRONMENT=Production \
    Kinara__Bench__Batas=true Akun__BatasMasukPerMenit=1000000 "$@" dotnet Kinara.Web.dll --urls "$BASE") >"$WORK/banding-app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 90); do curl -fs "$BASE/health/live" >/dev/null 2>&1 && return; sleep 1; done
  tail -20 "$WORK/banding-app.log" >&2; exit 1
}

campuran() { # seconds, latency dir[, mode, file]
  rm -rf "$2"; mkdir -p "$2"
  wrk -t "$CONN" -c "$CONN" -d "${1}s" --timeout 10s -s "$HERE/campuran.lua" "$BASE" -- "${3:-campuran}" "${4:-$WORK/sessions.tsv}" "$CONN" 5 "$2" >"$2.out" 2>&1
}

BATAS=${BATAS:-0}
if [ "$BATAS" = 1 ]; then
  echo "| round | variant | req/s | app CPU ms per request | p99 ms | unexpected status | peak RSS MB | limit req/s | mix/limit |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
else
  echo "| round | variant | req/s | app CPU ms per request | p99 ms | unexpected status | peak RSS MB |"
  echo "|---:|---|---:|---:|---:|---:|---:|"
fi
for round in $(seq 1 "$ROUNDS"); do
  for v in "$@"; do
    IFS=@ read -r label dir vars <<<"$v"
    # Each run needs WARMUP + SECS + start-up with valid cookies: renew them when they would pass 25 minutes meanwhile.
    [ $(( $(date +%s) - LOGIN_AT + WARMUP + SECS + 60 )) -lt 1500 ] || { mulai "$dir" ${vars:+$vars}; masuk; }
    log "round $round: $label"
    mulai "$dir" ${vars:+$vars}
    campuran "$WARMUP" "$WORK/banding.warm"
    c0=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
    campuran "$SECS" "$WORK/banding.lat"
    c1=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
    hwm=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$APP_PID/status")
    baris=$(cat "$WORK/banding.lat"/lat.* | sort -t$'\t' -k2,2n | awk -F'\t' -v c=$((c1 - c0)) -v t="$(getconf CLK_TCK)" -v s="$SECS" -v r="$round" -v l="$label" -v h="$hwm" '
      { v[++n] = $2; bad += ($3 == 0) }
      END { printf "| %d | %s | %.1f | %.2f | %.1f | %d | %s |", r, l, n / s, 1000 * c / t / n, v[int((n * 99 + 99) / 100)], bad, h }')
    if [ "$BATAS" = 1 ]; then
      campuran "$SECS" "$WORK/banding.batas" batas "$WORK/ids.txt"
      baris=$(cat "$WORK/banding.batas"/lat.* | awk -v s="$SECS" -v b="$baris" '
        { n++ } END { split(b, f, "|"); printf "%s %.1f | %.1f%% |", b, n / s, 100 * f[4] / (n / s) }')
    fi
    echo "$baris"
  done
done
log "Left running: $BASE (pid $APP_PID, the last variant)"
