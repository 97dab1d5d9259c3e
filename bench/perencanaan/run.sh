#!/usr/bin/env bash
# Server time of monitoring pengisian SKP and of the cascading tree (pohon kinerja) on PostgreSQL, with one Pemda of N pegawai
# (default 15,000) whose SKP were generated through the domain (perencanaan-bench-seed). Target: < 300 ms server time (issue 3).
#
# Usage: bench/perencanaan/run.sh [pegawai=15000] [repetitions=20]
#   KINARA_BENCH_PG=<connection string>  use this EMPTY database instead of starting a throw-away PostgreSQL cluster
#
# Server time is the Server-Timing header the pages send (handler selection → response headers, i.e. after the page has
# rendered into its buffer); "total" is curl's time_total on loopback. Prints a Markdown section for bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-15000}
REP=${2:-20}
WORK=$(mktemp -d /tmp/kinara-bench-perencanaan.XXXXXX)
ART=${KINARA_BENCH_ARTIFACTS:-/tmp/kinara-bench-perencanaan-build}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log() { printf '==> %s\n' "$*" >&2; }
free_port() {
  local p
  for p in $(seq "$1" $(( $1 + 200 ))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

APP_PID=""; PGDIR=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  if [ -n "$PGDIR" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ -z "${KINARA_BENCH_PG:-}" ]; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$PGBIN/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql), or set KINARA_BENCH_PG." >&2; exit 1; }
  PGDIR=$(mktemp -d /tmp/kinara-bench-pg.XXXXXX); [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
  PGPORT=$(free_port 57432)
  log "Starting PostgreSQL on 127.0.0.1:$PGPORT (default durability settings)"
  as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PGDIR/initdb.log" 2>&1
  as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
    -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c shared_buffers=256MB" start >/dev/null
  KINARA_BENCH_PG="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
  PGVERSION=$("$PGBIN/postgres" --version)
else
  PGVERSION="(existing server)"
fi

log "Building Release"
dotnet build src/Kinara.Web -c Release --artifacts-path "$ART" -nologo -clp:ErrorsOnly >&2
DLL="$ART/bin/Kinara.Web/release/Kinara.Web.dll"
export Database__Provider=Postgres ConnectionStrings__Kinara="$KINARA_BENCH_PG" Demo__Seed=false ASPNETCORE_ENVIRONMENT=Production
# The build output holds appsettings.json (quiet logging); from the repo root the app would not find it and log every SQL statement.
export ASPNETCORE_CONTENTROOT="$(dirname "$DLL")"

log "Generating a Pemda of $N pegawai with SKP"
dotnet "$DLL" perencanaan-bench-seed --pegawai "$N" | tee "$WORK/seed.log" >&2
val() { grep -o "$1=[^ ]*" "$WORK/seed.log" | head -1 | cut -d= -f2; }
ADMIN=$(val admin); SANDI=$(val sandi); TAHUN=$(val tahun); DISDIK=$(val disdik); PDBIASA=$(val pdbiasa)
DISDIK_N=$(grep -o "disdik=[^ ]* pegawai=[0-9]*" "$WORK/seed.log" | grep -o '[0-9]*$')
PDBIASA_N=$(grep -o "pdbiasa=[^ ]* pegawai=[0-9]*" "$WORK/seed.log" | grep -o '[0-9]*$')
SEEDLINE=$(grep "^Instansi " "$WORK/seed.log")

PORT=$(free_port 5900)
BASE="http://127.0.0.1:$PORT"
log "Starting the app (Release, Production) on $BASE"
dotnet "$DLL" --urls "$BASE" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 60); do curl -fs "$BASE/health/live" >/dev/null 2>&1 && break; sleep 1; done

JAR="$WORK/cookies"
curl -s -c "$JAR" -b "$JAR" "$BASE/masuk" -o "$WORK/masuk.html"
TOKEN=$(grep -o '__RequestVerificationToken[^>]*' "$WORK/masuk.html" | grep -o 'value="[^"]*"' | head -1 | cut -d'"' -f2)
CODE=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{http_code}' --data-urlencode "Nip=$ADMIN" --data-urlencode "Password=$SANDI" \
  --data-urlencode "__RequestVerificationToken=$TOKEN" "$BASE/masuk")
[ "$CODE" = 302 ] || { echo "Login failed ($CODE)" >&2; exit 1; }

pct() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int(NR*p/100+0.999); if (i<1) i=1; printf "%.1f", a[i]}'; }
ROWS=""
measure() { # label url [informational]
  local label=$1 url=$2 info=${3:-} server total
  : >"$WORK/server"; : >"$WORK/total"
  for _ in 1 2 3; do curl -s -b "$JAR" -o /dev/null "$BASE$url"; done # warm-up (JIT, plan cache)
  for _ in $(seq 1 "$REP"); do
    total=$(curl -s -b "$JAR" -D "$WORK/hdr" -o "$WORK/body" -w '%{time_total}' "$BASE$url")
    grep -qi '^HTTP/1.1 200' "$WORK/hdr" || { echo "$url: $(head -1 "$WORK/hdr")" >&2; exit 1; }
    server=$(grep -i '^server-timing:' "$WORK/hdr" | grep -o 'app;dur=[0-9.]*' | cut -d= -f2)
    echo "$server" >>"$WORK/server"
    awk -v t="$total" 'BEGIN {printf "%.1f\n", t*1000}' >>"$WORK/total"
  done
  local p50 p95 t50 t95 size verdict
  p50=$(pct 50 <"$WORK/server"); p95=$(pct 95 <"$WORK/server"); t50=$(pct 50 <"$WORK/total"); t95=$(pct 95 <"$WORK/total")
  size=$(wc -c <"$WORK/body")
  verdict=$(awk -v p="$p95" 'BEGIN {print (p < 300 ? "yes" : "NO")}')
  [ -n "$info" ] && verdict="(no target)"
  ROWS+="| $label | $p50 | $p95 | $t50 | $t95 | $((size / 1024)) KiB | $verdict |"$'\n'
  log "$label: server p50 $p50 ms, p95 $p95 ms"
}

