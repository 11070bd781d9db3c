#!/usr/bin/env bash
# Load on a live survey: participants join one survey over HTTP and answer 15 questions each; prints throughput and
# p50/p95/p99 latency per call type, and checks that exactly 15 answers per participant are stored. Runs on a fresh
# embedded PostgreSQL.
#   bench/surveys.sh                 1 000 participants, one instance
#   bench/surveys.sh 2 [2000]        two instances on one PostgreSQL, each request to the other instance than the last
#   bench/surveys.sh 2 2000 0        the same from a cold start: no unmeasured warm-up survey (500 people by default)
set -euo pipefail
cd "$(dirname "$0")/.."
instances="${1:-1}"
participants="${2:-$([ "$instances" = 2 ] && echo 2000 || echo 1000)}"
warmup="${3:-500}"
rm -rf target/bench/pg-surveys
mvn -B -q -Pbench test -Dtest=SurveyLoadBench -Dbench.pgdata=target/bench/pg-surveys -Dspotless.check.skip=true \
    -Dbench.instances="$instances" -Dbench.participants="$participants" -Dbench.warmup="$warmup" 2>&1 \
    | grep -E "SURVEY|ANSWERS|requests|all  " || { echo "The survey benchmark failed; see target/surefire-reports." >&2; exit 1; }
