"""One broken or hostile example costs exactly its own page.

These tests build a scratch copy of the site (the real configuration) whose
gallery holds one well-behaved example and the misbehaving ones in
tests/hostile_examples/: raising, a syntax error, ``sys.exit(1)``, a
``__main__`` guard, one running past its time budget, one that changes global
state (twice, under two names), one that prints HTML and warns.
"""

import ast
import os
import re
import shutil
import sys

import pytest

from conftest import EXAMPLES, ROOT, parse_html, resolve, scratch_project, sphinx_build

HOSTILE = ROOT / "tests" / "hostile_examples"
BUDGET = "6"  # seconds; plot_too_slow.py sleeps for 120
FAILING = {  # example -> (exception, line of the example where it fails)
    "plot_raises.py": ("ValueError: this example is broken on purpose", 9),
    "plot_syntax_error.py": ("SyntaxError", 8),
    "plot_sys_exit.py": ("ExampleExit: the example called sys.exit(1)", 11),
    "plot_too_slow.py": ("ExampleTimeout: the example ran past its time budget of 6 s", 11),
}


def make_gallery(dest, hostile, extra_conf=""):
    """A scratch project whose gallery holds a well-behaved example and ``hostile`` ones."""
    project = scratch_project(dest)
    shutil.rmtree(project / "examples")
    section = project / "examples" / "hostile"
    section.mkdir(parents=True)
    shutil.copy2(EXAMPLES / "README.rst", project / "examples" / "README.rst")
    shutil.copy2(HOSTILE / "README.txt", section / "README.rst")
    for name in ["plot_well_behaved.py", *hostile]:
        # the state-changing example goes in twice: whichever runs second
        # reports whether the first one's changes leaked
        sources = {"plot_state_a.py": "plot_changes_state.py", "plot_state_b.py": "plot_changes_state.py"}
        shutil.copy2(HOSTILE / sources.get(name, name), section / name)
    if extra_conf:
        with open(project / "conf.py", "a") as conf:
            conf.write("\n" + extra_conf + "\n")
    return project


def build(project, *options, **env):
    environ = {**os.environ, "GALLERY_TIME_BUDGET": BUDGET, **env}
    result = sphinx_build(project, *options, env=environ)
    return result.returncode, result.stdout + result.stderr


def page(project, name):
    return project / "build" / "html" / "auto_examples" / "hostile" / name.replace(".py", ".html")


def output_text(path):
    return "\n".join(pre.get_text() for pre in parse_html(path).select("div.sphx-glr-script-out pre"))


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    hostile = sorted(
        {p.name for p in HOSTILE.glob("*.py")} - {"plot_well_behaved.py", "plot_changes_state.py"}
    ) + ["plot_state_a.py", "plot_state_b.py"]
    project = make_gallery(tmp_path_factory.mktemp("hostile"), hostile)
    returncode, log = build(project)
    return project, returncode, log


def test_build_fails_and_names_each_failing_example(hostile_build):
    project, returncode, log = hostile_build
    assert returncode != 0
    summary = [line for line in log.splitlines() if "example failed" in line]
    for name, (exception, line) in FAILING.items():
        matching = [s for s in summary if f"examples/hostile/{name}, line {line}:" in s]
        assert matching, f"no summary line for {name} at line {line}:\n" + "\n".join(summary)
        assert exception in matching[0], matching[0]
    assert len(summary) == len(FAILING), summary


def test_every_other_page_is_built(hostile_build):
    project, _, _ = hostile_build
    html = project / "build" / "html"
    good = page(project, "plot_well_behaved.py")
    assert parse_html(good).select("img.sphx-glr-single-img, img.sphx-glr-multi-img")
    assert "all good" in output_text(good)
    for name in ("plot_main_guard.py", "plot_prints_html_and_warns.py", "plot_state_a.py", "plot_state_b.py"):
        assert "Traceback" not in output_text(page(project, name)), name
    for doc in ("index.html", "user_guide.html", "api.html", "about.html"):
        assert (html / doc).is_file(), doc


def looks_broken(thumbnail):
    """True when a thumbnail is sphinx-gallery's "BROKEN" stamp (scaled to size)."""
    import sphinx_gallery
    from PIL import Image, ImageChops, ImageStat

    stamp = os.path.join(os.path.dirname(sphinx_gallery.__file__), "_static", "broken_example.png")
    with Image.open(thumbnail) as thumb, Image.open(stamp) as broken:
        thumb = thumb.convert("RGB")
        broken = broken.convert("RGB").resize(thumb.size)
        return max(ImageStat.Stat(ImageChops.difference(thumb, broken)).mean) < 20


