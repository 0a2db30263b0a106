"""A short, readable summary of the examples that failed.

sphinx-gallery ends a build that had failing examples with their full
tracebacks. Just before that (this handler runs first), log one line per
failing example naming the file, the line of the example where it failed and
the exception, so that the end of the log says what broke at a glance.

An example that cannot load MNIST fails deep inside scikit-learn with a
network or parsing error, which says nothing about the fix: for those, the
line says that MNIST could not be loaded and points at the README section on
offline data.
"""

import os
import re

from sphinx.util import logging

logger = logging.getLogger(__name__)

README_SECTION = 'README.md, section "Offline data (MNIST)"'
_OPENML_MODULE = os.path.join("sklearn", "datasets", "_openml.py")


def mnist_load_failed(traceback, source):
    """True when an example that fetches MNIST failed inside ``fetch_openml``."""
    return "mnist_784" in source and _OPENML_MODULE in traceback


def failure_summary(path, traceback):
    """(line in the example or None, last line of the traceback)."""
    name = re.escape(os.path.basename(path))
    lines = re.findall(rf'File "[^"]*{name}", line (\d+)', traceback)
    lines += re.findall(r"sys\.exit\(.*?\) at line (\d+)", traceback)
    exception = next(
        (line.strip() for line in reversed(traceback.strip().splitlines()) if line.strip()), ""
    )
    return (int(lines[-1]) if lines else None), exception


def summarize_failures(app, exception):
    if exception is not None:
        return
    gallery_conf = app.config.sphinx_gallery_conf
    failing = gallery_conf.get("failing_examples", {})
    expected = {  # listed relative to doc/
        os.path.normpath(os.path.join(app.srcdir, p))
        for p in gallery_conf.get("expected_failing_examples", ())
    }
    root = app.confdir  # the repository root: conf.py sits there
    for path, traceback in sorted(failing.items()):
        rel = os.path.relpath(path, root)
        line, last = failure_summary(path, traceback)
        where = f"{rel}, line {line}" if line else rel
        if os.path.normpath(path) in expected:
            logger.info("%s failed as expected: %s", where, last)
            continue
        with open(path, encoding="utf-8") as f:
            source = f.read()
        if mnist_load_failed(traceback, source):
            logger.error(
                "%s: MNIST could not be loaded (%s). Point SCIKIT_LEARN_DATA at an "
                "offline copy of the scikit-learn data cache, or build with network "
                "access; see %s.",
                rel, last, README_SECTION, type="gallery", subtype="mnist",
            )
        else:
            logger.error("%s: example failed: %s", where, last, type="gallery", subtype="failure")


def setup(app):
    # before sphinx-gallery's summarize_failing_examples (default priority 500)
    app.connect("build-finished", summarize_failures, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
