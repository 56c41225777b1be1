#!/usr/bin/env bash
# deploy/backup.sh: one PostgreSQL backup, in pg_dump's custom format
# (compressed, restorable table by table with pg_restore), named with the
# database and a UTC timestamp; keeps the newest BACKUP_KEEP dumps.
#
#   DATABASE_URL=postgres://user@host:5432/signpost deploy/backup.sh
#
#   BACKUP_DIR   where dumps go (default var/backups; mode 700)
#   BACKUP_KEEP  how many dumps to keep (default 14)
#
# Schedule (cron, as the user that can read DATABASE_URL), every 6 hours:
#   15 */6 * * *  cd /srv/signpost && . var/prod/env && DATABASE_URL=... deploy/backup.sh
# Copy each dump off the machine (the dumps hold encrypted personal data:
# keep FIELD_ENCRYPTION_KEYS elsewhere, never next to them). See docs/deployment.md.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?DATABASE_URL must name the database to back up}"
BACKUP_DIR=${BACKUP_DIR:-var/backups}
BACKUP_KEEP=${BACKUP_KEEP:-14}

database=$(python3 -c 'import sys, urllib.parse as u; print(u.urlsplit(sys.argv[1]).path.lstrip("/"))' "$DATABASE_URL")
[[ $database =~ ^[A-Za-z0-9_]+$ ]] || { echo "unexpected database name in DATABASE_URL"; exit 2; }
mkdir -p "$BACKUP_DIR"
chmod 700 "$BACKUP_DIR"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$BACKUP_DIR/$database-$stamp.dump"
started=$(date +%s.%N)
# Written under a temporary name, so a half-written dump is never taken for a backup.
pg_dump --format=custom --no-owner --no-privileges --dbname="$DATABASE_URL" --file="$target.partial"
mv "$target.partial" "$target"
chmod 600 "$target"
seconds=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$started" "$(date +%s.%N)")
echo "backup: $target ($(du -h "$target" | cut -f1), ${seconds}s)"

# Retention: the newest BACKUP_KEEP dumps of this database stay.
mapfile -t old < <(ls -1t "$BACKUP_DIR/$database"-*.dump | tail -n +"$((BACKUP_KEEP + 1))")
for dump in "${old[@]}"; do
    rm -f -- "$dump"
    echo "removed old backup: $dump"
done
