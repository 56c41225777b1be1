#!/usr/bin/env bash
# Signpost's production stack on one machine, from the repository:
#   gunicorn (production settings, static files through WhiteNoise),
#   PostgreSQL and Redis on loopback, and the django-tasks database worker
#   as a separate process.
#
#   deploy/stack.sh start|stop|restart|status     (make serve-prod / make stop-prod)
#
# Secrets are generated once into var/prod/env (never committed). It serves
# plain HTTP on loopback (SECURE_SSL_REDIRECT and secure cookies off); a real
# deployment terminates TLS at a proxy and keeps the secure defaults (see
# docs/deployment.md).
set -euo pipefail
cd "$(dirname "$0")/.."

STATE=var/prod
ENV_FILE=$STATE/env
PY=.venv/bin/python
GUNICORN=.venv/bin/gunicorn
PORT=${PORT:-8080}
WORKERS=${GUNICORN_WORKERS:-4}
DB_NAME=${PROD_DB_NAME:-signpost_prod}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/1}

mkdir -p "$STATE"

write_env() {
    "$PY" - "$ENV_FILE" <<'PYTHON'
import base64, secrets, sys
values = {
    "SECRET_KEY": secrets.token_urlsafe(64),
    "FIELD_ENCRYPTION_KEYS": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
    "LOOKUP_HASH_KEY": secrets.token_urlsafe(48),
}
with open(sys.argv[1], "w") as handle:
    for key, value in values.items():
        handle.write(f"{key}={value}\n")
PYTHON
    chmod 600 "$ENV_FILE"
}

load_env() {
    set -a
    # shellcheck disable=SC1090
    . "$ENV_FILE"
    set +a
    export DJANGO_SETTINGS_MODULE=portal.settings.production
    export ALLOWED_HOSTS=${ALLOWED_HOSTS:-127.0.0.1,localhost}
    export DATABASE_URL=${DATABASE_URL:-postgres://$PGUSER@$PGHOST:5432/$DB_NAME}
    export DB_CONN_MAX_AGE=${DB_CONN_MAX_AGE:-60}
    export CACHE_URL=$REDIS_URL
    export TASKS_BACKEND=django_tasks_db.DatabaseBackend
    export BASE_URL=${BASE_URL:-http://127.0.0.1:$PORT}
    export SECURE_SSL_REDIRECT=false SECURE_COOKIES=false SECURE_HSTS_PRELOAD=false
    export LOG_FORMAT=${LOG_FORMAT:-json}
    # Load shedding: 2 readers at work per process, the other threads admit and
    # turn readers away quickly past capacity (portal/load_shedding.py).
    export GUNICORN_THREADS=${GUNICORN_THREADS:-8}
    export LOAD_SHED_CONCURRENCY=${LOAD_SHED_CONCURRENCY:-2}
}

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start() {
    make --no-print-directory install >/dev/null
    [ -f "$ENV_FILE" ] || write_env
    load_env
    psql -h "$PGHOST" -U "$PGUSER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" | grep -q 1 \
        || psql -h "$PGHOST" -U "$PGUSER" -d postgres -qc "CREATE DATABASE $DB_NAME"
    redis-cli -u "$REDIS_URL" ping >/dev/null || { echo "Redis is not answering at $REDIS_URL"; exit 1; }
    "$PY" manage.py migrate --noinput -v 0
    "$PY" manage.py collectstatic --noinput -v 0
    if [ "${LOAD_CONTENT:-1}" = 1 ]; then
        "$PY" manage.py load_demo_content --content-only | sed 's/^/  /'
    fi
    running "$STATE/gunicorn.pid" || "$GUNICORN" -c gunicorn.conf.py portal.wsgi \
        --bind "127.0.0.1:$PORT" --workers "$WORKERS" --daemon \
        --pid "$STATE/gunicorn.pid" --access-logfile "$STATE/access.log" --error-logfile "$STATE/error.log"
    if ! running "$STATE/worker.pid"; then
        nohup "$PY" manage.py db_worker --queue-name '*' --no-reload >"$STATE/worker.log" 2>&1 &
        echo $! >"$STATE/worker.pid"
    fi
    for _ in $(seq 1 60); do
        if curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1; then
            echo "Signpost (production settings) is at http://127.0.0.1:$PORT/"
            echo "  logs: $STATE/{access,error,worker}.log   stop: make stop-prod"
            return 0
        fi
        sleep 0.5
    done
    echo "Signpost did not become ready; see $STATE/error.log"
    exit 1
}

stop() {
    for name in gunicorn worker; do
        if running "$STATE/$name.pid"; then
            kill "$(cat "$STATE/$name.pid")"
            for _ in $(seq 1 40); do running "$STATE/$name.pid" || break; sleep 0.25; done
        fi
        rm -f "$STATE/$name.pid"
    done
    echo "Signpost stopped."
}

status() {
    for name in gunicorn worker; do
        if running "$STATE/$name.pid"; then echo "$name: running (pid $(cat "$STATE/$name.pid"))"
        else echo "$name: stopped"; fi
    done
    curl -fsS "http://127.0.0.1:$PORT/readyz" 2>/dev/null && echo || echo "readyz: not answering"
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    restart) stop; start ;;
    status) status ;;
    *) echo "usage: $0 start|stop|restart|status"; exit 2 ;;
esac