measure "Monitoring, whole Pemda ($N pegawai)" "/perencanaan/monitoring?tahun=$TAHUN"
measure "Monitoring, drilled into Dinas Pendidikan" "/perencanaan/monitoring?tahun=$TAHUN&unit=$DISDIK"
measure "Monitoring names, whole Pemda, 'belum ada SKP', page 1" "/perencanaan/monitoring/nama?tahun=$TAHUN&status=belum"
measure "Monitoring names, whole Pemda, 'disetujui', page 100" "/perencanaan/monitoring/nama?tahun=$TAHUN&status=disetujui&hal=100"
measure "Pohon kinerja, Dinas Pendidikan ($DISDIK_N pegawai)" "/perencanaan/kaskade?tahun=$TAHUN&unit=$DISDIK"
measure "Pohon kinerja, a typical dinas ($PDBIASA_N pegawai)" "/perencanaan/kaskade?tahun=$TAHUN&unit=$PDBIASA"
measure "Monitoring names .xlsx, whole Pemda" "/perencanaan/monitoring/nama?tahun=$TAHUN&handler=Unduh" info

cat <<MD

## Perencanaan: monitoring pengisian SKP and pohon kinerja ($(date -u +%Y-%m-%d))

Command: \`bench/perencanaan/run.sh $N $REP\` — $REP measured requests per page after 3 warm-up requests, one client, loopback.
Data: $SEEDLINE (generated by \`dotnet run --project src/Kinara.Web -- perencanaan-bench-seed --pegawai $N\`).
Server: Release build, ASPNETCORE_ENVIRONMENT=Production, PostgreSQL $PGVERSION, $(nproc) CPU cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg).
"Server" is the page's Server-Timing (handler selection until the response headers, after rendering); "total" is curl's time_total.

| Page | server p50 ms | server p95 ms | total p50 ms | total p95 ms | HTML/xlsx size | p95 < 300 ms |
|---|---|---|---|---|---|---|
$ROWS
MD
