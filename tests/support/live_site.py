"""A real Signpost server with the demo content, as a newcomer would run it:
gunicorn, WhiteNoise, compiled catalogues, load_demo_content, on a throwaway
SQLite database. Used by the browser tests and the benchmarks."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def site_environment(workdir: Path, base_url: str, **overrides) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": f"sqlite:///{workdir / 'site.sqlite3'}",
        "STATIC_ROOT": str(workdir / "static"),
        "BASE_URL": base_url,
        "QUICK_EXIT_URL": f"{base_url}/robots.txt",
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
    }
    env.pop("CACHE_URL", None)
    env.update(overrides)
    return env


def prepare(env: dict[str, str]) -> None:
    """collectstatic, migrate and load the demo content into env's database."""
    for command in (
        ["collectstatic", "--noinput", "-v", "0"],
        ["migrate", "--noinput", "-v", "0"],
        ["load_demo_content"],
    ):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )


@contextmanager
def running_server(env: dict[str, str], port: int, *, workers: int = 2, threads: int = 1):
    gunicorn = shutil.which("gunicorn", path=str(Path(sys.executable).parent)) or "gunicorn"
    server = subprocess.Popen(
        [
            gunicorn,
            "portal.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--env",
            f"DJANGO_SETTINGS_MODULE={env['DJANGO_SETTINGS_MODULE']}",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _attempt in range(150):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=1)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("the server did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=15)


@contextmanager
def demo_site(*, workers: int = 2, threads: int = 1, with_env: bool = False, **overrides):
    """Yield the base URL of a freshly prepared demo server (and its environment)."""
    with tempfile.TemporaryDirectory(prefix="signpost-site-") as directory:
        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        env = site_environment(Path(directory), base_url, **overrides)
        prepare(env)
        with running_server(env, port, workers=workers, threads=threads) as url:
            yield (url, env) if with_env else url
