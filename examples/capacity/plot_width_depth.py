"""
===============================================
Width and depth against train and test accuracy
===============================================

``hidden_layer_sizes`` sets the shape of a multi-layer perceptron: how many
hidden layers it has (its *depth*) and how many units each layer holds (its
*width*). Together they fix the number of weights the network learns, which
is a rough measure of how complicated a function it can represent: its
*capacity*.

This example trains networks of growing width and growing depth on the
8x8 digits bundled with scikit-learn, and compares how well each one fits its
training images with how well it classifies new ones. The comparison shows
what too little capacity looks like, and what happens, on a small data set,
when capacity is added beyond what the task needs.
"""

# %%
# The digits
# ----------
#
# ``load_digits`` returns 1,797 grayscale images of handwritten digits, 8x8
# pixels each, flattened into 64 features with integer values from 0 to 16.
# Dividing by 16 puts every pixel in [0, 1]. We train on one half of the
# images and test on the other half; ``stratify=y`` keeps the ten classes
# equally represented in both halves.
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)
X = X / 16.0
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.5, stratify=y, random_state=0
)
print(f"{len(X_train)} training images, {len(X_test)} test images")

# %%
# One function to train and score a network
# -----------------------------------------
#
# Every network is trained in the same way, and only ``hidden_layer_sizes``
# changes. Two choices keep this comparison fair and fast:
#
# - ``solver="lbfgs"`` optimizes on the whole training set at once. With
#   fewer than a thousand training images it converges in a few dozen to a few
#   hundred iterations, so every network is trained to the end, not stopped
#   after an arbitrary number of epochs that would favor some sizes.
# - ``activation="tanh"``. The default, ``"relu"``, outputs zero for every
#   negative input. In a layer of only a handful of units, one unit that ends
#   up negative on every image is *dead*: it never passes on any signal, and
#   its weights receive no gradient. Narrow ReLU networks therefore tend to
#   get stuck, with results that depend on the random initialization more than
#   on their size. Tanh units do not die.
#
# ``count_parameters`` adds up the sizes of the weight matrices
# (``coefs_``) and bias vectors (``intercepts_``) of a fitted network.
import numpy as np

from sklearn.neural_network import MLPClassifier


def count_parameters(mlp):
    return sum(W.size for W in mlp.coefs_) + sum(b.size for b in mlp.intercepts_)


def train_and_score(hidden_layer_sizes):
    mlp = MLPClassifier(
        hidden_layer_sizes=hidden_layer_sizes,
        activation="tanh",
        solver="lbfgs",
        max_iter=1000,
        random_state=0,
    )
    mlp.fit(X_train, y_train)
    train_accuracy = mlp.score(X_train, y_train)
    test_accuracy = mlp.score(X_test, y_test)
    return {
        "hidden_layer_sizes": str(hidden_layer_sizes),
        "hidden layers": len(hidden_layer_sizes),
        "parameters": count_parameters(mlp),
        "train accuracy": train_accuracy,
        "test accuracy": test_accuracy,
        "gap": train_accuracy - test_accuracy,
    }


# %%
# Growing the width
# -----------------
#
# First, one hidden layer whose width doubles from 4 to 256 units. The number
# of parameters grows linearly with the width ``w``: ``64 * w + w`` for the
# hidden layer and ``10 * w + 10`` for the output layer, so from 310 for 4
# units to 19,210 for 256.
import pandas as pd

widths = [4, 8, 16, 32, 64, 128, 256]
wide = pd.DataFrame([train_and_score((width,)) for width in widths])

# %%
# Growing the depth
# -----------------
#
# Next, one to four hidden layers of 32 units each. Every added layer brings
# ``32 * 32 + 32 = 1,056`` parameters, so the deepest of these networks has
# fewer parameters than the 128-unit network above.
depths = [1, 2, 3, 4]
deep = pd.DataFrame([train_and_score((32,) * depth) for depth in depths])

# %%
# All results in one table
# ------------------------
#
# The table lists every network once (the one-layer network of 32 units
# belongs to both series). ``gap`` is the training accuracy minus the test
# accuracy: the part of what the network learned that holds only for the
# images it was trained on.
results = pd.concat([wide, deep.iloc[1:]]).set_index("hidden_layer_sizes")
results.round(3)

# %%
# Plot the accuracies
# -------------------
#
# The left panel follows the width on a log scale (each step doubles it), the
# right panel the depth. Both share the vertical axis.
import matplotlib.pyplot as plt

# sphinx_gallery_thumbnail_number = 1

fig, (ax_width, ax_depth) = plt.subplots(
    1, 2, figsize=(9, 4), sharey=True, layout="constrained"
)
for ax, table, x in [(ax_width, wide, widths), (ax_depth, deep, depths)]:
    ax.plot(x, table["train accuracy"], "o-", label="train")
    ax.plot(x, table["test accuracy"], "s-", label="test")
    ax.grid(linestyle=":")
