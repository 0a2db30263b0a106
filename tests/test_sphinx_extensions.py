"""Unit checks of the small Sphinx extensions in doc/sphinxext/."""

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "doc" / "sphinxext"))
import example_failures  # noqa: E402
import offline_assets  # noqa: E402


def test_mnist_failure_is_recognised():
    tb = 'File "/x/site-packages/sklearn/datasets/_openml.py", line 12\nURLError: no network'
    assert example_failures.mnist_load_failed(tb, 'fetch_openml("mnist_784", version=1)')
    assert not example_failures.mnist_load_failed("ZeroDivisionError", 'fetch_openml("mnist_784")')
    assert not example_failures.mnist_load_failed(tb, 'fetch_openml("iris")')


def test_remote_css_and_js_are_dropped():
    class Registry:
        css_files = [("https://fonts.googleapis.com/css?family=Vibur", {}), ("local.css", {})]
        js_files = [("//cdn.example.org/x.js", {}), ("local.js", {})]

    class App:
        registry = Registry()

    offline_assets.drop_remote_assets(App, None)
    assert App.registry.css_files == [("local.css", {})]
    assert App.registry.js_files == [("local.js", {})]


def test_cdn_block_is_removed_from_timing_pages_only():
    rst = (
        "Computation times\n=================\n\n.. container::\n\n  .. raw:: html\n\n"
        '    <script src="https://code.jquery.com/jquery-3.7.0.js"></script>\n'
        "    <script>$(document).ready(function () {});</script>\n\n"
        "  .. list-table::\n   :header-rows: 1\n\n   * - Example\n"
    )
    source = [rst]
    offline_assets.strip_cdn_tables(None, "auto_examples/sg_execution_times", source)
    assert "raw::" not in source[0] and "jquery" not in source[0]
    assert "  .. list-table::\n   :header-rows: 1" in source[0]
    other = [rst]
    offline_assets.strip_cdn_tables(None, "index", other)
    assert other == [rst]
