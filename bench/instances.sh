# Shared by bench/two-instances.sh and bench/soak.sh (sourced): application instances on one
# PostgreSQL database with the same keys, and nginx in front of them from a temporary prefix.
# The caller sets: db, jar, jvm, work (a temporary directory), port_a, port_b, port_proxy,
# rate_limit; it traps bench_cleanup on EXIT.

bench_pids=()
bench_nginx_pid=""

bench_as_postgres() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

bench_install() {
	local package
	for package in "$@"; do
		if ! command -v "$package" >/dev/null; then
			echo "Installing $package (apt-get install -y $package)"
			if [ "$(id -u)" -eq 0 ]; then apt-get install -y -q "$package" >/dev/null; else sudo apt-get install -y -q "$package" >/dev/null; fi
		fi
	done
}

# A fresh database, and the keys every instance gets (production-like: PostgreSQL profile, keys
# from the environment, docs/OPERATIONS.md)
bench_prepare() {
	bench_as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres <<SQL
DROP DATABASE IF EXISTS $db WITH (FORCE);
CREATE DATABASE $db OWNER lachan ENCODING 'UTF8' TEMPLATE template0;
SQL
	LACHAN_ENCRYPTION_KEY=$(openssl rand -base64 32)
	LACHAN_INDEX_KEY=$(openssl rand -base64 32)
	export LACHAN_ENCRYPTION_KEY LACHAN_INDEX_KEY
}

# bench_start <name> <port>: starts an instance in the background (demo data on: the sign-in
# check needs its accounts; the demo loader is idempotent, the second instance finds it loaded)
bench_start() {
	local name=$1 port=$2
	LACHAN_DB_URL="jdbc:postgresql://localhost:5432/$db" LACHAN_DB_USER=lachan LACHAN_DB_PASSWORD=lachan \
		LACHAN_DEMO_DATA=true LACHAN_DATA_DIR="$work/data-$name" \
		java $jvm -jar "$jar" --spring.profiles.active=postgres --server.port="$port" \
		--lachan.tips.rate-limit.per-minute="$rate_limit" --logging.level.root=WARN \
		>>"$work/$name.log" 2>&1 &
	bench_last_pid=$!
	bench_pids+=("$bench_last_pid")
}

# bench_wait <port> <pid> <log>: until the instance is ready; fails if it died
bench_wait() {
	local port=$1 pid=$2 log=$3
	for _ in $(seq 1 300); do
		if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then return 0; fi
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "The instance on port $port stopped:" >&2
			tail -n 40 "$log" >&2
			return 1
		fi
		sleep 1
	done
	echo "The instance on port $port was not ready after 300 s" >&2
	return 1
}

bench_start_nginx() {
	mkdir -p "$work/nginx"
	sed -e "s|@PREFIX@|$work/nginx|g" -e "s|@PORT_A@|$port_a|g" -e "s|@PORT_B@|$port_b|g" \
		-e "s|@PORT_PROXY@|$port_proxy|g" bench/two-instances.nginx.conf >"$work/nginx/nginx.conf"
	nginx -t -q -p "$work/nginx" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf"
	nginx -p "$work/nginx" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
	bench_nginx_pid=$!
	for _ in $(seq 1 50); do
		if curl -fs -o /dev/null "http://127.0.0.1:$port_proxy/actuator/health" 2>/dev/null; then return 0; fi
		sleep 0.2
	done
	echo "nginx did not answer on port $port_proxy" >&2
	cat "$work/nginx/error.log" >&2
	return 1
}

bench_cleanup() {
	local pid
	if [ -n "$bench_nginx_pid" ] && kill -0 "$bench_nginx_pid" 2>/dev/null; then
		kill "$bench_nginx_pid" 2>/dev/null || true
		wait "$bench_nginx_pid" 2>/dev/null || true
	fi
	for pid in "${bench_pids[@]}"; do
		if kill -0 "$pid" 2>/dev/null; then
			kill "$pid" 2>/dev/null || true
			wait "$pid" 2>/dev/null || true
		fi
	done
}

bench_load() {
	cut -d' ' -f1-3 /proc/loadavg
}

bench_sql() {
	bench_as_postgres psql -At -d "$db" -c "$1"
}
