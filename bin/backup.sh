#!/usr/bin/env bash
# Backs up Lá Chắn: the PostgreSQL database (pg_dump, custom format) and the field-encryption
# keys, sealed with a passphrase, in one directory (docs/OPERATIONS.md, "Backup and restore").
# Without the keys the encrypted identifiers in the dump cannot be read by anyone: a backup
# without them is refused unless --without-keys is given (then keep the keys' own backup).
#
#   LACHAN_BACKUP_PASSPHRASE=… bin/backup.sh /srv/backups/lachan
#
# Database: LACHAN_DB_URL, LACHAN_DB_USER, LACHAN_DB_PASSWORD as the application gets them, or
# the libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.
# Keys: LACHAN_ENCRYPTION_KEY, LACHAN_INDEX_KEY, LACHAN_ENCRYPTION_KEY_VERSION,
# LACHAN_RETIRED_ENCRYPTION_KEYS, as the application gets them.
# Prints the backup's name (the common prefix of its files) on the last line.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bin/pg-env.sh
. "$root/bin/pg-env.sh"

with_keys=true
args=()
for arg in "$@"; do
	case "$arg" in
		--without-keys) with_keys=false ;;
		-h | --help) sed -n '2,15p' "$0"; exit 0 ;;
		*) args+=("$arg") ;;
	esac
done
if [ "${#args[@]}" -ne 1 ]; then
	echo "usage: bin/backup.sh [--without-keys] <directory>" >&2
	exit 2
fi
dir="${args[0]}"
lachan_pg_env

if $with_keys; then
	if [ -z "${LACHAN_ENCRYPTION_KEY:-}" ] || [ -z "${LACHAN_INDEX_KEY:-}" ]; then
		echo "LACHAN_ENCRYPTION_KEY and LACHAN_INDEX_KEY are not set: without them the backup cannot be read." >&2
		echo "Set them as the application has them, or pass --without-keys if the keys are backed up apart." >&2
		exit 2
	fi
	if [ -z "${LACHAN_BACKUP_PASSPHRASE:-}" ]; then
		echo "LACHAN_BACKUP_PASSPHRASE is not set: the keys are sealed with it." >&2
		exit 2
	fi
fi

mkdir -p "$dir"
umask 077
name="$dir/lachan-$(date -u +%Y%m%dT%H%M%SZ)"
pg_dump --format=custom --no-owner --no-privileges --file="$name.dump"
if $with_keys; then
	printf 'LACHAN_ENCRYPTION_KEY=%s\nLACHAN_INDEX_KEY=%s\nLACHAN_ENCRYPTION_KEY_VERSION=%s\nLACHAN_RETIRED_ENCRYPTION_KEYS=%s\n' \
		"$LACHAN_ENCRYPTION_KEY" "$LACHAN_INDEX_KEY" "${LACHAN_ENCRYPTION_KEY_VERSION:-1}" \
		"${LACHAN_RETIRED_ENCRYPTION_KEYS:-}" |
		openssl enc -aes-256-cbc -pbkdf2 -iter 200000 -salt -pass env:LACHAN_BACKUP_PASSPHRASE -out "$name.keys.enc"
fi
(cd "$dir" && sha256sum "$(basename "$name")".* >"$(basename "$name").sha256")
echo "Backed up $PGDATABASE ($(du -h "$name.dump" | cut -f1)) $($with_keys && echo 'with its sealed keys' || echo 'without keys')"
echo "$name"
