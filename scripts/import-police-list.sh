#!/usr/bin/env bash
# Imports a police list of utsatta områden (CSV) into a running Kommunstöd through /api/admin,
# without a code change or a restart (docs/police-classification.md).
#
#   KOMMUNSTOD_URL=https://kommunstod.example.org KOMMUNSTOD_ADMIN_USER=admin KOMMUNSTOD_ADMIN_PASSWORD=... \
#     scripts/import-police-list.sh lista-2027.csv
#
# The CSV (UTF-8, semicolons or commas, fields containing the separator in double quotes):
#   listår;kommun;område;polisregion;klassning;källa;verifierad
#   2027;linkoping;Skäggetorp;Region Öst;sarskilt-utsatt;Polisens lägesbild 2027;ja
# klassning: utsatt, riskomrade, sarskilt-utsatt (or the police's words, e.g. Riskområde);
# polisregion may be empty (the municipality's region); verifierad: ja or nej.
# The whole file is refused when one row is wrong (the answer names every wrong row); nothing changes.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "Användning: $0 <lista.csv>" >&2
  exit 2
fi
file=$1
[ -r "$file" ] || { echo "Kan inte läsa $file" >&2; exit 2; }
url=${KOMMUNSTOD_URL:-http://localhost:8080}
: "${KOMMUNSTOD_ADMIN_USER:?Sätt KOMMUNSTOD_ADMIN_USER}"
: "${KOMMUNSTOD_ADMIN_PASSWORD:?Sätt KOMMUNSTOD_ADMIN_PASSWORD}"

answer=$(curl -sS -w '\n%{http_code}' -u "$KOMMUNSTOD_ADMIN_USER:$KOMMUNSTOD_ADMIN_PASSWORD" \
  -H 'Content-Type: text/csv; charset=utf-8' -X POST --data-binary "@$file" "$url/api/admin/police-lists")
status=${answer##*$'\n'}
if [ "$status" -ge 400 ]; then
  echo "FEL $status: ${answer%$'\n'*}" >&2
  exit 1
fi
echo "OK  $status ${answer%$'\n'*}"
