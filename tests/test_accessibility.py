"""Every page has a <title> and exactly one <h1>, and every image has alt text.

Pages are those of conftest.site_pages(): the vendored JupyterLite app under
lite/ and the theme's assets under _static/ are not pages of ours (see
conftest.NOT_PAGES)."""

import pytest
from bs4 import BeautifulSoup

from conftest import HTML, parse_html, site_pages


def heading_problems(soup):
    found = []
    if soup.title is None or not soup.title.get_text(strip=True):
        found.append("no <title>")
    h1 = soup.find_all("h1")
    if len(h1) != 1:
        found.append(f"{len(h1)} <h1> elements, not one")
    return found


def images_without_alt(soup):
    return [str(img) for img in soup.find_all("img") if not img.get("alt", "").strip()]


def built(path):
    assert (HTML / path).is_file(), f"{path} was not built"
    return parse_html(HTML / path)


@pytest.mark.parametrize("path", site_pages())
def test_page_has_a_title_and_one_h1(site, path):
    problems = heading_problems(built(path))
    assert not problems, "; ".join(problems)


@pytest.mark.parametrize("path", site_pages())
def test_every_image_has_alt_text(site, path):
    images = images_without_alt(built(path))
    assert not images, "images without alt text:\n" + "\n".join(images)


def test_checks_catch_problems():
    good = BeautifulSoup(
        "<html><head><title>T</title></head><body><h1>T</h1><img src='a.png' alt='A plot'></body></html>",
        "html.parser",
    )
    assert heading_problems(good) == [] and images_without_alt(good) == []
    bad = BeautifulSoup(
        "<html><head><title> </title></head><body><h1>A</h1><h1>B</h1>"
        "<img src='a.png' alt=''><img src='b.png'><img src='c.png' alt=' '></body></html>",
        "html.parser",
    )
    assert heading_problems(bad) == ["no <title>", "2 <h1> elements, not one"]
    assert len(images_without_alt(bad)) == 3
    assert heading_problems(BeautifulSoup("<title>T</title><p>no heading</p>", "html.parser"))
