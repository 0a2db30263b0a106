"""Keep built pages free of assets from other hosts.

A page of this site must open without the network and must not tell a third
party that somebody read it. jupyterlite-sphinx registers a Google Fonts
stylesheet (for the "Vibur" font of its "Try it" buttons, which this site does
not use) on every page; drop every stylesheet or script registered with an
absolute http(s) URL and say so in the build log.
"""

from sphinx.util import logging

logger = logging.getLogger(__name__)


def _is_remote(name):
    return isinstance(name, str) and name.startswith(("http://", "https://", "//"))


def drop_remote_assets(app, config):
    for kind in ("css_files", "js_files"):
        registered = getattr(app.registry, kind)
        remote = [name for name, _ in registered if _is_remote(name)]
        if remote:
            logger.info("offline_assets: not loading %s", ", ".join(remote))
        registered[:] = [item for item in registered if not _is_remote(item[0])]


def setup(app):
    app.connect("config-inited", drop_remote_assets)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
