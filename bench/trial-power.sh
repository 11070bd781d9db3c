#!/usr/bin/env bash
# The trials' power calculator (GET /api/trials/power) on the national database that bench/statistics.sh leaves: the
# first estimate (σ per size band in one SQL query), the same again (kept until the next publication), one county.
set -euo pipefail
cd "$(dirname "$0")/.."
PGDATA_DIR=${PGDATA_DIR:-target/bench/pg-stats}
if [[ ! -d $PGDATA_DIR ]]; then
    echo "Kjør bench/register-import.sh og bench/statistics.sh først." >&2
    exit 1
fi
mvn -B -q -Pbench test -Dtest=TrialPowerBench -Dbench.pgdata="$PGDATA_DIR" -Dspotless.check.skip=true 2>&1 \
    | grep -E "POWER" || { echo "The benchmark failed; see target/surefire-reports." >&2; exit 1; }
