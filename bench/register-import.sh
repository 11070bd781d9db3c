#!/usr/bin/env bash
# Register import benchmark at national scale: generates a synthetic Brønnøysund register (1.1 million legal units,
# 600 000 sub-units) once, imports it into a fresh throw-away embedded PostgreSQL with a 512 MB heap, then imports it
# again (every record should come back "uendret"). Prints records/second, peak RSS and peak JVM heap for both runs.
#
# Usage: bench/register-import.sh            (from anywhere; builds the jar first)
# Env:   LEGAL_UNITS, SUB_UNITS, SEED        generator size and seed (defaults: national size, seed 2024)
#        HEAP                                JVM heap for the import (default 512m)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
JAR=target/iaverk.jar
OUT=target/bench
REGISTER=$OUT/register
PGDATA=$OUT/pg-register
HEAP=${HEAP:-512m}
LEGAL_UNITS=${LEGAL_UNITS:-1100000}
SUB_UNITS=${SUB_UNITS:-600000}
SEED=${SEED:-2024}
mkdir -p "$OUT"

echo "== Bygger $JAR"
mvn -B -q package -DskipTests -Dspotless.check.skip=true
# Run from a copy: rebuilding target/iaverk.jar under a running JVM breaks its class loading mid-import.
cp "$JAR" "$OUT/iaverk.jar"
JAR=$OUT/iaverk.jar


if [[ -f $REGISTER/enheter.json.gz && -f $REGISTER/underenheter.json.gz ]]; then
    echo "== Bruker eksisterende register i $REGISTER (slett mappen for å generere på nytt)"
else
    echo "== Genererer register i $REGISTER"
    rm -rf "$REGISTER"
    # The command context starts a database it does not use; an ephemeral one leaves nothing behind.
    java -Diaverk.embedded.ephemeral=true -jar "$JAR" generate-register \
        --legal-units "$LEGAL_UNITS" --sub-units "$SUB_UNITS" --seed "$SEED" "$REGISTER"
fi
ls -l "$REGISTER"

# Peak heap after GC and peak heap in use (before GC), in MB, from a unified -Xlog:gc log.
heap_from_gc_log() {
    awk '
        function mb(value, unit) { value += 0; return unit == "K" ? value / 1024 : unit == "G" ? value * 1024 : value }
        # Only evacuating pauses: remark and cleanup report a heap that still holds garbage.
        /Pause (Young|Full)/ && match($0, /[0-9]+[KMG]->[0-9]+[KMG]\([0-9]+[KMG]\)/) {
            s = substr($0, RSTART, RLENGTH)
            split(s, parts, /->|\(|\)/)
            before = mb(substr(parts[1], 1, length(parts[1]) - 1), substr(parts[1], length(parts[1])))
            after = mb(substr(parts[2], 1, length(parts[2]) - 1), substr(parts[2], length(parts[2])))
            committed = mb(substr(parts[3], 1, length(parts[3]) - 1), substr(parts[3], length(parts[3])))
            if (after > maxAfter) maxAfter = after
            if (before > maxBefore) maxBefore = before
            if (committed > maxCommitted) maxCommitted = committed
            n++
        }
        END { printf "%d %d %d %d\n", maxAfter, maxBefore, maxCommitted, n }
    ' "$1"
}

