"""Acceptance 2: the founding example's page is complete and its numbers are right."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from PIL import Image

from conftest import ROOT, conf_value, parse_html, resolve

PAGE = "auto_examples/neural_networks/plot_mnist_filters.html"
TITLE = "Visualization of MLP weights on MNIST"

# Published output of this exact experiment (scikit-learn's gallery).
REFERENCE_LOSSES = [
    0.44139186, 0.19174891, 0.13983521, 0.11378556,
    0.09443967, 0.07846529, 0.06506307, 0.05534985,
]
REFERENCE_SCORES = {"Training set score": 0.986429, "Test set score": 0.953061}


@pytest.fixture(scope="module")
def page(site):
    path = site / PAGE
    assert path.is_file(), f"{PAGE} was not built"
    return path


@pytest.fixture(scope="module")
def soup(page):
    return parse_html(page)


@pytest.fixture(scope="module")
def output(soup):
    blocks = soup.select("div.sphx-glr-script-out pre")
    assert blocks, "no captured output on the page"
    return "\n".join(block.get_text() for block in blocks)


def test_title_and_text(soup):
    assert soup.find("h1").get_text().rstrip("#¶ ") == TITLE
    assert soup.title.get_text().startswith(TITLE)
    text = soup.find("main").get_text(" ")
    for phrase in ("28x28", "ConvergenceWarning", "alpha", "learning rate"):
        assert phrase in text, phrase


def test_go_to_the_end_note_links_to_downloads(soup):
    note = soup.select_one("div.sphx-glr-download-link-note")
    assert note is not None and "Go to the end" in note.get_text()
    anchor = note.find("a")["href"]
    assert anchor.startswith("#")
    assert soup.find(id=anchor[1:]) is not None, f"{anchor} points nowhere"


def test_code_is_highlighted(soup):
    code = soup.select("div.highlight-Python pre")
    assert len(code) >= 4
    # pygments marks up keywords and names
    assert code[0].select("span.kn") and code[0].select("span.n")
    assert "MLPClassifier" in soup.find("main").get_text()


def test_captured_losses_match_reference(output):
    losses = [float(v) for v in re.findall(r"Iteration \d+, loss = ([0-9.]+)", output)]
    assert len(losses) == 8, output
    assert losses == pytest.approx(REFERENCE_LOSSES, abs=1e-4)


def test_captured_scores_match_reference(output):
    for label, expected in REFERENCE_SCORES.items():
        match = re.search(rf"{label}: ([0-9.]+)", output)
        assert match, f"{label!r} not printed"
        assert float(match.group(1)) == pytest.approx(expected, abs=1e-3)


def test_output_order_is_losses_then_scores(output):
    positions = [output.index(f"Iteration {i}, loss") for i in range(1, 9)]
    positions += [output.index("Training set score"), output.index("Test set score")]
    assert positions == sorted(positions)


def test_figure_and_hidpi_variant_are_png(soup, page):
    img = soup.select_one("img.sphx-glr-single-img")
    assert img is not None
    alt = img.get("alt", "")
    assert "weights" in alt and "hidden units" in alt, alt
    normal = resolve(page, img["src"])
    variants = dict(
        reversed(entry.split()) for entry in img["srcset"].split(",") if len(entry.split()) == 2
    )
    assert "2.00x" in variants, img["srcset"]
    hidpi = resolve(page, variants["2.00x"])
    sizes = []
    for path in (normal, hidpi):
        assert path.is_file(), path
        with Image.open(path) as im:
            assert im.format == "PNG"
            im.verify()
        with Image.open(path) as im:
            sizes.append(im.size)
    assert sizes[1][0] == 2 * sizes[0][0], sizes


def test_running_time_is_reported(soup):
    text = soup.find("main").get_text(" ")
    assert re.search(r"Total running time of the script:\s*\(\s*\d+ minutes\s+[\d.]+ seconds\)", text)


def test_download_links_resolve(soup, page):
    hrefs = [a["href"] for a in soup.select("div.sphx-glr-download a")]
    for suffix in (".py", ".ipynb"):
        matching = [h for h in hrefs if h.endswith("plot_mnist_filters" + suffix)]
        assert matching, f"no {suffix} download link"
        assert resolve(page, matching[0]).is_file()


def test_binder_link(soup):
    org, repo, branch = (conf_value(k) for k in ("GITHUB_ORG", "GITHUB_REPO", "GITHUB_BRANCH"))
    links = [a["href"] for a in soup.find_all("a", href=True) if "mybinder.org" in a["href"]]
    assert links, "no Binder link"
    pattern = rf"https://mybinder\.org/v2/gh/{org}/{repo}/{branch}\?.+plot_mnist_filters\.ipynb$"
    assert re.match(pattern, links[0]), links[0]
    assert (ROOT / "binder" / "requirements.txt").is_file()


def test_jupyterlite_link_opens_this_notebook(soup, page, site):
    links = [a["href"] for a in soup.find_all("a", href=True) if "lite/" in a["href"]]
    assert links, "no JupyterLite link"
    app = resolve(page, links[0])
    assert app.is_file() and app.is_relative_to(site / "lite"), app
    path = parse_qs(urlsplit(links[0]).query)["path"][0]
    assert path == "auto_examples/neural_networks/plot_mnist_filters.ipynb"


def test_gallery_index_shows_thumbnail_and_download_all(site):
    index = site / "auto_examples" / "index.html"
    soup = parse_html(index)
    thumbs = [
        box
        for box in soup.select("div.sphx-glr-thumbcontainer")
        if box.find("a", href=re.compile(r"plot_mnist_filters\.html$"))
    ]
    assert thumbs, "no thumbnail for the MNIST example"
    img = thumbs[0].find("img")
    thumb = resolve(index, img["src"])
    with Image.open(thumb) as im:
        assert im.format == "PNG" and im.size[0] > 0
    archives = {a["href"].rsplit("/", 1)[-1]: a["href"] for a in soup.select("div.sphx-glr-download a")}
    for name in ("auto_examples_python.zip", "auto_examples_jupyter.zip"):
        assert name in archives, archives
        assert resolve(index, archives[name]).stat().st_size > 0
