# Shared by the scripts that start the application (bin/run.sh, bin/appcds.sh, bench/*.sh).
#
# The tuned JVM options of the documented run mode (docs/PERFORMANCE.md); pom.xml repeats them
# for ./mvnw spring-boot:run (spring-boot.run.jvmArguments).
LACHAN_JVM_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k"

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
