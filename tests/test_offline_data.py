"""Offline MNIST: the build reads a private copy of the shared cache, never the
shared folder itself, and a missing cache gives a message that says what to do."""

import hashlib
import os
import re
import shutil
import subprocess

import pytest

from conftest import ROOT, SHARED_DATA, example_env, scratch_project, sphinx_build

needs_shared = pytest.mark.skipif(
    not (SHARED_DATA / "scikit_learn_data").is_dir(), reason="no shared MNIST cache beside the repo"
)


def _published_checksums():
    """sha256 of each cache file, as the shared data README lists them."""
    rows = re.findall(
        r"^\| (scikit_learn_data/\S+) \| [\d,]+ \| ([0-9a-f]{64}) \|$",
        (SHARED_DATA / "README.md").read_text(), re.M,
    )
    assert rows, "could not read the checksum table of the shared README"
    return dict(rows)


@needs_shared
def test_shared_cache_is_unchanged():
    for rel, digest in _published_checksums().items():
        data = (SHARED_DATA / rel).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, f"{rel} was modified"


@needs_shared
def test_make_data_copies_the_shared_cache(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("SCIKIT_LEARN_DATA", "MAKEFLAGS", "MAKELEVEL")}
    out = subprocess.run(
        ["make", "-s", "data", f"BUILDDIR={tmp_path}"], cwd=ROOT, env=env,
        capture_output=True, text=True, check=True,
    ).stdout
    copy = tmp_path / "scikit_learn_data"
    assert f"SCIKIT_LEARN_DATA={copy}" in out
    for rel, digest in _published_checksums().items():
        target = copy / rel.removeprefix("scikit_learn_data/")
        assert hashlib.sha256(target.read_bytes()).hexdigest() == digest


def test_make_data_respects_a_given_cache(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL")}
    env["SCIKIT_LEARN_DATA"] = str(tmp_path / "mine")
    out = subprocess.run(
        ["make", "-s", "data", f"BUILDDIR={tmp_path / 'build'}"], cwd=ROOT, env=env,
        capture_output=True, text=True, check=True,
    ).stdout
    assert f"SCIKIT_LEARN_DATA={tmp_path / 'mine'}" in out
    assert not (tmp_path / "build" / "scikit_learn_data").exists()


def build_mnist_example(tmp_path, cache):
    """Build a scratch site holding only the MNIST example, with no way to download."""
    project = scratch_project(tmp_path / "site")
    # keep only the MNIST example, so the build stops quickly
    for script in (project / "examples").rglob("*.py"):
        if script.name != "plot_mnist_filters.py":
            script.unlink()
    # no network even on a connected machine: every download goes to a closed port
    env = {**example_env(), "SCIKIT_LEARN_DATA": str(cache)}
    result = sphinx_build(project, env=env)
    return result.returncode, result.stdout + result.stderr


def assert_explains_mnist_failure(returncode, log):
    assert returncode != 0
    message = [line for line in log.splitlines() if "MNIST could not be loaded" in line]
    assert message, log[-3000:]
    assert "examples/neural_networks/plot_mnist_filters.py" in message[0]
    assert "SCIKIT_LEARN_DATA" in message[0]
    section = re.search(r'README\.md, section "([^"]+)"', message[0]).group(1)
    headings = re.findall(r"^#+ (.+)$", (ROOT / "README.md").read_text(), re.M)
    assert section in headings, (section, headings)


def test_missing_mnist_names_the_example_and_the_readme(tmp_path):
    assert_explains_mnist_failure(*build_mnist_example(tmp_path, tmp_path / "empty-cache"))


@needs_shared
def test_corrupt_mnist_cache_is_explained_and_shared_cache_untouched(tmp_path):
    before = _published_checksums()
    cache = tmp_path / "cache"
    shutil.copytree(SHARED_DATA / "scikit_learn_data", cache)
    for arff in cache.rglob("*.arff.gz"):
        arff.chmod(0o644)
        arff.write_bytes(arff.read_bytes()[:4096])  # a truncated download
    assert_explains_mnist_failure(*build_mnist_example(tmp_path, cache))
    for rel, digest in before.items():
        data = (SHARED_DATA / rel).read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest, f"{rel} changed during the build"
