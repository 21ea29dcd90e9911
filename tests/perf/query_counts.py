"""`make bench-http`'s query counts: the SQL queries of each page named on the command
line (`name=/url/`), served without the page cache, in the bench's own database.

Run with the bench's environment (its settings and database), e.g.
`PAGE_CACHE_SECONDS=0 python tests/perf/query_counts.py home=/ search=/recherche/?q=atelier`.
"""

import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
django.setup()

from django.test import Client  # noqa: E402 (Django is set up first)
from django.test.utils import setup_test_environment  # noqa: E402

from tests.perf.measure import measure  # noqa: E402


def main(named_urls):
    setup_test_environment()
    client = Client(HTTP_HOST="127.0.0.1")
    for named in named_urls:
        name, url = named.split("=", 1)
        queries, _milliseconds = measure(client, url, runs=1)
        print(f"{name}\t{queries}")


if __name__ == "__main__":
    main(sys.argv[1:])
