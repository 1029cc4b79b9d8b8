# Sourced by bin/backup.sh and bin/restore.sh: the libpq variables (PGHOST, PGPORT, PGUSER,
# PGPASSWORD, PGDATABASE) from the application's own settings (LACHAN_DB_URL as
# jdbc:postgresql://host:port/database, LACHAN_DB_USER, LACHAN_DB_PASSWORD) where the PG*
# variables are not set already.
lachan_pg_env() {
	local url="${LACHAN_DB_URL:-}"
	if [ -n "$url" ]; then
		case "$url" in
			jdbc:postgresql://*) ;;
			*) echo "LACHAN_DB_URL is not a jdbc:postgresql:// address" >&2; return 2 ;;
		esac
		local rest="${url#jdbc:postgresql://}"
		rest="${rest%%\?*}"
		local hostport="${rest%%/*}"
		export PGDATABASE="${PGDATABASE:-${rest#*/}}"
		export PGHOST="${PGHOST:-${hostport%%:*}}"
		if [ "$hostport" != "${hostport#*:}" ]; then
			export PGPORT="${PGPORT:-${hostport#*:}}"
		fi
	fi
	if [ -n "${LACHAN_DB_USER:-}" ]; then export PGUSER="${PGUSER:-$LACHAN_DB_USER}"; fi
	if [ -n "${LACHAN_DB_PASSWORD:-}" ]; then export PGPASSWORD="${PGPASSWORD:-$LACHAN_DB_PASSWORD}"; fi
	if [ -z "${PGDATABASE:-}" ]; then
		echo "No database: set LACHAN_DB_URL (or PGDATABASE, PGHOST, PGPORT)" >&2
		return 2
	fi
}
