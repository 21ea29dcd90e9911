"""Helpers for the production-stack tests: free ports, services that may be absent."""

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
# Variables of the test process that must not leak into a production-settings process.
UNSHARED_ENV = (
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "REDIS_URL",
    "PORTAL_HTTPS",
    "PORTAL_VAR_DIR",
    "STATIC_ROOT",
    "MEDIA_ROOT",
    "PRIVATE_MEDIA_ROOT",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
)
POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/test"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def answers(port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def production_env(**overrides):
    env = {key: value for key, value in os.environ.items() if key not in UNSHARED_ENV}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="k" * 20 + "Zq9#x!Lm2@pR7$wT4%vB8^nC3&jH6*",
        ALLOWED_HOSTS="testserver,127.0.0.1",
        PORTAL_HTTPS="off",
    )
    env.update(overrides)
    return env


def manage(*args, env, timeout=300):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )
