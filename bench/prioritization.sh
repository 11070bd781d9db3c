#!/usr/bin/env bash
# Call lists at national scale: a mix of filter combinations (first and a deep page) through the service layer, p50/p95
# each and the ratio to a naive query computing the four-quarter figures on the fly; then a 50 000-row XLSX export.
# Needs target/bench/pg-stats from bench/statistics.sh (run that first).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -d target/bench/pg-stats ]]; then
    echo "Kjør bench/register-import.sh og bench/statistics.sh først." >&2
    exit 1
fi
mvn -B -q -Pbench test -Dtest=PrioritizationBench -Dbench.pgdata=target/bench/pg-stats -Dspotless.check.skip=true 2>&1 \
    | grep -E "page|WORST|EXPORT|PUBLISH|Call lists|candidates rebuilt|Snapshot"
