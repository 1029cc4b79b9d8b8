# The tuned JVM options of the documented run mode (docs/PERFORMANCE.md), read by bin/run.sh,
# bin/appcds.sh and bench/startup.sh; pom.xml repeats them for ./mvnw spring-boot:run
# (spring-boot.run.jvmArguments).
LACHAN_JVM_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k"
