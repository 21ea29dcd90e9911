"""The directory, its actors and the newcomers' guide, as visitors see them."""

import datetime
import json
import re
from html import unescape

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from annuaire.factories import ActorPageFactory, GuideStepsFactory, step_data
from annuaire.models import ActorPage, AnnuairePage, NewcomersGuidePage
from core.models import section_models
from home.factories import QuartierPageFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15


def text_of(response):
    """The page's HTML, unescaped, its whitespace collapsed."""
    return unescape(re.sub(r"\s+", " ", response.content.decode()))


def words_of(response):
    """What a reader sees: the text without its tags."""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", response.content.decode())))


# The sections ----------------------------------------------------------------------------


def test_every_quartier_gets_both_sections(quartier):
    assert AnnuairePage.objects.child_of(quartier).live().get().slug == "annuaire"
    assert NewcomersGuidePage.objects.child_of(quartier).live().get().slug == "bienvenue"
    labels = [model.section_label for model in section_models()]
    assert labels.index("Annuaire") < labels.index("Bienvenue")


def test_section_tiles_say_what_is_open_and_where_the_guide_starts(
    client, quartier, guide, make_actor
):
    make_actor(opening_hours="24/7")
    make_actor(opening_hours="off")
    guide.steps = [step_data("Inscrivez-vous à la CAF", ["Allez à la CAF."])]
    guide.save_revision().publish()
    text = text_of(client.get(quartier.url))
    assert "2 lieux utiles, 1 ouvert maintenant." in text
    assert "D'abord : Inscrivez-vous à la CAF." in text


@pytest.mark.parametrize(("departement", "open_now"), [("57", 0), ("25", 1)])
def test_the_tile_counts_the_quartiers_own_public_holidays(
    client, quartier, make_actor, monkeypatch, departement, open_now
):
    quartier.departement_code = departement
    quartier.save_revision().publish()
    make_actor(opening_hours="24/7; PH off")
    st_stephen = datetime.datetime(2026, 12, 26, 10, tzinfo=datetime.UTC)  # Moselle only
    monkeypatch.setattr(timezone, "now", lambda: st_stephen)
    text = text_of(client.get(quartier.url))
    assert f"1 lieu utile, {open_now} ouvert maintenant." in text


def test_portal_home_links_each_guide_with_its_digital_space_open_or_not(client, quartier):
    quartier.epn_opening_hours = "24/7"
    quartier.save_revision().publish()
    text = words_of(client.get("/"))
    assert "Bienvenue à Planoise" in text
    assert "Cyber-base Planoise Ouvert 24 h sur 24" in text


# The directory -----------------------------------------------------------------------------


def test_directory_groups_actors_by_need_in_plain_words(client, annuaire, make_actor):
    make_actor(title="Mission locale", kind="mission-locale", needs=["emploi"])
    make_actor(title="CAF", kind="caf", needs=["papiers", "logement"])
    make_actor(title="Brouillon", needs=["emploi"], live=False)
    text = text_of(client.get(annuaire.url))
    assert "Trouver un emploi" in text
    assert "Papiers et démarches" in text
    assert "Logement" in text
    assert text.count(">CAF</a>") == 2  # under each of its needs
    assert "Brouillon" not in text
    assert "2 lieux dans l'annuaire." in text
    for link in ("donnees/lieux-mediation-numerique/", "donnees/data-inclusion/", "imprimer/"):
        assert annuaire.url + link in text


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("?besoin=emploi", ["Mission locale"], ["CAF de Besançon", "Bibliothèque"]),
        ("?type=caf", ["CAF de Besançon"], ["Mission locale", "Bibliothèque"]),
        ("?ouvert=1", ["Bibliothèque"], ["CAF de Besançon", "Mission locale"]),
        ("?besoin=papiers&type=caf", ["CAF de Besançon"], ["Mission locale"]),
    ],
)
def test_filters_by_need_kind_and_open_now(client, annuaire, make_actor, query, shown, hidden):
    make_actor(title="Mission locale", kind="mission-locale", needs=["emploi"], opening_hours="off")
    make_actor(title="CAF de Besançon", kind="caf", needs=["papiers"], opening_hours="off")
    make_actor(title="Bibliothèque", kind="mediatheque", needs=["sortir"], opening_hours="24/7")
    response = client.get(annuaire.url + query)
    assert response.status_code == 200
    text = text_of(response)
    assert all(name in text for name in shown)
    assert not any(f">{name}</a>" in text for name in hidden)
    assert '<meta name="robots" content="noindex, follow">' in text


