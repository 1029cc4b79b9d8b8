#!/usr/bin/env bash
# Prepares the fast start of Lá Chắn on JDK 25 or later (docs/PERFORMANCE.md, "JDK 25 AOT
# cache"): extracts the jar under target/aot (the application jar and lib/, which the cache needs,
# as for AppCDS) and records an ahead-of-time cache (JEP 483 loaded and linked classes, JEP 515
# method profiles) in one step (JEP 514, -XX:AOTCacheOutput) during a training run, as Spring Boot
# documents it. The training run is a whole start on a throwaway H2 database with the demo data,
# a few signed-in page views, then SIGTERM: the JVM writes the cache as it exits. (Spring Boot's
# shorter training, -Dspring.context.exit=onRefresh, stops before the demo data and the pages; it
# is LACHAN_AOT_TRAINING=refresh.) The training ignores the environment's database and profile
# settings: it starts with an empty environment, a random port and its own data directory.
#
# bin/run.sh calls it when the cache is missing or stale: the cache is a build output, valid only
# for this jar, this JDK and these paths; target/aot/lachan.aot.key records the jar's checksum,
# `java -version` and the options it was made for (lachan_cache_key).
#
#   ./mvnw -DskipTests package && bin/aotcache.sh
#   LACHAN_JDK25_HOME=/opt/jdk-25 bin/aotcache.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bin/jvm-options.sh
. "$root/bin/jvm-options.sh"
java=$(lachan_java25)
if [ -z "$java" ]; then
	echo "aotcache: no JDK 25 or later (JAVA_HOME, LACHAN_JDK25_HOME or $LACHAN_JDK25_DEFAULT)" >&2
	exit 1
fi
jar=$(lachan_jar "$root" aotcache)
dir="$root/target/aot"
cache="$dir/lachan.aot"
log="$root/target/aot-training.log"
options="$LACHAN_JVM_OPTIONS $LACHAN_MEMORY_OPTIONS"
training=${LACHAN_AOT_TRAINING:-start}
key=$(lachan_cache_key "$java" "$jar" "$options")

rm -rf "$dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
work=$(mktemp -d)
pid=""
cleanup() {
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		kill -KILL "$pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT
fail() {
	echo "aotcache: the training run failed ($1); see $log" >&2
	exit 1
}
# The training JVM sees none of the caller's variables (SPRING_PROFILES_ACTIVE, LACHAN_DB_URL, ...)
training_env=(env -i "PATH=$PATH" "HOME=${HOME:-/tmp}" "TMPDIR=${TMPDIR:-/tmp}" "LANG=${LANG:-C.UTF-8}"
	"LACHAN_DATA_DIR=$work/data" LACHAN_DEMO_DATA=true)
app="$dir/$(basename "$jar")"

if [ "$training" = refresh ]; then
	# shellcheck disable=SC2086 # the options are words
	"${training_env[@]}" "$java" $options -XX:AOTCacheOutput="$cache" -Dspring.context.exit=onRefresh \
		-jar "$app" >"$log" 2>&1 || fail "exit status $?"
else
	command -v curl >/dev/null || fail "curl is needed; or LACHAN_AOT_TRAINING=refresh"
	# shellcheck disable=SC2086 # the options are words
	"${training_env[@]}" "$java" $options -XX:AOTCacheOutput="$cache" -jar "$app" --server.port=0 \
		--server.address=127.0.0.1 >"$log" 2>&1 &
	pid=$!
	port=""
	for _ in $(seq 1 1800); do
		kill -0 "$pid" 2>/dev/null || fail "the application stopped"
		port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" | head -n 1)
		if [ -n "$port" ] && curl -fs --max-time 2 "http://127.0.0.1:$port/actuator/health" | grep -q '"status":"UP"'; then
			break
		fi
		port=""
		sleep 0.1
	done
	[ -n "$port" ] || fail "not UP after 180 s"
	base="http://127.0.0.1:$port"
	cookies="$work/cookies"
	csrf=$(curl -fs -c "$cookies" -b "$cookies" "$base/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
	curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode username=vihoang \
		--data-urlencode password=LaChan@2022 --data-urlencode "_csrf=$csrf" "$base/login" || fail "sign-in"
	for page in / /login /console /console/tips /console/forces/teams /console/residence /console/streets \
		/console/mediation /console/programs /console/cameras /console/community /console/territory \
		/console/reports/periodic /v3/api-docs; do
		curl -s -o /dev/null -b "$cookies" "$base$page" || true
	done
	kill -TERM "$pid"
	wait "$pid" || true
	pid=""
fi
if [ ! -s "$cache" ] || ! grep -q 'AOTCache creation is complete' "$log"; then
	fail "no cache written"
fi
printf '%s\n' "$key" >"$cache.key"
echo "aotcache: $cache ($(du -m "$cache" | cut -f 1) MB) for $(basename "$jar") on $("$java" -version 2>&1 | head -n 1)"
