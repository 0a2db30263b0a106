"""Render scikit-learn's docstrings on this site without dangling references.

scikit-learn's docstrings point into scikit-learn's own documentation with
``:ref:`` (user-guide sections) and ``:term:`` (glossary entries). Most of
those targets do not exist on this site. A label that this site does define
(for example the user guide's ``multilayer_perceptron``) resolves as usual;
for the rest, on the generated API pages only:

* a glossary term links to scikit-learn's online glossary;
* a reference to one of scikit-learn's gallery examples
  (``sphx_glr_auto_examples_<folder>_plot_<name>.py``) links to that example
  on scikit-learn's site;
* any other missing ``:ref:`` is shown as plain text.

Everywhere else a missing reference still warns, so mistakes in our own pages
are caught.
"""

import re

from docutils import nodes

SKLEARN_URL = "https://scikit-learn.org/stable/"
GLOSSARY_URL = SKLEARN_URL + "glossary.html#term-"
API_PAGES = "modules/generated/"
_SKLEARN_EXAMPLE = re.compile(r"^sphx_glr_auto_examples_(?:(\w+?)_)?(plot_\w+)\.py$")


def sklearn_example_url(label):
    """URL of the scikit-learn gallery example behind a sphinx-gallery label, or None."""
    match = _SKLEARN_EXAMPLE.match(label)
    if not match:
        return None
    folder, name = match.groups()
    path = f"{folder}/{name}" if folder else name
    return f"{SKLEARN_URL}auto_examples/{path}.html"


def _external(uri, title, contnode):
    ref = nodes.reference("", "", internal=False, refuri=uri, reftitle=title)
    ref += contnode
    return ref


def _term_anchor(term):
    return re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


def resolve_sklearn_reference(app, env, node, contnode):
    if node.get("refdomain") != "std" or not node.get("refdoc", "").startswith(API_PAGES):
        return None
    reftype = node.get("reftype")
    if reftype == "term":
        uri = GLOSSARY_URL + _term_anchor(node["reftarget"])
        return _external(uri, "scikit-learn glossary", contnode)
    if reftype == "ref":
        uri = sklearn_example_url(node["reftarget"])
        if uri:
            name = uri.rsplit("/", 1)[-1].removesuffix(".html")
            return _external(uri, "scikit-learn example", nodes.Text(f"scikit-learn's {name} example"))
        return contnode
    return None


def setup(app):
    # after intersphinx (priority 500), which may know the target online
    app.connect("missing-reference", resolve_sklearn_reference, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