@pytest.mark.parametrize(
    "query",
    [
        "?besoin=nimporte",
        "?type=%01%02",  # a NUL is a 404 everywhere: tests/core/test_query_string.py
        "?besoin=" + "x" * 5000,
        "?besoin=emploi&besoin=papiers&type[]=caf",
        "?ouvert=peut-etre&type=caf%27%3B--",
        "?besoin=%F0%9F%92%A9&page=-1",
        "?ouvert",
    ],
)
def test_junk_filters_never_fail(client, annuaire, make_actor, query):
    make_actor(title="CAF de Besançon", kind="caf")
    response = client.get(annuaire.url + query)
    assert response.status_code == 200
    assert "CAF de Besançon" in text_of(response)


def test_an_unknown_filter_is_said_and_left_out(client, annuaire, make_actor):
    make_actor(title="CAF de Besançon", kind="caf")
    text = text_of(client.get(annuaire.url + "?besoin=licornes"))
    assert "n'existe pas" in text
    assert "CAF de Besançon" in text
    assert "licornes" not in text


def test_printable_list_shows_each_actor_once_with_its_hours(client, annuaire, make_actor):
    make_actor(title="CAF de Besançon", kind="caf", needs=["papiers", "logement", "enfants"])
    response = client.get(annuaire.url + "imprimer/")
    assert response.status_code == 200
    text = text_of(response)
    assert text.count("CAF de Besançon") == 1
    assert "Du lundi au vendredi : 9 h – 12 h, 13 h 30 – 17 h" in text
    assert "Fermé les jours fériés." in text
    assert "Dimanche" not in text  # closed days are left out on paper
    assert 'src="/static/js/print.js"' in text


def bulk_actors(annuaire, count):
    """Published actors, quickly: no revision (the directory reads live pages only)."""
    for number in range(count):
        annuaire.add_child(
            instance=ActorPage(
                title=f"Lieu {number:03d}",
                slug=f"lieu-{number:03d}",
                live=True,
                kind=["caf", "epn", "centre-social", "association"][number % 4],
                needs=[["emploi"], ["papiers", "logement"], ["sortir"], []][number % 4],
                services="On vous aide.",
                street=f"{number} rue des Lilas",
                postcode="25000",
                city="Besançon",
                opening_hours=["Mo-Fr 09:00-12:00,14:00-17:00; PH off", "24/7", ""][number % 3],
                digital_services=["acces"],
                phone="01 99 25 00 00",
            )
        )


def query_count(client, url):
    client.get(url)  # warm caches (site roots)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_directory_pages_take_the_same_queries_with_20_and_400_actors(
    client, annuaire, guide, quartier
):
    bulk_actors(annuaire, 20)
    actor = ActorPage.objects.child_of(annuaire).first()
    guide.steps = [step_data("Allez à la CAF", ["Une ligne."], actors=[actor])]
    guide.save_revision().publish()
    urls = [
        annuaire.url,
        annuaire.url + "?besoin=emploi&ouvert=1",
        annuaire.url + "imprimer/",
        annuaire.url + "donnees/lieux-mediation-numerique/",
        annuaire.url + "donnees/data-inclusion/",
        "/donnees/annuaire/lieux-mediation-numerique.csv",
        actor.url,
        guide.url,
        guide.url + "a-imprimer/",
    ]
    few = {url: query_count(client, url) for url in urls}
    too_many = {url: count for url, count in few.items() if count > MAX_QUERIES}
    assert not too_many, too_many
    # The quartier's page and the portal's home show the directory's and guide's teasers.
    urls += [quartier.url, "/"]
    few = {url: query_count(client, url) for url in urls}
    bulk_actors_more = 380
    for number in range(bulk_actors_more):
        annuaire.add_child(
            instance=ActorPage(
                title=f"Autre {number:03d}",
                slug=f"autre-{number:03d}",
                live=True,
                kind="association",
                needs=["sortir"],
                services="On se retrouve.",
                opening_hours="Tu,Th 14:00-17:00; PH off",
            )
        )
    assert ActorPage.objects.child_of(annuaire).count() == 400
    many = {url: query_count(client, url) for url in urls}
    assert many == few


