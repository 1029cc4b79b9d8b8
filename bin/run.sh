#!/usr/bin/env bash
# Starts Lá Chắn the fast way (README, "Run and test"; docs/PERFORMANCE.md): the extracted jar
# with its AppCDS archive (built by bin/appcds.sh when missing or older than the jar) and the
# tuned JVM options. Arguments go to the application; JAVA_OPTS adds JVM options.
#
#   ./mvnw -DskipTests package && bin/run.sh
#   JAVA_OPTS=-Xmx256m bin/run.sh --server.port=9090
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bin/jvm-options.sh
. "$root/bin/jvm-options.sh"
jar=$(lachan_jar "$root" run)
archive="$root/target/appcds/lachan.jsa"
if [ ! -s "$archive" ] || [ "$jar" -nt "$archive" ]; then
	"$root/bin/appcds.sh"
fi
# shellcheck disable=SC2086 # the options are words
exec java $LACHAN_JVM_OPTIONS -XX:SharedArchiveFile="$archive" ${JAVA_OPTS:-} \
	-jar "$root/target/appcds/$(basename "$jar")" "$@"
