"""Every example of the gallery has a complete page, and the gallery has breadth."""

import pytest

from conftest import (
    EXAMPLES, downloaded_file, example_page, example_scripts, gallery_conf, parse_html, resolve,
)

SCRIPTS = example_scripts()


def test_at_least_ten_examples_in_three_sections():
    sections = {p.parent for p in SCRIPTS}
    assert len(SCRIPTS) >= 10, [p.name for p in SCRIPTS]
    assert len(sections) >= 3, sections
    for section in sections:
        assert (section / "README.rst").is_file(), f"{section} has no README.rst"


def test_sections_appear_in_the_configured_order(site):
    # conf.py's subsection_order (paths relative to doc/) sets the teaching order
    order = [p.rsplit("/", 1)[-1] for p in gallery_conf()["subsection_order"] if p != "*"]
    assert sorted(order) == sorted({p.parent.name for p in SCRIPTS if p.parent != EXAMPLES})
    titles = [
        (EXAMPLES / name / "README.rst").read_text().split("\n\n")[1].strip().splitlines()[0]
        for name in order
    ]
    headings = [h.get_text().rstrip("#¶ ") for h in parse_html(site / "auto_examples" / "index.html").select("h2")]
    assert [h for h in headings if h in titles] == titles, headings


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_example_page_is_complete(site, script):
    page = example_page(site, script)
    assert page.is_file(), f"{script.relative_to(EXAMPLES)} has no page"
    soup = parse_html(page)
    figures = soup.select("img.sphx-glr-single-img, img.sphx-glr-multi-img")
    assert figures, f"{page.name}: no figure"
    for img in figures:
        assert resolve(page, img["src"]).is_file(), img["src"]
    for suffix in (".py", ".ipynb"):
        assert downloaded_file(page, suffix).is_file()
    hrefs = [a["href"] for a in soup.find_all("a", href=True)]
    assert any(h.startswith("https://mybinder.org/v2/gh/") for h in hrefs), "no Binder link"
    assert any("lite/lab/index.html?path=" in h for h in hrefs), "no JupyterLite link"
    if "print(" in script.read_text():
        assert soup.select("div.sphx-glr-script-out"), f"{page.name}: printed output missing"


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_example_page_has_related_examples(site, script):
    soup = parse_html(example_page(site, script))
    heading = soup.find(class_="sg-related-heading")
    assert heading is not None, "no related examples"
    thumbs = heading.find_next("div", class_="sphx-glr-thumbnails")
    links = [a["href"] for a in thumbs.select("a")]
    assert links and not any(script.stem + ".html" in h for h in links), links
