"""What a request looks up once and reuses: view restrictions, a quartier's sections…

`RequestCacheMiddleware` opens a store for each request; `memoize` keeps a value in it.
Outside a request (commands, the shell, tests calling models directly) nothing is kept.
A write that changes a memoized value clears it (see `forget`).
"""

from contextvars import ContextVar

_store = ContextVar("portal_request_cache", default=None)


def memoize(key, compute):
    """`compute()` once per request for `key`; every time outside a request."""
    store = _store.get()
    if store is None:
        return compute()
    if key not in store:
        store[key] = compute()
    return store[key]


def forget(key):
    store = _store.get()
    if store is not None:
        store.pop(key, None)


class RequestCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _store.set({})
        try:
            return self.get_response(request)
        finally:
            _store.reset(token)
