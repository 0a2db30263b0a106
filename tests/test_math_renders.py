"""Formulas are typeset by the site's own MathJax, which ships only the bundle
the pages load (doc/sphinxext/mathjax_bundle.py), and every formula renders
in Chromium without a MathJax error."""

import functools

import pytest

from conftest import HTML, parse_html, site_pages

MATH = "span.math, div.math"
MATHJAX = HTML / "_static" / "mathjax"


@functools.cache
def pages_with_math():
    return [page for page in site_pages() if parse_html(HTML / page).select(MATH)]


def test_some_pages_have_math():
    # formulas in examples and API pages: without them the checks below check nothing
    assert len(pages_with_math()) >= 2


def test_only_the_loaded_bundle_is_shipped(site):
    loaded = set()
    for page in pages_with_math():
        scripts = [s.get("src", "") for s in parse_html(HTML / page).select("script")]
        bundles = [src.split("?")[0].rsplit("/", 1)[-1] for src in scripts if "_static/mathjax/" in src]
        assert bundles, f"{page} has formulas but loads no MathJax"
        loaded.update(bundles)
    assert sorted(p.name for p in MATHJAX.glob("*.js")) == sorted(loaded) == ["tex-chtml.js"]
    # what tex-chtml.js fetches at run time stays: TeX extensions, fonts, menu, speech rules
    for folder in ("input/tex/extensions", "output/chtml/fonts", "ui", "a11y", "sre"):
        assert any((MATHJAX / folder).iterdir()), folder


@pytest.mark.browser
@pytest.mark.parametrize("path", pages_with_math())
def test_every_formula_renders(open_tab, path):
    tab = open_tab()
    page = tab.goto(path)
    page.wait_for_function("window.MathJax && MathJax.startup && MathJax.startup.promise")
    page.evaluate("MathJax.startup.promise")
    written = len(parse_html(HTML / path).select(MATH))
    rendered = page.locator("mjx-container").count()
    assert rendered >= written, f"{rendered} of {written} formulas typeset"
    errors = page.locator("mjx-merror").all_inner_texts()
    assert not errors, errors
    assert not tab.failed, tab.failed