# An actor ----------------------------------------------------------------------------------


def test_actor_page_shows_what_a_newcomer_needs(client, make_actor):
    actor = make_actor(
        title="CAF de Besançon",
        kind="caf",
        audience="Les familles.",
        transport="Tram 1, arrêt Île-de-France",
        wheelchair="oui",
        hearing_loop=True,
        acceslibre_url="https://acceslibre.beta.gouv.fr/app/25-besancon/a/caf/erp/caf/",
        appointment_url="https://rendez-vous.example.org/caf/",
        website="https://caf.example.org/",
        hours_note="L'après-midi, sur rendez-vous.",
        last_checked=datetime.date(2026, 3, 2),
    )
    response = client.get(actor.url)
    text = words_of(response)
    assert "<h1>CAF de Besançon</h1>" in text_of(response)
    assert 'href="tel:0199250000"' in text_of(response)
    for expected in (
        "CAF de Besançon",
        "On vous aide à faire vos papiers.",
        "Pour qui : Les familles.",
        actor.street,
        "Appeler le 01 99 25 00 00",
        "Écrire à accueil@lieu.example.org",
        "Tram 1, arrêt Île-de-France",
        "En fauteuil roulant : oui",
        "Boucle magnétique",
        "Tout sur l'accès au lieu (acceslibre)",
        "Prendre rendez-vous en ligne",
        "On vous parle en : français, arabe.",
        "Prix : Gratuit",
        "L'après-midi, sur rendez-vous.",
        "Informations vérifiées le 2 mars 2026.",
        "Fermé les jours fériés.",
        "Voir sur une carte (OpenStreetMap)",
        actor.status.label,
    ):
        assert expected in text, expected


def test_actor_page_has_schema_org_data_with_opening_hours(client, make_actor):
    actor = make_actor(title="Mairie annexe", kind="mairie-annexe")
    html = client.get(actor.url).content.decode()
    (raw,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(raw)
    assert data["@type"] == "GovernmentOffice"
    assert data["name"] == "Mairie annexe"
    assert data["address"]["postalCode"] == "25000"
    assert data["telephone"] == "+33199250000"
    assert data["geo"]["latitude"] == pytest.approx(47.2286)
    hours = data["openingHoursSpecification"]
    assert hours[0]["@type"] == "OpeningHoursSpecification"
    assert {"opens": "09:00", "closes": "12:00"}.items() <= hours[0].items()


def test_old_information_is_flagged(client, make_actor):
    actor = make_actor(last_checked=timezone.localdate() - datetime.timedelta(days=200))
    assert "C'est ancien : appelez avant d'y aller." in text_of(client.get(actor.url))


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"opening_hours": "lundi 9h-12h"}, "Exemple d'horaires bien écrits"),
        ({"phone": "appelez-nous"}, "Écrivez le numéro avec des chiffres"),
        ({"postcode": "250"}, "Un code postal a cinq chiffres."),
        ({"acceslibre_url": "https://example.org/fiche"}, "fiche acceslibre"),
        ({"needs": ["licornes"]}, "« licornes » n'est pas dans la liste."),
        ({"latitude": "47.2", "longitude": None}, "latitude et la longitude"),
        ({"last_checked": datetime.date(2099, 1, 1)}, "dans le futur"),
    ],
)
def test_bad_actor_data_is_refused_in_french(annuaire, fields, message):
    actor = ActorPageFactory.build(live=True, **fields)
    with pytest.raises(ValidationError) as error:
        annuaire.add_child(instance=actor)
    assert message in str(error.value)
    assert not ActorPage.objects.exists()


