#!/usr/bin/env bash
# Validation of the randomised trials' analysis by simulation: TRIALS two-arm trials (default 500) of UNITS legal units
# (default 600) for each planted effect (0, −0.5 and −1.0 pp), printing the type-I error and power of the stratified
# permutation test and of the robust t, and the coverage of the 95 % intervals with their simulation error; then the
# time of one analysis of 1 000 legal units with 2 000 permutations. Pure computation: no database. EFFECTS (a
# comma-separated list) and SEED (the first trial's seed) run other sets of trials.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench test -Dtest=TrialSimulationBench -Dbench.trials="${TRIALS:-500}" -Dbench.units="${UNITS:-600}" \
    -Dbench.permutations="${PERMUTATIONS:-2000}" \
    -Dbench.effects="${EFFECTS:-0,-0.5,-1.0}" -Dbench.seed="${SEED:-0}" -Dspotless.check.skip=true -DargLine="-Xmx2g" 2>&1 \
    | grep -oE "(TRIALS|TIMING) .*" \
    || { echo "The trials benchmark failed; see target/surefire-reports." >&2; exit 1; }
