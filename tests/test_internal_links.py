"""Every internal href and src of every page (stylesheets, scripts, images,
srcset variants, downloads, anchors) resolves to a file of the build.

LinkChecker does the checking, over HTTP on 127.0.0.1 (it drops root
privileges to "nobody", who may not be able to read a checkout in a private
folder, but can always ask the server). It starts from every page, follows
links within the site and reports missing anchors. URLs on other hosts are not
checked. lite/ (the vendored JupyterLite app) is not crawled: links into it
are checked, its own files are not (see conftest.NOT_PAGES)."""

import csv
import io
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin

import pytest

from conftest import serve, site_pages

CONFIG = """\
[checking]
# LinkChecker spaces requests to one host; this rate applies to hosts that
# send a "LinkChecker" header, as conftest.serve does
maxrequestspersecond=1000
[filtering]
checkextern=0
[AnchorCheck]
"""


def linkchecker(base_url, pages, tmp_path):
    """Check ``pages`` (paths under ``base_url``) and what they link to;
    every URL checked, as dicts of LinkChecker's CSV columns."""
    config = tmp_path / "linkcheckerrc"
    config.write_text(CONFIG)
    linkchecker = Path(sys.executable).with_name("linkchecker")
    result = subprocess.run(
        [str(linkchecker), "--config", str(config), "--verbose", "--no-status", "--output", "csv",
         "--threads", "4", "--timeout", "30",
         # only syntax-check URLs on other hosts, never fetch them
         "--ignore-url", r"^(?!http://127\.0\.0\.1:\d+/)",
         "--no-follow-url", r"^http://127\.0\.0\.1:\d+/lite/",
         *(urljoin(base_url, page) for page in pages)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode in (0, 1), result.stderr
    # comment lines start with "# "; rows may start with "#" (a link to "#anchor")
    lines = [line for line in result.stdout.splitlines(keepends=True) if not line.startswith("# ")]
    return list(csv.DictReader(io.StringIO("".join(lines)), delimiter=";"))


def problems(rows):
    """(page, link, what is wrong) of every broken link or missing anchor."""
    return [
        (row["parentname"], row["urlname"], row["result"] or row["warningstring"])
        for row in rows
        if row["valid"] == "False" or "Anchor" in row["warningstring"]
    ]


def test_every_internal_link_resolves(server, tmp_path):
    pages = site_pages()
    rows = linkchecker(server, pages, tmp_path)
    assert not problems(rows), "\n".join(map(str, problems(rows)))
    # LinkChecker logs each URL once, whichever page it was first found on
    checked = {row["url"] for row in rows if row["valid"] == "True"}
    for page in pages:
        assert urljoin(server, page) in checked, f"{page} was not checked"
    assert len(checked) > 3 * len(pages), "LinkChecker followed few links: did it parse the pages?"


def test_linkchecker_reports_missing_files_and_anchors(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text(
        '<html><head><title>t</title><link rel="stylesheet" href="missing.css"></head><body>'
        '<h1 id="top">t</h1><a href="other.html#nope">x</a><a href="other.html#here">x</a>'
        '<a href="gone.html">x</a><img src="missing.png" alt="x">'
        '<img src="other.png" srcset="missing-2x.png 2x" alt="x"><a href="#top">x</a>'
        '<a href="#nowhere">x</a><a href="https://example.org/">x</a></body></html>'
    )
    (site / "other.html").write_text(
        '<html><head><title>o</title></head><body><h1 id="here">o</h1></body></html>'
    )
    (site / "other.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with serve(site) as url:
        rows = linkchecker(url, ["index.html"], tmp_path)
    found = sorted(link for _, link, _ in problems(rows))
    assert found == sorted(
        ["missing.css", "other.html#nope", "gone.html", "missing.png", "missing-2x.png", "#nowhere"]
    ), problems(rows)
