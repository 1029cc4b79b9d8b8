#!/usr/bin/env bash
# Two application instances on one PostgreSQL database behind nginx (Debian package, installed
# if missing; its own configuration bench/two-instances.nginx.conf from a temporary prefix, round
# robin), then:
#   1. a session made by signing in through instance A is valid on instance B;
#   2. the public rate limit is one count for both: one address's requests through nginx (split
#      across both) are refused after the limit by both instances (the bucket gives one back
#      every 60/limit s, so a slow sequence may get a few more through);
#   3. public tip intake through nginx (bench/TwoInstancesClient.java, every acknowledged receipt
#      written down), instance A killed with kill -9 under load, the load kept on B;
#   4. instance A started again (it republishes the events it had not handled), then checks in
#      the database: every acknowledged tip stored, none stored twice for a key, every event
#      handled (nothing outstanding, every tip in the reports' copy once).
# Prints a summary and exits non-zero when an acknowledged tip is missing or stored twice.
#
#   bench/two-instances.sh                          # build, 8 clients, 60 s of load, kill at 20 s
#   TWO_SKIP_BUILD=1 TWO_SECONDS=90 TWO_KILL_AFTER=30 bench/two-instances.sh
#
# Ports (TWO_PORT_A/B/PROXY, 18311/18312/18310) and the database (TWO_DB, lachan_two) are
# configurable; the database is dropped and created again.
set -euo pipefail

cd "$(dirname "$0")/.."
db="${TWO_DB:-lachan_two}"
port_a="${TWO_PORT_A:-18311}"
port_b="${TWO_PORT_B:-18312}"
port_proxy="${TWO_PORT_PROXY:-18310}"
clients="${TWO_CLIENTS:-8}"
seconds="${TWO_SECONDS:-60}"
kill_after="${TWO_KILL_AFTER:-20}"
rate_limit="${TWO_RATE_LIMIT:-30}"
jvm="${TWO_JVM_OPTS:--Xmx384m}"

# shellcheck source=bench/instances.sh
. bench/instances.sh
bench_install nginx curl openssl bc
if [ -z "${TWO_SKIP_BUILD:-}" ]; then
	echo "Building the jar (./mvnw -q -DskipTests package)"
	./mvnw -q -DskipTests package
fi
# shellcheck source=bin/jvm-options.sh
. bin/jvm-options.sh
jar="${TWO_JAR:-$(lachan_jar . two-instances)}"
work=$(mktemp -d)
trap bench_cleanup EXIT

bench_prepare
echo "# $(date -Iseconds), $(nproc) cores, load $(bench_load), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "Starting instance A (port $port_a), then B (port $port_b), on database $db"
bench_start a "$port_a"
pid_a=$bench_last_pid
bench_wait "$port_a" "$pid_a" "$work/a.log"
bench_start b "$port_b"
pid_b=$bench_last_pid
bench_wait "$port_b" "$pid_b" "$work/b.log"
bench_start_nginx
echo "nginx on port $port_proxy (pid $bench_nginx_pid), instances A pid $pid_a, B pid $pid_b"
unit=$(bench_sql "SELECT id FROM admin_unit WHERE code = '13639' ORDER BY id LIMIT 1")
failed=0

# 1. A session made on A, used on B
jar_cookies="$work/cookies"
csrf=$(curl -fs -c "$jar_cookies" -b "$jar_cookies" "http://127.0.0.1:$port_a/login" |
	sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -n 1)
signin=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar_cookies" -b "$jar_cookies" \
	--data-urlencode "username=admin" --data-urlencode "password=LaChan@2022" --data-urlencode "_csrf=$csrf" \
	"http://127.0.0.1:$port_a/login")
on_b=$(curl -s -o "$work/console-b.html" -w '%{http_code} %{redirect_url}' -b "$jar_cookies" \
	"http://127.0.0.1:$port_b/console")
if [[ "$signin" == 302*"/console"* ]] && [[ "$on_b" == "200 " ]] && grep -q 'logout' "$work/console-b.html"; then
	session="yes (sign-in on A: $signin; /console on B: $on_b)"
else
	session="NO (sign-in on A: $signin; /console on B: $on_b)"
	failed=1
fi
echo "Session made on A valid on B: $session"

# 2. One address's requests through nginx: the limit counted across both instances
declare -A by_upstream=()
allowed=0 refused=0 first_refused=""
sequence_start=$(date +%s.%N)
extra=12
for i in $(seq 1 $((rate_limit + extra))); do
	answer=$(curl -s -o /dev/null -D - --interface 127.0.0.1 -H 'Content-Type: application/json' \
		-d "{\"categoryCode\": \"noise\", \"description\": \"Rate limit check $i\", \"unitId\": $unit, \"anonymous\": true}" \
		"http://127.0.0.1:$port_proxy/api/v1/public/tips" | tr -d '\r')
	status=$(echo "$answer" | awk 'NR == 1 { print $2 }')
	upstream=$(echo "$answer" | awk -F': ' 'tolower($1) == "x-upstream" { print $2 }')
	key="$status@${upstream##*:}"
	by_upstream[$key]=$((${by_upstream[$key]:-0} + 1))
	if [ "$status" = 201 ]; then allowed=$((allowed + 1)); elif [ "$status" = 429 ]; then
		refused=$((refused + 1))
		[ -n "$first_refused" ] || first_refused=$i
	fi
done
split=$(for k in "${!by_upstream[@]}"; do echo "$k: ${by_upstream[$k]}"; done | sort | paste -sd ',' | sed 's/,/, /g')
echo "Rate limit ($rate_limit a minute per address), $((rate_limit + extra)) requests from one address through nginx:" \
	"$allowed accepted, $refused refused (first refused: request $first_refused); status@port: $split"
