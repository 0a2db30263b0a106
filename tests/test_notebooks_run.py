"""As a reader who downloaded it: every example's .ipynb runs top to bottom on
a local kernel (ipykernel, through nbclient) without errors, and the MNIST
weights notebook's outputs match its page.

The downloadable notebook has no JupyterLite install cell, so it runs as it
is. Runs are offline (MNIST from the build's copy of the cache, see
conftest.example_env), in temporary folders; the kernel keeps Jupyter's inline
matplotlib backend, as a reader's would, so figures become image outputs."""

import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import (
    HTML, MNIST_PAGE, downloaded_file, example_env,
    gallery_examples, page_output, parse_html, printed_numbers,
)


@pytest.fixture(scope="module")
def run_notebook(tmp_path_factory):
    """Execute an example's downloaded notebook (once per module); the executed notebook.

    nbclient raises CellExecutionError, naming the cell, if any cell fails."""
    runs = {}

    def run(example):
        if example.page not in runs:
            folder = tmp_path_factory.mktemp(example.stem)
            path = Path(shutil.copy(downloaded_file(HTML / example.page, ".ipynb"), folder))
            nb = nbformat.read(path, as_version=4)
            env = example_env()
            env.pop("MPLBACKEND")  # ipykernel picks the inline backend
            NotebookClient(nb, timeout=900, resources={"metadata": {"path": str(folder)}}).execute(
                cwd=str(folder), env=env
            )
            runs[example.page] = nb
        return runs[example.page]

    return run


def outputs(nb, output_type=None):
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs
            if output_type is None or o.output_type == output_type]


@pytest.mark.parametrize("example", gallery_examples(), ids=lambda e: e.stem)
def test_downloaded_notebook_runs(run_notebook, example):
    downloaded = nbformat.read(downloaded_file(HTML / example.page, ".ipynb"), as_version=4)
    setup = [c.source for c in downloaded.cells if "%pip" in c.source
             or "jupyterlite-setup" in c.metadata.get("tags", [])]
    assert not setup, f"the downloadable notebook has a JupyterLite setup cell: {setup}"
    nb = run_notebook(example)
    assert not outputs(nb, "error")
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.execution_count for c in code), "not every code cell ran"


def test_mnist_notebook_outputs_match_the_page(run_notebook):
    [example] = [e for e in gallery_examples() if e.page == MNIST_PAGE]
    nb = run_notebook(example)
    expected = printed_numbers(page_output(HTML / MNIST_PAGE))
    assert len(expected) >= 10, "the page shows too little output to compare"
    stdout = "".join(o.text for o in outputs(nb, "stream") if o.name == "stdout")
    # the same numbers, allowing for rounding in the last printed digit
    assert printed_numbers(stdout) == pytest.approx(expected, rel=1e-6), stdout
    figures = parse_html(HTML / MNIST_PAGE).select("img.sphx-glr-single-img, img.sphx-glr-multi-img")
    images = [o for o in outputs(nb, "display_data") if "image/png" in o.data]
    assert len(images) == len(figures) > 0
