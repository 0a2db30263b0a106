"""A second, independent build prints the same numbers on every example page,
and names from numpy link to numpy's documentation once an inventory is there.

The second build runs in a scratch copy of the sources, so this checkout's
build is left alone. It is given a numpy inventory in doc/_intersphinx/, as
``make inventories`` would fetch on a machine with network access (here it is
written from the installed numpy, with no network).
"""

import os
import zlib

import numpy
import pytest

from conftest import ROOT, example_page, example_scripts, parse_html, scratch_project, sphinx_build

NUMPY_DOCS = "https://numpy.org/doc/stable/"


def write_numpy_inventory(path):
    names = sorted(n for n in dir(numpy) if not n.startswith("_") and callable(getattr(numpy, n)))
    body = "".join(
        f"numpy.{n} py:function 1 reference/generated/numpy.{n}.html -\n" for n in names
    )
    header = (
        "# Sphinx inventory version 2\n# Project: NumPy\n"
        f"# Version: {numpy.__version__}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header.encode() + zlib.compress(body.encode()))


def outputs(page):
    """The text of everything an example printed or displayed, in page order."""
    soup = parse_html(page)
    blocks = soup.select("div.sphx-glr-script-out pre, div.output_subarea")
    return [block.get_text() for block in blocks]


@pytest.fixture(scope="module")
def second_build(tmp_path_factory):
    project = scratch_project(tmp_path_factory.mktemp("rebuild"))
    write_numpy_inventory(project / "doc" / "_intersphinx" / "numpy.inv")
    env = dict(os.environ)
    result = sphinx_build(project, "-W", "--keep-going", env=env)
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    return project / "build" / "html"


def test_second_build_prints_the_same_numbers(site, second_build):
    for script in example_scripts():
        first, second = example_page(site, script), example_page(second_build, script)
        assert outputs(first) == outputs(second), f"{script.name} printed different output"


def test_numpy_names_link_to_numpy_docs_with_an_inventory(second_build):
    links = set()
    for script in example_scripts():
        soup = parse_html(example_page(second_build, script))
        links |= {a["href"] for a in soup.select("div.highlight-Python a[href]")}
    assert any(h.startswith(NUMPY_DOCS) for h in links), sorted(links)[:20]


def test_without_inventory_numpy_names_are_plain_text(site):
    if (ROOT / "doc" / "_intersphinx" / "numpy.inv").exists():
        pytest.skip("this checkout has a local numpy inventory")
    for script in example_scripts():
        soup = parse_html(example_page(site, script))
        assert not [a for a in soup.select("div.highlight-Python a[href]") if NUMPY_DOCS in a["href"]]
