"""A "Related examples" mini-gallery at the bottom of every example page.

Related means: the other examples of the same gallery section first, then, to
give every page at least ``MIN_RELATED`` neighbours, examples of the other
sections in gallery order. The list is added to the page's reST source as it
is read, as a sphinx-gallery ``minigallery`` of example files.
"""

from pathlib import Path

MIN_RELATED = 3


def _example_scripts(examples_dir):
    return sorted(p for p in Path(examples_dir).rglob("*.py") if p.name != "__init__.py")


def related_scripts(script, scripts, minimum=MIN_RELATED):
    """Scripts related to ``script`` among ``scripts`` (paths), in display order."""
    siblings = [p for p in scripts if p.parent == script.parent and p != script]
    others = [p for p in scripts if p.parent != script.parent]
    return siblings + others[: max(0, minimum - len(siblings))]


def add_related_examples(app, docname, source):
    conf = app.config.sphinx_gallery_conf
    srcdir = Path(app.srcdir)
    for examples_dir, gallery_dir in zip(conf["examples_dirs"], conf["gallery_dirs"]):
        prefix = gallery_dir.rstrip("/") + "/"
        if not docname.startswith(prefix):
            continue
        examples_root = (srcdir / examples_dir).resolve()
        script = examples_root / (docname[len(prefix):] + ".py")
        if not script.is_file():
            return  # an index or timing page, not an example
        related = related_scripts(script, _example_scripts(examples_root))
        if not related:
            return
        entries = "\n".join(
            f"   {Path(examples_dir, p.relative_to(examples_root)).as_posix()}" for p in related
        )
        source[0] += (
            "\n\n.. rubric:: Related examples\n   :class: sg-related-heading\n\n"
            f".. minigallery::\n\n{entries}\n"
        )
        return


def setup(app):
    app.connect("source-read", add_related_examples)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "env_version": 1}
