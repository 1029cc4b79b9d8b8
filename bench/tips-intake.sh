#!/usr/bin/env bash
# Sustained anonymous tip intake over HTTP (JSON, no photos) against PostgreSQL, and a plain
# JDBC insert-and-commit loop into the same table in the same run, from the same number of
# clients. The JDBC loop is bench/TipsIntakeBench.java; the HTTP load comes from wrk (Debian
# package, installed if missing) with bench/tips-intake.lua, because a Java HTTP client costs
# the 2-core machine enough CPU to starve the application it measures (BENCH_CLIENT=java
# uses it anyway). Prints a table (also saved under bench/results/) and exits non-zero when
# the targets are missed: HTTP at least 50 % of the JDBC rate, p99 under 100 ms.
#
#   bench/tips-intake.sh                       # build, 32 clients, 60 s warm-up, 30 s measured
#   BENCH_CLIENTS=32 BENCH_SECONDS=60 BENCH_SKIP_BUILD=1 bench/tips-intake.sh
#
# The warm-up is long on purpose: on 2 cores the JIT compilers keep a core busy for the first
# minute of load. Needs a local PostgreSQL (see .ci/run); creates the database lachan_bench.
set -euo pipefail

cd "$(dirname "$0")/.."
clients="${BENCH_CLIENTS:-32}"
warmup="${BENCH_WARMUP:-60}"
client="${BENCH_CLIENT:-wrk}"
seconds="${BENCH_SECONDS:-30}"
port="${BENCH_PORT:-18090}"
db="${BENCH_DB:-lachan_bench}"
jvm="${BENCH_JVM_OPTS:--Xmx512m}"
pool="${BENCH_POOL:-16}"

as_postgres() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if [ "$client" = wrk ] && ! command -v wrk >/dev/null; then
	echo "Installing wrk (apt-get install -y wrk)"
	if [ "$(id -u)" -eq 0 ]; then apt-get install -y -q wrk >/dev/null; else sudo apt-get install -y -q wrk >/dev/null; fi
fi

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
	echo "Building the jar (./mvnw -q -DskipTests package)"
	./mvnw -q -DskipTests package
fi
# shellcheck source=bin/jvm-options.sh
. bin/jvm-options.sh
jar="${BENCH_JAR:-$(lachan_jar . tips-intake)}"
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
echo "Started the application (pid $pid), waiting until it is ready (demo data loaded)"
for _ in $(seq 1 180); do
	if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then break; fi
	if ! kill -0 "$pid" 2>/dev/null; then cat "$log"; exit 1; fi
	sleep 1
done
unit=$(as_postgres psql -At -d "$db" -c "SELECT id FROM admin_unit WHERE code = '13639' ORDER BY id LIMIT 1")
echo "Vị Hoàng is unit $unit; $clients clients, ${warmup} s warm-up, ${seconds} s measured, HTTP client $client"
mkdir -p bench/results
out="bench/results/tips-intake-$(date +%Y%m%d-%H%M%S).txt"

# wrk's latency in ms: "61.96ms" -> 61.96, "950.00us" -> 0.95, "1.02s" -> 1020
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/) n *= 1000; printf "%.1f", n }'; }

http_wrk() {
	local report
	BENCH_UNIT="$unit" wrk -t2 -c"$clients" -d"${warmup}s" -s bench/tips-intake.lua "http://127.0.0.1:$port" >/dev/null
	report=$(BENCH_UNIT="$unit" wrk -t2 -c"$clients" -d"${seconds}s" --latency -s bench/tips-intake.lua \
		"http://127.0.0.1:$port")
	local requests rate p50 p90 p99 errors
	requests=$(echo "$report" | awk '/requests in/ { print $1 }')
	rate=$(echo "$report" | awk '/^Requests\/sec/ { printf "%.0f", $2 }')
	p50=$(ms "$(echo "$report" | awk '$1 == "50%" { print $2 }')")
	p90=$(ms "$(echo "$report" | awk '$1 == "90%" { print $2 }')")
	p99=$(ms "$(echo "$report" | awk '$1 == "99%" { print $2 }')")
	errors=$(echo "$report" | awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }')
	echo "| http (wrk) | $clients | $seconds | $requests | $errors | $rate | $p50 | $p90 | $p99 |"
}

{
	echo "# $(date -Iseconds) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), pool $pool, JVM $jvm"
	if [ "$client" = wrk ]; then
		jdbc_row=$(java -cp "$pgjar" bench/TipsIntakeBench.java "http://127.0.0.1:$port" \
			"jdbc:postgresql://localhost:5432/$db" lachan lachan "$unit" "$clients" 10 "$seconds" jdbc-only | tail -n 1)
		http_row=$(http_wrk)
		echo "| path | clients | seconds | requests | errors | per second | p50 ms | p90 ms | p99 ms |"
		echo "|---|---|---|---|---|---|---|---|---|"
		echo "$jdbc_row"
		echo "$http_row"
	else
		java -cp "$pgjar" bench/TipsIntakeBench.java "http://127.0.0.1:$port" \
			"jdbc:postgresql://localhost:5432/$db" lachan lachan "$unit" "$clients" "$warmup" "$seconds" |
			grep '^|'
	fi
	echo
	echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "tips stored: $(as_postgres psql -At -d "$db" -c "SELECT COUNT(*) FROM tip")," \
		"events outstanding: $(as_postgres psql -At -d "$db" -c "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")"
	# The outbox's plans: sequential scans of event_publication (and the rows they read) against
	# index scans, over the whole run
	echo "event_publication: $(as_postgres psql -At -F ' ' -d "$db" -c "SELECT 'seq scans ' || seq_scan || \
		' (rows read ' || seq_tup_read || '), index scans ' || COALESCE(idx_scan, 0) || ', pages ' || \
		pg_relation_size('event_publication') / 8192 FROM pg_stat_user_tables WHERE relname = 'event_publication'")"
} | tee "$out"
echo "Saved $out"

# Verdict: HTTP at least half the JDBC rate, p99 under 100 ms
awk -F'|' '
	$2 ~ /jdbc/ { jdbc = $7 + 0 }
	$2 ~ /http/ { http = $7 + 0; p99 = $10 + 0 }
	END {
		ratio = (jdbc > 0) ? 100 * http / jdbc : 0
		ok = (ratio >= 50 && p99 < 100)
		printf "HTTP %d/s = %.1f %% of JDBC %d/s (target >= 50 %%), p99 %.1f ms (target < 100 ms): %s\n",
			http, ratio, jdbc, p99, ok ? "MEETS the targets" : "MISSES the targets"
		exit ok ? 0 : 1
	}' "$out" | tee -a "$out"
