"""Ship only the MathJax bundle the pages load.

sphinx-mathjax-offline copies its whole MathJax 3 distribution into
``_static/mathjax/`` at the end of every build (about 24 MiB), and points
``mathjax_path`` at one combined bundle, ``tex-chtml.js``. The other combined
bundles at the top of that folder (SVG output, MathML input, "full" and
"speech" variants, the Node.js entry point: about 14 MiB) are alternatives to
it that no page loads, and MathJax components never load them either: what
``tex-chtml.js`` fetches at run time (TeX extensions, CHTML fonts, the menu,
accessibility and speech rule files, the SVG renderer when a reader picks it
in the menu) lives in the subfolders, which are all kept.

Runs after sphinx-mathjax-offline's copy (a later ``build-finished``
priority) and logs what it removed.
"""

from pathlib import Path

from sphinx.util import logging

logger = logging.getLogger(__name__)


def drop_unused_bundles(app, error):
    mathjax = Path(app.outdir) / "_static" / "mathjax"
    loaded = Path(app.config.mathjax_path).name  # "mathjax/tex-chtml.js"
    if error is not None or not mathjax.is_dir() or not (mathjax / loaded).is_file():
        return
    unused = [p for p in mathjax.glob("*.js") if p.name != loaded]
    size = sum(p.stat().st_size for p in unused)
    for path in unused:
        path.unlink()
    if unused:
        logger.info(
            "mathjax_bundle: kept %s, removed %d unused bundles (%.1f MiB)",
            loaded, len(unused), size / 2**20,
        )


def setup(app):
    app.connect("build-finished", drop_unused_bundles, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
