"""Render scikit-learn's docstrings on this site without dangling references.

scikit-learn's docstrings point into scikit-learn's own documentation with
``:ref:`` (user-guide sections) and ``:term:`` (glossary entries). Most of
those targets do not exist on this site. A label that this site does define
(for example the user guide's ``multilayer_perceptron``) resolves as usual;
for the rest, on the generated API pages only:

* a glossary term links to scikit-learn's online glossary;
* any other missing ``:ref:`` is shown as plain text.

Everywhere else a missing reference still warns, so mistakes in our own pages
are caught.
"""

import re

from docutils import nodes

GLOSSARY_URL = "https://scikit-learn.org/stable/glossary.html#term-"
API_PAGES = "modules/generated/"


def _term_anchor(term):
    return re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


def resolve_sklearn_reference(app, env, node, contnode):
    if node.get("refdomain") != "std" or not node.get("refdoc", "").startswith(API_PAGES):
        return None
    reftype = node.get("reftype")
    if reftype == "term":
        uri = GLOSSARY_URL + _term_anchor(node["reftarget"])
        ref = nodes.reference("", "", internal=False, refuri=uri, reftitle="scikit-learn glossary")
        ref += contnode
        return ref
    if reftype == "ref":
        return contnode
    return None


def setup(app):
    # after intersphinx (priority 500), which may know the target online
    app.connect("missing-reference", resolve_sklearn_reference, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
