"""Mini-galleries on the user guide, landing and API pages are non-empty and point
at real example pages; each API page lists the examples that use its estimator."""

import ast
import re
import sys

import pytest

from conftest import ROOT, example_scripts, parse_html, resolve

sys.path.insert(0, str(ROOT / "doc" / "sphinxext"))
from minigallery_deps import minigallery_arguments  # noqa: E402

ESTIMATORS = ["MLPClassifier", "MLPRegressor", "BernoulliRBM"]


def imported_names(script):
    """Names an example's code imports (docstring and comments do not count)."""
    tree = ast.parse(script.read_text())
    return {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
            for alias in node.names}


def thumbnail_groups(soup):
    return soup.select("div.sphx-glr-thumbnails")


def assert_links_to_example_pages(page, group):
    links = [a["href"] for a in group.select("div.sphx-glr-thumbcontainer a")]
    assert links, f"{page.name}: empty mini-gallery"
    for href in links:
        target = resolve(page, href)
        assert target.is_file() and "auto_examples" in target.parts, href
    return links


@pytest.mark.parametrize("doc", ["user_guide", "index"])
def test_every_minigallery_of_a_page_is_rendered_and_non_empty(site, doc):
    source = (ROOT / "doc" / f"{doc}.rst").read_text()
    directives = source.count(".. minigallery::")
    for arg in minigallery_arguments(source):
        assert list((ROOT / "doc").glob(arg)), f"{doc}.rst names a missing example: {arg}"
    page = site / f"{doc}.html"
    groups = thumbnail_groups(parse_html(page))
    assert directives > 0 and len(groups) == directives, (directives, len(groups))
    for group in groups:
        assert_links_to_example_pages(page, group)


@pytest.mark.parametrize("name", ESTIMATORS)
def test_api_page_lists_the_examples_using_the_estimator(site, name):
    page = site / "modules" / "generated" / f"sklearn.neural_network.{name}.html"
    soup = parse_html(page)
    assert soup.find("h1").get_text().rstrip("#¶ ") == name
    heading = soup.find(string=re.compile("Examples using"))
    assert heading is not None, f"{page.name}: no 'Examples using' section"
    group = heading.find_next("div", class_="sphx-glr-thumbnails")
    shown = {resolve(page, h).stem for h in assert_links_to_example_pages(page, group)}
    using = {p.stem for p in example_scripts() if name in imported_names(p)}
    assert using and shown == using, (shown, using)


def test_user_guide_is_in_the_navigation(site):
    nav = parse_html(site / "index.html").select("nav a")
    assert any(a.get("href", "").endswith("user_guide.html") for a in nav)


def test_founding_example_links_mlpclassifier_to_local_api_page(site):
    page = site / "auto_examples" / "neural_networks" / "plot_mnist_filters.html"
    soup = parse_html(page)
    code_links = [a for a in soup.select("div.highlight-Python a") if a.get_text() == "MLPClassifier"]
    assert code_links, "MLPClassifier is not linked in the code"
    for a in code_links:
        target = resolve(page, a["href"])
        assert target == site / "modules/generated/sklearn.neural_network.MLPClassifier.html"
        assert target.is_file()


@pytest.mark.parametrize("name", ESTIMATORS)
def test_api_page_links_to_the_user_guide(site, name):
    page = site / "modules" / "generated" / f"sklearn.neural_network.{name}.html"
    # the docstring's own "See Also" section is one such box, ours another
    boxes = parse_html(page).select("div.admonition.seealso")
    targets = {resolve(page, a["href"]) for box in boxes for a in box.find_all("a", href=True)}
    assert site / "user_guide.html" in targets, targets


def test_user_guide_links_estimators_to_their_api_pages(site):
    page = site / "user_guide.html"
    targets = {resolve(page, a["href"]) for a in parse_html(page).find_all("a", href=True)}
    for name in ESTIMATORS:
        assert site / "modules" / "generated" / f"sklearn.neural_network.{name}.html" in targets, name


@pytest.mark.parametrize("doc", ["api", "about"])
def test_page_names_the_scikit_learn_version_of_the_build(site, doc):
    from importlib.metadata import version

    text = parse_html(site / f"{doc}.html").find("main").get_text(" ")
    assert f"scikit-learn {version('scikit-learn')}" in " ".join(text.split())