sequence_seconds=$(echo "$(date +%s.%N) - $sequence_start" | bc)
# the bucket gives one request back every 60/limit seconds: the sequence's own duration may add some
refilled=$(echo "$sequence_seconds * $rate_limit / 60 + 1" | bc)
served_by() { for k in "${!by_upstream[@]}"; do echo "$k"; done | grep -c "^$1@$2$" || true; }
echo "  (the sequence took $sequence_seconds s: at most $refilled requests more than the limit may be given back meanwhile)"
if [ "$allowed" -lt "$rate_limit" ] || [ "$allowed" -gt $((rate_limit + refilled)) ] || [ "$refused" -lt 2 ] ||
	[ "$(served_by 201 "$port_a")" -ne 1 ] || [ "$(served_by 201 "$port_b")" -ne 1 ] ||
	[ "$(served_by 429 "$port_a")" -ne 1 ] || [ "$(served_by 429 "$port_b")" -ne 1 ]; then
	echo "Rate limit NOT counted across the instances as expected"
	failed=1
fi

# 3. Load through nginx, instance A killed under it
acks="$work/acknowledged.txt"
echo "Load: $clients clients for $seconds s through nginx; kill -9 of A after $kill_after s (load $(bench_load))"
java bench/TwoInstancesClient.java 127.0.0.1 "$port_proxy" "$unit" "$clients" "$seconds" "$acks" >"$work/client.txt" &
client_pid=$!
sleep "$kill_after"
kill -9 "$pid_a"
killed_at=$(date -Iseconds)
echo "Killed instance A (pid $pid_a) at $killed_at, load $(bench_load)"
wait "$client_pid"
cat "$work/client.txt"
echo "Load over, load $(bench_load)"

# 4. A again (it republishes the publications it had not completed), then the checks
bench_start a "$port_a"
pid_a=$bench_last_pid
bench_wait "$port_a" "$pid_a" "$work/a.log"
for _ in $(seq 1 60); do
	[ "$(bench_sql "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")" = 0 ] && break
	sleep 1
done
awk '{ print $1 "," $2 }' "$acks" >"$work/acks.csv"
chmod a+rx "$work"
chmod a+r "$work/acks.csv"
checks=$(bench_as_postgres psql -At -d "$db" -v ON_ERROR_STOP=1 <<SQL
CREATE TEMP TABLE acknowledged (receipt TEXT, idem TEXT);
\copy acknowledged FROM '$work/acks.csv' WITH (FORMAT csv)
SELECT 'acknowledged=' || COUNT(*) FROM acknowledged;
SELECT 'lost=' || COUNT(*) FROM acknowledged a WHERE NOT EXISTS (SELECT 1 FROM tip t WHERE t.receipt_code = a.receipt);
SELECT 'keyed_acknowledged=' || COUNT(*) FROM acknowledged WHERE idem <> '-';
SELECT 'stored_twice_with_key=' || COUNT(*) FROM (SELECT description FROM tip WHERE description LIKE 'Two instances tip %'
  AND idempotency_key IS NOT NULL GROUP BY description HAVING COUNT(*) > 1) d;
SELECT 'stored_twice_without_key=' || COUNT(*) FROM (SELECT description FROM tip WHERE description LIKE 'Two instances tip %'
  AND idempotency_key IS NULL GROUP BY description HAVING COUNT(*) > 1) d;
SELECT 'stored_not_acknowledged=' || COUNT(*) FROM tip t WHERE t.description LIKE 'Two instances tip %'
  AND NOT EXISTS (SELECT 1 FROM acknowledged a WHERE a.receipt = t.receipt_code);
SELECT 'events_outstanding=' || COUNT(*) FROM event_publication WHERE completion_date IS NULL;
SELECT 'tips_missing_from_reports=' || COUNT(*) FROM tip t WHERE NOT EXISTS (SELECT 1 FROM report_tip r WHERE r.tip_id = t.id);
SELECT 'reports_copies_twice=' || COUNT(*) FROM (SELECT tip_id FROM report_tip GROUP BY tip_id HAVING COUNT(*) > 1) d;
SELECT 'shedlock_locks=' || string_agg(name || '@' || locked_by, ', ' ORDER BY name) FROM shedlock;
SQL
)
echo "$checks"
value() { echo "$checks" | awk -v k="$1" 'index($0, k "=") == 1 { print substr($0, length(k) + 2) }'; }
lost=$(value lost)
twice=$(value stored_twice_with_key)
outstanding=$(value events_outstanding)
missing=$(value tips_missing_from_reports)
echo
echo "Summary: session shared: $session"
echo "         rate limit: $allowed of $((rate_limit + extra)) accepted from one address across both (limit $rate_limit," \
	"$sequence_seconds s), refused by both: status@port $split"
echo "         $(sed -n 1p "$work/client.txt")"
echo "         acknowledged $(value acknowledged), lost $lost, stored twice with a key $twice," \
	"stored but not acknowledged $(value stored_not_acknowledged), events outstanding $outstanding," \
	"tips missing from the reports $missing"
if [ "$lost" != 0 ] || [ "$twice" != 0 ]; then
	echo "FAILED: an acknowledged tip is missing, or a keyed tip was stored twice"
	exit 1
fi
if [ "$failed" != 0 ] || [ "$outstanding" != 0 ] || [ "$missing" != 0 ]; then
	echo "FAILED: see above"
	exit 2
fi
echo "PASSED"
