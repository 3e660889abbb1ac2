#!/usr/bin/env bash
# Adds a municipality and its people to a running Kommunstöd, through /api/admin (see docs/access.md).
#
#   KOMMUNSTOD_URL=https://kommunstod.example.org KOMMUNSTOD_ADMIN_USER=admin KOMMUNSTOD_ADMIN_PASSWORD=... \
#     scripts/add-municipality.sh norrkoping "Norrköpings kommun" polisregion-ost people.csv
#
# people.csv (UTF-8, header line, comma separated, no commas inside fields):
#   userId,firstName,lastName,email,role,password
#   samordnare.norrkoping,Nora,Nilsson,nora.nilsson@norrkoping.se,municipality,byt-mig-2026
# role is one of municipality, police, social-services, housing-company, county-board; the password
# is only used when the user does not exist yet (an existing user keeps theirs and gets the role).
# Safe to run again: everything is created only if missing. Stops at the first refused line.
set -euo pipefail

if [ $# -lt 3 ] || [ $# -gt 4 ]; then
  echo "Användning: $0 <kommunkod> <namn> <polisregion> [personer.csv]" >&2
  exit 2
fi
code=$1 name=$2 region=$3 people=${4:-}
url=${KOMMUNSTOD_URL:-http://localhost:8080}
: "${KOMMUNSTOD_ADMIN_USER:?Sätt KOMMUNSTOD_ADMIN_USER}"
: "${KOMMUNSTOD_ADMIN_PASSWORD:?Sätt KOMMUNSTOD_ADMIN_PASSWORD}"

json_string() { # JSON string literal of $1
  local s=${1//\\/\\\\}; s=${s//\"/\\\"}; printf '"%s"' "$s"
}

put() { # path, json body; prints the answer, fails on HTTP >= 400
  local answer status
  answer=$(curl -sS -w '\n%{http_code}' -u "$KOMMUNSTOD_ADMIN_USER:$KOMMUNSTOD_ADMIN_PASSWORD" \
    -H 'Content-Type: application/json' -X PUT --data-binary "$2" "$url$1")
  status=${answer##*$'\n'}
  if [ "$status" -ge 400 ]; then
    echo "FEL $status för $1: ${answer%$'\n'*}" >&2
    return 1
  fi
  echo "OK  $status $1"
}

put "/api/admin/municipalities/$code" \
  "{\"name\":$(json_string "$name"),\"policeRegion\":$(json_string "$region")}"

if [ -n "$people" ]; then
  line=0
  while IFS=, read -r userId firstName lastName email role password || [ -n "${userId:-}" ]; do
    line=$((line + 1))
    [ "$line" -eq 1 ] && continue            # header
    [ -z "${userId// /}" ] && continue       # empty line
    password=${password%$'\r'}
    put "/api/admin/municipalities/$code/people/$userId" \
      "{\"firstName\":$(json_string "$firstName"),\"lastName\":$(json_string "$lastName"),\"email\":$(json_string "$email"),\"role\":$(json_string "$role"),\"password\":$(json_string "$password")}"
  done < "$people"
fi
