#!/usr/bin/env bash
# Moves the running cases of a process to its latest version, with their running meetings and
# interventions, through /api/admin/migrations (see docs/migration.md). Preview first, always.
#
#   KOMMUNSTOD_URL=http://localhost:8080 KOMMUNSTOD_USER=processledare KOMMUNSTOD_PASSWORD=demo \
#     scripts/migrate-cases.sh                    # preview every running supportCase; changes nothing
#   ... scripts/migrate-cases.sh --execute         # preview, ask, then move exactly what was previewed
#   ... scripts/migrate-cases.sh --execute --yes supportCase <processInstanceId> ...   # only these cases
#
# The user must be in camunda-admin or processledare. The move is all or nothing: when it is refused
# (HTTP 409) the reasons are printed in Swedish and English and nothing has changed. If a newer
# version was deployed between the preview and the move, the move is refused: run the script again.
# Exit status: 0 moved (or preview only and movable), 1 refused or not movable, 2 wrong use.
set -euo pipefail

execute=false yes=false
while [ $# -gt 0 ]; do
  case $1 in
    --execute) execute=true; shift ;;
    --yes) yes=true; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    -*) echo "Okänt val $1 (se --help)" >&2; exit 2 ;;
    *) break ;;
  esac
done
key=${1:-supportCase}
[ $# -gt 0 ] && shift
url=${KOMMUNSTOD_URL:-http://localhost:8080}
user=${KOMMUNSTOD_USER:-${KOMMUNSTOD_ADMIN_USER:-}}
password=${KOMMUNSTOD_PASSWORD:-${KOMMUNSTOD_ADMIN_PASSWORD:-}}
: "${user:?Sätt KOMMUNSTOD_USER (en processledare eller administratör)}"
: "${password:?Sätt KOMMUNSTOD_PASSWORD}"

ids=""
for id in "$@"; do
  ids="$ids${ids:+,}\"$id\""
done

post() { # path, json body; sets $status and $body
  local answer
  answer=$(curl -sS -w '\n%{http_code}' -u "$user:$password" -H 'Content-Type: application/json' \
    -H 'Accept: application/json, application/problem+json' -X POST --data-binary "$2" "$url$1")
  status=${answer##*$'\n'}
  body=${answer%$'\n'*}
}

summary() { # the report (or a refusal with its report) as lines a person reads
  if command -v node >/dev/null 2>&1; then
    printf '%s' "$1" | node -e '
      let text = ""; process.stdin.on("data", d => text += d).on("end", () => {
        const answer = JSON.parse(text), r = answer.report || answer;
        if (answer.detail) console.log(answer.detail + "\n  (" + answer.detail_en + ")");
        if (!r.target) return;
        console.log(`${r.processDefinitionKey} → version ${r.target.version} (${r.target.processDefinitionId}); ` +
          `ärenden ${r.cases}, anropade instanser ${r.calledInstances}, instruktioner ${r.instructions}, ` +
          `${r.durationMs} ms${r.changed ? ", FLYTTAT" : ", inget ändrat"}`);
        for (const p of r.plans) console.log(`  plan ${p.processDefinitionKey} v${p.sourceVersion} → v${p.targetVersion}: ` +
          `${p.instances} instans(er), ${p.instructions.length} instruktioner` +
          (p.notMapped.length ? `, utan motsvarighet: ${p.notMapped.map(n => n.activityId).join(", ")}` : ""));
        for (const i of r.instances) console.log(`  ${i.businessKey || ""} ${i.processDefinitionKey} ${i.processInstanceId}` +
          ` v${i.sourceVersion}→v${i.targetVersion}: ${i.activities.join("; ")}` +
          (i.timers.length ? ` | timers: ${i.timers.map(t => t.activityId + " " + t.outcome + " " + t.dueDate).join(", ")}` : ""));
        const t = r.timers;
        console.log(`  timers: behålls ${t.kept}, startas inte om ${t.notRearmed}, nya ${t.added}, upphör ${t.dropped}`);
        for (const w of r.warnings) console.log(`  VARNING ${w.businessKey || ""} ${w.reason} (${w.reason_en})`);
        for (const p of r.problems) console.log(`  HINDER ${p.businessKey || ""} ${p.processDefinitionKey} ` +
          `${p.activityId || ""}: ${p.reason}\n         (${p.reason_en})`);
        console.log(r.movable ? "Kan flyttas." : "Kan inte flyttas.");
      });'
  else
    printf '%s\n' "$1"
  fi
}

post "/api/admin/migrations/$key/preview" "{\"processInstanceIds\":[${ids}]}"
if [ "$status" -ge 400 ]; then
  echo "FEL $status vid förhandsgranskningen:" >&2
  summary "$body" >&2
  exit 1
fi
echo "Förhandsgranskning (ingenting ändras):"
summary "$body"
target=$(printf '%s' "$body" | sed -n 's/.*"target":{"processDefinitionId":"\([^"]*\)".*/\1/p')
movable=$(printf '%s' "$body" | grep -q '"movable":true' && echo true || echo false)
if [ "$movable" != true ]; then
  exit 1
fi
if [ "$execute" != true ]; then
  echo "Flytta med: $0 --execute $key $*"
  exit 0
fi
if [ "$yes" != true ]; then
  read -r -p "Flytta ärendena till $target? Skriv ja: " answer
  [ "$answer" = ja ] || { echo "Avbrutet, ingenting ändrat."; exit 1; }
fi
post "/api/admin/migrations/$key/execute" "{\"processInstanceIds\":[${ids}],\"targetProcessDefinitionId\":\"$target\"}"
if [ "$status" -ge 400 ]; then
  echo "VÄGRAT ($status), ingenting har ändrats:" >&2
  summary "$body" >&2
  exit 1
fi
echo "Flyttat:"
summary "$body"
