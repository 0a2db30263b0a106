"""Incremental rebuilds: a prose-only edit runs no example, a code edit runs only
that example, and the JupyterLite site keeps every notebook whatever happens.

The counts come from the build's own report ("examples executed: N; reused
outputs (only prose changed): M", logged by doc/sphinxext/prose_edits.py),
never from timing.
"""

import json
import re
import shutil

import pytest

from conftest import EXAMPLES, parse_html, scratch_project, sphinx_build

QUICK = ["training/plot_early_stopping.py", "capacity/plot_mlp_regression_activation.py"]
REPORT = re.compile(r"examples executed: (\d+); reused outputs \(only prose changed\): (\d+)")


def counts(log):
    match = REPORT.search(log)
    assert match, log[-3000:]
    return int(match.group(1)), int(match.group(2))


def lite_notebooks(html):
    listing = set()
    for all_json in (html / "lite" / "api" / "contents").rglob("all.json"):
        listing |= {e["path"] for e in json.loads(all_json.read_text())["content"] if e["type"] == "notebook"}
    files = {p.relative_to(html / "lite" / "files").as_posix() for p in (html / "lite" / "files").rglob("*.ipynb")}
    return files, listing


def expected_notebooks():
    return {f"auto_examples/{name[:-3]}.ipynb" for name in QUICK}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = scratch_project(tmp_path_factory.mktemp("incremental"))
    shutil.rmtree(project / "examples")
    shutil.copytree(EXAMPLES, project / "examples", ignore=shutil.ignore_patterns("*.py"))
    for name in QUICK:
        shutil.copy2(EXAMPLES / name, project / "examples" / name)
    return project


def rebuild(project):
    result = sphinx_build(project, "-W", "--keep-going")
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    html = project / "build" / "html"
    files, listing = lite_notebooks(html)
    assert files == expected_notebooks() and listing == expected_notebooks(), (files, listing)
    return log


def output_of(project, name):
    page = project / "build" / "html" / "auto_examples" / name.replace(".py", ".html")
    soup = parse_html(page)
    return [o.get_text() for o in soup.select("div.sphx-glr-script-out pre, div.output_subarea")], soup


def test_incremental_rebuilds(project):
    # cold: everything runs, the lite site is built
    assert counts(rebuild(project)) == (2, 0)
    before, _ = output_of(project, QUICK[0])

    # nothing changed: nothing runs, the lite site is kept and complete
    log = rebuild(project)
    assert counts(log) == (0, 0)
    assert "contents unchanged, lite site kept" in log

    # prose edited: nothing runs, the page shows the new prose and the same output
    script = project / "examples" / QUICK[0]
    script.write_text(script.read_text().replace('\n"""\n', "\nA sentence added by the test.\n\"\"\"\n", 1))
    log = rebuild(project)
    assert counts(log) == (0, 1)
    after, soup = output_of(project, QUICK[0])
    assert "A sentence added by the test." in soup.get_text()
    assert after == before
    notebook = project / "build" / "html" / "lite" / "files" / f"auto_examples/{QUICK[0][:-3]}.ipynb"
    assert "A sentence added by the test." in notebook.read_text()

    # code edited: that example alone runs, with the new output
    script.write_text(script.read_text() + '\nprint("a line added by the test")\n')
    assert counts(rebuild(project)) == (1, 0)
    after, _ = output_of(project, QUICK[0])
    assert "a line added by the test" in "\n".join(after)

    # the lite site deleted from the output: rebuilt with every notebook
    shutil.rmtree(project / "build" / "html" / "lite")
    log = rebuild(project)
    assert "contents unchanged" not in log
