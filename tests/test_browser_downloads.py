"""In Chromium, the download links of each example page and the "download all"
links of each gallery index download non-empty files with the expected names."""

import zipfile
from pathlib import PurePosixPath

import nbformat
import pytest

from conftest import HTML, downloaded_file, gallery_examples, gallery_indexes

pytestmark = pytest.mark.browser


def download_all(tab, path, dest):
    """Click every download link of the page at ``path``; {file name: saved path}."""
    page = tab.goto(path)
    links = page.locator("div.sphx-glr-download a")
    assert links.count(), f"{path}: no download links"
    saved = {}
    for i in range(links.count()):
        link = links.nth(i)
        with page.expect_download() as info:
            link.click()
        download = info.value
        assert download.failure() is None, download.failure()
        name = download.suggested_filename
        assert name == PurePosixPath(link.get_attribute("href")).name, (name, link.get_attribute("href"))
        target = dest / name
        download.save_as(target)
        assert target.stat().st_size > 0, f"{name} is empty"
        saved[name] = target
    return saved


@pytest.mark.parametrize("example", gallery_examples(), ids=lambda e: e.stem)
def test_example_downloads(open_tab, tmp_path, example):
    saved = download_all(open_tab(), example.page, tmp_path)
    stem = example.stem
    assert set(saved) == {f"{stem}.py", f"{stem}.ipynb", f"{stem}.zip"}, sorted(saved)
    assert saved[f"{stem}.py"].read_bytes() == example.source.read_bytes()
    nbformat.validate(nbformat.read(saved[f"{stem}.ipynb"], as_version=nbformat.NO_CONVERT))
    with zipfile.ZipFile(saved[f"{stem}.zip"]) as archive:
        assert archive.testzip() is None
        assert sorted(archive.namelist()) == sorted([f"{stem}.ipynb", f"{stem}.py"])
        assert archive.read(f"{stem}.py") == example.source.read_bytes()


@pytest.mark.parametrize("index", gallery_indexes())
def test_download_all_archives(open_tab, tmp_path, index):
    gallery = PurePosixPath(index).parent.as_posix()
    saved = download_all(open_tab(), index, tmp_path)
    assert set(saved) == {f"{gallery}_python.zip", f"{gallery}_jupyter.zip"}, sorted(saved)
    examples = [e for e in gallery_examples() if e.page.startswith(gallery + "/")]
    assert examples
    for kind, suffix in (("python", ".py"), ("jupyter", ".ipynb")):
        with zipfile.ZipFile(saved[f"{gallery}_{kind}.zip"]) as archive:
            assert archive.testzip() is None
            assert sorted(archive.namelist()) == sorted(e.archive_path + suffix for e in examples)
            for example in examples:
                # the same file as the example page offers
                single = downloaded_file(HTML / example.page, suffix).read_bytes()
                assert archive.read(example.archive_path + suffix) == single, example.archive_path + suffix
