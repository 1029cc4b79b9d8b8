#!/usr/bin/env bash
# Soak: public tip intake at a fixed rate (half the measured maximum; bench/tips-intake.sh
# measures it) for 10 minutes against one instance on PostgreSQL (production-like: PostgreSQL
# profile, keys from the environment, the public rate limit on: the client spreads its requests
# over loopback source addresses, 10 per address), sampling every SOAK_SAMPLE seconds the live
# heap (jcmd GC.run, then jstat's old generation: what survives a full collection) and the process's RSS.
# Prints the samples and a verdict; exits non-zero on any failed request, an outstanding event
# afterwards, or growth:
#   flat = the last minute's average live heap at most 20 % + 8 MiB above the second minute's,
#          and the last minute's average RSS at most 10 % + 32 MiB above the second minute's.
#
#   bench/soak.sh                                    # build, 10 min at 600 tips/s
#   SOAK_SKIP_BUILD=1 SOAK_RATE=800 SOAK_SECONDS=180 bench/soak.sh   # a shortened check
#
# The client (bench/TwoInstancesClient.java with a rate) sends on a fixed-rate schedule: a late
# request goes at once; the rate acknowledged (printed) says whether the machine kept up.
set -euo pipefail

cd "$(dirname "$0")/.."
db="${SOAK_DB:-lachan_soak}"
port_a="${SOAK_PORT:-18321}"
port_b=""
port_proxy=""
rate="${SOAK_RATE:-600}"
clients="${SOAK_CLIENTS:-16}"
seconds="${SOAK_SECONDS:-600}"
sample="${SOAK_SAMPLE:-15}"
rate_limit="${SOAK_RATE_LIMIT:-30}"
jvm="${SOAK_JVM_OPTS:--Xmx512m}"

# shellcheck source=bench/instances.sh
. bench/instances.sh
bench_install curl openssl
if [ -z "${SOAK_SKIP_BUILD:-}" ]; then
	echo "Building the jar (./mvnw -q -DskipTests package)"
	./mvnw -q -DskipTests package
fi
# shellcheck source=bin/jvm-options.sh
. bin/jvm-options.sh
jar="${SOAK_JAR:-$(lachan_jar . soak)}"
work=$(mktemp -d)
trap bench_cleanup EXIT

bench_prepare
bench_start a "$port_a"
pid=$bench_last_pid
bench_wait "$port_a" "$pid" "$work/a.log"
unit=$(bench_sql "SELECT id FROM admin_unit WHERE code = '13639' ORDER BY id LIMIT 1")
mkdir -p bench/results
out="bench/results/soak-$(date +%Y%m%d-%H%M%S).txt"
{
	echo "# $(date -Iseconds) $(nproc) cores, load $(bench_load), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')," \
		"JVM $jvm, $rate tips/s for $seconds s from $clients clients, a sample every $sample s"
	echo "| s | live heap MiB | RSS MiB | tips stored | load |"
	echo "|---|---|---|---|---|"
} | tee "$out"

java bench/TwoInstancesClient.java 127.0.0.1 "$port_a" "$unit" "$clients" "$seconds" "$work/acks.txt" "$rate" 0 \
	>"$work/client.txt" &
client=$!
started=$(date +%s)
# the old generation right after a full collection: what is alive (young objects allocated by
# the requests in between stay in eden)
live_heap() {
	jcmd "$pid" GC.run >/dev/null
	jstat -gc "$pid" | awk 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "OU") c = i } NR == 2 { printf "%.1f", $c / 1024 }'
}
while kill -0 "$client" 2>/dev/null; do
	sleep "$sample"
	kill -0 "$client" 2>/dev/null || break
	elapsed=$(($(date +%s) - started))
	heap=$(live_heap)
	rss=$(awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")
	tips=$(bench_sql "SELECT COUNT(*) FROM tip")
	echo "| $elapsed | $heap | $rss | $tips | $(bench_load) |" | tee -a "$out"
done
wait "$client"
for _ in $(seq 1 30); do
	[ "$(bench_sql "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")" = 0 ] && break
	sleep 1
done
outstanding=$(bench_sql "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
{
	echo
	sed -n 1,2p "$work/client.txt"
	echo "events outstanding afterwards: $outstanding; load after: $(bench_load)"
} | tee -a "$out"
failures=$(sed -n 1p "$work/client.txt" | awk '{ for (i = 1; i <= NF; i++) if ($i == "sent") s = $(i + 1) + 0; else if ($i == "acknowledged") a = $(i + 1) + 0 } END { print s - a }')

awk -F'|' -v failures="$failures" -v outstanding="$outstanding" -v seconds="$seconds" '
	$2 ~ /^ *[0-9]+ *$/ {
		t = $2 + 0; heap = $3 + 0; rss = $4 + 0
		if (t > 60 && t <= 120) { h2 += heap; r2 += rss; n2++ }
		if (t > seconds - 60) { hl += heap; rl += rss; nl++ }
	}
	END {
		if (n2 == 0 || nl == 0) { print "VERDICT: too short to compare the second and the last minute"; exit 3 }
		h2 /= n2; r2 /= n2; hl /= nl; rl /= nl
		heap_ok = (hl <= 1.2 * h2 + 8); rss_ok = (rl <= 1.1 * r2 + 32)
		printf "second minute: live heap %.1f MiB, RSS %.1f MiB; last minute: live heap %.1f MiB, RSS %.1f MiB\n", h2, r2, hl, rl
		printf "VERDICT: %d failed requests, %d events outstanding, heap %s, RSS %s: %s\n", failures, outstanding,
			heap_ok ? "flat" : "GROWING", rss_ok ? "flat" : "GROWING",
			(failures == 0 && outstanding == 0 && heap_ok && rss_ok) ? "PASSED" : "FAILED"
		exit (failures == 0 && outstanding == 0 && heap_ok && rss_ok) ? 0 : 1
	}' "$out" | tee -a "$out"
