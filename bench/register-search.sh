#!/usr/bin/env bash
# Register search latency at national scale, through the service layer the search page uses. Needs the database that
# bench/register-import.sh leaves in target/bench/pg-register (run that first). Prints p50/p95/max per kind of query.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -d target/bench/pg-register ]]; then
    echo "Kjør bench/register-import.sh først: den lager databasen med det nasjonale registeret." >&2
    exit 1
fi
mvn -B -q -Pbench test -Dtest=RegisterSearchBench -Dspotless.check.skip=true 2>&1 | grep -E "runs=|Register search"
