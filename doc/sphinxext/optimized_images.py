"""Figures saved smaller, losslessly.

An image scraper for sphinx-gallery: matplotlib's own scraper saves each
figure (and its 2x variant), then oxipng recompresses the PNG files in place.
The pixels do not change; only the encoding does. It runs once per figure,
when an example is executed, so cached examples cost nothing.
"""

from pathlib import Path

import oxipng


class OptimizedMatplotlibScraper:
    """Callable image scraper (an instance is picklable, unlike a function in conf)."""

    def __repr__(self):
        return "OptimizedMatplotlibScraper()"

    def __call__(self, block, block_vars, gallery_conf, **kwargs):
        from sphinx_gallery.scrapers import matplotlib_scraper

        paths = block_vars["image_path_iterator"].paths
        first_new = len(paths)
        rst = matplotlib_scraper(block, block_vars, gallery_conf, **kwargs)
        for path in paths[first_new:]:
            path = Path(path)
            # the figure and its hi-dpi variants (name_2_00x.png)
            for png in sorted(path.parent.glob(path.stem + "*.png")):
                oxipng.optimize(png, level=2)
        return rst