# Runs one import; sets RUN_* variables.
run_import() {
    local label=$1
    local log=$OUT/import-$label.log
    local gclog=$OUT/gc-$label.log
    local timelog=$OUT/time-$label.log
    rm -f "$log" "$gclog" "$timelog"
    local cmd=(java "-Xmx$HEAP" "-Xlog:gc:file=$gclog" "-Diaverk.embedded.data-dir=$PGDATA" -Dlogging.level.no.iaverk.register=debug
        -jar "$JAR" import-register "$REGISTER/enheter.json.gz" "$REGISTER/underenheter.json.gz")
    echo "== Import $label: ${cmd[*]}"
    local started ended rss_kb=0
    started=$(date +%s.%N)
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -v -o "$timelog" "${cmd[@]}" 2>&1 | tee "$log"
        rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$timelog")
    else
        # No GNU time: sample the JVM's resident set every half second.
        "${cmd[@]}" > >(tee "$log") 2>&1 &
        local pid=$!
        while kill -0 "$pid" 2>/dev/null; do
            local rss
            rss=$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ' || true)
            [[ -n $rss && $rss -gt $rss_kb ]] && rss_kb=$rss
            sleep 0.5
        done
        wait "$pid"
    fi
    ended=$(date +%s.%N)
    RUN_WALL=$(awk -v a="$started" -v b="$ended" 'BEGIN { printf("%.1f", b - a) }')
    RUN_SUMMARY=$(grep -E '^[0-9]+ lest:' "$log" | tail -1 || true)
    RUN_RECORDS=$(awk '/^[0-9]+ lest:/ { print $1 }' "$log" | tail -1)
    RUN_IMPORT_TIME=$(sed -nE 's/^Tid: ([0-9.,]+) s .*/\1/p' "$log" | tail -1)
    RUN_IMPORT_RATE=$(sed -nE 's/^Tid: .*\(([^)]+) poster\/s\)/\1/p' "$log" | tail -1)
    RUN_WALL_RATE=$(awk -v n="${RUN_RECORDS:-0}" -v t="$RUN_WALL" 'BEGIN { printf("%.0f", (t > 0 ? n / t : 0)) }')
    RUN_RSS_MB=$((rss_kb / 1024))
    read -r RUN_HEAP_AFTER RUN_HEAP_BEFORE RUN_HEAP_COMMITTED RUN_GCS < <(heap_from_gc_log "$gclog")
    echo
    echo "   poster: $RUN_RECORDS   ($RUN_SUMMARY)"
    echo "   veggtid (hele JVM-en, med oppstart av PostgreSQL): $RUN_WALL s  => $RUN_WALL_RATE poster/s"
    echo "   importens egen tid: $RUN_IMPORT_TIME s  => $RUN_IMPORT_RATE poster/s"
    echo "   topp RSS for JVM-prosessen: $RUN_RSS_MB MB"
    echo "   JVM-heap: maks etter GC $RUN_HEAP_AFTER MB, maks i bruk før GC $RUN_HEAP_BEFORE MB," \
        "maks reservert $RUN_HEAP_COMMITTED MB ($RUN_GCS GC-er, -Xmx$HEAP)"
    echo
}

echo "== Ny, tom database i $PGDATA"
rm -rf "$PGDATA"
run_import first
FIRST=("$RUN_RECORDS" "$RUN_WALL" "$RUN_WALL_RATE" "$RUN_IMPORT_TIME" "$RUN_IMPORT_RATE" "$RUN_RSS_MB" "$RUN_HEAP_AFTER" "$RUN_HEAP_BEFORE" "$RUN_SUMMARY")
run_import second
SECOND=("$RUN_RECORDS" "$RUN_WALL" "$RUN_WALL_RATE" "$RUN_IMPORT_TIME" "$RUN_IMPORT_RATE" "$RUN_RSS_MB" "$RUN_HEAP_AFTER" "$RUN_HEAP_BEFORE" "$RUN_SUMMARY")

row() { printf '%-30s %-30s %s\n' "$1" "$2" "$3"; }
echo "================================ Register import benchmark ================================"
echo "Files:  $ROOT/$REGISTER (enheter.json.gz + underenheter.json.gz)"
echo "JVM:    -Xmx$HEAP, $(java -version 2>&1 | head -1)"
row "" "first import (empty db)" "re-import (same files)"
row "records" "${FIRST[0]}" "${SECOND[0]}"
row "wall time, whole JVM (s)" "${FIRST[1]}" "${SECOND[1]}"
row "records/s (wall)" "${FIRST[2]}" "${SECOND[2]}"
row "import time, report (s)" "${FIRST[3]}" "${SECOND[3]}"
row "records/s (report)" "${FIRST[4]}" "${SECOND[4]}"
row "peak RSS of the JVM (MB)" "${FIRST[5]}" "${SECOND[5]}"
row "max heap after GC (MB)" "${FIRST[6]}" "${SECOND[6]}"
row "max heap in use (MB)" "${FIRST[7]}" "${SECOND[7]}"
echo "first:  ${FIRST[8]}"
echo "second: ${SECOND[8]}"
echo "The JVM heap after GC is the memory that must not grow with the file. Embedded PostgreSQL runs in its own"
echo "processes; its memory is not counted above. Logs: $OUT/import-*.log, $OUT/gc-*.log"
echo "==========================================================================================="
