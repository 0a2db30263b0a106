"""In Chromium, each example page's JupyterLite link opens JupyterLite with the
example's notebook rendered. A screenshot of each notebook goes to
build/test-artifacts/.

Readers' browsers then load the Pyodide kernel from the internet; offline,
these tests stop at the rendered notebook (the Tab aborts every request that is
not for 127.0.0.1, and kernel errors are not looked at)."""

from pathlib import PurePosixPath
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import HTML, gallery_examples, page_title, screenshot

pytestmark = pytest.mark.browser

LITE_LINK = "a[href*='lite/lab/index.html?path=']"
HEADINGS = ".jp-Notebook .jp-MarkdownOutput :is(h1, h2, h3, h4, h5, h6)"
DIALOG = ".jp-Dialog"


@pytest.mark.parametrize("example", gallery_examples(), ids=lambda e: e.stem)
def test_lite_link_opens_the_rendered_notebook(open_tab, example):
    title = page_title(HTML / example.page)
    tab = open_tab()
    page = tab.goto(example.page)
    link = page.locator(LITE_LINK).filter(visible=True).first
    notebook = PurePosixPath(parse_qs(urlsplit(link.get_attribute("href")).query)["path"][0]).name
    link.click()

    page.wait_for_selector(f"{HEADINGS}, {DIALOG}", timeout=120_000)
    assert "/lite/lab/" in page.url, page.url
    dialogs = page.locator(DIALOG)
    assert not dialogs.count(), dialogs.all_inner_texts()
    page.wait_for_timeout(1000)  # let the notebook finish rendering before looking and taking the picture

    first_heading = page.locator(HEADINGS).first.inner_text().strip().rstrip("¶#").strip()
    assert first_heading == title
    assert page.get_by_text("File Load Error").count() == 0
    tabs = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tabLabel").all_inner_texts()
    assert notebook in tabs, tabs
    screenshot(page, f"{example.stem}_jupyterlite")
