#!/usr/bin/env bash
# The throughput benchmark, Java API and REST (docs/throughput.md). Not part of `mvn verify`.
#   bench/throughput.sh                 1,000 cases, history full and activity (Java), full (REST)
#   CASES=100 REST_CASES=100 bench/throughput.sh
# Settings (environment): CASES, HISTORY_LEVELS (Java, default full,activity), REST_CASES (default
# CASES), REST_HISTORY_LEVELS (default full), WORKERS (client threads, default 2), PG_PORT (REST's
# PostgreSQL, default 56432) and PORT_OFFSET (added to the app ports 21081.., default 1000), so it
# does not collide with bench/run.sh's defaults.
# Writes docs/throughput-java.txt and docs/throughput-rest.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES=${CASES:-1000}
WORKERS=${WORKERS:-2}
mvn -B -q -Pbench test -Dtest=ThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dexec.skip=true \
  -Dbench.cases="$CASES" -Dbench.workers="$WORKERS" -Dbench.historyLevels="${HISTORY_LEVELS:-full,activity}"
exec bench/run.sh throughput --cases "${REST_CASES:-$CASES}" --workers "$WORKERS" \
  --history-levels "${REST_HISTORY_LEVELS:-full}" --pg-port "${PG_PORT:-56432}" --port-offset "${PORT_OFFSET:-1000}" \
  --output docs/throughput-rest.txt
