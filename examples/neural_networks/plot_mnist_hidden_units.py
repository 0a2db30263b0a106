"""
============================
What hidden units respond to
============================

The incoming weights of a hidden unit show which pixels it *looks* at. A
second, complementary view asks what the unit *responds* to: which real images
make it fire the most. For a network with one hidden layer both views are easy
to get, because the hidden activations are one matrix product away from the
input.

This example trains a small multi-layer perceptron on MNIST, recomputes its
hidden-layer activations by hand from the fitted weights, shows for a few
units the test digits that excite them most next to their weight image, and
counts the units that hardly ever fire at all.
"""

# %%
# Load MNIST and train a small network
# ------------------------------------
#
# We scale the pixels to [0, 1] and use 10,000 digits for training and 10,000
# for testing. The network has one hidden layer of 64 units with the ReLU
# activation (scikit-learn's default) and is trained with Adam for 10 epochs.
#
# We use a learning rate of 0.01, ten times the default. That makes the short
# training run reach a good accuracy, and, as we will see, it also has a
# price. The loss is still decreasing after 10 epochs; we stop there on
# purpose to keep the example fast and silence the ``ConvergenceWarning`` for
# this one fit.
import warnings

from sklearn.datasets import fetch_openml
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

X, y = fetch_openml(
    "mnist_784", version=1, return_X_y=True, as_frame=False, parser="pandas"
)
X = X / 255.0
X_train, X_test, y_train, y_test = train_test_split(
    X, y, train_size=10_000, test_size=10_000, random_state=0
)

mlp = MLPClassifier(
    hidden_layer_sizes=(64,),
    learning_rate_init=0.01,
    max_iter=10,
    random_state=0,
)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", category=ConvergenceWarning, module="sklearn")
    mlp.fit(X_train, y_train)
print(f"test accuracy: {mlp.score(X_test, y_test):.4f}")

# %%
# Hidden activations by hand
# --------------------------
#
# ``coefs_[0]`` is the (784, 64) weight matrix from the pixels to the hidden
# units and ``intercepts_[0]`` holds the 64 biases. The activation of the
# hidden layer for a batch of images ``X`` is therefore
# :math:`H = \max(0, X W_1 + b_1)`, with one row per image and one column per
# hidden unit. To make sure we got it right, we push ``H`` through the output
# layer as well (a softmax of :math:`H W_2 + b_2`) and compare the result with
# ``predict_proba``.
import numpy as np

W1, b1 = mlp.coefs_[0], mlp.intercepts_[0]
hidden = np.maximum(X_test @ W1 + b1, 0)

logits = hidden @ mlp.coefs_[1] + mlp.intercepts_[1]
logits -= logits.max(axis=1, keepdims=True)
proba = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
print(f"hidden activations: {hidden.shape[0]} digits x {hidden.shape[1]} units")
print(f"matches predict_proba: {np.allclose(proba, mlp.predict_proba(X_test))}")

# %%
# Live and dead units
# -------------------
#
# A ReLU unit outputs exactly zero whenever its weighted input is negative.
# If that happens for nearly every image, the unit is "dead": it contributes
# nothing to the prediction. Worse, where the output is zero the gradient is
# zero too, so only the few images that still activate the unit can move its
# weights, and a unit that no image activates stays dead for good. We call a
# unit *rarely active* when it fires (activation above zero) on fewer than 1%
# of the test digits.
fraction_active = (hidden > 0).mean(axis=0)
rarely_active = np.flatnonzero(fraction_active < 0.01)
never_active = np.flatnonzero(fraction_active == 0)
print(f"units never active on the test set:    {len(never_active)} of {W1.shape[1]}")
print(f"units active on < 1% of the test set:  {len(rarely_active)} of {W1.shape[1]}")
print(f"median fraction of digits a unit fires on: {np.median(fraction_active):.2f}")

# %%
# The digits that excite a unit most
# ----------------------------------
#
# For the first five live units we sort the test digits by the unit's activation and
# show the eight strongest ones, next to the unit's weight image. In the
# weight image, red pixels push the activation up when they are inked and blue
# pixels push it down. The color scale is symmetric around zero and ends at
# the 99th percentile of the unit's absolute weights, so that a few extreme
# weights do not wash out all the others. The small number over each digit is
# its true label.
import matplotlib.pyplot as plt

# sphinx_gallery_thumbnail_number = 1

live_units = np.flatnonzero(fraction_active >= 0.01)
shown_units = live_units[:5]
n_top = 8

