"""gunicorn settings for Engage (`gunicorn -c deploy/gunicorn.conf.py cms.wsgi:application`).

Every value can be changed from the environment (the systemd unit reads /etc/engage/engage.env).
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Workers: GUNICORN_WORKERS, else 2 per core + 1. Each is one process with its own memory.
workers = int(os.environ.get("GUNICORN_WORKERS", str(multiprocessing.cpu_count() * 2 + 1)))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "sync" if threads == 1 else "gthread"

# A request that takes longer than this is killed (the proxy's timeout should be a little longer).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))

# Recycle workers now and then (caps slow memory growth); the jitter keeps them from all
# restarting at once.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "100"))

# Load the app once in the master; workers fork from it (faster start, shared memory).
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").lower() == "true"

# Access log to stdout (journald), with the request id nginx sets and the time taken (µs).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(D)sus rid=%({x-request-id}i)s "%(a)s"'

# Trust X-Forwarded-* only from the local proxy (nginx on the same host).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
proxy_allow_ips = forwarded_allow_ips
# Heartbeat files in memory, not on a possibly slow disk (gunicorn's advice for containers).
_SHM = "/dev/shm"  # noqa: S108 (gunicorn's worker heartbeat, not a data file)
worker_tmp_dir = os.environ.get("GUNICORN_WORKER_TMP_DIR", _SHM if os.path.isdir(_SHM) else None)

# gunicorn's control socket (for `gunicornc`) defaults to one path per user ($HOME/.gunicorn/gunicorn.ctl),
# which a second gunicorn on the same host would take over. Off unless GUNICORN_CONTROL_SOCKET
# names a path of this server's own; reload with `systemctl reload engage-web` (SIGHUP) instead.
control_socket_disable = not os.environ.get("GUNICORN_CONTROL_SOCKET")
if not control_socket_disable:
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
