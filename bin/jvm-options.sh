# Shared by the scripts that start the application (bin/run.sh, bin/appcds.sh, bin/aotcache.sh,
# bench/*.sh).
#
# The tuned JVM options of the documented run mode (docs/PERFORMANCE.md); pom.xml repeats them
# for ./mvnw spring-boot:run (spring-boot.run.jvmArguments, with LACHAN_MEMORY_OPTIONS after them).
LACHAN_JVM_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k"

# The memory of a small ward server (docs/PERFORMANCE.md, "Memory of a ward server"), added by
# bin/run.sh and its training runs: a heap that starts at 64 MiB and stops at 256 MiB (the demo
# city lives in about 72 MiB after start), a young generation held at 32 MiB, metaspace capped,
# and the code cache of tiered compilation (240 MiB reserved, committed as used: with C1 alone the
# JVM reserves 48 MiB, and filling it forced full collections during start-up on JDK 25).
# JAVA_OPTS=-Xmx512m bin/run.sh overrides them (the later option wins).
LACHAN_MEMORY_OPTIONS="-Xms64m -Xmx256m -Xmn32m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=240m"

# Where bin/run.sh looks for a JDK 25 or later (its ahead-of-time cache) when JAVA_HOME is not one;
# LACHAN_JDK25_HOME overrides it (a path without a JDK, e.g. /nonexistent, means none)
LACHAN_JDK25_DEFAULT=/usr/lib/jvm/temurin-25-jdk-amd64

# Prints the application jar under <root>/target (not the -plain one); says how to build it and
# fails when there is none. Usage: jar=$(lachan_jar "$root" <script name>)
lachan_jar() {
	local jar
	jar=$(ls "$1"/target/lachan-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
	if [ -z "$jar" ]; then
		echo "$2: no jar in $1/target; build it with ./mvnw -DskipTests package" >&2
		return 1
	fi
	echo "$jar"
}

# Prints the feature release of a java binary (17, 25, ...), or nothing when it does not run
lachan_java_release() {
	[ -x "$1" ] || return 0
	"$1" -version 2>&1 | awk -F '"' '/version "/ { split($2, v, "."); print (v[1] == "1") ? v[2] : v[1]; exit }'
}

# Prints the java binary of a JDK 25 or later: LACHAN_JDK25_HOME when set (and nothing when that
# is not such a JDK), else JAVA_HOME when it is one, else LACHAN_JDK25_DEFAULT when it is one;
# nothing when there is none
lachan_java25() {
	local home release
	local -a homes
	if [ -n "${LACHAN_JDK25_HOME+set}" ]; then
		homes=("$LACHAN_JDK25_HOME")
	else
		homes=("${JAVA_HOME:-}" "$LACHAN_JDK25_DEFAULT")
	fi
	for home in "${homes[@]}"; do
		[ -n "$home" ] || continue
		release=$(lachan_java_release "$home/bin/java")
		if [ -n "$release" ] && [ "$release" -ge 25 ]; then
			echo "$home/bin/java"
			return 0
		fi
	done
}

# Prints the SHA-256 of a file, remembered beside it in <file>.sha256 with its size and time
# (reading 80 MB costs up to a second on a busy machine; bin/run.sh asks at every start)
lachan_sha256() {
	local stamp
	stamp=$(stat -c '%s %y' "$1")
	if [ -f "$1.sha256" ] && [ "$(sed -n 1p "$1.sha256")" = "$stamp" ]; then
		sed -n 2p "$1.sha256"
		return 0
	fi
	local sum
	sum=$(sha256sum "$1" | cut -d ' ' -f 1)
	printf '%s\n%s\n' "$stamp" "$sum" >"$1.sha256" 2>/dev/null || true
	echo "$sum"
}

# Prints the key of a start-up cache: the jar's checksum, the JVM (java -version) and the options
# the cache is recorded with. A cache whose recorded key differs is stale and is rebuilt.
# Usage: key=$(lachan_cache_key <java> <jar> <options...>)
lachan_cache_key() {
	local java=$1 jar=$2
	shift 2
	printf 'jar %s\n' "$(lachan_sha256 "$jar")"
	"$java" -version 2>&1 | sed 's/^/java /'
	printf 'options %s\n' "$*"
}
