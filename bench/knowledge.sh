#!/usr/bin/env bash
# Knowledge library search latency: GET /api/knowledge over HTTP (hits, ranking and every facet count) for words,
# Norwegian inflections, phrases, misspellings, facets alone and filters, over the whole shipped library, on its own
# embedded PostgreSQL (the library does not depend on the register's size). Prints p50/p95/max per kind of query.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench test -Dtest=KnowledgeSearchBench -Dbench.pgdata="${PGDATA_DIR:-target/bench/pg-knowledge}" \
    -Dspotless.check.skip=true 2>&1 | grep -E "KNOWLEDGE" \
    || { echo "The benchmark failed; see target/surefire-reports." >&2; exit 1; }
