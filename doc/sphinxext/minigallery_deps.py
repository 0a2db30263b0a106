"""Re-read pages with a mini-gallery when what the mini-gallery shows changes.

sphinx-gallery's ``minigallery`` directive reads the list of examples using an
object from ``backreferences_all.json``, and the title and intro of example
files named by path, but it does not tell Sphinx so. In an incremental build a
page with a mini-gallery then keeps an outdated (or empty) list. This records
those files as dependencies of the page, so Sphinx re-reads the page when one
of them changes (sphinx-gallery rewrites the JSON only when its content
changes).
"""

import re
from pathlib import Path

_DIRECTIVE = re.compile(r"^(\s*)\.\. minigallery::(.*)\n((?:\1 +.*\n|\s*\n)*)", re.M)


def minigallery_arguments(source):
    """Every argument of every ``minigallery`` directive in a reST source."""
    args = []
    for match in _DIRECTIVE.finditer(source if source.endswith("\n") else source + "\n"):
        args += match.group(2).split()
        for line in match.group(3).splitlines():
            line = line.strip()
            if line and not line.startswith(":"):
                args += line.split()
    return args


def note_minigallery_dependencies(app, docname, source):
    args = minigallery_arguments(source[0])
    if not args:
        return
    srcdir = Path(app.srcdir)
    conf = app.config.sphinx_gallery_conf
    if conf.get("backreferences_dir"):
        app.env.note_dependency(str(srcdir / conf["backreferences_dir"] / "backreferences_all.json"))
    for arg in args:
        for path in srcdir.glob(arg) if arg.endswith(".py") else ():
            app.env.note_dependency(str(path.resolve()))


def setup(app):
    # after related_examples and other source-read handlers that add mini-galleries
    app.connect("source-read", note_minigallery_dependencies, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
