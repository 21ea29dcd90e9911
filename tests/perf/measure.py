"""One way to measure a page for the benchmarks: its query count and median server time."""

import statistics
import time

from django.db import connection
from django.test.utils import CaptureQueriesContext

RUNS = 30


def measure(client, url, runs=RUNS):
    """(queries, median milliseconds) of `url` through the test client, after one warm-up."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    # Read now: every later request empties the connection's query log.
    query_count = len(queries)
    timings = []
    for _run in range(runs):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return query_count, statistics.median(timings)
