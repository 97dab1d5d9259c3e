#!/usr/bin/env bash
# The morning rush: how many sign-ins per second the app takes through the real /masuk form, at CONN callers at once.
# Checking the password (ASP.NET Core Identity's PBKDF2) is by design the costly part of a sign-in; this gives the
# figure an operator needs to size a server for the hour when a whole Pemda signs in.
# Against the app and data held up by `KINARA_BENCH_HOLD=1 bench/load/run.sh` (it prints BASE and WORK):
#   BASE=http://127.0.0.1:5950 WORK=/tmp/kinara-bench-load.XXXX [CONN=2,8,32] [SECS=30] bench/load/serbu-masuk.sh
# The app must run with a sign-in rate limit above the rush (run.sh starts it with Akun__BatasMasukPerMenit=1000000).
# Prints per concurrency: sign-ins/s, p50/p95/p99 ms, refused (not 302), socket errors, app CPU ms per sign-in.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${BASE:?}" "${WORK:?}"
CONNS=${CONN:-2,8,32}; SECS=${SECS:-30}; SANDI=${SANDI:-Kinara#2026}
HERE=bench/load
APP_PID=$(pgrep -f "Kinara\.Web(\.dll)? --urls $BASE" | head -n 1) || { echo "No app on $BASE" >&2; exit 1; }

# Antiforgery pairs for anonymous callers (one per connection), and the accounts to sign in (every generated one the
# load run signed in, whatever its role).
: >"$WORK/serbu.pairs"
for _ in $(seq 1 32); do
  jar=$(mktemp)
  token=$(curl -s -c "$jar" "$BASE/masuk" | grep -o '__RequestVerificationToken[^>]*' | grep -o 'value="[^"]*"' | head -1 | cut -d'"' -f2)
  cookie=$(awk -F'\t' '/^#HttpOnly_/ {sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$jar")
  rm -f "$jar"
  printf '%s\t%s\n' "$cookie" "$token" >>"$WORK/serbu.pairs"
done
cut -f2 "$WORK/users.tsv" | sort -u >"$WORK/serbu.nip"

TCK=$(getconf CLK_TCK)
echo "| callers at once | sign-ins | per second | p50 ms | p95 ms | p99 ms | refused | socket errors | app CPU ms per sign-in |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for c in ${CONNS//,/ }; do
  c0=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
  wrk -t "$c" -c "$c" -d "${SECS}s" --timeout 10s -s "$HERE/serbu-masuk.lua" "$BASE" -- "$WORK/serbu.pairs" "$WORK/serbu.nip" "$SANDI" "$c" >"$WORK/serbu.$c" 2>&1 \
    || { cat "$WORK/serbu.$c" >&2; exit 1; }
  c1=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
  read -r _ n rps p50 p95 p99 ditolak soket < <(grep '^MASUK' "$WORK/serbu.$c")
  awk -v c="$c" -v n="$n" -v r="$rps" -v a="$p50" -v b="$p95" -v d="$p99" -v x="$ditolak" -v s="$soket" -v t=$((c1 - c0)) -v k="$TCK" \
    'BEGIN {printf "| %d | %d | %.1f | %.1f | %.1f | %.1f | %d | %d | %.1f |\n", c, n, r, a, b, d, x, s, (n > 0 ? 1000 * t / k / n : 0)}'
done
