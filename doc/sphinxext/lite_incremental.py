"""Build the JupyterLite site only when its inputs changed.

jupyterlite-sphinx runs ``jupyter lite build`` at the end of every Sphinx
build, which costs several seconds even when nothing changed. This wraps its
build step: a fingerprint of everything the JupyterLite build reads (the
notebooks it ships, the JupyterLite configuration, the versions of the
JupyterLite packages, the build options) is kept in the doctree folder, and
the JupyterLite build is skipped when the fingerprint is unchanged *and* the
lite site in the output still holds every notebook. Anything else (a changed
notebook, a deleted or half-written ``lite/`` folder) runs the real build.
A drafting build (``make html-noplot``) skips it.
"""

import hashlib
from importlib import metadata
from pathlib import Path

import jupyterlite_sphinx.jupyterlite_sphinx as lite_sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)
PACKAGES = ("jupyterlite-core", "jupyterlite-pyodide-kernel", "jupyterlite-sphinx")
LITE_DIR = "lite"


def _content_files(app):
    """(path inside the lite file system, file) of every file shipped as contents."""
    files = []
    for pattern in app.config.jupyterlite_contents or []:
        pattern = Path(pattern)
        base = pattern.parent if pattern.is_absolute() else Path(app.srcdir) / pattern.parent
        for match in sorted(base.glob(pattern.name)):
            if match.is_dir():
                files += [(p.relative_to(match.parent).as_posix(), p) for p in sorted(match.rglob("*")) if p.is_file()]
            elif match.is_file():
                files.append((match.name, match))
    return files


def fingerprint(app):
    digest = hashlib.sha256()
    for package in PACKAGES:
        digest.update(f"{package}=={metadata.version(package)}\n".encode())
    for name in ("jupyterlite_contents", "jupyterlite_config", "jupyterlite_overrides",
                 "jupyterlite_dir", "jupyterlite_ignore_contents",
                 "jupyterlite_build_command_options"):
        digest.update(f"{name}={getattr(app.config, name)!r}\n".encode())
    lite_dir = Path(app.config.jupyterlite_dir)
    config_files = [(p.name, p) for p in sorted(lite_dir.glob("*.json"))] if lite_dir.is_dir() else []
    for name, path in _content_files(app) + config_files:
        digest.update(name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def lite_site_is_complete(app):
    """The lite site in the output exists and holds every shipped file."""
    out = Path(app.outdir) / LITE_DIR
    if not (out / "index.html").is_file():
        return False
    return all((out / "files" / name).is_file() for name, _ in _content_files(app))


def build_lite_if_changed(app, error):
    if error is not None or app.builder.format != "html":
        return lite_sphinx.jupyterlite_build(app, error)
    if not app.config.sphinx_gallery_conf.get("plot_gallery"):
        logger.info("JupyterLite: not built by html-noplot (a drafting build); make html builds it")
        return None
    stamp = Path(app.doctreedir) / "jupyterlite.fingerprint"
    current = fingerprint(app)
    if stamp.is_file() and stamp.read_text() == current and lite_site_is_complete(app):
        logger.info("JupyterLite: contents unchanged, lite site kept as it is")
        return None
    stamp.unlink(missing_ok=True)
    lite_sphinx.jupyterlite_build(app, error)
    if lite_site_is_complete(app):
        stamp.write_text(current)
    return None


def setup(app):
    listeners = app.events.listeners["build-finished"]
    for listener in list(listeners):
        if listener.handler is lite_sphinx.jupyterlite_build:
            listeners.remove(listener)
            app.connect("build-finished", build_lite_if_changed, priority=listener.priority)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
