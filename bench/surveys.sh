#!/usr/bin/env bash
# Load on a live survey: 1 000 participants join one survey over HTTP and answer 15 questions each; prints throughput
# and p50/p95/p99 latency, and checks that exactly 15 000 answers are stored. Runs on a fresh embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf target/bench/pg-surveys
mvn -B -q -Pbench test -Dtest=SurveyLoadBench -Dbench.pgdata=target/bench/pg-surveys -Dspotless.check.skip=true 2>&1 \
    | grep -E "SURVEY|ANSWERS|requests|all  " || { echo "The survey benchmark failed; see target/surefire-reports." >&2; exit 1; }