fig, axes = plt.subplots(
    len(shown_units),
    n_top + 1,
    figsize=(7, 4.6),
    layout="constrained",
    gridspec_kw={"width_ratios": [1.5] + [1] * n_top},
)
for row, unit in zip(axes, shown_units):
    weights = W1[:, unit].reshape(28, 28)
    limit = np.percentile(np.abs(weights), 99)
    row[0].imshow(weights, cmap="RdBu_r", vmin=-limit, vmax=limit)
    row[0].set_ylabel(f"unit {unit}", fontsize=10)
    top = np.argsort(-hidden[:, unit], kind="stable")[:n_top]
    for ax, sample in zip(row[1:], top):
        ax.imshow(X_test[sample].reshape(28, 28), cmap="gray_r")
        ax.set_title(y_test[sample], fontsize=9, pad=2)
    for ax in row:
        ax.set_xticks(())
        ax.set_yticks(())
axes[0, 0].set_title("weights", fontsize=9, pad=2)
fig.suptitle("Weight image and the 8 test digits that activate each unit most")
plt.show()

# %%
# Each row pairs a unit's weights with the digits that match them best. In
# this run, unit 1 responds most strongly to 4s and unit 2 to 6s, while unit 0
# mixes 6s, 2s and 4s that share a long stroke slanting from the upper right
# to the lower left. The weight images are much noisier than the digits: after
# a short run with a large step size the weights still carry a lot of their
# random start, and the top digits are often the clearer way to read a unit.
#
# Units are not digit detectors, though. A typical unit fires on about half of
# all test digits (see the median printed above), only more weakly than on its
# top eight, and the output layer combines the evidence of all the units.
#
# How often each unit fires
# -------------------------
#
# The bar chart shows, for every hidden unit, the fraction of test digits on
# which it is active, sorted from the least to the most active. Units below
# the dashed 1% line are the rarely active ones counted above; their bars are
# too short to see, so red crosses mark them.
order = np.argsort(fraction_active, kind="stable")
colors = np.where(fraction_active[order] < 0.01, "tab:red", "tab:blue")

fig, ax = plt.subplots(figsize=(7, 3.6), layout="constrained")
positions = np.arange(len(order))
ax.bar(positions, fraction_active[order], color=colors, width=0.8)
# bars of height zero are invisible: mark the rarely active units with a cross
rare = fraction_active[order] < 0.01
ax.plot(
    positions[rare], np.zeros(rare.sum()), "x", color="tab:red", clip_on=False
)
ax.axhline(0.01, color="black", linestyle="--", linewidth=1)
ax.set_ylim(0, 1)
ax.set_xticks([])
ax.set_xlabel("hidden units, sorted by how often they fire")
ax.set_ylabel("fraction of test digits")
ax.set_title("How often each hidden unit is active (red: under 1% of digits)")
plt.show()

# %%
# What the dead units look like
# -----------------------------
#
# Once a unit stops firing, its weights receive no gradient from the data any
# more; only the small L2 penalty (``alpha``) keeps shrinking them. Their
# weight images are frozen in the state in which the unit died. We draw them
# with the same color rule as above.
#
# They are mostly blue: negative weights over the area where digits are
# written, so that any ink drives the unit's input further below zero. This
# is the mark of a few oversized updates early in training that pushed these
# units into the region where ReLU is flat.
n_dead_shown = min(len(rarely_active), 8)
if n_dead_shown:
    fig, axes = plt.subplots(
        1, n_dead_shown, figsize=(7, 1.6), layout="constrained", squeeze=False
    )
    for ax, unit in zip(axes[0], rarely_active[:n_dead_shown]):
        weights = W1[:, unit].reshape(28, 28)
        limit = np.percentile(np.abs(weights), 99)
        ax.imshow(weights, cmap="RdBu_r", vmin=-limit, vmax=limit)
        ax.set_title(f"unit {unit}", fontsize=9)
        ax.set_xticks(())
        ax.set_yticks(())
    fig.suptitle("Weight images of the rarely active units")
    plt.show()

# %%
# What to do about dead units
# ---------------------------
#
# A few dead units are harmless: they only waste a little computation, and
# the rest of the layer does the work. Many dead units mean the layer is
# effectively smaller than the ``hidden_layer_sizes`` you asked for. The usual
# cause is a learning rate that is too large: one big update can push a unit's
# bias and weights so far negative that no input activates it again. If you
# find many of them, lower ``learning_rate_init``, train longer at the smaller
# rate, or simply check whether a narrower layer does as well.
#
# You can try it here: with ``learning_rate_init=0.001`` (the default) and
# everything else unchanged, we found no dead unit at all, but a test accuracy
# almost 2 points lower after the same 10 epochs. The larger step size buys
# speed and costs a tenth of the layer.
#
# Looking at the most activating inputs is also a good sanity check on a
# trained network in general: units whose top inputs share a recognizable
# pattern have learned a feature, while units whose top inputs look unrelated
# deserve a second look.
