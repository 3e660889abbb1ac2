#!/usr/bin/env bash
# The fault, load and cluster harness (not part of `mvn verify`):
#   bench/run.sh                     every scenario: cluster kill lifecycle-kill postgres race load
#   bench/run.sh cluster --instances 400
#   bench/run.sh lifecycle-kill --instances 60 --pg-port 57432 --port-offset 2000   (docs/faults.md)
# Runs the harness's own tests (bench/tests, a second, no server), builds the app jar and the
# launcher of the tests' PostgreSQL 17, then runs bench/harness.py (the package bench/kommunstod_bench).
# KOMMUNSTOD_BENCH_START_TIMEOUT (seconds, default 180): how long a node may take to start.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m unittest discover -s bench/tests
mvn -B -q package -DskipTests -Dexec.skip=true
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec python3 bench/harness.py "$@"
