#!/usr/bin/env bash
# The load harness against the reference server on PostgreSQL, with the JDBC baseline of the same statements in the
# same run (docs/benchmarks.md). Needs PostgreSQL on 127.0.0.1:5432 (trust auth) and ports 9080/9443 free.
#   benchmarks/load.sh [clients] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${1:-8}
SECONDS_EACH=${2:-10}
DB=steward_load
PSQL="psql -h 127.0.0.1 -U postgres -q"
$PSQL -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
URL="jdbc:postgresql://127.0.0.1:5432/$DB?stringtype=unspecified"

# the load generator: wrk (a C client, so that it takes little of the server's CPU); the harness falls back to its own
# Java client without it
command -v wrk > /dev/null || (apt-get install -y -qq wrk > /dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq wrk)) || true
mvn -B -ntp -q -pl benchmarks -am package -DskipTests
LOG=$(mktemp)
STEWARD_DB_URL="$URL" STEWARD_DB_USER=postgres mvn -B -ntp -q -Pserve -DskipTests -pl reference-app -am install > "$LOG" 2>&1 &
SERVE=$!
stop() {
  mvn -B -ntp -q -pl reference-app liberty:stop > /dev/null 2>&1 || true
  kill "$SERVE" 2> /dev/null || true
  rm -f "$LOG"
}
trap stop EXIT
for _ in $(seq 1 60); do
  curl -sf -o /dev/null -u gm:steward http://localhost:9080/api/estates && break
  kill -0 "$SERVE" 2> /dev/null || { cat "$LOG"; exit 1; }
  sleep 5
done
java -cp benchmarks/target/benchmarks.jar io.steward.benchmarks.LoadHarness http://localhost:9080 "$CLIENTS" "$SECONDS_EACH" \
  "$URL&user=postgres"
