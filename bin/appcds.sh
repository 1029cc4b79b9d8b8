#!/usr/bin/env bash
# Prepares the fast start of Lá Chắn (docs/PERFORMANCE.md, "AppCDS"): extracts the jar under
# target/appcds (the application jar and lib/, which class data sharing needs) and records an
# AppCDS archive of the classes Spring loads while it starts, in a training run that exits as
# soon as the context is refreshed (on a throwaway database; no port is opened). bin/run.sh
# calls it when the archive is missing or older than the jar; the archive is a build output,
# valid only for this jar, this JDK and these paths.
#
#   ./mvnw -DskipTests package && bin/appcds.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bin/jvm-options.sh
. "$root/bin/jvm-options.sh"
jar=$(lachan_jar "$root" appcds)
dir="$root/target/appcds"
archive="$dir/lachan.jsa"
log="$root/target/appcds-training.log"

rm -rf "$dir"
java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
# shellcheck disable=SC2086 # the options are words
if ! LACHAN_DATA_DIR="$data" java $LACHAN_JVM_OPTIONS -XX:ArchiveClassesAtExit="$archive" \
	-Dspring.context.exit=onRefresh -jar "$dir/$(basename "$jar")" >"$log" 2>&1 || [ ! -s "$archive" ]; then
	echo "appcds: the training run failed; see $log" >&2
	exit 1
fi
echo "appcds: $archive ($(du -m "$archive" | cut -f 1) MB) for $(basename "$jar")"
