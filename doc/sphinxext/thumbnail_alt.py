"""Alt text for the gallery's thumbnails.

sphinx-gallery writes its thumbnails (gallery indexes, mini-galleries) with
an empty ``alt``, as if they were decoration. A reader using a screen reader
then hears nothing about the picture; give every thumbnail the alt text
"Thumbnail of the example: <title>", the title being the link next to it.
"""

import re

from docutils import nodes

_THUMBNAIL = re.compile(r"sphx_glr_.+_thumb\.(png|svg|gif|jpg)$")


def add_thumbnail_alt(app, doctree, docname):
    for image in doctree.findall(nodes.image):
        if image.get("alt") or not _THUMBNAIL.search(image.get("uri", "")):
            continue
        parent = image.parent
        following = parent[parent.index(image) + 1 :]
        title = next((node.astext().strip() for node in following if node.astext().strip()), "")
        image["alt"] = f"Thumbnail of the example: {title}" if title else "Example thumbnail"


def setup(app):
    app.connect("doctree-resolved", add_thumbnail_alt)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
