"""Shared paths and fixtures.

The tests check the site that ``make html`` built into ``build/html``;
``make test`` builds it (with warnings as errors) before running them.
"""

import ast
import os
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
BUILD = Path(os.environ.get("BUILDDIR", ROOT / "build")).resolve()
HTML = BUILD / "html"
EXAMPLES = ROOT / "examples"
SHARED_DATA = ROOT.parent / "shared" / "data"


def conf_value(name):
    """A constant assigned at the top level of conf.py, read without importing it."""
    tree = ast.parse((ROOT / "conf.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise KeyError(name)


def parse_html(path):
    return BeautifulSoup(Path(path).read_text(encoding="utf-8"), "html.parser")


def resolve(page, href):
    """The file in the build that a relative link on ``page`` points to."""
    target = href.split("#", 1)[0].split("?", 1)[0]
    return (Path(page).parent / target).resolve() if target else Path(page)


def downloaded_file(page, suffix):
    """The file behind the ``suffix`` (".py", ".ipynb") download link of an example page."""
    stem = Path(page).stem
    for a in parse_html(page).select("div.sphx-glr-download a"):
        if a["href"].endswith(stem + suffix):
            return resolve(page, a["href"])
    pytest.fail(f"no {suffix} download on {page}")


@pytest.fixture(scope="session")
def site():
    index = HTML / "index.html"
    if not index.is_file():
        pytest.fail(f"{index} is missing: build the site first (make html, or make test)")
    return HTML


def pytest_configure(config):
    config.addinivalue_line("markers", "run_last: run after every other test")


def pytest_collection_modifyitems(items):
    # stable sort: tests marked run_last go to the end, the rest keep their order
    items.sort(key=lambda item: item.get_closest_marker("run_last") is not None)


# generated under doc/ by a build: never copied into a scratch project
GENERATED_IN_DOC = {"auto_examples", "jupyterlite_contents", "_contents",
                    "sg_execution_times.rst", ".jupyterlite.doit.db"}


def scratch_project(dest):
    """Copy the site's sources (not its build products) to ``dest`` and return it.

    Builds of a scratch copy never touch this checkout's doc/ or build/.
    """
    import shutil

    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("conf.py", "README.md", "binder", "examples"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    shutil.copytree(
        ROOT / "doc", dest / "doc",
        ignore=lambda d, names: [n for n in names if n in GENERATED_IN_DOC or n == "__pycache__"],
    )
    return dest


def sphinx_build(project, *options, env=None, timeout=900):
    """Run sphinx-build on a scratch project the way the Makefile does."""
    import subprocess
    import sys

    cmd = [sys.executable, "-m", "sphinx", "-b", "html", "-c", ".", "doc", "build/html",
           "-d", "build/doctrees", *options]
    return subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True, timeout=timeout)


def example_scripts():
    """Every example script of the gallery, as paths under examples/."""
    return sorted(p for p in EXAMPLES.rglob("*.py") if p.name != "__init__.py")


def example_page(site, script):
    """The built page of an example script."""
    rel = script.relative_to(EXAMPLES).with_suffix(".html")
    return site / "auto_examples" / rel
