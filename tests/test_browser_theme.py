"""In Chromium, the theme's light/dark switch works on every page, and example
figures and thumbnails keep a white background in dark mode, so that what is
drawn on white stays readable. Screenshots of every example page, light and
dark, go to build/test-artifacts/."""

import pytest

from conftest import HTML, gallery_examples, parse_html, screenshot, site_pages

pytestmark = pytest.mark.browser

FIGURES = "img.sphx-glr-single-img, img.sphx-glr-multi-img, .sphx-glr-thumbcontainer img"
WHITE = "rgb(255, 255, 255)"
SCREENSHOT_NAMES = {e.page: e.stem for e in gallery_examples()}

BACKGROUNDS_JS = f"""() => {{
  const figures = Array.from(document.querySelectorAll({FIGURES!r}));
  return {{
    body: getComputedStyle(document.body).backgroundColor,
    figures: figures.map(img => [img.getAttribute("src"), getComputedStyle(img).backgroundColor]),
  }};
}}"""


def theme(page):
    return page.evaluate("document.documentElement.dataset.theme")


def choose(page, mode):
    """Pick a mode in the navbar's colour-mode menu, the way a reader does."""
    page.get_by_role("button", name="Color mode").filter(visible=True).click()
    page.get_by_role("button", name=mode, exact=True).filter(visible=True).click()


def luminance(css_rgb):
    r, g, b = (int(v) for v in css_rgb[css_rgb.index("(") + 1:css_rgb.index(")")].split(",")[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("path", site_pages())
def test_switch_to_dark_and_back(open_tab, path):
    tab = open_tab()
    page = tab.goto(path)
    page.wait_for_function("document.documentElement.dataset.mode === 'auto'")
    assert theme(page) == "light"  # the browser prefers light
    name = SCREENSHOT_NAMES.get(path)
    if name:
        screenshot(page, f"{name}_light", full_page=True)

    choose(page, "Dark")
    assert theme(page) == "dark"
    colours = page.evaluate(BACKGROUNDS_JS)
    assert luminance(colours["body"]) < 80, f"dark theme, yet the page background is {colours['body']}"
    unreadable = [src for src, colour in colours["figures"] if colour != WHITE]
    assert not unreadable, f"figures without a white background in dark mode: {unreadable}"
    built = parse_html(HTML / path).select(FIGURES)
    assert len(colours["figures"]) == len(built), "not every figure of the page was checked"
    if name:
        screenshot(page, f"{name}_dark", full_page=True)

    page.reload()
    assert theme(page) == "dark", "the choice of dark mode did not survive a reload"

    choose(page, "Light")
    assert theme(page) == "light"
    assert luminance(page.evaluate(BACKGROUNDS_JS)["body"]) > 200
