"""Acceptance 4 and the JupyterLite notebooks: links open real notebooks that can run."""

import json
import re
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import nbformat
import pytest

from conftest import ROOT, downloaded_file, parse_html, resolve

sys.path.insert(0, str(ROOT / "doc" / "sphinxext"))
import lite_notebooks  # noqa: E402


def example_pages(site):
    return sorted(
        p for p in (site / "auto_examples").rglob("*.html")
        if p.name not in ("index.html", "sg_execution_times.html")
    )


def lite_links(page):
    return [
        a["href"] for a in parse_html(page).find_all("a", href=True)
        if "/lite/" in a["href"] and "path=" in a["href"]
    ]


def test_every_example_page_has_a_lite_link_to_an_existing_notebook(site):
    pages = example_pages(site)
    assert pages
    for page in pages:
        links = lite_links(page)
        assert links, f"{page.name}: no JupyterLite link"
        for href in links:
            assert resolve(page, href).is_file(), href
            path = parse_qs(urlsplit(href).query)["path"][0]
            notebook = site / "lite" / "files" / path
            assert notebook.is_file(), f"{page.name}: {path} is not in the lite contents"
            listing = json.loads(
                (site / "lite" / "api" / "contents" / Path(path).parent / "all.json").read_text()
            )
            assert path in [entry["path"] for entry in listing["content"]]
            nbformat.validate(nbformat.read(notebook, as_version=nbformat.NO_CONVERT))


def test_lite_notebook_starts_with_setup_cell(site):
    nb = nbformat.read(
        site / "lite/files/auto_examples/neural_networks/plot_mnist_filters.ipynb", as_version=4
    )
    first = nb.cells[0]
    assert first.cell_type == "code"
    install = re.search(r"^%pip install (.+)$", first.source, re.M)
    assert install, first.source
    assert set(install.group(1).split()) >= {"scikit-learn", "matplotlib", "pandas", "pyodide-http"}
    assert "pyodide_http.patch_all()" in first.source
    # the rest is the downloadable notebook, unchanged
    download = nbformat.read(
        downloaded_file(site / "auto_examples/neural_networks/plot_mnist_filters.html", ".ipynb"),
        as_version=4,
    )
    assert [c.source for c in nb.cells[1:]] == [c.source for c in download.cells]


def _nb(*code):
    return {"cells": [{"cell_type": "code", "source": c} for c in code]}


def test_setup_cell_installs_only_what_is_imported():
    source = lite_notebooks.setup_cell_source(_nb("import numpy as np", "from sklearn.svm import SVC"))
    assert "%pip install numpy scikit-learn" in source
    assert "pyodide_http" not in source


def test_setup_cell_enables_downloads_for_fetch_openml():
    source = lite_notebooks.setup_cell_source(_nb("from sklearn.datasets import fetch_openml\nfetch_openml('x')"))
    assert "%pip install pandas scikit-learn pyodide-http" in source
    assert "pyodide_http.patch_all()" in source


def test_lite_contents_folder_is_flattened():
    class Config:
        sphinx_gallery_conf = {"jupyterlite": {"jupyterlite_contents": "/src/doc/jupyterlite_contents"}}
        jupyterlite_contents = ["other.ipynb", "/src/doc/jupyterlite_contents"]

    lite_notebooks.flatten_lite_contents(None, Config)
    assert Config.jupyterlite_contents == ["other.ipynb", "/src/doc/jupyterlite_contents/*"]
