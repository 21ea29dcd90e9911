"""What a phone downloads on a first visit to a page: `python page_weight.py BASE PATH…`.

Two figures a page: what loads at once (the HTML, stylesheets but the print one, scripts,
the icon, the images that are not lazy) and the whole page scrolled to the end (lazy
images too; those in the first screen load at once as well). Each image as the WebP a
phone screen picks (the widest of its `srcset`). Sizes as sent (gzip).
"""

import sys
import urllib.request
from html.parser import HTMLParser

PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Mobile Safari/537.36"


def fetch_size(url):
    request = urllib.request.Request(
        url,
        headers={"User-Agent": PHONE, "Accept-Encoding": "gzip", "Accept": "image/webp,*/*"},
    )
    with urllib.request.urlopen(request) as response:
        return len(response.read())


class FirstLoad(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []
        self.lazy = []
        self.webp = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in ("stylesheet", "icon"):
            if attrs.get("media") != "print":
                self.urls.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])
        elif tag == "source" and attrs.get("type") == "image/webp":
            self.webp = attrs["srcset"].split(",")[-1].split()[0]
        elif tag == "img":
            urls = self.lazy if attrs.get("loading") == "lazy" else self.urls
            urls.append(self.webp or attrs["src"])
        if tag == "img":
            self.webp = None


def weight(base, path):
    request = urllib.request.Request(base + path, headers={"User-Agent": PHONE})
    with urllib.request.urlopen(request) as response:
        html = response.read()
    parser = FirstLoad()
    parser.feed(html.decode())
    first = fetch_size(base + path) + sum(
        fetch_size(base + url) for url in dict.fromkeys(parser.urls)
    )
    lazy = sum(fetch_size(base + url) for url in dict.fromkeys(parser.lazy))
    return first, first + lazy


if __name__ == "__main__":
    base, *paths = sys.argv[1:]
    for path in paths:
        first, scrolled = weight(base, path)
        print(f"{path}: {first // 1024} KB at once, {scrolled // 1024} KB scrolled to the end")
