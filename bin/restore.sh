#!/usr/bin/env bash
# Restores a backup made by bin/backup.sh into an existing, empty PostgreSQL database and
# unseals its field-encryption keys into a file readable by its owner only, for the
# application's environment (docs/OPERATIONS.md, "Backup and restore").
#
#   LACHAN_BACKUP_PASSPHRASE=… LACHAN_DB_URL=jdbc:postgresql://db:5432/lachan_restored \
#     bin/restore.sh /srv/backups/lachan/lachan-20261203T020000Z /etc/lachan/keys.env
#
# The first argument is the name bin/backup.sh printed; the second, where the keys go
# (omitted: only the database is restored). The files' checksums are verified first.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bin/pg-env.sh
. "$root/bin/pg-env.sh"

if [ "$#" -lt 1 ] || [ "$#" -gt 2 ]; then
	echo "usage: bin/restore.sh <backup name> [<keys file>]" >&2
	exit 2
fi
name="$1"
keys="${2:-}"
lachan_pg_env
[ -s "$name.dump" ] || { echo "No dump at $name.dump" >&2; exit 2; }
(cd "$(dirname "$name")" && sha256sum --quiet --check "$(basename "$name").sha256")

tables=$(psql -X -tAq -c "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")
if [ "$tables" != "0" ]; then
	echo "$PGDATABASE is not empty ($tables tables): restore into a new database" >&2
	exit 2
fi
if [ -n "$keys" ]; then
	[ -s "$name.keys.enc" ] || { echo "The backup has no keys ($name.keys.enc)" >&2; exit 2; }
	[ -n "${LACHAN_BACKUP_PASSPHRASE:-}" ] || { echo "LACHAN_BACKUP_PASSPHRASE is not set" >&2; exit 2; }
	umask 077
	openssl enc -d -aes-256-cbc -pbkdf2 -iter 200000 -pass env:LACHAN_BACKUP_PASSPHRASE \
		-in "$name.keys.enc" -out "$keys.tmp" || { rm -f "$keys.tmp"; echo "Wrong passphrase or damaged keys file" >&2; exit 1; }
	mv "$keys.tmp" "$keys"
fi
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$PGDATABASE" "$name.dump"
echo "Restored $(basename "$name") into $PGDATABASE$([ -n "$keys" ] && echo ", keys in $keys")"
