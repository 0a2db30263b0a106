"""Editing an example's prose does not run the example again.

sphinx-gallery decides whether to run an example from a checksum of the
whole file, so fixing a typo in a comment re-runs a script that may take
many seconds. This keeps, next to each example's generated files, the outputs
of its last successful run (the reST of every code block's output, the
figures it wrote, its time and memory) under a key made of the example's
*code*: the code blocks, its ``# sphinx_gallery_`` settings and the gallery
settings that shape output. When sphinx-gallery is about to run an example
whose key is unchanged and whose figures are all still on disk, the stored
outputs are used instead and only the page (prose, code, notebook) is
written again. When a stored output shows a line number (a warning), the key
includes the code's line numbers too.

The hook is sphinx-gallery's ``execute_script``, wrapped in
``sphinx_gallery.gen_rst`` as this module is imported; ``example_runtime``
imports it, so the wrapper is in place in parallel worker processes too.
Written for sphinx-gallery 0.22 (pinned in requirements/constraints.txt).

Each reuse leaves a ``.reused`` marker beside the example's generated files;
at the end of the build ``report`` logs how many examples were executed and
how many reused their outputs.
"""

import hashlib
import json
import time
from pathlib import Path

import sphinx_gallery
import sphinx_gallery.gen_rst as gen_rst
from sphinx.util import logging
from sphinx_gallery.utils import get_md5sum

logger = logging.getLogger(__name__)
OUTPUT_SHAPING = ("image_srcset", "capture_repr", "ignore_repr_types", "remove_config_comments",
                  "image_scrapers", "show_memory", "prefer_full_module", "min_reported_time")


def code_keys(script_blocks, file_conf, gallery_conf):
    """(key of the code, key of the code and its line numbers)."""
    code = hashlib.sha256(f"sphinx-gallery {sphinx_gallery.__version__}\n".encode())
    code.update(repr(sorted(file_conf.items())).encode())
    code.update(repr([gallery_conf.get(k) for k in OUTPUT_SHAPING]).encode())
    lines = code.copy()
    for block in script_blocks:
        if block.type == "code":
            code.update(b"\0" + block.content.encode())
            lines.update(f"\0{block.lineno}\0{block.content}".encode())
    return code.hexdigest(), lines.hexdigest()


def _store(script_vars):
    return Path(script_vars["target_file"] + ".outputs.json")


def _marker(script_vars):
    return Path(script_vars["target_file"] + ".reused")


def execute_script(script_blocks, script_vars, gallery_conf, file_conf):
    """sphinx-gallery's ``execute_script``, reusing outputs when only prose changed."""
    if not script_vars["execute_script"]:
        return _execute_script(script_blocks, script_vars, gallery_conf, file_conf)
    key, line_key = code_keys(script_blocks, file_conf, gallery_conf)
    store, marker = _store(script_vars), _marker(script_vars)
    marker.unlink(missing_ok=True)
    try:
        cached = json.loads(store.read_text())
    except (OSError, ValueError):
        cached = None
    if cached and cached["key"] == key and (cached["line_key"] in (None, line_key)):
        target_dir = Path(script_vars["target_file"]).parent
        images = [str(target_dir / name) for name in cached["images"]]
        if all(Path(image).is_file() for image in images):
            script_vars["example_globals"] = {}
            script_vars["memory_delta"] = cached["memory_delta"]
            script_vars["image_path_iterator"].paths[:] = images
            Path(script_vars["target_file"] + ".md5").write_text(
                get_md5sum(script_vars["target_file"], mode="t")
            )
            script_vars["passing"] = True
            marker.write_text(str(time.time()))
            logger.info("%s: only prose changed, reusing its outputs", script_vars["src_file"])
            return cached["output_blocks"], cached["time_elapsed"]
    store.unlink(missing_ok=True)
    output_blocks, time_elapsed = _execute_script(script_blocks, script_vars, gallery_conf, file_conf)
    if script_vars.get("passing"):
        target_dir = Path(script_vars["target_file"]).parent
        shows_lines = any("\u26a0" in block for block in output_blocks)
        store.write_text(json.dumps({
            "key": key,
            "line_key": line_key if shows_lines else None,
            "output_blocks": output_blocks,
            "time_elapsed": time_elapsed,
            "memory_delta": script_vars["memory_delta"],
            "images": [str(Path(p).relative_to(target_dir)) for p in script_vars["image_path_iterator"].paths],
        }))
    return output_blocks, time_elapsed


def report(app, exception):
    """Log how many examples this build executed and how many reused their outputs."""
    if exception is not None or not app.config.sphinx_gallery_conf.get("plot_gallery"):
        return
    started = _BUILD_STARTED[0]
    gallery = Path(app.srcdir)
    reused, executed = [], []
    for gallery_dir in app.config.sphinx_gallery_conf["gallery_dirs"]:
        for md5 in (gallery / gallery_dir).rglob("*.py.md5"):
            if md5.stat().st_mtime < started:
                continue
            example = md5.with_suffix("")
            marker = Path(str(example) + ".reused")
            (reused if marker.is_file() and marker.stat().st_mtime >= started else executed).append(example)
    logger.info("examples executed: %d; reused outputs (only prose changed): %d",
                len(executed), len(reused))


_BUILD_STARTED = [0.0]


def _note_start(app):
    _BUILD_STARTED[0] = time.time() - 1


if not hasattr(gen_rst, "_prose_edits_original"):  # wrap once, whoever imports first
    gen_rst._prose_edits_original = gen_rst.execute_script
    gen_rst.execute_script = execute_script
_execute_script = gen_rst._prose_edits_original


def setup(app):
    app.connect("builder-inited", _note_start, priority=1)
    app.connect("build-finished", report, priority=450)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
