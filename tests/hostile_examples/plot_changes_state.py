"""
Changes global state
====================

Reports the state it starts from, then changes all of it.
"""

import os
import warnings

import matplotlib
import matplotlib.pyplot as plt
import matplotlib.units
import sklearn

state = {
    "linewidth": matplotlib.rcParams["lines.linewidth"],
    "display": sklearn.get_config()["display"],
    "assume_finite": sklearn.get_config()["assume_finite"],
    "ignore_all_warnings": any(
        f[0] == "ignore" and f[1] is None and f[2] is Warning and f[3] is None
        for f in warnings.filters
    ),
    "LEAKED_VARIABLE": os.environ.get("LEAKED_VARIABLE"),
    "cwd": os.path.basename(os.getcwd()),
    "open_figures": len(plt.get_fignums()),
    "leaked_converter": complex in matplotlib.units.registry,
}
print("STATE", sorted(state.items()))

matplotlib.rcParams["lines.linewidth"] = 11
sklearn.set_config(display="text", assume_finite=True)
warnings.simplefilter("ignore")
os.environ["LEAKED_VARIABLE"] = "yes"
matplotlib.units.registry[complex] = matplotlib.units.ConversionInterface()
os.chdir(os.path.expanduser("~"))
fig, ax = plt.subplots()
ax.plot([1, 2])
ax.set_title("state changed")
plt.figure()  # left open on purpose
