"""Notebook markdown has no raw reST roles or directives left as literal text."""

import re

import nbformat

ROLE = re.compile(r":[a-z]+(?::[a-z]+)?:`")
DIRECTIVE = re.compile(r"^\s*\.\. [a-z-]+::", re.M)


def notebooks(site):
    found = sorted(site.glob("_downloads/*/*.ipynb")) + sorted((site / "lite" / "files").rglob("*.ipynb"))
    assert found
    return found


def test_no_raw_rest_in_notebook_markdown(site):
    problems = []
    for path in notebooks(site):
        nb = nbformat.read(path, as_version=4)
        for i, cell in enumerate(nb.cells):
            if cell.cell_type != "markdown":
                continue
            for pattern in (ROLE, DIRECTIVE):
                for match in pattern.finditer(cell.source):
                    problems.append(f"{path.name} cell {i}: {match.group(0)!r}")
    assert not problems, "\n".join(problems)


def test_patterns_catch_rest():
    assert ROLE.search("see :class:`~sklearn.neural_network.MLPClassifier`")
    assert ROLE.search(":py:func:`len`")
    assert DIRECTIVE.search("text\n\n.. note::\n   body")
    assert not ROLE.search("ratio 1:2 and `code`")
