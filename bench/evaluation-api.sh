#!/usr/bin/env bash
# Effect estimates through the service behind GET /api/evaluation/effects on the national database that
# bench/statistics.sh leaves (run bench/register-import.sh and bench/statistics.sh first): 3 000 assisted workplaces,
# the first estimate (reading every workplace's series), the same again (kept), another filter, one collaboration.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -d target/bench/pg-stats ]]; then
    echo "Kjør bench/register-import.sh og bench/statistics.sh først." >&2
    exit 1
fi
mvn -B -q -Pbench test -Dtest=EvaluationApiBench -Dbench.pgdata=target/bench/pg-stats -Dspotless.check.skip=true \
    -DargLine="-Xmx3g" 2>&1 | grep -E "EVALUATION" \
    || { echo "The benchmark failed; see target/surefire-reports." >&2; exit 1; }
