"""Sphinx configuration of the neural-network examples gallery.

The sources live in ``doc/`` and the example scripts in ``examples/``; this file
sits at the top of the repository and the Makefile runs
``sphinx-build -c . doc build/html``. Behaviour that is more than a setting
lives in small extensions under ``doc/sphinxext/``, referred to by dotted name.
"""

import importlib.metadata
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SPHINXEXT = ROOT / "doc" / "sphinxext"
sys.path.insert(0, str(SPHINXEXT))
# worker processes that run examples in parallel import doc/sphinxext modules too
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(SPHINXEXT), os.environ.get("PYTHONPATH")) if p
)

from example_runtime import ExampleRunner  # noqa: E402
from optimized_images import OptimizedMatplotlibScraper  # noqa: E402

# -- Project -----------------------------------------------------------------

project = "Neural networks in scikit-learn: an examples gallery"
author = "The NN gallery developers"
copyright = f"2026, {author}"

# Where the repository lives online: Binder builds from it. Set it here only.
GITHUB_ORG = "nn-gallery"
GITHUB_REPO = "nn-gallery"
GITHUB_BRANCH = "main"

# -- General -----------------------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.extlinks",
    "sphinx.ext.intersphinx",
    "numpydoc",
    "sphinx_copybutton",
    # MathJax served from this site, not from a CDN
    "sphinx-mathjax-offline",
    "mathjax_bundle",
    "sphinx_gallery.gen_gallery",
    # after sphinx_gallery: its notebooks must be copied before the lite build
    "jupyterlite_sphinx",
    "lite_incremental",
    "lite_notebooks",
    "offline_assets",
    "search_scope",
    "example_failures",
    "sklearn_docstrings",
    "related_examples",
    "minigallery_deps",
    "relative_paths",
    "thumbnail_alt",
    "prose_edits",
]

templates_path = [str(ROOT / "doc" / "_templates")]  # absolute: autosummary resolves it from doc/
exclude_patterns = [
    "_templates", "_static", "sphinxext", "jupyterlite",
    "jupyterlite_contents", "_contents", "**.ipynb_checkpoints",
]

# the scikit-learn the examples run with, named on the API and About pages
rst_epilog = f".. |sklearn_version| replace:: {importlib.metadata.version('scikit-learn')}\n"

# -- HTML --------------------------------------------------------------------

html_theme = "pydata_sphinx_theme"
html_title = "NN gallery"
html_static_path = ["doc/_static"]
html_favicon = "doc/_static/favicon.svg"
html_css_files = ["site.css"]
# follow the reader's system light/dark preference (the switch overrides it)
html_context = {"default_mode": "auto"}
# the .py and .ipynb downloads are the sources; raw reST copies add nothing
html_copy_source = False
html_show_sourcelink = False
html_theme_options = {
    "navbar_align": "left",
    "show_toc_level": 2,
    "secondary_sidebar_items": ["page-toc", "sg_download_links", "sg_launcher_links"],
}
html_sidebars = {"**": []}

# -- API reference -----------------------------------------------------------
# doc/api.rst lists the estimators the examples use; autosummary writes one
# page per estimator into doc/modules/generated/ from the template
# doc/_templates/autosummary/class_with_examples.rst ("Examples using" gallery).
# The stubs depend only on those two files, and writing them imports
# scikit-learn (about 2 s): write them only when missing or older.
_API_SOURCES = [ROOT / "doc" / "api.rst", ROOT / "doc" / "_templates" / "autosummary" / "class_with_examples.rst"]
_STUBS = sorted((ROOT / "doc" / "modules" / "generated").glob("sklearn.*.rst"))
autosummary_generate = not _STUBS or min(p.stat().st_mtime for p in _STUBS) < max(
    p.stat().st_mtime for p in _API_SOURCES
)
autodoc_default_options = {"members": True, "inherited-members": True}
numpydoc_show_class_members = False
# roles that scikit-learn's docstrings use
extlinks = {
    "arxiv": ("https://arxiv.org/abs/%s", "arXiv:%s"),
    "doi": ("https://doi.org/%s", "doi:%s"),
}
numpydoc_class_members_toctree = False
copybutton_exclude = ".linenos, .gp, .go"

