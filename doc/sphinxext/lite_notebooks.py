"""JupyterLite copies of the gallery notebooks.

Two jobs:

* ``add_setup_cell`` (used as sphinx-gallery's JupyterLite
  ``notebook_modification_function``) gives every JupyterLite notebook a first
  cell that installs what the example imports into Pyodide and, for examples
  that download data, lets ``fetch_openml`` go through the browser.
  The downloadable notebooks are left as they are: they run on a normal kernel.

* ``flatten_lite_contents`` fixes where the notebooks land inside the lite
  site. sphinx-gallery collects the notebooks under
  ``doc/jupyterlite_contents/auto_examples/...`` and links to
  ``lite/lab/index.html?path=auto_examples/...``. jupyterlite-sphinx 0.23
  copies a directory entry of ``jupyterlite_contents`` *as a folder*, so the
  notebooks would open at ``jupyterlite_contents/auto_examples/...`` and every
  link would fail with "File Load Error". Listing the folder's children
  instead puts ``auto_examples/`` at the root of the lite file system, where
  the links point.
"""

import re
from pathlib import Path

# import name -> name of the package to install in Pyodide
PYODIDE_PACKAGES = {
    "matplotlib": "matplotlib",
    "numpy": "numpy",
    "pandas": "pandas",
    "scipy": "scipy",
    "sklearn": "scikit-learn",
}
_IMPORT = re.compile(r"^\s*(?:from|import)\s+([A-Za-z_]\w*)", re.M)


def _code(notebook):
    return "\n".join(
        "".join(cell["source"])
        for cell in notebook["cells"]
        if cell["cell_type"] == "code"
    )


def setup_cell_source(notebook):
    """Source of the JupyterLite setup cell for ``notebook`` (nbformat dict)."""
    code = _code(notebook)
    imported = set(_IMPORT.findall(code))
    downloads = "fetch_openml" in code
    if downloads:
        # fetch_openml parses OpenML's ARFF files with pandas
        imported.add("pandas")
    packages = sorted(PYODIDE_PACKAGES[name] for name in imported & PYODIDE_PACKAGES.keys())
    if downloads:
        packages.append("pyodide-http")
    lines = [
        "# JupyterLite setup: install what this example uses into the",
        "# in-browser Python (Pyodide).",
    ]
    if packages:
        lines.append("%pip install " + " ".join(packages))
    if downloads:
        lines += [
            "# Route fetch_openml's downloads through the browser.",
            "import pyodide_http",
            "",
            "pyodide_http.patch_all()",
        ]
    return "\n".join(lines)


def add_setup_cell(notebook, filename):
    """Insert the setup cell at the top of a JupyterLite notebook (in place)."""
    cell = {
        "cell_type": "code",
        "execution_count": None,
        "metadata": {"tags": ["jupyterlite-setup"]},
        "outputs": [],
        "source": setup_cell_source(notebook),
    }
    notebook["cells"].insert(0, cell)


def flatten_lite_contents(app, config):
    """Give jupyterlite-sphinx the children of sphinx-gallery's contents folder."""
    lite_conf = config.sphinx_gallery_conf.get("jupyterlite")
    if not lite_conf or not config.jupyterlite_contents:
        return
    folder = lite_conf["jupyterlite_contents"]
    config.jupyterlite_contents = [
        str(Path(entry) / "*") if entry == folder else entry
        for entry in config.jupyterlite_contents
    ]


def setup(app):
    # sphinx-gallery adds its folder to jupyterlite_contents at priority 900
    app.connect("config-inited", flatten_lite_contents, priority=950)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