ax_width.set_xscale("log", base=2)
ax_width.set_xticks(widths, [str(w) for w in widths])
ax_width.set_xlabel("units in the single hidden layer")
ax_width.set_ylabel("accuracy")
ax_width.set_title("Wider: one hidden layer")
ax_width.legend(loc="lower right")
ax_depth.set_xticks(depths)
ax_depth.set_xlabel("hidden layers of 32 units")
ax_depth.set_title("Deeper: layers of 32 units")
fig.suptitle("Train and test accuracy of MLPs on the digits, by width and depth")
plt.show()

# %%
# Reading the results
# -------------------
#
# **Too little capacity.** With 4 hidden units the network squeezes each
# image through 4 numbers before it classifies it. It is the only network here
# that does not fit all of its training images (99% of them), and it gets
# about one test image in seven wrong. Through such a narrow bottleneck the
# network can only separate the ten classes with contorted boundaries that
# do not carry over to new images. Plain *underfitting*, where even the
# training accuracy is low, needs a still narrower network: the 2-unit network
# of the checks below gets about one training image in five wrong. When the
# training accuracy is low, more regularization cannot help; the model needs
# more capacity (or more training).
#
# **Enough capacity.** From 8 units on, every network classifies all of its
# training images correctly, so the training accuracy no longer tells the
# networks apart: only held-out data does. The test accuracy climbs steeply up
# to 32 units and levels off near 97% after 64.
#
# **More capacity than data: overfitting.** A 256-unit network has about 20
# parameters per training image, enough to memorize the training set even
# with shuffled labels (see the checks below: 100% training accuracy on labels
# that carry no information at all). It fits its training images
# perfectly, and the gap of about three percentage points is the cost of
# that: some test digits fall on the wrong side of boundaries that bend to
# fit individual training images.
#
# Note, though, that the gap does *not* grow with the width here. It shrinks
# (the small rise at 256 units is within the noise), and the widest networks
# have the best test accuracies. Large networks often generalize well in
# practice, because the optimizer, started from small random weights, and the
# default L2 penalty (``alpha=1e-4``) favor simple solutions among the many
# that fit the data. The classic picture, where the test accuracy falls again
# as capacity grows, is more likely on small, noisy data sets.
#
# **Depth does not help on this task.** Stacking layers of 32 units adds
# parameters but hardly any test accuracy: two layers score slightly better
# than one, three about the same, four slightly worse, all within the noise.
# The four-layer network (5,578 parameters) does worse than a single layer of
# 64 units (4,810 parameters), and it takes longer to train. Images this small
# are separated well by one non-linear layer. Depth pays off on data built
# from a hierarchy of features (edges, parts, objects), and usually with far
# more than 900 training images.
#
# Differences of about one percentage point between neighboring networks
# are within the noise: with 899 test images, one image is worth 0.11 point,
# and changing ``random_state`` (the initial weights) moves the test accuracy
# of a given architecture by up to two points.

# %%
# Two checks at the extremes
# --------------------------
#
# The first network has only 2 hidden units. The second has 256, and is
# trained on the training labels shuffled at random, so that a label says
# nothing about its image: the only way to score well on them is to memorize
# every image. Its test accuracy is measured against the true labels.
#
# The lbfgs solver reaches its limit of 1000 iterations on the 2-unit network
# before it has converged, and says so with a ``ConvergenceWarning``. We
# silence the warning for this one fit: the network is too small for the data,
# and more iterations change little (five times as many gain about one point
# of training accuracy).
import warnings

from sklearn.exceptions import ConvergenceWarning

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", category=ConvergenceWarning, module="sklearn")
    narrow = train_and_score((2,))
print(
    f"2 units: training accuracy {narrow['train accuracy']:.3f}, "
    f"test accuracy {narrow['test accuracy']:.3f}"
)

shuffled_labels = np.random.RandomState(0).permutation(y_train)
memorizer = MLPClassifier(
    hidden_layer_sizes=(256,),
    activation="tanh",
    solver="lbfgs",
    max_iter=1000,
    random_state=0,
)
memorizer.fit(X_train, shuffled_labels)
print(
    f"256 units on shuffled labels: training accuracy "
    f"{memorizer.score(X_train, shuffled_labels):.3f}, "
    f"test accuracy {memorizer.score(X_test, y_test):.3f}"
)

# %%
# The narrow network underfits: it misses many of its own training images.
# The wide one memorizes labels that mean nothing, and its test accuracy is
# that of guessing, one digit in ten. A perfect training score on its own
# therefore says nothing about what a network has learned.
#
# What a practitioner can take from this
# --------------------------------------
#
# - Compare training and test scores before changing the architecture. A low
#   training score calls for a larger network; a large gap calls for more
#   regularization (``alpha``, early stopping) or more data, often before a
#   smaller network.
# - Start with one hidden layer and make it wide enough that the training
#   score is high. Add layers only if a validation score shows that they
#   help.
# - Choose the size with cross-validation, for instance with ``GridSearchCV``
#   over a few values of ``hidden_layer_sizes`` and ``alpha`` together,
#   rather than from a single split as in this example.
