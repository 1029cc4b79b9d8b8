#!/usr/bin/env bash
# Start-up benchmark (issue 18): the plain jar, AppCDS on JDK 17 and the AOT cache on JDK 25, taking
# turns in one run (turn 1 of each mode, then turn 2, ...), each start on a fresh H2 data
# directory with the demo data of Nam Định city. Per start it records the time from launch to
# /actuator/health UP (ready) and to readiness UP, the JVM's CPU seconds at ready, its resident
# memory 3 s after ready, then the time of 1,000 signed-in page views (a ward officer's console
# pages in turn, two at a time) and the resident memory after them. Prints a table and medians
# with ranges (also saved under bench/results/, with the machine), and exits non-zero when the
# documented run mode misses the targets: ready under 5 s, RSS 3 s after ready under 300 MiB.
#
# Modes (BENCH_MODES, default "plain appcds aot"):
#   plain   java -jar target/lachan-*.jar on JDK 17 (java on PATH), no JVM options
#   tuned   the same with the tuned options of bin/jvm-options.sh, no cache
#   appcds  bin/run.sh as on a machine without JDK 25 (LACHAN_JDK25_HOME=/nonexistent): JDK 17,
#           AppCDS archive, tuned options and memory sizes
#   aot     bin/run.sh with JDK 25 (LACHAN_JDK25_HOME, JAVA_HOME or the default path): its AOT
#           cache, tuned options and memory sizes; skipped, with a message, without JDK 25
# The documented run mode is aot where JDK 25 is present, appcds otherwise.
#
# The machine has 2 cores: other work on it (see the load column) slows start-up a lot; the CPU
# column is less sensitive to it.
#
#   bench/startup.sh                            # build, then 3 turns
#   BENCH_RUNS=5 BENCH_SKIP_BUILD=1 bench/startup.sh
#   BENCH_MODES="appcds aot" BENCH_VIEWS=0 bench/startup.sh
set -euo pipefail

cd "$(dirname "$0")/.."
runs="${BENCH_RUNS:-3}"
views="${BENCH_VIEWS:-1000}"
port="${BENCH_PORT:-18089}"
target_seconds=5
target_mb=300
# shellcheck source=bin/jvm-options.sh
. bin/jvm-options.sh
java25=$(lachan_java25)
read -r -a names <<<"${BENCH_MODES:-plain appcds aot}"
for name in "${names[@]}"; do
	case "$name" in
	plain | tuned | appcds | aot) ;;
	*) echo "bench: unknown mode $name (plain, tuned, appcds, aot)" >&2; exit 1 ;;
	esac
done
if [ -z "$java25" ]; then
	documented=appcds
	if [[ " ${names[*]} " == *" aot "* ]]; then
		echo "bench: no JDK 25 (LACHAN_JDK25_HOME, JAVA_HOME, $LACHAN_JDK25_DEFAULT): mode aot is skipped"
		read -r -a names <<<"$(printf '%s\n' "${names[@]}" | grep -vx aot | tr '\n' ' ')"
	fi
else
	documented=aot
fi
declare -A label=([plain]="JDK 17 jar, no options" [tuned]="JDK 17 jar, $LACHAN_JVM_OPTIONS"
	[appcds]="bin/run.sh, JDK 17 AppCDS" [aot]="bin/run.sh, JDK 25 AOT cache")

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
	echo "Building the jar (./mvnw -q -DskipTests package)"
	./mvnw -q -DskipTests package
fi
jar=$(lachan_jar . startup)
command -v curl >/dev/null || { echo "bench: curl is needed" >&2; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
	echo "bench: port $port is in use; set BENCH_PORT" >&2
	exit 1
fi
# The caches are built before the first turn (bin/run.sh would build a stale one in its first start)
if [[ " ${names[*]} " == *" appcds "* ]]; then
	echo "Building the AppCDS archive (bin/appcds.sh)"
	bin/appcds.sh
fi
if [[ " ${names[*]} " == *" aot "* ]]; then
	echo "Building the AOT cache (bin/aotcache.sh)"
	bin/aotcache.sh
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
	for _ in $(seq 1 3000); do
		if curl -fs --max-time 2 "$url" 2>/dev/null | grep -q '"status":"UP"'; then
			echo $(($(now_ms) - since))
			return 0
		fi
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "bench: the application died; see $work/app.log" >&2
			tail -n 40 "$work/app.log" >&2
			exit 1
		fi
		sleep 0.05
	done
	echo "bench: $url not UP after 150 s" >&2
	exit 1
}

seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

# CPU seconds (user + system) the process has used: less sensitive to other work than wall time
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / hz }' "/proc/$1/stat"; }

rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# Signs in as the ward officer vihoang and views $views console pages in turn, two at a time;
# prints the milliseconds they took; fails when one did not answer 200
page_views() {
	local base="http://127.0.0.1:$port" cookies="$work/cookies" csrf since i
	local -a pages=(/console /console/tips /console/forces/teams /console/residence /console/streets
		/console/mediation /console/programs /console/cameras /console/community /console/territory
		/console/forces/activities /console/account)
	rm -f "$cookies"
	csrf=$(curl -fs -c "$cookies" -b "$cookies" "$base/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
	curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode username=vihoang \
		--data-urlencode password=LaChan@2022 --data-urlencode "_csrf=$csrf" "$base/login"
	since=$(now_ms)
	for i in $(seq 0 $((views - 1))); do
		printf 'url = "%s%s"\noutput = "/dev/null"\n' "$base" "${pages[$((i % ${#pages[@]}))]}"
	done | curl -s --no-progress-meter -b "$cookies" --parallel --parallel-max 2 -K - -w '%{http_code}\n' >"$work/codes" 2>/dev/null
	local elapsed=$(($(now_ms) - since))
	if [ "$(grep -cx 200 "$work/codes")" != "$views" ]; then
		echo "bench: page views that did not answer 200: $(sort "$work/codes" | uniq -c | tr '\n' ' ')" >&2
		exit 1
	fi
	echo "$elapsed"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

machine="$(date -u '+%Y-%m-%d %H:%M UTC'); nproc $(nproc); $(free -h | awk '/^Mem:/ { print $2 }') RAM; $(grep -m 1 'model name' /proc/cpuinfo | cut -d ':' -f 2 | sed 's/^ //'); $(java -version 2>&1 | head -n 1)"
[ -n "$java25" ] && machine="$machine; $("$java25" -version 2>&1 | head -n 1)"
machine="$machine; $(basename "$jar") $(git rev-parse --short HEAD 2>/dev/null || true)"
echo "Machine: $machine"
results="$work/results.tsv"
: >"$results"
printf '| mode | turn | load at launch | launch → health UP | launch → readiness UP | CPU at ready | RSS 3 s after ready | %s page views | RSS after them |\n' "$views"
printf '|---|---|---|---|---|---|---|---|---|\n'
for run in $(seq 1 "$runs"); do
	for name in "${names[@]}"; do
		data="$work/data-$name-$run"
		mkdir -p "$data"
		load=$(cut -d ' ' -f 1 /proc/loadavg)
		arguments=(--server.port="$port" --management.endpoint.health.probes.enabled=true)
		start=$(now_ms)
		case "$name" in
		plain) LACHAN_DATA_DIR="$data" LACHAN_DEMO_DATA=true java -jar "$jar" "${arguments[@]}" >"$work/app.log" 2>&1 & ;;
		tuned)
			# shellcheck disable=SC2086 # the options are words
			LACHAN_DATA_DIR="$data" LACHAN_DEMO_DATA=true java $LACHAN_JVM_OPTIONS -jar "$jar" "${arguments[@]}" \
				>"$work/app.log" 2>&1 &
			;;
		# bin/run.sh replaces itself with the JVM: $! is the JVM's process
		appcds) LACHAN_JDK25_HOME=/nonexistent LACHAN_DATA_DIR="$data" LACHAN_DEMO_DATA=true bin/run.sh "${arguments[@]}" \
			>"$work/app.log" 2>&1 & ;;
		aot) LACHAN_DATA_DIR="$data" LACHAN_DEMO_DATA=true bin/run.sh "${arguments[@]}" >"$work/app.log" 2>&1 & ;;
		esac
		pid=$!
		health=$(wait_up "$start" "http://127.0.0.1:$port/actuator/health")
		ready=$(wait_up "$start" "http://127.0.0.1:$port/actuator/health/readiness")
		cpu=$(cpu_seconds "$pid")
		case "$name" in
		appcds) grep -q 'target/appcds/lachan.jsa' "/proc/$pid/maps" && grep -q '^run: AppCDS' "$work/app.log" \
			|| { echo "bench: bin/run.sh did not start with the AppCDS archive; see $work/app.log" >&2; exit 1; } ;;
		aot) grep -q 'target/aot/lachan.aot' "/proc/$pid/maps" && grep -q '^run: JDK 25 AOT cache' "$work/app.log" \
			|| { echo "bench: bin/run.sh did not start with the AOT cache; see $work/app.log" >&2; exit 1; } ;;
		esac
		sleep 3
		rss=$(rss_mb "$pid")
		viewed="" rss_views=""
		if [ "$views" -gt 0 ]; then
			viewed=$(page_views)
			rss_views=$(rss_mb "$pid")
		fi
		kill "$pid"
		wait "$pid" 2>/dev/null || true
		pid=""
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$health" "$ready" "$cpu" "$rss" "${viewed:-0}" "${rss_views:-0}" \
			"$load" >>"$results"
		printf '| %s | %s | %s | %s s | %s s | %s s | %s MiB | %s | %s |\n' "${label[$name]}" "$run" "$load" \
			"$(seconds "$health")" "$(seconds "$ready")" "$cpu" "$rss" \
			"${viewed:+$(seconds "$viewed") s}" "${rss_views:+$rss_views MiB}"
	done
