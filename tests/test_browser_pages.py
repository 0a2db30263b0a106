"""In Chromium, every page of the site loads whole: its images load, it logs
no errors and it asks nothing of any host but the one serving it."""

import re
from urllib.parse import urlsplit

import pytest

from conftest import HTML, site_pages

# Console errors that are not faults of a page. Each entry: (what the message
# says, where it comes from, why it is allowed). Keep this list short.
ALLOWED_CONSOLE_ERRORS = [
    # Empty: the two entries this list once held are fixed in conf.py
    # (html_context "default_mode" stops pydata-sphinx-theme's "invalid theme
    # mode" error; html_favicon stops Chromium's probe of /favicon.ico).
]

# An image that is not in the layout yet (lazy) is loaded before it is measured.
IMAGES_JS = """async () => {
  const images = Array.from(document.images);
  images.forEach(img => { img.loading = "eager"; });
  const settled = img => img.complete ? null : new Promise(done => {
    img.addEventListener("load", done); img.addEventListener("error", done);
  });
  await Promise.race([
    Promise.all(images.map(settled)),
    new Promise(done => setTimeout(done, 15000)),
  ]);
  return images.map(img => ({src: img.currentSrc || img.src, width: img.naturalWidth}));
}"""


def allowed(text, url):
    """Whether a console error with this text, logged by a script or resource at url, is allowed."""
    return any(
        text_re.search(text) and url_re.search(url) for text_re, url_re, _ in ALLOWED_CONSOLE_ERRORS
    )


@pytest.mark.browser
@pytest.mark.parametrize("path", site_pages())
def test_page_loads_whole_and_alone(open_tab, path):
    assert (HTML / path).is_file(), f"{path} was not built"
    tab = open_tab()
    response = tab.page.goto(tab.base_url + path, wait_until="networkidle")
    assert response.ok, response.status

    images = tab.page.evaluate(IMAGES_JS)

    foreign = [
        url for url in tab.requests
        if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).hostname != "127.0.0.1"
    ]
    assert not foreign, f"requests to other hosts: {foreign}"

    failed = list(tab.failed)
    assert not failed, f"requests that failed: {failed}"

    broken = [img["src"] for img in images if img["width"] == 0]
    assert not broken, f"images that did not load: {broken}"

    errors = [(text, url) for kind, text, url in tab.console
              if kind == "error" and not allowed(text, url)]
    assert not errors, f"console errors: {errors}"
    assert not tab.page_errors, f"uncaught exceptions: {tab.page_errors}"


def test_allow_list_is_narrow():
    theme_js = "http://127.0.0.1:8000/_static/scripts/pydata-sphinx-theme.js?digest=1"
    not_found = "Failed to load resource: the server responded with a status of 404 (File not found)"
    assert not allowed("Got invalid theme mode: . Resetting to auto.", theme_js)
    assert not allowed(not_found, "http://127.0.0.1:8000/favicon.ico")
    assert not allowed("Uncaught TypeError: x is undefined", theme_js)
