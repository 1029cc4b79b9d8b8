#!/usr/bin/env bash
# Start-up benchmark: time from launching the application to /actuator/health UP and to ready
# (the demo data loaded), and resident memory after start, on a fresh H2 data directory with
# the demo data of Nam Định city. Runs each mode BENCH_RUNS times: the jar with the default
# JVM options, the jar with the tuned options, and the documented run mode bin/run.sh (tuned
# options and an AppCDS archive, built beforehand by bin/appcds.sh). Prints a table (also saved
# under bench/results/) and exits non-zero when the documented run mode misses the targets:
# ready under 10 s, RSS under 450 MB. The machine has 2 cores: other work on it (see the load
# column) slows start-up a lot, so the modes take turns (run 1 of each, then run 2, ...).
#
#   bench/startup.sh                 # build, then 3 runs of each mode
#   BENCH_RUNS=5 BENCH_SKIP_BUILD=1 bench/startup.sh
#   BENCH_MODES="tuned appcds" bench/startup.sh
set -euo pipefail

cd "$(dirname "$0")/.."
runs="${BENCH_RUNS:-3}"
port="${BENCH_PORT:-18089}"
target_seconds=10
target_mb=450
# shellcheck source=bin/jvm-options.sh
. bin/jvm-options.sh
# JVM options of each mode (bin/run.sh applies those of appcds; here they only label the table)
declare -A options=([default]="" [tuned]="$LACHAN_JVM_OPTIONS"
	[appcds]="$LACHAN_JVM_OPTIONS -XX:SharedArchiveFile=target/appcds/lachan.jsa")
read -r -a names <<<"${BENCH_MODES:-default tuned appcds}"
for name in "${names[@]}"; do
	[ -n "${options[$name]+set}" ] || { echo "bench: unknown mode $name (default, tuned, appcds)" >&2; exit 1; }
done
# The documented run mode (README, "Run and test")
documented="appcds"

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
	echo "Building the jar (./mvnw -q -DskipTests package)"
	./mvnw -q -DskipTests package
fi
jar=$(lachan_jar . startup)
echo "Building the AppCDS archive (bin/appcds.sh)"
bin/appcds.sh
command -v curl >/dev/null || { echo "bench: curl is needed" >&2; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
	echo "bench: port $port is in use; set BENCH_PORT" >&2
	exit 1
fi

work=$(mktemp -d)
pid=""
cleanup() {
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Polls a URL until its body says UP; prints the milliseconds since $1
wait_up() {
	local since=$1 url=$2
	for _ in $(seq 1 1200); do
		if curl -fs --max-time 2 "$url" 2>/dev/null | grep -q '"status":"UP"'; then
			echo $(($(now_ms) - since))
			return 0
		fi
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "bench: the application died; see $work/app.log" >&2
			tail -n 40 "$work/app.log" >&2
			exit 1
		fi
		sleep 0.1
	done
	echo "bench: $url not UP after 120 s" >&2
	exit 1
}

seconds() { awk -v ms="$1" 'BEGIN { print ms / 1000 }'; }

# CPU seconds (user + system) the process has used: less sensitive to other work than wall time
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / hz }' "/proc/$1/stat"; }

rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

results="$work/results.tsv"
: >"$results"
printf '| JVM options | run | load at launch | launch → health UP | launch → ready | CPU to ready | RSS after start |\n'
printf '|---|---|---|---|---|---|---|\n'
for run in $(seq 1 "$runs"); do
	for name in "${names[@]}"; do
		data="$work/data-$name-$run"
		mkdir -p "$data"
		load=$(cut -d ' ' -f 1 /proc/loadavg)
		start=$(now_ms)
		arguments=(--server.port="$port" --management.endpoint.health.probes.enabled=true)
		if [ "$name" = appcds ]; then
			# bin/run.sh replaces itself with the JVM: $! is the JVM's process
			LACHAN_DATA_DIR="$data" LACHAN_DEMO_DATA=true bin/run.sh "${arguments[@]}" >"$work/app.log" 2>&1 &
		else
			# shellcheck disable=SC2086 # the options are words
			LACHAN_DATA_DIR="$data" LACHAN_DEMO_DATA=true java ${options[$name]} -jar "$jar" "${arguments[@]}" \
				>"$work/app.log" 2>&1 &
		fi
		pid=$!
		health=$(wait_up "$start" "http://127.0.0.1:$port/actuator/health")
		# readiness turns UP after the start-up runners (demo data) have finished
		ready=$(wait_up "$start" "http://127.0.0.1:$port/actuator/health/readiness")
		cpu=$(cpu_seconds "$pid")
		if [ "$name" = appcds ] && ! grep -q 'target/appcds/lachan.jsa' "/proc/$pid/maps"; then
			echo "bench: the JVM did not map the AppCDS archive; see $work/app.log" >&2
			exit 1
		fi
		sleep 3
		rss=$(rss_mb "$pid")
		kill "$pid"
		wait "$pid" 2>/dev/null || true
		pid=""
		printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$health" "$ready" "$rss" "$cpu" "$load" >>"$results"
		printf '| %s `%s` | %s | %s | %.1f s | %.1f s | %s s | %s MiB |\n' "$name" "${options[$name]:-(none)}" "$run" "$load" \
			"$(seconds "$health")" "$(seconds "$ready")" "$cpu" "$rss"
	done
done

echo
status=0
for name in "${names[@]}"; do
	ready=$(awk -v n="$name" '$1 == n { print $3 }' "$results" | median)
	worst=$(awk -v n="$name" '$1 == n { print $3 }' "$results" | sort -n | tail -n 1)
	rss=$(awk -v n="$name" '$1 == n { print $4 }' "$results" | median)
	cpu=$(awk -v n="$name" '$1 == n { print $5 }' "$results" | median)
	load=$(awk -v n="$name" '$1 == n { print $6 }' "$results" | median)
	verdict="meets the targets"
	if [ "$(awk -v r="$ready" -v t="$target_seconds" 'BEGIN { print (r >= t * 1000) }')" = 1 ] \
		|| [ "$(awk -v m="$rss" -v t="$target_mb" 'BEGIN { print (m >= t) }')" = 1 ]; then
		verdict="MISSES the targets"
		[ "$name" = "$documented" ] && status=1
	fi
	printf '%-8s median ready %.1f s (worst %.1f s), CPU %s s, RSS %s MiB, load %s: %s (< %s s, < %s MB)\n' \
		"$name" "$(seconds "$ready")" "$(seconds "$worst")" "$cpu" "$rss" "$load" "$verdict" "$target_seconds" \
		"$target_mb"
done
if [[ " ${names[*]} " != *" $documented "* ]]; then
	echo "The documented run mode ($documented) was not measured: no verdict"
fi
mkdir -p bench/results
cp "$results" "bench/results/startup-$(date +%Y%m%d-%H%M%S).tsv"
exit "$status"