def test_failing_page_shows_traceback_and_failed_thumbnail(hostile_build):
    project, _, _ = hostile_build
    index = project / "build" / "html" / "auto_examples" / "hostile" / "index.html"
    thumbs = {}
    for box in parse_html(index).select("div.sphx-glr-thumbcontainer"):
        thumbs[box.find("a")["href"].split("#")[0]] = resolve(index, box.find("img")["src"])
    for name, (exception, _) in FAILING.items():
        text = output_text(page(project, name))
        assert "Traceback" in text and exception.split(":")[0] in text, (name, text)
        assert looks_broken(thumbs[name.replace(".py", ".html")]), f"{name}: not the failed thumbnail"
    assert not looks_broken(thumbs["plot_main_guard.html"])
    assert not looks_broken(thumbs["plot_well_behaved.html"])


def test_main_guard_runs_and_its_figure_is_captured(hostile_build):
    project, _, _ = hostile_build
    path = page(project, "plot_main_guard.py")
    assert "main guard ran" in output_text(path)
    images = parse_html(path).select("img.sphx-glr-single-img")
    assert images and resolve(path, images[0]["src"]).is_file()


def test_each_example_starts_from_a_clean_state(hostile_build):
    project, _, _ = hostile_build
    states = []
    for name in ("plot_state_a.py", "plot_state_b.py"):
        match = re.search(r"STATE (\[.*\])", output_text(page(project, name)))
        assert match, name
        states.append(dict(ast.literal_eval(match.group(1))))
    # whichever ran second saw none of the first one's changes
    assert states[0] == states[1]
    state = states[0]
    assert state["linewidth"] == 1.5
    assert state["display"] == "diagram" and state["assume_finite"] is False
    assert not state["ignore_all_warnings"] and state["LEAKED_VARIABLE"] is None
    assert state["cwd"] == "hostile" and state["open_figures"] == 0
    assert state["leaked_converter"] is False


def test_state_changes_do_not_reach_later_pages(hostile_build):
    project, _, log = hostile_build
    # the build went on in the repository folder: later pages were written
    assert (project / "build" / "html" / "about.html").is_file()
    assert "LEAKED_VARIABLE" not in os.environ


def test_printed_html_is_shown_as_text(hostile_build):
    project, _, _ = hostile_build
    path = page(project, "plot_prints_html_and_warns.py")
    assert "<script>document.title = 'pwned'</script><b>not bold</b>" in output_text(path)
    soup = parse_html(path)
    assert not [s for s in soup.find_all("script") if "pwned" in s.get_text()]
    assert not [b for b in soup.find_all("b") if b.get_text() == "not bold"]


def test_warnings_are_shown_and_marked(hostile_build):
    project, _, _ = hostile_build
    text = output_text(page(project, "plot_prints_html_and_warns.py"))
    assert re.search(
        r"^\u26a0 UserWarning: this warning is part of the example "
        r"\(plot_prints_html_and_warns\.py, line 13\)$", text, re.M
    ), text
    assert "non-interactive" not in text and "non-GUI" not in text


def test_no_page_shows_a_path_of_the_build_machine(hostile_build, site):
    project, _, _ = hostile_build
    private = {str(project), str(ROOT), os.path.expanduser("~") + "/", sys.prefix, sys.base_prefix}
    for html in (project / "build" / "html", site):
        for path in html.rglob("*.html"):
            text = path.read_text(encoding="utf-8", errors="replace")
            leaked = [p for p in private if p in text]
            assert not leaked, f"{path.relative_to(html)} shows {leaked}"
    tb = output_text(page(project, "plot_raises.py"))
    assert 'File "examples/hostile/plot_raises.py", line 9' in tb, tb


def test_expected_failures_pass_the_build(tmp_path):
    failing = sorted(FAILING)
    listed = ", ".join(repr(f"../examples/hostile/{name}") for name in failing)
    project = make_gallery(
        tmp_path, failing, f'sphinx_gallery_conf["expected_failing_examples"] = [{listed}]'
    )
    returncode, log = build(project)
    assert returncode == 0, log[-3000:]
    for name in failing:
        assert f"examples/hostile/{name}" in log and "failed as expected" in log


def test_listed_but_passing_example_is_reported(tmp_path):
    project = make_gallery(
        tmp_path, ["plot_main_guard.py"],
        'sphinx_gallery_conf["expected_failing_examples"] = ["../examples/hostile/plot_main_guard.py"]',
    )
    returncode, log = build(project)
    assert returncode != 0
    assert re.search(r"expected to fail, but not failing.*\n\s*\.\./examples/hostile/plot_main_guard\.py", log), log[-3000:]


def test_warn_only_mode_reports_failures_and_exits_zero(tmp_path):
    project = make_gallery(tmp_path, ["plot_raises.py", "plot_main_guard.py"])
    returncode, log = build(project, GALLERY_WARN_ONLY="1")
    assert returncode == 0, log[-3000:]
    assert "plot_raises.py" in log and "this example is broken on purpose" in log
    assert "main guard ran" in output_text(page(project, "plot_main_guard.py"))
