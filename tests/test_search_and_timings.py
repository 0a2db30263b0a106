"""Readers find every example by search, and its time and memory on the timings page."""

import json
import re

import pytest
from sphinx.search.en import SearchEnglish

from conftest import example_page, example_scripts, parse_html, resolve


@pytest.fixture(scope="module")
def search_index(site):
    text = (site / "searchindex.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1 : text.rindex(")")])


def example_title(site, script):
    return parse_html(example_page(site, script)).find("h1").get_text().rstrip("#¶ ")


def test_search_index_holds_every_example_title(site, search_index):
    titles = set(search_index["titles"])
    for script in example_scripts():
        assert example_title(site, script) in titles, script.name


@pytest.mark.parametrize("words", ["mnist", "early stopping", "regularization"])
def test_search_terms_find_examples(search_index, words):
    stemmer = SearchEnglish({})
    docs = None
    for word in words.split():
        stem = stemmer.stem(word)
        # Sphinx files a word found in a page's title under "titleterms" only
        hits = set()
        for kind in ("terms", "titleterms"):
            found = search_index[kind].get(stem, [])
            hits |= {found} if isinstance(found, int) else set(found)
        assert hits, f"{stem!r} not in the search index"
        docs = hits if docs is None else docs & hits
    names = {search_index["docnames"][i] for i in docs}
    assert any(n.startswith("auto_examples/") for n in names), names


def test_timing_tables_are_not_search_results(site, search_index):
    # they name every example, so they would match almost any search
    timings = {p.relative_to(site).with_suffix("").as_posix() for p in site.rglob("sg_execution_times.html")}
    assert len(timings) >= 2  # the site's and one per section
    # Sphinx keeps a ":nosearch:" page in the index with no title and no words
    ids = {i for i, name in enumerate(search_index["docnames"]) if name in timings}
    for kind in ("terms", "titleterms"):
        for word, docs in search_index[kind].items():
            docs = {docs} if isinstance(docs, int) else set(docs)
            assert not docs & ids, f"{word!r} finds a computation-times page"
    assert not any(search_index["titles"][i] for i in ids)


def test_timings_page_lists_every_example_with_time_and_memory(site):
    page = site / "sg_execution_times.html"
    rows = parse_html(page).select("table tbody tr")
    listed = {}
    for row in rows:
        cells = row.find_all("td")
        link = cells[0].find("a")
        listed[resolve(page, link["href"])] = (cells[1].get_text(), cells[2].get_text())
    for script in example_scripts():
        time, memory = listed[example_page(site, script)]
        assert re.fullmatch(r"\d\d:\d\d\.\d{3}", time), time
        assert float(memory) >= 0  # growth of resident memory while it ran, in MiB


def test_gallery_index_links_to_timings_page(site):
    index = site / "auto_examples" / "index.html"
    links = [resolve(index, a["href"]) for a in parse_html(index).find_all("a", href=True)]
    assert site / "sg_execution_times.html" in links
