#!/usr/bin/env bash
# deploy/restore_drill.sh: prove a backup restores. Creates a NEW, empty
# database with a unique name on the same server, restores the dump into it,
# compares row counts of the key tables with the source database, re-applies
# the erasure record (people erased after the dump stay erased), times it all,
# and drops the database it created (and only that one).
#
#   DATABASE_URL=postgres://user@host:5432/signpost deploy/restore_drill.sh var/backups/signpost-...dump
#
# Run it with the production settings' environment loaded (FIELD_ENCRYPTION_KEYS
# and the rest), so the erasure step can run. KEEP_DRILL_DB=1 keeps the restored
# database for inspection. Counts that differ are reported (the source may
# have changed since the dump) and make the exit status 1.
set -euo pipefail
cd "$(dirname "$0")/.."

dump=${1:?usage: deploy/restore_drill.sh DUMP_FILE}
: "${DATABASE_URL:?DATABASE_URL must name the source database (to compare counts)}"
[ -r "$dump" ] || { echo "cannot read $dump"; exit 2; }
PY=${PY:-.venv/bin/python}

with_database() {
    python3 -c 'import sys, urllib.parse as u; p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$1" "$2"
}
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }

drill_db="signpost_drill_$(date -u +%Y%m%d%H%M%S)_$$"
admin_url=$(with_database "$DATABASE_URL" postgres)
drill_url=$(with_database "$DATABASE_URL" "$drill_db")
created=0

cleanup() {
    if [ "$created" = 1 ] && [ "${KEEP_DRILL_DB:-0}" != 1 ]; then
        psql "$admin_url" -qc "DROP DATABASE IF EXISTS \"$drill_db\"" && echo "dropped $drill_db"
    elif [ "$created" = 1 ]; then
        echo "kept $drill_db (KEEP_DRILL_DB=1); drop it with: DROP DATABASE \"$drill_db\""
    fi
}
trap cleanup EXIT

started=$(now)
psql "$admin_url" -qc "CREATE DATABASE \"$drill_db\""
created=1
echo "restoring $dump into the new database $drill_db"
restore_started=$(now)
pg_restore --no-owner --no-privileges --exit-on-error --jobs=2 --dbname="$drill_url" "$dump"
restore_seconds=$(since "$restore_started")
echo "restore: ${restore_seconds}s"

tables=(
    referrals_enquiry referrals_enquiryevent referrals_notification referrals_consent
    referrals_centre referrals_questionnaireversion referrals_erasurerecord
    wagtailcore_page wagtailcore_revision search_searchdocument auth_user django_session
)
differ=0
printf '%-34s %10s %10s\n' table source restored
for table in "${tables[@]}"; do
    exists=$(psql "$drill_url" -tAc "SELECT to_regclass('public.$table') IS NOT NULL")
    [ "$exists" = t ] || { printf '%-34s %21s\n' "$table" "(not in this schema)"; continue; }
    source=$(psql "$DATABASE_URL" -tAc "SELECT count(*) FROM \"$table\"")
    restored=$(psql "$drill_url" -tAc "SELECT count(*) FROM \"$table\"")
    mark=""
    [ "$source" = "$restored" ] || { mark="  DIFFERS"; differ=1; }
    printf '%-34s %10s %10s%s\n' "$table" "$source" "$restored" "$mark"
done

if "$PY" manage.py apply_retention --help 2>/dev/null | grep -q -- --reapply-erasures; then
    echo "re-applying the erasure record"
    DATABASE_URL=$drill_url "$PY" manage.py apply_retention --reapply-erasures
else
    echo "NOTICE: this release has no 'manage.py apply_retention --reapply-erasures';"
    echo "        the erasure record was NOT re-applied. Before using a restored database,"
    echo "        erase again by hand everyone erased since the dump was taken."
fi

echo "recovery time (create + restore + checks + erasures): $(since "$started")s (restore alone ${restore_seconds}s)"
exit "$differ"
