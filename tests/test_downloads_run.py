"""As a reader who downloaded it: every example's .py runs on its own
(``python file.py``, in a folder of its own) and exits 0, and the MNIST
weights example prints the same numbers as its page.

Runs are headless (MPLBACKEND=Agg) and offline (MNIST from the build's copy
of the cache, see conftest.example_env), in temporary folders."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import (
    HTML, MNIST_PAGE, ExampleRuns, downloaded_file, example_env,
    gallery_examples, page_output, printed_numbers, selected_examples,
)


@pytest.fixture(scope="module")
def run_script(request, tmp_path_factory):
    """Run an example's downloaded script (once per module, the selected
    examples two at a time); its CompletedProcess."""

    def run(example):
        folder = tmp_path_factory.mktemp(example.stem)
        script = Path(shutil.copy(downloaded_file(HTML / example.page, ".py"), folder))
        return subprocess.run(
            [sys.executable, script.name], cwd=folder, env=example_env(),
            capture_output=True, text=True, timeout=900,
        )

    runs = ExampleRuns(run, first=selected_examples(request))
    yield runs
    runs.close()


@pytest.mark.parametrize("example", gallery_examples(), ids=lambda e: e.stem)
def test_downloaded_script_runs(run_script, example):
    result = run_script(example)
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stderr[-3000:]}"


def test_mnist_script_prints_the_numbers_of_its_page(run_script):
    [example] = [e for e in gallery_examples() if e.page == MNIST_PAGE]
    expected = printed_numbers(page_output(HTML / MNIST_PAGE))
    assert len(expected) >= 10, "the page shows too little output to compare"
    result = run_script(example)
    assert result.returncode == 0, result.stderr[-3000:]
    # the same numbers, allowing for rounding in the last printed digit
    assert printed_numbers(result.stdout) == pytest.approx(expected, rel=1e-6), result.stdout
