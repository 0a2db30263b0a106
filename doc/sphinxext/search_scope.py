"""Keep the computation-times pages out of the search index.

sphinx-gallery writes one computation-times page for the whole site and one
per gallery section. Each lists the file name of every example it covers, so
those pages matched almost any search and ranked above the examples
themselves ("early stopping" found two timing tables before the early
stopping example). They stay reachable from the gallery index; Sphinx's
``:nosearch:`` file-wide metadata keeps them out of the results.
"""


def exclude_timings_from_search(app, docname, source):
    if docname.rsplit("/", 1)[-1] == "sg_execution_times" and ":nosearch:" not in source[0]:
        # file-wide metadata must be the document's first field list: sphinx-gallery
        # starts these pages with ":orphan:", so the field goes beside it
        text = source[0]
        source[0] = (
            text.replace(":orphan:", ":orphan:\n:nosearch:", 1)
            if ":orphan:" in text
            else ":nosearch:\n\n" + text
        )


def setup(app):
    app.connect("source-read", exclude_timings_from_search)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
