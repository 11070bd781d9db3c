#!/usr/bin/env bash
# Validation of the effect estimator by simulation: PANELS panels (default 1 000) for each planted effect (0 and
# −1.0 pp), printing bias, RMSE, interval coverage with its simulation error and the naive before/after's bias;
# then the time of one national-scale portfolio estimate (230 000 workplaces, 3 000 treated, B = 999).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench test -Dtest=EvaluationSimulationBench -Dbench.panels="${PANELS:-1000}" \
    -Dbench.enterprises="${ENTERPRISES:-1500}" -Dbench.pgdata=target/bench/pg-evaluation -Dspotless.check.skip=true \
    -DargLine="-Xmx3g" 2>&1 | grep -E "EFFECT|estimator|naive|pre-trend|NATIONAL" \
    || { echo "The evaluation benchmark failed; see target/surefire-reports." >&2; exit 1; }
