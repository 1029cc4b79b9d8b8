#!/usr/bin/env bash
# Residence benchmarks on a local PostgreSQL: a 100,000-stay CSV import through the application
# against PostgreSQL COPY of the same rows into the same table, and exact ID search over
# 1,000,000 stays (p50/p95/p99). Prints RESULT lines and the machine; results go to
# docs/PERFORMANCE-residence.md by hand.
#   BENCH_DB (default lachan_residence_bench), ROWS (100000), SEARCH_ROWS (1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
db="${BENCH_DB:-lachan_residence_bench}"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
pg_ctlcluster 15 main start 2>/dev/null || true
as_postgres psql -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 || as_postgres createdb -O lachan "$db"
./mvnw -o -q compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
export LACHAN_DEMO_DATA=true LACHAN_DB_URL="jdbc:postgresql://localhost:5432/$db" LACHAN_DB_USER=lachan LACHAN_DB_PASSWORD=lachan
export LACHAN_DATA_DIR="${LACHAN_DATA_DIR:-target/bench-data}"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), load: $(cut -d' ' -f1-3 /proc/loadavg), $(psql --version 2>/dev/null || echo PostgreSQL 15)"
java -Xmx2g -Drows="${ROWS:-100000}" -DsearchRows="${SEARCH_ROWS:-1000000}" \
	-cp "target/classes:$(cat target/bench.classpath)" bench/ResidenceBenchmark.java 2>&1 | grep -E "RESULT|Exception|Error|at vn|Stay submission|moved" || true
