"""The query count of the gazette's pages does not grow with the number of articles."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm caches shared by every page (site root paths, renditions)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_articles(make_article, rubrique, image, count):
    return [
        make_article(rubrique=rubrique, tags=["quartier", f"mot-{n % 7}"], image=image)
        for n in range(count)
    ]


def test_query_counts_do_not_grow_with_articles(
    client, gazette, make_article, make_issue, make_image, rubrique
):
    image = make_image()
    articles = add_articles(make_article, rubrique, image, 5)
    make_issue(articles[:3], cover=image)
    article = articles[2]
    index_small = count_queries(client, gazette.url)
    article_small = count_queries(client, article.url)

    add_articles(make_article, rubrique, image, 195)
    index_big = count_queries(client, gazette.url)
    article_big = count_queries(client, article.url)

    assert index_big == index_small
    assert article_big == article_small


def test_home_and_quartier_query_counts_do_not_grow(
    client, home, gazette, make_article, make_image, make_quartier, rubrique
):
    image = make_image()
    add_articles(make_article, rubrique, image, 3)
    home_small = count_queries(client, home.url)
    quartier_small = count_queries(client, gazette.get_parent().url)

    for number in range(4):
        make_quartier(f"Quartier {number}", "Ville")
    add_articles(make_article, rubrique, image, 20)
    assert count_queries(client, home.url) == home_small
    assert count_queries(client, gazette.get_parent().url) == quartier_small


def test_home_names_the_quartier_of_each_latest_article(client, home, gazette, make_article):
    make_article(title="Le marché du samedi")
    html = client.get(home.url).content.decode()
    card = html[html.index("Quoi de neuf") :]
    assert f'<p class="card__kicker">{gazette.get_parent().title}</p>' in card
