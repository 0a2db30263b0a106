"""Acceptance 3: the downloadable script and notebook are what the reader expects."""

import nbformat

from conftest import EXAMPLES, downloaded_file

EXAMPLE = EXAMPLES / "neural_networks" / "plot_mnist_filters.py"
PAGE = "auto_examples/neural_networks/plot_mnist_filters.html"


def download(site, suffix):
    return downloaded_file(site / PAGE, suffix)


def test_py_download_equals_source(site):
    assert download(site, ".py").read_bytes() == EXAMPLE.read_bytes()


def test_ipynb_download_is_valid_nbformat4(site):
    nb = nbformat.read(download(site, ".ipynb"), as_version=nbformat.NO_CONVERT)
    assert nb.nbformat == 4
    nbformat.validate(nb)


def test_ipynb_holds_the_example_code(site):
    nb = nbformat.read(download(site, ".ipynb"), as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    for needle in (
        'fetch_openml(\n    "mnist_784", version=1, return_X_y=True, as_frame=False, parser="pandas"\n)',
        "train_test_split(X, y, random_state=0, test_size=0.7)",
        "hidden_layer_sizes=(40,)",
        "mlp.coefs_[0]",
        "plt.show()",
    ):
        assert needle in code, needle
    markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    assert "# Visualization of MLP weights on MNIST" in markdown


def test_ipynb_download_has_no_jupyterlite_setup_cell(site):
    nb = nbformat.read(download(site, ".ipynb"), as_version=4)
    assert not any("%pip" in c.source for c in nb.cells if c.cell_type == "code")
