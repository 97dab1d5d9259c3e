#!/usr/bin/env bash
# Two app nodes behind nginx on one PostgreSQL, proven with curl and psql:
#   - both nodes start at the same moment on an empty database: one migrates and seeds, the other waits (start-up lease);
#   - nginx balances round-robin over both;
#   - a session signed in through nginx is valid on node A and on node B (Data Protection keys in the database);
#   - a form whose antiforgery token node A issued is accepted by node B;
#   - import files uploaded on node A run exactly once across both workers, and their reports open on node B
#     (one shared upload folder, jobs leased through the database).
# Prints PASS/FAIL per check and exits non-zero when any check fails.
#
#   bench/nodes/run.sh                       builds src/Kinara.Web (Release) first
#   KINARA_WEB_DLL=/path/Kinara.Web.dll bench/nodes/run.sh   uses an existing build
#   KEEP=1 bench/nodes/run.sh                keeps the work folder (logs, nginx.conf) for a look afterwards
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
WORK=$(mktemp -d /tmp/kinara-nodes.XXXXXX); chmod 0755 "$WORK" # the postgres user reaches its data folder inside
log() { printf '\n==> %s\n' "$*"; }
FAILS=0
pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; FAILS=$((FAILS + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
[ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)."; exit 2; }
[ -x "$NGINX" ] || { echo "nginx is not installed (apt-get install nginx)."; exit 2; }
command -v curl >/dev/null || { echo "curl is not installed."; exit 2; }

# --- Clean-up: only the processes this script started, by their ids -------------------------------------------------
PIDS=()
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null; done
  as_pg "$PGBIN/pg_ctl" -D "$WORK/pg/data" -m immediate stop >/dev/null 2>&1
  if [ "${KEEP:-0}" = 1 ] || [ "$FAILS" -gt 0 ]; then echo "Logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

free_port() {
  local p
  for p in $(seq "$1" $(( $1 + 300 ))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

# --- 1. The app build -------------------------------------------------------------------------------------------------
APP=${KINARA_WEB_DLL:-}
if [ -z "$APP" ]; then
  log "Building src/Kinara.Web (Release)"
  dotnet build src/Kinara.Web -c Release -nologo -clp:ErrorsOnly >/dev/null || { echo "Build failed."; exit 2; }
  APP="$ROOT/src/Kinara.Web/bin/Release/net10.0/Kinara.Web.dll"
fi
[ -f "$APP" ] || { echo "No app build at $APP"; exit 2; }

# --- 2. Throw-away PostgreSQL with an empty database ---------------------------------------------------------------------
mkdir -p "$WORK/pg"; [ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
as_pg "$PGBIN/initdb" -D "$WORK/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/pg/initdb.log" 2>&1 \
  || { cat "$WORK/pg/initdb.log"; exit 2; }
PGPORT=$(free_port $((57000 + RANDOM % 1000)))
log "PostgreSQL on 127.0.0.1:$PGPORT"
as_pg "$PGBIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -t 60 \
  -o "-p $PGPORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
  || { cat "$WORK/pg/server.log"; exit 2; }
DB=kinara_nodes
psql_() { "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d "${PSQL_DB:-$DB}" -v ON_ERROR_STOP=1 -Atq "$@"; }
PSQL_DB=postgres psql_ -c "CREATE DATABASE $DB" || exit 2

# --- 3. Two nodes, started together, sharing the database and the upload folder ------------------------------------------
PA=$(free_port $((58000 + RANDOM % 500))); PB=$(free_port $((PA + 1))); PN=$(free_port $((PB + 1)))
mkdir -p "$WORK/berkas"
start_node() { # name port
  # The content root (wwwroot, views) is the project folder; data and uploads live outside it.
  ( cd "$ROOT/src/Kinara.Web" && exec env ASPNETCORE_ENVIRONMENT=Production \
      Database__Provider=Postgres \
      ConnectionStrings__Kinara="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=$DB" \
      Berkas__Root="$WORK/berkas" Demo__Seed=true Impor__IntervalPollDetik=0.2 \
      dotnet "$APP" --urls "http://127.0.0.1:$2" ) >"$WORK/node-$1.log" 2>&1 &
  PIDS+=($!)
  eval "PID_$1=$!"
}
log "Starting node A on :$PA and node B on :$PB at the same time (empty database)"
start_node A "$PA"
start_node B "$PB"

wait_ready() { # port pid
  local i
  for i in $(seq 1 360); do
    kill -0 "$2" 2>/dev/null || return 1
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready")" = 200 ] && return 0
    sleep 0.5
  done
  return 1
}
check "node A becomes ready" wait_ready "$PA" "$PID_A"
check "node B becomes ready" wait_ready "$PB" "$PID_B"
seeded=$(cat "$WORK"/node-*.log | grep -c 'Data demo dibuat')
waited=$(cat "$WORK"/node-*.log | grep -c 'Menunggu node lain')
check "exactly one node seeded the demo data ($seeded), the other waited for it ($waited)" test "$seeded" = 1 -a "$waited" = 1
check "the database holds the five demo regions once" test "$(psql_ -c 'SELECT count(*) FROM instansi')" = 5
check "one Data Protection key shared by both nodes" test "$(psql_ -c 'SELECT count(*) FROM "DataProtectionKeys"')" = 1
if [ "$FAILS" -gt 0 ]; then tail -n 30 "$WORK"/node-*.log; exit 1; fi

# --- 4. nginx, round-robin over both nodes --------------------------------------------------------------------------------
mkdir -p "$WORK/nginx/tmp"; chmod 0777 "$WORK/nginx/tmp"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 512; }
http {
  log_format upstream '\$request_method \$uri \$status \$upstream_addr';
  access_log $WORK/nginx/access.log upstream;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  client_max_body_size 110m;
  upstream kinara {
    server 127.0.0.1:$PA max_fails=3 fail_timeout=10s;
    server 127.0.0.1:$PB max_fails=3 fail_timeout=10s;
  }
  server {
    listen 127.0.0.1:$PN;
    location / {
      proxy_pass http://kinara;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
EOF
"$NGINX" -t -q -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" || { cat "$WORK/nginx/error.log"; exit 1; }
"$NGINX" -p "$WORK/nginx" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" &
PIDS+=($!)
for i in $(seq 1 50); do [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PN/health/live")" = 200 ] && break; sleep 0.2; done
log "nginx on :$PN"
check "health check /health/ready answers 200 through nginx" test "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PN/health/ready")" = 200

# --- 5. Sign in through nginx, then use the same cookie on each node directly -------------------------------------------
JAR="$WORK/cookies.txt"
token() { grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'; }
NIP=197806102005011002; PASSWORD='Kinara#2026'   # the demo admin (DemoAccounts.Admin)
T=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$PN/masuk" | token)
code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR" -b "$JAR" \
  --data-urlencode "Nip=$NIP" --data-urlencode "Password=$PASSWORD" --data-urlencode "__RequestVerificationToken=$T" \
  "http://127.0.0.1:$PN/masuk")
check "sign-in through nginx redirects to the home page ($code)" test "${code%% *}" = 302
home() { curl -s -b "$JAR" -w '\n%{http_code}' "http://127.0.0.1:$1/"; }
for n in A B; do
  port=$([ $n = A ] && echo "$PA" || echo "$PB")
  page=$(home "$port")
  check "node $n shows the signed-in home page with the same cookie" \
    bash -c '[ "$(tail -n 1 <<<"$1")" = 200 ] && grep -q "Selamat datang" <<<"$1" && grep -q "Muhammad Rizali" <<<"$1"' _ "$page"
done
ups=$(awk '{ print $4 }' "$WORK/nginx/access.log" | sort -u | grep -c .)
check "nginx sent requests to both nodes (round-robin)" test "$ups" -ge 2

# --- 6. A form: token issued by node A, posted to node B -------------------------------------------------------------------
T=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$PA/organisasi/unit/baru" | token)
code=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$JAR" -b "$JAR" \
  --data-urlencode "Input.Kode=DUA-NODE" --data-urlencode "Input.Nama=Unit dari dua node" --data-urlencode "Input.Jenis=Bidang" \
  --data-urlencode "__RequestVerificationToken=$T" "http://127.0.0.1:$PB/organisasi/unit/baru")
check "node B accepts a form with node A's antiforgery token ($code)" \
  bash -c '[ "${1%% *}" = 302 ] && [[ "$1" == *"/organisasi/unit?q=DUA-NODE"* ]]' _ "$code"
check "the unit posted to node B is in the database" test "$(psql_ -c "SELECT count(*) FROM unit_organisasi WHERE \"Kode\" = 'DUA-NODE'")" = 1

# --- 7. Imports uploaded on node A: each job runs once, on either node; reports open on node B --------------------------
# A big file first keeps node A's worker busy, so node B's worker takes the second file: it reads what node A stored.
BIG="$WORK/unit-besar.csv"; SMALL="$WORK/unit-kecil.csv"; N_BIG=4000
{ echo "kode,nama,induk_kode,jenis"; for i in $(seq 1 $N_BIG); do echo "IMPB-$i,Unit Impor Besar $i,,upt"; done; } >"$BIG"
{ echo "kode,nama,induk_kode,jenis"; echo "IMPK-1,Unit Impor Kecil 1,,upt"; echo "IMPK-2,Unit Impor Kecil 2,TIDAK-ADA,upt"; echo "IMPK-3,Unit Impor Kecil 3,IMPK-1,seksi"; } >"$SMALL"
upload() { # file -> job id
  local t loc
  t=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$PA/organisasi/impor" | token)
  loc=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR" -b "$JAR" -F "__RequestVerificationToken=$t" -F "Jenis=Unit" \
    -F "Berkas=@$1;type=text/csv" "http://127.0.0.1:$PA/organisasi/impor")
  echo "${loc##*/}"
}
JOB1=$(upload "$BIG"); JOB2=$(upload "$SMALL")
check "node A accepted both uploads ($JOB1, $JOB2)" bash -c '[[ "$1" =~ ^[0-9a-f-]{36}$ && "$2" =~ ^[0-9a-f-]{36}$ ]]' _ "$JOB1" "$JOB2"
for i in $(seq 1 240); do
  left=$(psql_ -c "SELECT count(*) FROM impor_job WHERE \"Status\" IN (1, 2)")
  [ "$left" = 0 ] && break; sleep 0.5
done
check "both jobs finished with status Selesai" test "$(psql_ -c "SELECT count(*) FROM impor_job WHERE \"Status\" = 3")" = 2
for j in "$JOB1" "$JOB2"; do
  starts=$(grep -h "$j" "$WORK"/node-*.log | grep -c 'dimulai')
  check "job $j was started exactly once across both nodes ($starts)" test "$starts" = 1
done
row=$(psql_ -F ' ' -c "SELECT \"Ditambah\", \"Ditolak\" FROM impor_job WHERE \"Id\" = '$JOB1'")
check "the big job added $N_BIG units and rejected none ($row)" test "$row" = "$N_BIG 0"
row=$(psql_ -F ' ' -c "SELECT \"Ditambah\", \"Ditolak\" FROM impor_job WHERE \"Id\" = '$JOB2'")
check "the small job added 2 units and rejected 1 ($row)" test "$row" = "2 1"
audit=$(psql_ -F ' ' -c "SELECT count(*), count(DISTINCT a.\"EntitasId\") FROM audit a JOIN unit_organisasi u ON a.\"EntitasId\" = u.\"Id\"::text
  WHERE a.\"Entitas\" = 'UnitOrganisasi' AND a.\"Aksi\" = 1 AND u.\"Kode\" LIKE 'IMP%'")
check "each imported unit has exactly one 'Tambah' audit entry ($audit)" test "$audit" = "$((N_BIG + 2)) $((N_BIG + 2))"
check "the audit hash chains verify" bash -c 'cd "$1/src/Kinara.Web" && ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres \
  ConnectionStrings__Kinara="Host=127.0.0.1;Port=$2;Username=postgres;Database=$3" Demo__Seed=false \
  dotnet "$4" audit verify >"$5/audit.txt" 2>&1' _ "$ROOT" "$PGPORT" "$DB" "$APP" "$WORK"
holders=$(psql_ -c "SELECT \"PemegangLease\" FROM impor_job ORDER BY \"DibuatPada\"" | sed 's/^[^:]*:\([0-9]*\):.*/\1/' | tr '\n' ' ')
check "node B's worker ran a job uploaded on node A (pids: A=$PID_A B=$PID_B; jobs ran on: $holders)" \
  bash -c '[[ " $1 " == *" $2 "* ]]' _ "$holders" "$PID_B"
rep=$(curl -s -b "$JAR" -w '\n%{http_code} %{content_type}' "http://127.0.0.1:$PB/organisasi/impor/$JOB2?handler=Laporan")
check "node B serves the error report of the job uploaded on node A" \
  bash -c '[[ "$(tail -n 1 <<<"$1")" == "200 text/csv"* ]] && grep -q "TIDAK-ADA" <<<"$1"' _ "$rep"
check "node B shows the finished job's page" \
  bash -c '[ "$(curl -s -o /dev/null -w "%{http_code}" -b "$2" "http://127.0.0.1:$3/organisasi/impor/$1")" = 200 ]' _ "$JOB2" "$JAR" "$PB"
check "no stored upload and no temporary file is left behind" test -z "$(find "$WORK/berkas" -type f)"
# EF logs its first look for the migrations history table of an empty database as an error: expected once, not a fault.
check "no error was logged by either node" \
  bash -c '! grep -h "\"LogLevel\":\"\(Error\|Critical\)\"" "$1"/node-*.log | grep -v "FROM __ef_migrations"' _ "$WORK"

echo
if [ "$FAILS" -gt 0 ]; then echo "$FAILS check(s) FAILED"; exit 1; fi
echo "All checks passed."
