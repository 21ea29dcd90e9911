"""A quartier with its own hostname: its Site's port, hence its links' scheme, follow HTTPS."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from wagtail.models import Site

ROOT = Path(__file__).resolve().parents[2]
SECRET = "k" * 20 + "Zq9#x!Lm2@pR7$wT4%vB8^nC3&jH6*"
PRINT_PORT = "from django.conf import settings; print(settings.PORTAL_SITE_PORT)"


def test_a_quartier_s_links_follow_https(make_quartier, settings):
    settings.PORTAL_SITE_PORT = 443  # production's default with PORTAL_HTTPS on
    quartier = make_quartier("Planoise", "Besançon", hostname="planoise.example.org")
    site = Site.objects.get(hostname="planoise.example.org")
    assert site.root_page_id == quartier.pk
    assert site.root_url == "https://planoise.example.org"
    assert quartier.get_full_url() == "https://planoise.example.org/"
    section = quartier.get_children().live().first()
    assert section.get_full_url() == f"https://planoise.example.org/{section.slug}/"

    settings.PORTAL_SITE_PORT = 80  # without HTTPS
    make_quartier("Clairière", "Besançon", hostname="clairiere.example.org")
    assert Site.objects.get(hostname="clairiere.example.org").root_url == (
        "http://clairiere.example.org"
    )


def production_port(tmp_path, **env):
    clean = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PORTAL_HTTPS", "PORTAL_SITE_PORT", "DATABASE_URL"}
    }
    clean.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="quartiers.example.org",
        PORTAL_VAR_DIR=str(tmp_path),
        **env,
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", PRINT_PORT],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip())


@pytest.mark.parametrize(
    ("env", "port"),
    [
        ({}, 443),
        ({"PORTAL_HTTPS": "off"}, 80),
        ({"PORTAL_SITE_PORT": "8443"}, 8443),
    ],
)
def test_production_takes_the_port_from_https(tmp_path, env, port):
    assert production_port(tmp_path, **env) == port
