"""In Chromium, the search page finds the examples."""

import pytest

from conftest import HTML, MNIST_PAGE, gallery_examples, page_title

pytestmark = pytest.mark.browser


def search(tab, query):
    """Type ``query`` in the search page's box and press Enter; the result links (href, text)."""
    page = tab.goto("search.html")
    box = page.locator("input[name=q]").filter(visible=True)
    box.fill(query)
    box.press("Enter")
    # searchtools.js writes this summary once the search has finished
    page.wait_for_function(
        "document.querySelector('#search-results .search-summary')?.textContent"
        ".match(/^(Search finished|Your search did not match)/)"
    )
    return page.locator("#search-results ul.search li > a").evaluate_all(
        "links => links.map(a => [a.getAttribute('href'), a.textContent])"
    )


def test_mnist_finds_the_mnist_weights_example(open_tab):
    results = search(open_tab(), "MNIST")
    title = page_title(HTML / MNIST_PAGE)
    assert [MNIST_PAGE, title] in results, results


@pytest.mark.parametrize("example", gallery_examples(), ids=lambda e: e.stem)
def test_each_example_is_found_by_its_title(open_tab, example):
    title = page_title(HTML / example.page)
    results = search(open_tab(), title)
    assert results, f"searching {title!r} found nothing"
    assert results[0][0] == example.page, f"searching {title!r}: first result is {results[0]}"