done

# median and range of column $2 of mode $1
stat_of() { 
	local values
	values=$(awk -v n="$1" -v c="$2" '$1 == n { print $c }' "$results")
	printf '%s (%s–%s)' "$(median <<<"$values")" "$(sort -n <<<"$values" | head -n 1)" "$(sort -n <<<"$values" | tail -n 1)"
}
stat_s() {
	local values
	values=$(awk -v n="$1" -v c="$2" '$1 == n { printf "%.1f\n", $c / 1000 }' "$results")
	printf '%s s (%s–%s)' "$(median <<<"$values")" "$(sort -n <<<"$values" | head -n 1)" "$(sort -n <<<"$values" | tail -n 1)"
}
echo
echo "Medians (range) over $runs turns; machine: $machine"
status=0
for name in "${names[@]}"; do
	ready=$(awk -v n="$name" '$1 == n { print $2 }' "$results" | median)
	rss=$(awk -v n="$name" '$1 == n { print $5 }' "$results" | median)
	verdict="meets the targets"
	if [ "$(awk -v r="$ready" -v t="$target_seconds" -v m="$rss" -v u="$target_mb" 'BEGIN { print (r >= t * 1000 || m >= u) }')" = 1 ]; then
		verdict="MISSES the targets"
		[ "$name" = "$documented" ] && status=1
	fi
	printf -- '- %s: ready %s, readiness %s, CPU %s s, RSS %s MiB, %s views %s, RSS after them %s MiB, load %s: %s (< %s s, < %s MiB)\n' \
		"${label[$name]}" "$(stat_s "$name" 2)" "$(stat_s "$name" 3)" "$(stat_of "$name" 4)" "$(stat_of "$name" 5)" "$views" \
		"$(stat_s "$name" 6)" "$(stat_of "$name" 7)" "$(stat_of "$name" 8)" "$verdict" "$target_seconds" "$target_mb"
done
if [[ " ${names[*]} " != *" $documented "* ]]; then
	echo "The documented run mode ($documented) was not measured: no verdict"
fi
mkdir -p bench/results
out="bench/results/startup-$(date +%Y%m%d-%H%M%S).tsv"
{ echo "# $machine"; cat "$results"; } >"$out"
echo "Saved $out"
exit "$status"
