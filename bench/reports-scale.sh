#!/usr/bin/env bash
# Dashboard figures at scale on a local PostgreSQL: 10 million tips, 10 million stays and
# 1 million urban-order violations generated inside PostgreSQL (generate_series), then the
# p50/p95/p99 of every dashboard section's figures from the reports module's rollups, for
# the city and a ward, over the article's period and a month, against the same figures
# computed straight from the source tables in the same run. Prints RESULT lines and the
# machine; results go to docs/PERFORMANCE.md by hand. Not part of ./mvnw verify or CI.
#
# Prerequisites: JDK 17, PostgreSQL 15 on localhost:5432 with a role lachan/lachan that may
# own databases (created by docs/DEVELOPING.md's set-up), root or sudo to run createdb as
# postgres, about 20 GB of free disk for the data, and the Maven repository (./mvnw -o).
# Generation takes 20-40 minutes on two cores; a second run on the same database skips it.
#   BENCH_DB (default lachan_hsc_bench), TIPS (10000000), STAYS (10000000),
#   VIOLATIONS (1000000), REPS (200 per rollup figure), SOURCE_REPS (10 per source figure,
#   at most MAX_SECONDS, default 15, of measuring each), SOURCE=false measures the rollups only,
#   BENCH_DROP=1 drops the database at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${BENCH_DB:-lachan_hsc_bench}"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
as_postgres psql -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 || as_postgres createdb -O lachan "$db"
./mvnw -o -q compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dspring-javaformat.skip=true >/dev/null
# a copy of the classes, so that a build during the run changes nothing in it
rm -rf target/bench-reports && mkdir -p target/bench-reports && cp -r target/classes target/bench-reports/app
cp="target/bench-reports/app:$(cat target/bench.classpath)"
javac -q -nowarn -d target/bench-reports -cp "$cp" bench/ReportsScaleBenchmark.java bench/ReportsScaleData.java 2>/dev/null \
	|| javac -d target/bench-reports -cp "$cp" bench/ReportsScaleBenchmark.java bench/ReportsScaleData.java
export LACHAN_DEMO_DATA=true LACHAN_DB_URL="jdbc:postgresql://localhost:5432/$db" LACHAN_DB_USER=lachan LACHAN_DB_PASSWORD=lachan
export LACHAN_DATA_DIR="${LACHAN_DATA_DIR:-target/bench-data}"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "postgres: $(PGPASSWORD=lachan psql -h localhost -U lachan -d "$db" -tAc 'SHOW server_version') (default settings)"
java -Xmx1g -Dtips="${TIPS:-10000000}" -Dstays="${STAYS:-10000000}" -Dviolations="${VIOLATIONS:-1000000}" \
	-Dreps="${REPS:-200}" -DsourceReps="${SOURCE_REPS:-10}" -DmaxSeconds="${MAX_SECONDS:-15}" -Dsource="${SOURCE:-true}" \
	-cp "target/bench-reports:$cp" ReportsScaleBenchmark 2>&1 | grep --line-buffered -E "RESULT|generat|Exception|Error|Caused|at vn" || true
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${BENCH_DROP:-0}" = 1 ]; then as_postgres dropdb --force "$db"; fi
