"""Explain example failures whose cause the reader can fix.

sphinx-gallery ends a build with a summary of failing examples and their
tracebacks. An example that cannot load MNIST fails deep inside scikit-learn
with a network or parsing error, which says nothing about the fix. This
extension runs just before that summary and, for each such example, logs one
line naming the example, saying that MNIST could not be loaded, and pointing
at the README section on offline data.
"""

import os

from sphinx.util import logging

logger = logging.getLogger(__name__)

README_SECTION = 'README.md, section "Offline data (MNIST)"'
_OPENML_MODULE = os.path.join("sklearn", "datasets", "_openml.py")


def mnist_load_failed(traceback, source):
    """True when an example that fetches MNIST failed inside ``fetch_openml``."""
    return "mnist_784" in source and _OPENML_MODULE in traceback


def explain_mnist_failures(app, exception):
    if exception is not None:
        return
    gallery_conf = app.config.sphinx_gallery_conf
    root = app.confdir  # the repository root: conf.py sits there
    for path, traceback in sorted(gallery_conf.get("failing_examples", {}).items()):
        with open(path, encoding="utf-8") as f:
            source = f.read()
        if not mnist_load_failed(traceback, source):
            continue
        last_line = traceback.strip().splitlines()[-1]
        logger.error(
            "%s: MNIST could not be loaded (%s). Point SCIKIT_LEARN_DATA at an "
            "offline copy of the scikit-learn data cache, or build with network "
            "access; see %s.",
            os.path.relpath(path, root),
            last_line,
            README_SECTION,
            type="gallery",
            subtype="mnist",
        )


def setup(app):
    # before sphinx-gallery's summarize_failing_examples (default priority 500)
    app.connect("build-finished", explain_mnist_failures, priority=400)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
