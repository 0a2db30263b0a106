"""Keep the build machine's absolute paths out of the built pages.

Tracebacks of failing examples, and anything an example prints, can name
files by absolute path: the clone's location, the virtual environment, the
home directory. A page must not show them (they are private and useless to a
reader). As every page's source is read, this rewrites

* paths inside the repository to paths relative to it,
* installed packages to ``<site-packages>/...``,
* the Python installation to ``<python>/...``,
* the rest of the home directory to ``~/...``.
"""

import os
import site
import sys
import sysconfig


def path_replacements(root):
    """(absolute prefix, replacement) pairs, the most specific first."""
    pairs = [(str(root).rstrip("/") + "/", "")]
    packages = set(site.getsitepackages() + [site.getusersitepackages()])
    packages |= {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    pairs += [(p.rstrip("/") + "/", "<site-packages>/") for p in packages if p]
    for prefix in {sys.prefix, sys.base_prefix, sys.exec_prefix}:
        pairs.append((prefix.rstrip("/") + "/", "<python>/"))
    home = os.path.expanduser("~")
    if home not in ("", "/"):
        pairs.append((home.rstrip("/") + "/", "~/"))
    return sorted(set(pairs), key=lambda pair: len(pair[0]), reverse=True)


def relativize(text, replacements):
    for prefix, replacement in replacements:
        text = text.replace(prefix, replacement)
    return text


def relativize_source(app, docname, source):
    replacements = app.env.temp_data.setdefault(
        "path_replacements", path_replacements(app.confdir)
    )
    source[0] = relativize(source[0], replacements)


def setup(app):
    # last, after every handler that adds text to a page
    app.connect("source-read", relativize_source, priority=950)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
