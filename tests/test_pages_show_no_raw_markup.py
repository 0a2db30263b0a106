"""No page shows reStructuredText markup as text: ``literal``, **bold**,
*emphasis* markers, `links`_ or :roles: that Sphinx did not render (nesting,
say, a literal inside bold leaves both raw).

Code, captured output and API signatures are left out: ``**kwargs`` and
backticks are legitimate there."""

import re

import pytest

from conftest import HTML, parse_html, site_pages

# code, captured outputs (text and HTML), formulas, signatures and numpydoc
# parameter names ("**params")
NOT_PROSE = (
    "pre, code, kbd, script, style, dt.sig, dt > strong, .highlight, .math,"
    " .sphx-glr-script-out, .output_subarea"
)
RAW_MARKUP = re.compile(
    r"``"  # literal
    r"|(?<!\S)\*\*\w|\w\*\*(?!\S)"  # bold ("10**3" is not)
    r"|(?<![\w*])\*[A-Za-z][^*\n]*[A-Za-z.]\*(?![\w*])"  # emphasis
    r"|`_"  # link
    r"|:(?:class|func|meth|ref|doc|term|mod|attr|math):`"  # role
)


@pytest.mark.parametrize("path", site_pages())
def test_page_shows_no_raw_markup(site, path):
    main = parse_html(HTML / path).find("main") or parse_html(HTML / path).body
    for element in main.select(NOT_PROSE):
        element.decompose()
    found = [
        text.strip()[:120]
        for text in main.find_all(string=RAW_MARKUP)
    ]
    assert not found, found
