#!/usr/bin/env bash
# Starts Lá Chắn the fast way (README, "Run and test"; docs/PERFORMANCE.md): the extracted jar
# with a start-up cache and the tuned JVM options and memory sizes of bin/jvm-options.sh.
#
# - With a JDK 25 or later (JAVA_HOME, else /usr/lib/jvm/temurin-25-jdk-amd64; LACHAN_JDK25_HOME
#   overrides both): that JDK with its ahead-of-time cache target/aot/lachan.aot (bin/aotcache.sh).
# - Otherwise `java` (JDK 17) with the AppCDS archive target/appcds/lachan.jsa (bin/appcds.sh).
#
# The cache is built when it is missing or stale (another jar, JDK or options: its .key file).
# The script says on stderr which it chose. Arguments go to the application; JAVA_OPTS adds JVM
# options (after the script's, so they win).
#
#   ./mvnw -DskipTests package && bin/run.sh
#   JAVA_OPTS=-Xmx512m bin/run.sh --server.port=9090
#   LACHAN_JDK25_HOME=/nonexistent bin/run.sh      # as on a machine without JDK 25: AppCDS
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bin/jvm-options.sh
. "$root/bin/jvm-options.sh"
jar=$(lachan_jar "$root" run)
options="$LACHAN_JVM_OPTIONS $LACHAN_MEMORY_OPTIONS"
java=$(lachan_java25)
if [ -n "$java" ]; then
	mode="JDK 25 AOT cache"
	cache="$root/target/aot/lachan.aot"
	build="$root/bin/aotcache.sh"
	cache_option="-XX:AOTCache=$cache"
	app="$root/target/aot/$(basename "$jar")"
else
	java=java
	mode="AppCDS"
	cache="$root/target/appcds/lachan.jsa"
	build="$root/bin/appcds.sh"
	cache_option="-XX:SharedArchiveFile=$cache"
	app="$root/target/appcds/$(basename "$jar")"
fi
key=$(lachan_cache_key "$java" "$jar" "$options")
if [ ! -s "$cache" ] || [ ! -f "$app" ] || [ "$(cat "$cache.key" 2>/dev/null)" != "$key" ]; then
	echo "run: building the start-up cache ($mode) with $(basename "$build")" >&2
	LACHAN_JAVA="$java" "$build" >&2
fi
echo "run: $mode, $("$java" -version 2>&1 | head -n 1) ($java), $cache" >&2
# shellcheck disable=SC2086 # the options are words
exec "$java" $options "$cache_option" ${JAVA_OPTS:-} -jar "$app" "$@"
