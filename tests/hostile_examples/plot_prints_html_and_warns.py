"""
Prints HTML and warns
=====================

Output that looks like markup, a warning, and a figure shown on Agg.
"""

import warnings

import matplotlib.pyplot as plt

print("<script>document.title = 'pwned'</script><b>not bold</b>")
warnings.warn("this warning is part of the example", UserWarning)
fig, ax = plt.subplots()
ax.plot([1, 2, 3])
ax.set_title("a line")
fig.show()