# -- Intersphinx -------------------------------------------------------------
# The build must work offline. Inventories are used when a copy sits in
# doc/_intersphinx/<name>.inv (``make inventories`` fetches them on a machine
# with network), or fetched live when INTERSPHINX_ONLINE=1. Otherwise the
# mapping is empty, so that Sphinx never reaches for the network.

_INVENTORIES = {
    "python": "https://docs.python.org/3/",
    "numpy": "https://numpy.org/doc/stable/",
    "matplotlib": "https://matplotlib.org/stable/",
    "pandas": "https://pandas.pydata.org/docs/",
    "sklearn": "https://scikit-learn.org/stable/",
}
intersphinx_mapping = {}
for _name, _url in _INVENTORIES.items():
    _local = ROOT / "doc" / "_intersphinx" / f"{_name}.inv"
    if _local.is_file():
        intersphinx_mapping[_name] = (_url, str(_local))
    elif os.environ.get("INTERSPHINX_ONLINE") == "1":
        intersphinx_mapping[_name] = (_url, None)

# -- Gallery -----------------------------------------------------------------

sphinx_gallery_conf = {
    "examples_dirs": ["../examples"],
    "gallery_dirs": ["auto_examples"],
    # every script in examples/ is executed, not only plot_*.py
    "filename_pattern": r".*\.py",
    "ignore_pattern": r"__init__\.py",
    # sections in teaching order: how to train, how big and how regularized,
    # what a trained network holds, features without labels; a new section
    # folder goes last until it is placed here
    "subsection_order": [
        "../examples/training",
        "../examples/capacity",
        "../examples/neural_networks",
        "../examples/feature_learning",
        "*",
    ],
    "download_all_examples": True,
    "remove_config_comments": True,
    "image_srcset": ["2x"],
    "image_scrapers": (OptimizedMatplotlibScraper(),),
    # examples run in this many processes (make html WORKERS=N)
    "parallel": int(os.environ.get("GALLERY_WORKERS", "1")),
    # runs each code block: peak memory per example (also in parallel),
    # sys.exit() as a failure, and a time budget per example
    "show_memory": ExampleRunner(time_budget=float(os.environ.get("GALLERY_TIME_BUDGET", "120"))),
    # every example starts from the same state, and leaves nothing behind
    "reset_modules": ("example_runtime.reset_example_state",),
    "reset_modules_order": "both",
    # failing examples: listed here they are expected to fail (paths relative
    # to doc/, e.g. "../examples/section/plot_x.py"); GALLERY_WARN_ONLY=1
    # (make html WARN_ONLY=1) turns failures into warnings while drafting
    "expected_failing_examples": [],
    "only_warn_on_example_error": os.environ.get("GALLERY_WARN_ONLY") == "1",
    # link names in example code to the API pages of this site
    "doc_module": ("sklearn",),
    "backreferences_dir": "modules/generated",
    "inspect_global_variables": False,
    "binder": {
        "org": GITHUB_ORG,
        "repo": GITHUB_REPO,
        "branch": GITHUB_BRANCH,
        "binderhub_url": "https://mybinder.org",
        # relative to doc/; binder/postBuild turns the examples into notebooks
        "dependencies": ["../binder/requirements.txt"],
        "notebooks_dir": "notebooks",
        "use_jupyter_lab": True,
    },
    "jupyterlite": {
        "use_jupyter_lab": True,
        "notebook_modification_function": "lite_notebooks.add_setup_cell",
    },
}

# -- JupyterLite -------------------------------------------------------------

# holds jupyter_lite_config.json
jupyterlite_dir = str(ROOT / "doc" / "jupyterlite")
jupyterlite_silence = True
