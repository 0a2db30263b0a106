"""Shared paths, helpers and fixtures.

The tests check the site that ``make html`` built into ``build/html``;
``make test`` builds it (with warnings as errors) before running them.
Sections: paths and HTML helpers; test order; scratch builds; the gallery's
pages; running downloaded examples; serving the site on 127.0.0.1; the
browser (tests marked ``browser``). Tests write only under build/ and tmp dirs.
"""

import ast
import contextlib
import functools
import http.server
import os
import re
import runpy
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
BUILD = Path(os.environ.get("BUILDDIR", ROOT / "build")).resolve()
HTML = BUILD / "html"
EXAMPLES = ROOT / "examples"
SHARED_DATA = ROOT.parent / "shared" / "data"


def conf_value(name):
    """A constant assigned at the top level of conf.py, read without importing it."""
    tree = ast.parse((ROOT / "conf.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise KeyError(name)


def parse_html(path):
    return BeautifulSoup(Path(path).read_text(encoding="utf-8"), "html.parser")


def resolve(page, href):
    """The file in the build that a relative link on ``page`` points to."""
    target = href.split("#", 1)[0].split("?", 1)[0]
    return (Path(page).parent / target).resolve() if target else Path(page)


def downloaded_file(page, suffix):
    """The file behind the ``suffix`` (".py", ".ipynb") download link of an example page."""
    stem = Path(page).stem
    for a in parse_html(page).select("div.sphx-glr-download a"):
        if a["href"].endswith(stem + suffix):
            return resolve(page, a["href"])
    pytest.fail(f"no {suffix} download on {page}")


@pytest.fixture(scope="session")
def site():
    index = HTML / "index.html"
    if not index.is_file():
        pytest.fail(f"{index} is missing: build the site first (make html, or make test)")
    return HTML


def pytest_configure(config):
    config.addinivalue_line("markers", "run_last: run after every other test")
    config.addinivalue_line(
        "markers",
        "browser: drives Chromium (/usr/bin/chromium); skipped when it is missing, "
        "unless REQUIRE_BROWSER is set",
    )


def pytest_collection_modifyitems(items):
    # stable sort: tests marked run_last go to the end, the rest keep their order
    items.sort(key=lambda item: item.get_closest_marker("run_last") is not None)


# generated under doc/ by a build: never copied into a scratch project
GENERATED_IN_DOC = {"auto_examples", "jupyterlite_contents", "_contents", "modules",
                    "sg_execution_times.rst", ".jupyterlite.doit.db"}


def scratch_project(dest):
    """Copy the site's sources (not its build products) to ``dest`` and return it.

    Builds of a scratch copy never touch this checkout's doc/ or build/.
    """
    import shutil

    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("conf.py", "README.md", "binder", "examples"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    shutil.copytree(
        ROOT / "doc", dest / "doc",
        ignore=lambda d, names: [n for n in names if n in GENERATED_IN_DOC or n == "__pycache__"],
    )
    return dest


def sphinx_command(*options):
    """sphinx-build for a scratch project, as the Makefile runs it. --no-color:
    callers read its log, and FORCE_COLOR in a CI environment would otherwise
    put escape codes between its words."""
    return [sys.executable, "-m", "sphinx", "-b", "html", "-c", ".", "doc", "build/html",
            "-d", "build/doctrees", "--no-color", *options]


def sphinx_build(project, *options, env=None, timeout=900):
    """Run sphinx-build on a scratch project the way the Makefile does."""
    import subprocess

    return subprocess.run(sphinx_command(*options), cwd=project, env=env,
                          capture_output=True, text=True, timeout=timeout)


ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def plain_text(log):
    """A terminal log without its colour escape codes."""
    return ANSI_ESCAPE.sub("", log)


# -- The gallery's pages ------------------------------------------------------


@functools.cache
def gallery_conf():
    """``sphinx_gallery_conf`` from conf.py (conf.py only sets values: cheap to run)."""
    return runpy.run_path(str(ROOT / "conf.py"))["sphinx_gallery_conf"]


class Example(NamedTuple):
    source: Path  # the script under examples/
    page: str  # its page, relative to build/html
    archive_path: str  # its path inside the gallery's "download all" archives, without suffix

    @property
    def stem(self):
        return self.source.stem


def gallery_examples():
    """Every example script of every gallery, with the page it must have.

    Read from examples/ (not from the build): an example whose page is missing
    still shows up, and fails.
    """
    conf = gallery_conf()
    found = []
    for src, out in zip(conf["examples_dirs"], conf["gallery_dirs"]):
        src_root = (ROOT / "doc" / src).resolve()
        for script in sorted(src_root.rglob("*.py")):
            if re.search(conf["ignore_pattern"], str(script)):
                continue
            rel = script.relative_to(src_root).with_suffix("")
            found.append(Example(script, f"{out}/{rel.as_posix()}.html", rel.as_posix()))
    return found


# the founding example, whose page several tests compare with what it prints
MNIST_PAGE = "auto_examples/neural_networks/plot_mnist_filters.html"


def gallery_indexes():
    """The top page of each gallery (relative to build/html): it has the "download all" links."""
    return [f"{out}/index.html" for out in gallery_conf()["gallery_dirs"]]


# Folders of build/html that hold no pages of ours:
# - lite/ is the vendored JupyterLite application. Its HTML files are shells
#   for a JavaScript app: none has an <h1> and several have no <title>. The
#   links into it are checked, and test_browser_jupyterlite.py opens it.
# - _static/ holds assets copied from the theme and extensions, not pages;
#   pydata-sphinx-theme copies its Jinja macro file webpack-macros.html there.
NOT_PAGES = ("lite", "_static")


def site_pages():
    """Every page of the site, relative to build/html: the ones the sources must
    produce (landing page, search, gallery indexes, one per example), plus
    every other HTML file the build wrote outside NOT_PAGES."""
    pages = {"index.html", "search.html", *gallery_indexes(), *(e.page for e in gallery_examples())}
    if HTML.is_dir():
        for path in HTML.rglob("*.html"):
            rel = path.relative_to(HTML)
            if rel.parts[0] not in NOT_PAGES:
                pages.add(rel.as_posix())
    return sorted(pages)


def page_title(page):
    """The <h1> of a built page, without Sphinx's permalink sign."""
    return parse_html(page).find("h1").get_text().strip().rstrip("#¶").strip()


def page_output(page):
    """What an example printed, as its page shows it (all output blocks, in order)."""
    blocks = parse_html(page).select("div.sphx-glr-script-out pre")
    return "\n".join(block.get_text() for block in blocks)


NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")


def printed_numbers(text):
    return [float(n) for n in NUMBER.findall(text)]


# -- Running downloaded examples ----------------------------------------------


def example_env():
    """Environment for running a downloaded example as a reader would, but
    headless (Agg) and offline: MNIST comes from the build's copy of the cache
    and any download goes to a closed local port."""
    env = dict(os.environ)
    env["MPLBACKEND"] = "Agg"
    if not env.get("SCIKIT_LEARN_DATA") and (BUILD / "scikit_learn_data").is_dir():
        env["SCIKIT_LEARN_DATA"] = str(BUILD / "scikit_learn_data")
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        env[var] = "http://127.0.0.1:9"
    env.pop("no_proxy", None)
    env.pop("NO_PROXY", None)
    return env


class ExampleRuns:
    """Runs ``run_one(example)`` in threads, two at a time (each run is a
    subprocess, and CI has 2 cores), starting with ``first``; calling it with
    an example waits for that example's result (starting the run if needed)."""

    def __init__(self, run_one, first=(), workers=2):
        self._run_one = run_one
        self._pool = ThreadPoolExecutor(max_workers=workers)
        self._futures = {}
        for example in first:
            self._submit(example)

    def _submit(self, example):
        if example.page not in self._futures:
            self._futures[example.page] = self._pool.submit(self._run_one, example)
        return self._futures[example.page]

    def __call__(self, example):
        return self._submit(example).result()

    def close(self):
        self._pool.shutdown(wait=True, cancel_futures=True)


def selected_examples(request):
    """The examples of the parametrized tests selected in the requesting module."""
    return [
        item.callspec.params["example"]
        for item in request.session.items
        if getattr(item, "module", None) is request.module
        and "example" in getattr(getattr(item, "callspec", None), "params", {})
    ]


# -- Serving the site on 127.0.0.1 --------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".ipynb": "application/x-ipynb+json"}

    def log_message(self, format, *args):
        pass

    def end_headers(self):
        # LinkChecker waits 0.1-0.6 s between requests to a host, unless the
        # host sends this header (then its maxrequestspersecond applies).
        self.send_header("LinkChecker", "max rate")
        super().end_headers()


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # clients (LinkChecker, the browser) may hang up before a download ends
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(directory):
    """Serve ``directory`` over HTTP on 127.0.0.1 (a free port); yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    httpd = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture(scope="session")
def server(site):
    """Base URL of build/html served on 127.0.0.1 (JupyterLite needs HTTP)."""
    with serve(site) as url:
        yield url


# -- The browser ----------------------------------------------------------------
# Debian's Chromium, driven by Playwright (which cannot download its own
# browsers here). Tests marked `browser` skip when it is missing, unless
# REQUIRE_BROWSER is set (CI sets it), in which case they fail.

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = BUILD / "test-artifacts"


def pytest_runtest_setup(item):
    if item.get_closest_marker("browser") and not CHROMIUM.is_file():
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"REQUIRE_BROWSER is set but {CHROMIUM} is missing: apt-get install chromium")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium; REQUIRE_BROWSER=1 fails instead)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Tab:
    """One page in a fresh browser profile (empty storage, light colour scheme)
    that records what it logs and what it requests. Requests to any host other
    than 127.0.0.1 are recorded, then aborted: nothing leaves the machine."""

    def __init__(self, browser, base_url):
        self.base_url = base_url
        self.requests = []  # every URL requested, by the page or anything it started
        self.console = []  # (type, text, url of the source)
        self.page_errors = []  # uncaught exceptions
        self.failed = []  # (status or error, url) of requests that did not succeed
        self.context = browser.new_context(
            base_url=base_url, viewport={"width": 1280, "height": 900},
            color_scheme="light", accept_downloads=True,
        )
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.context.on("response", self._on_response)
        self.context.on("requestfailed", lambda r: self.failed.append((r.failure, r.url)))
        self.context.route("**/*", self._only_local)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.console.append((m.type, m.text, m.location.get("url", ""))))
        self.page.on("pageerror", lambda e: self.page_errors.append(str(e)))

    def _on_response(self, response):
        if response.status >= 400:
            self.failed.append((response.status, response.url))

    @staticmethod
    def _only_local(route):
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            route.abort("blockedbyclient")

    def goto(self, path, wait_until="load"):
        self.page.goto(urljoin(self.base_url, path), wait_until=wait_until)
        return self.page

    def close(self):
        self.context.close()


@pytest.fixture
def open_tab(browser, server):
    """Factory of Tabs on the served site; they are closed after the test."""
    tabs = []

    def open_tab():
        tabs.append(Tab(browser, server))
        return tabs[-1]

    yield open_tab
    for tab in tabs:
        tab.close()


def screenshot(page, name, **options):
    """Save a PNG of ``page`` as build/test-artifacts/NAME.png (replacing the last run's)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    path.unlink(missing_ok=True)
    page.screenshot(path=str(path), **options)
    with Image.open(path) as im:
        assert im.format == "PNG" and min(im.size) > 100, (path, im.size)
    return path


def example_scripts():
    """Every example script of the gallery, as paths under examples/."""
    return [example.source for example in gallery_examples()]


def example_page(site, script):
    """The built page of an example script."""
    pages = {example.source: example.page for example in gallery_examples()}
    return site / pages[Path(script).resolve()]