def test_bad_hours_are_refused_in_the_admin_and_nothing_changes(admin_client, make_actor):
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    actor = make_actor(title="CAF de Besançon")
    revisions = actor.revisions.count()
    data = nested_form_data(
        {
            "title": actor.title,
            "slug": actor.slug,
            "kind": "caf",
            "services": "On vous aide.",
            "opening_hours": "Mo-Fr 9:00-",
            "last_checked": "2026-01-05",
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[actor.pk]), data)
    assert response.status_code == 200
    text = text_of(response)
    assert "Le problème commence au caractère 12, juste après « Mo-Fr 9:00- »." in text
    assert "Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00; PH off" in text
    actor.refresh_from_db()
    assert actor.opening_hours == "Mo-Fr 09:00-12:00,13:30-17:00; PH off"
    assert actor.revisions.count() == revisions


def test_search_finds_actors_by_name_kind_services_and_address(client, make_actor, guide):
    make_actor(
        title="Maison Pasteur",
        kind="mission-locale",
        services="On aide les jeunes à trouver un apprentissage.",
        street="7 rue Kléber",
    )
    guide.steps = [step_data("Inscrivez-vous à la crèche", ["Appelez la halte-garderie."])]
    guide.save_revision().publish()
    for query in ("Pasteur", "mission locale", "apprentissage", "Kléber", "garderie"):
        text = text_of(client.get("/recherche/", {"q": query}))
        expected = "Bienvenue" if query == "garderie" else "Maison Pasteur"
        assert expected in text, query


# The newcomers' guide ----------------------------------------------------------------------


def test_guide_steps_link_the_actors_who_help(client, guide, make_actor):
    caf = make_actor(title="CAF de Besançon", kind="caf")
    hidden = make_actor(title="Pas encore publié", live=False)
    guide.steps = [
        step_data(
            "Inscrivez-vous à la CAF",
            ["La CAF paie des aides.", "Donnez votre nouvelle adresse."],
            actors=[caf, hidden],
            bring=["Votre bail"],
        )
    ]
    guide.save_revision().publish()
    text = text_of(client.get(guide.url))
    assert "Étape 1 Inscrivez-vous à la CAF" in words_of(client.get(guide.url))
    assert "<li>La CAF paie des aides.</li><li>Donnez votre nouvelle adresse.</li>" in text
    assert f'href="{caf.url}"' in text
    assert "Pas encore publié" not in text
    assert "Votre bail" in text
    response = client.get(guide.url + "a-imprimer/")
    assert "checklist__box" in text_of(response)
    checklist = words_of(response)
    assert "Inscrivez-vous à la CAF" in checklist
    assert "CAF de Besançon · 01 99 25 00 00" in checklist


def test_guide_steps_from_the_factory(guide, make_actor):
    actor = make_actor()
    guide.steps = GuideStepsFactory(
        **{"0": "step", "0__step__title": "Allez à la mairie", "0__step__actors__0__page": actor}
    )
    guide.save_revision().publish()
    guide.refresh_from_db()
    (step,) = guide.step_values()
    assert step["title"] == "Allez à la mairie"
    assert [page.pk for page in step["actors"]] == [actor.pk]


def test_an_empty_guide_says_it_is_being_written(client, guide):
    assert "Le guide est en cours d'écriture." in text_of(client.get(guide.url))


def test_directory_and_guide_only_under_a_quartier(home, annuaire):
    assert not AnnuairePage.can_create_at(home)
    assert not ActorPage.can_create_at(home)
    assert ActorPage.can_create_at(annuaire)
    other = QuartierPageFactory(title="Autre")
    assert not ActorPage.can_create_at(Page.objects.get(pk=other.pk))
