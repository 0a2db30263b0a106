"""Keep built pages free of assets from other hosts.

A page of this site must open without the network and must not tell a third
party that somebody read it. jupyterlite-sphinx registers a Google Fonts
stylesheet (for the "Vibur" font of its "Try it" buttons, which this site does
not use) on every page; drop every stylesheet or script registered with an
absolute http(s) URL and say so in the build log.

sphinx-gallery's computation-times pages embed raw HTML that loads jQuery,
Bootstrap and DataTables from CDNs to make the table sortable. Drop that
block: the page keeps its plain table and loads nothing from elsewhere.
"""

import re

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


# the ".. raw:: html" block sphinx-gallery puts before the timing table
_CDN_BLOCK = re.compile(r"^ *\.\. raw:: html\n(?:\n|^ {3,}.*\n)*?(?=^ *\.\. list-table::)", re.M)


def strip_cdn_tables(app, docname, source):
    if docname.rsplit("/", 1)[-1] == "sg_execution_times":
        source[0] = _CDN_BLOCK.sub("", source[0])


def setup(app):
    app.connect("config-inited", drop_remote_assets)
    app.connect("source-read", strip_cdn_tables)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
