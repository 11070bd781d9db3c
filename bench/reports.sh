#!/usr/bin/env bash
# The national assistance report (GET /api/reports/assistance) over 10 000 collaborations and 200 000 activities, on a
# copy of the national database that bench/statistics.sh leaves (the register's enterprises): the data are written
# straight into the cases tables, then the service and the endpoint are timed for one and three years.
set -euo pipefail
cd "$(dirname "$0")/.."
SOURCE=${SOURCE:-target/bench/pg-stats}
PGDATA_DIR=${PGDATA_DIR:-target/bench/pg-reports}
if [[ ! -d $PGDATA_DIR ]]; then
    if [[ ! -d $SOURCE ]]; then
        echo "Kjør bench/register-import.sh og bench/statistics.sh først (eller sett SOURCE)." >&2
        exit 1
    fi
    # A copy: the benchmark writes cases into it, and the national database stays as the other benchmarks expect.
    cp -a "$SOURCE" "$PGDATA_DIR"
    rm -f "$PGDATA_DIR/epg-lock" "$PGDATA_DIR/postmaster.pid"
fi
mvn -B -q -Pbench test -Dtest=ReportsBench -Dbench.pgdata="$PGDATA_DIR" -Dspotless.check.skip=true \
    -Dspring.flyway.out-of-order=true 2>&1 \
    | grep -E "REPORTS" || { echo "The benchmark failed; see target/surefire-reports." >&2; exit 1; }
