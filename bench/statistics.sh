#!/usr/bin/env bash
# Statistics import at national scale: 20 quarters of NAV's files for the national register, imported through the
# service a user's import goes through, against plain COPY of the same rows; then the time to publish a quarter.
# Needs target/bench/pg-register from bench/register-import.sh (run that first).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/bench
if [[ ! -d $OUT/pg-register ]]; then
    echo "Kjør bench/register-import.sh først: den lager databasen med det nasjonale registeret." >&2
    exit 1
fi
echo "== Bygger jar"
mvn -B -q package -DskipTests -Dspotless.check.skip=true
cp target/iaverk.jar "$OUT/iaverk.jar"
echo "== Kopierer registerdatabasen til $OUT/pg-stats"
rm -rf "$OUT/pg-stats"
cp -a "$OUT/pg-register" "$OUT/pg-stats"
rm -f "$OUT/pg-stats/postmaster.pid" "$OUT/pg-stats/epg-lock"
if [[ ! -d $OUT/statistics ]]; then
    echo "== Genererer 20 kvartaler statistikk i $OUT/statistics"
    java -Xmx1g -Diaverk.embedded.data-dir="$OUT/pg-stats" -jar "$OUT/iaverk.jar" generate-statistics "$OUT/statistics"
fi
echo "== Importerer og publiserer"
mvn -B -q -Pbench test -Dtest=StatisticsImportBench -Dbench.pgdata="$OUT/pg-stats" -Dspotless.check.skip=true 2>&1 \
    | grep -E "^(20[0-9]{2}K|TOTAL|RAW|RATIO|PUBLISH|Statistics import)"
