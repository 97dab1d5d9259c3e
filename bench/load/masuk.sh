#!/usr/bin/env bash
# Signs virtual users in to a running Kinara through the real /masuk form and prints one session per line:
#   kind <TAB> Cookie header <TAB> extra fields (passed through)
# Input lines on stdin: kind <TAB> nip <TAB> extra fields. Usage: bench/load/masuk.sh BASE_URL PASSWORD [parallel=4]
set -euo pipefail
BASE=$1 SANDI=$2 PAR=${3:-4}
export BASE SANDI

masuk() {
  local line=$1 kind nip extra jar token code cookie
  kind=${line%%$'\t'*}; line=${line#*$'\t'}
  nip=${line%%$'\t'*}; extra=${line#*$'\t'}
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/masuk" | grep -o '__RequestVerificationToken[^>]*' | grep -o 'value="[^"]*"' | head -1 | cut -d'"' -f2)
  code=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "Nip=$nip" --data-urlencode "Password=$SANDI" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/masuk")
  if [ "$code" != 302 ]; then
    echo "masuk $nip gagal: HTTP $code" >&2
    rm -f "$jar"
    return 0
  fi
  # Every cookie of the jar (the antiforgery cookie too, so forms do not issue a new one); HttpOnly lines start with #HttpOnly_.
  cookie=$(awk -F'\t' '/^#HttpOnly_/ {sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$jar")
  rm -f "$jar"
  printf '%s\t%s\t%s\n' "$kind" "$cookie" "$extra"
}
export -f masuk

tr '\n' '\0' | xargs -0 -P "$PAR" -I{} bash -c 'masuk "$1"' _ {}
