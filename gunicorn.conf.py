"""Production gunicorn settings (gunicorn reads this file from the working
directory; every value can be overridden with GUNICORN_* or the command line).

    gunicorn portal.wsgi
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers with a few threads each: Django holds the GIL while rendering,
# threads cover the time spent waiting on PostgreSQL and Redis.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so slow leaks never build up.
max_requests = 2000
max_requests_jitter = 200
# Refuse oversized request lines and headers early.
limit_request_line = 4094
limit_request_fields = 50
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
# The path without its query string: search terms and tokens can be personal.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms "%(a)s"'
preload_app = True
