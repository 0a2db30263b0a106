"""Acceptance 5: no built page loads a stylesheet, script or font from another host."""

import re
from urllib.parse import urlsplit

from conftest import parse_html

LOCAL_HOSTS = {"", "127.0.0.1", "localhost"}
CSS_URL = re.compile(r"""(?:@import\s+|url\()\s*['"]?(https?:)?//([^/'")\s]+)""")


def remote_assets(soup):
    """(tag, url) of every resource the page would load from another host."""
    found = []
    for tag in soup.find_all(["link", "script", "img", "iframe", "source", "audio", "video"]):
        if tag.name == "link" and not set(tag.get("rel", [])) & {
            "stylesheet", "preload", "modulepreload", "icon", "prefetch", "manifest",
        }:
            continue
        for attr in ("href", "src"):
            url = tag.get(attr)
            if url and urlsplit(url).scheme in ("http", "https", "") and url.startswith(("http", "//")):
                if urlsplit(url).hostname not in LOCAL_HOSTS:
                    found.append((tag.name, url))
    for style in soup.find_all("style"):
        for match in CSS_URL.finditer(style.get_text()):
            if match.group(2) not in LOCAL_HOSTS:
                found.append(("style", match.group(0)))
    return found


def test_no_page_loads_from_another_host(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 5
    problems = []
    for page in pages:
        text = page.read_text(encoding="utf-8", errors="replace")
        if "fonts.googleapis.com" in text:
            problems.append((str(page.relative_to(site)), "fonts.googleapis.com"))
        problems += [(str(page.relative_to(site)), *item) for item in remote_assets(parse_html(page))]
    assert not problems, problems


def test_detector_finds_remote_assets():
    soup = parse_html_text(
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Vibur">'
        '<script src="//cdn.example.org/x.js"></script>'
        '<a href="https://scikit-learn.org">a link is fine</a>'
        '<link rel="stylesheet" href="_static/local.css">'
        "<style>@import url('https://example.org/a.css');</style>"
    )
    assert [tag for tag, _ in remote_assets(soup)] == ["link", "script", "style"]


def parse_html_text(text):
    from bs4 import BeautifulSoup

    return BeautifulSoup(text, "html.parser")
