"""The site of a request, found in one query with its root page as its own type."""

import pytest
from django.test import RequestFactory
from wagtail.models import Site

from core.site_lookup import WAGTAIL_SITE_ATTRIBUTE, find_site
from home.models import HomePage, QuartierPage

pytestmark = pytest.mark.django_db


def wagtails_choice(host):
    """The site Wagtail itself chooses for a request to `host` (a fresh request)."""
    return Site.find_for_request(RequestFactory().get("/", HTTP_HOST=host))


def our_choice(host):
    return find_site(RequestFactory().get("/", HTTP_HOST=host))


HOSTS = [
    "localhost",
    "planoise.example.org",
    "planoise.example.org:8000",
    "planoise.example.org:9000",
    "kerourien.example.org:8000",
    "inconnu.example.org",
]


def choices(hosts=HOSTS):
    return [
        (host, getattr(wagtails_choice(host), "pk", None), getattr(our_choice(host), "pk", None))
        for host in hosts
    ]


def test_the_same_site_as_wagtail_with_a_default_site(make_quartier):
    quartier = make_quartier("Planoise", hostname="planoise.example.org")
    Site.objects.create(hostname="planoise.example.org", port=8000, root_page=quartier)
    for host, wagtails, ours in choices():
        assert ours == wagtails, host


def test_the_same_site_as_wagtail_without_a_default_site(make_quartier, default_site):
    quartier = make_quartier("Planoise")
    Site.objects.create(hostname="planoise.example.org", port=8000, root_page=quartier)
    Site.objects.create(hostname="planoise.example.org", port=9000, root_page=quartier)
    Site.objects.create(hostname="kerourien.example.org", port=8000, root_page=quartier)
    default_site.is_default_site = False
    default_site.save()
    found = choices()
    for host, wagtails, ours in found:
        assert ours == wagtails, host
    assert {host: ours for host, _wagtails, ours in found}["inconnu.example.org"] is None


def test_the_root_page_comes_as_its_own_type_in_one_query(make_quartier, django_assert_num_queries):
    make_quartier("Planoise", hostname="planoise.example.org")
    with django_assert_num_queries(2):  # one a request
        portal = our_choice("localhost")
        quartier_site = our_choice("planoise.example.org")
        assert isinstance(portal.root_page, HomePage)
        assert isinstance(quartier_site.root_page, QuartierPage)
        assert quartier_site.root_page.city == "Besançon"
        assert portal.root_page.specific is portal.root_page


def test_wagtail_reads_the_site_we_found(client, make_quartier, django_assert_num_queries):
    """Wagtail keeps the site of a request on it: the page view finds ours there."""
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    site = find_site(request)
    setattr(request, WAGTAIL_SITE_ATTRIBUTE, site)
    with django_assert_num_queries(0):
        assert Site.find_for_request(request) is site
    quartier = make_quartier("Planoise")
    assert client.get(quartier.url).status_code == 200
    assert client.get("/_util/login/").status_code == 200
