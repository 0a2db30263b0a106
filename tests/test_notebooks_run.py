"""As a reader who downloaded it: every example's .ipynb runs top to bottom on
a local kernel (ipykernel, through nbclient) without errors, and the MNIST
weights notebook's outputs match its page.

The downloadable notebook has no JupyterLite install cell, so it runs as it
is. Runs are offline (MNIST from the build's copy of the cache, see
conftest.example_env), in temporary folders; the kernel keeps Jupyter's inline
matplotlib backend, as a reader's would, so figures become image outputs."""

import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from conftest import (
    HTML, MNIST_PAGE, ExampleRuns, downloaded_file, example_env,
    gallery_examples, page_output, parse_html, printed_numbers, selected_examples,
)

# nbclient's command line: runs every cell on the notebook's kernel (ipykernel)
JUPYTER_EXECUTE = str(Path(sys.executable).with_name("jupyter-execute"))


@pytest.fixture(scope="module")
def run_notebook(request, tmp_path_factory):
    """Execute an example's downloaded notebook with nbclient's jupyter-execute
    (once per module, the selected examples two at a time); the executed
    notebook. A failing cell fails the test with nbclient's CellExecutionError,
    which names the cell."""

    def run(example):
        folder = tmp_path_factory.mktemp(example.stem)
        path = Path(shutil.copy(downloaded_file(HTML / example.page, ".ipynb"), folder))
        env = example_env()
        env.pop("MPLBACKEND")  # ipykernel picks the inline backend
        result = subprocess.run(
            [JUPYTER_EXECUTE, "--inplace", "--timeout=900", path.name],
            cwd=folder, env=env, capture_output=True, text=True, timeout=1200,
        )
        assert result.returncode == 0, f"{path.name} failed:\n{result.stderr[-4000:]}"
        return nbformat.read(path, as_version=4)

    runs = ExampleRuns(run, first=selected_examples(request))
    yield runs
    runs.close()


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
