#!/usr/bin/env bash
# Prepares the fast start of Lá Chắn on JDK 17 to 24 (docs/PERFORMANCE.md, "AppCDS"): extracts the
# jar under target/appcds (the application jar and lib/, which class data sharing needs) and
# records an AppCDS archive of the classes Spring loads while it starts, in a training run that
# exits as soon as the context is refreshed (on a throwaway database; no port is opened).
# bin/run.sh calls it when the archive is missing or stale: the archive is a build output, valid
# only for this jar, this JDK and these paths, and target/appcds/lachan.jsa.key records the jar's
# checksum, `java -version` and the options it was made for (lachan_cache_key).
#
#   ./mvnw -DskipTests package && bin/appcds.sh
#   LACHAN_JAVA=/usr/lib/jvm/java-17-openjdk-amd64/bin/java bin/appcds.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bin/jvm-options.sh
. "$root/bin/jvm-options.sh"
java=${LACHAN_JAVA:-java}
jar=$(lachan_jar "$root" appcds)
dir="$root/target/appcds"
archive="$dir/lachan.jsa"
log="$root/target/appcds-training.log"
options="$LACHAN_JVM_OPTIONS $LACHAN_MEMORY_OPTIONS"
key=$(lachan_cache_key "$java" "$jar" "$options")

rm -rf "$dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
# shellcheck disable=SC2086 # the options are words
if ! LACHAN_DATA_DIR="$data" "$java" $options -XX:ArchiveClassesAtExit="$archive" \
	-Dspring.context.exit=onRefresh -jar "$dir/$(basename "$jar")" >"$log" 2>&1 || [ ! -s "$archive" ]; then
	echo "appcds: the training run failed; see $log" >&2
	exit 1
fi
printf '%s\n' "$key" >"$archive.key"
echo "appcds: $archive ($(du -m "$archive" | cut -f 1) MB) for $(basename "$jar")"
