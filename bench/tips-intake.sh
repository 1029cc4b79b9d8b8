#!/usr/bin/env bash
# Sustained anonymous tip intake over HTTP (JSON, no photos) against PostgreSQL, and a plain
# JDBC insert-and-commit loop into the same table in the same run, from the same number of
# clients. Prints a table (also saved under bench/results/). Targets: HTTP at least 50 % of
# the JDBC rate, p99 under 100 ms at 32 clients.
#
#   bench/tips-intake.sh                       # build, 32 clients, 10 s warm-up, 30 s measured
#   BENCH_CLIENTS=32 BENCH_SECONDS=60 BENCH_SKIP_BUILD=1 bench/tips-intake.sh
#
# Needs a local PostgreSQL (see .ci/run); creates and drops the database lachan_bench.
set -euo pipefail

cd "$(dirname "$0")/.."
clients="${BENCH_CLIENTS:-32}"
warmup="${BENCH_WARMUP:-10}"
seconds="${BENCH_SECONDS:-30}"
port="${BENCH_PORT:-18090}"
db="${BENCH_DB:-lachan_bench}"
jvm="${BENCH_JVM_OPTS:--Xmx512m}"
pool="${BENCH_POOL:-16}"

as_postgres() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
	echo "Building the jar (./mvnw -q -DskipTests package)"
	./mvnw -q -DskipTests package
fi
jar=$(ls target/lachan-*.jar | grep -v -- '-plain' | head -n 1)
pgjar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | sort -V | tail -n 1)

as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres <<SQL
DROP DATABASE IF EXISTS $db WITH (FORCE);
CREATE DATABASE $db OWNER lachan ENCODING 'UTF8' TEMPLATE template0;
SQL

pid=""
cleanup() {
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	fi
}
trap cleanup EXIT

log=$(mktemp)
LACHAN_DB_URL="jdbc:postgresql://localhost:5432/$db" LACHAN_DB_USER=lachan LACHAN_DB_PASSWORD=lachan \
	LACHAN_DEMO_DATA=true LACHAN_DATA_DIR="$(mktemp -d)" \
	java $jvm -jar "$jar" --spring.profiles.active=postgres --server.port="$port" \
	--lachan.tips.rate-limit.per-minute=1000000000 --spring.datasource.hikari.maximum-pool-size="$pool" \
	--logging.level.root=WARN >"$log" 2>&1 &
pid=$!
echo "Started the application (pid $pid), waiting for it"
for _ in $(seq 1 180); do
	if curl -fs "http://127.0.0.1:$port/report" -o /dev/null; then break; fi
	if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; exit 1; fi
	sleep 1
done
# Demo data loads after start: wait for the Open311 demo client, the loader's last step
sleep 5
unit=$(as_postgres psql -At -d "$db" -c "SELECT id FROM admin_unit WHERE code = '13639' ORDER BY id LIMIT 1")
echo "Vị Hoàng is unit $unit; $clients clients, ${warmup} s warm-up, ${seconds} s measured"
mkdir -p bench/results
out="bench/results/tips-intake-$(date +%Y%m%d-%H%M%S).txt"
{
	echo "# $(date -Iseconds) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), pool $pool, JVM $jvm"
	java -cp "$pgjar" bench/TipsIntakeBench.java "http://127.0.0.1:$port" \
		"jdbc:postgresql://localhost:5432/$db" lachan lachan "$unit" "$clients" "$warmup" "$seconds"
	echo
	echo "tips stored: $(as_postgres psql -At -d "$db" -c "SELECT COUNT(*) FROM tip")," \
		"events outstanding: $(as_postgres psql -At -d "$db" -c "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")"
} | tee "$out"
echo "Saved $out"
