"""Each page has one address, on the most specific site it belongs to."""

import pytest
from django.test import RequestFactory
from wagtail.models import Site

from core.site_roots import page_url_parts, site_root_paths
from gazette.models import GazetteIndexPage

pytestmark = pytest.mark.django_db


def test_wagtail_still_gives_site_root_paths_as_we_read_them(default_site):
    """`page_url_parts` relies on Wagtail's public `Site.get_site_root_paths()`."""
    root = Site.get_site_root_paths()[0]
    assert root._fields == ("site_id", "root_path", "root_url", "language_code")
    assert (root.site_id, root.root_path) == (default_site.pk, default_site.root_page.url_path)


def test_a_quartier_with_its_own_host_is_addressed_there_from_the_portal(
    make_quartier, default_site
):
    quartier = make_quartier("Planoise", "Besançon", hostname="planoise.example.org")
    gazette = GazetteIndexPage.objects.child_of(quartier).get()
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    site_id, root_url, path = page_url_parts(gazette, request)
    assert site_id == Site.objects.get(hostname="planoise.example.org").pk
    assert path == "/gazette/"
    assert root_url.endswith("planoise.example.org")
    assert gazette.get_url(request) == f"{root_url}/gazette/"


def test_site_root_paths_are_looked_up_once_per_request(default_site, django_assert_num_queries):
    request = RequestFactory().get("/")
    first = site_root_paths(request)
    with django_assert_num_queries(0):
        assert site_root_paths(request) is first
