"""
===============================================================
Restricted Boltzmann machine features for a logistic regression
===============================================================

A restricted Boltzmann machine (RBM) is a neural network with one layer of
visible units (here, the pixels of an image) and one layer of binary hidden
units, connected by a matrix of weights. It is trained *without labels*: it
adjusts its weights so that the images it would generate on its own look like
the training images. Once trained, the probability that each hidden unit is
on, given an image, is a new description of that image, which any supervised
model can use as its features.

This example trains ``BernoulliRBM`` on small images of handwritten digits,
feeds its hidden units to a ``LogisticRegression`` in a ``Pipeline``, and
compares the result with a logistic regression on the raw pixels. To make the
task harder for a model that looks at each pixel separately, the digits are
also moved by one pixel in each direction. Finally, we look at what the hidden
units learned.
"""

# %%
# Digits, scaled to [0, 1]
# ------------------------
#
# ``load_digits`` gives 1,797 images of 8x8 pixels with values from 0 to 16.
# ``BernoulliRBM`` models every input as the probability of a binary pixel
# being on, so its inputs must lie in [0, 1]: we divide by 16.
#
# We split the *original* images into a training and a test set before doing
# anything else. Shifted copies of an image are made afterwards, inside each
# set: if a test image had a shifted twin in the training set, the test score
# would reward memorization.
import numpy as np

from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

X, y = load_digits(return_X_y=True)
X = X / 16.0
X_train_orig, X_test_orig, y_train_orig, y_test_orig = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=0
)

# %%
# Moving the digits by one pixel
# ------------------------------
#
# Real digits are not always centered in their box. We imitate that by moving
# each image one pixel up, down, left or right. ``shift_images`` pads the 8x8
# images with a border of zeros and cuts out a window moved by ``(dy, dx)``;
# the row or column that enters on the opposite side is blank.
SHIFTS = {"up": (-1, 0), "down": (1, 0), "left": (0, -1), "right": (0, 1)}


def shift_images(flat_images, dy, dx):
    images = flat_images.reshape(-1, 8, 8)
    padded = np.pad(images, ((0, 0), (1, 1), (1, 1)))
    moved = padded[:, 1 - dy : 9 - dy, 1 - dx : 9 - dx]
    return moved.reshape(len(flat_images), 64)


def all_shifts(flat_images, labels):
    """The four shifted copies of every image, stacked, with their labels."""
    moved = [shift_images(flat_images, dy, dx) for dy, dx in SHIFTS.values()]
    return np.vstack(moved), np.tile(labels, len(SHIFTS))


# training set: the original images and their four shifted copies
X_moved, y_moved = all_shifts(X_train_orig, y_train_orig)
X_train = np.vstack([X_train_orig, X_moved])
y_train = np.concatenate([y_train_orig, y_moved])

# two test sets: the original test images, and their shifted copies
X_test_moved, y_test_moved = all_shifts(X_test_orig, y_test_orig)

print(f"training images (original and shifted): {len(X_train)}")
print(f"test images, original:                  {len(X_test_orig)}")
print(f"test images, shifted by one pixel:      {len(X_test_moved)}")

# %%
# Here is one training digit and its four shifted copies.
import matplotlib.pyplot as plt

fig, axes = plt.subplots(1, 5, figsize=(7, 1.9), layout="constrained")
versions = {"original": X_train_orig[:1]}
versions.update(
    {name: shift_images(X_train_orig[:1], dy, dx) for name, (dy, dx) in SHIFTS.items()}
)
for ax, (name, image) in zip(axes, versions.items()):
    ax.imshow(image.reshape(8, 8), cmap="gray_r", vmin=0, vmax=1)
    ax.set_title(name, fontsize=10)
    ax.set_xticks(())
    ax.set_yticks(())
fig.suptitle(f"A training digit ({y_train_orig[0]}) moved by one pixel")
plt.show()

# %%
# Two classifiers
# ---------------
#
# Both models end with a multinomial logistic regression, a linear model. The
# first one sees the 64 pixels directly. The second one sees the 100 hidden
# unit probabilities of an RBM, which the ``Pipeline`` trains first, on the
# training images alone, ignoring their labels.
#
# The RBM's settings, briefly:
#
# - ``n_components=100`` hidden units: each image is described by 100
#   numbers instead of 64 pixels;
# - ``learning_rate=0.1``, ``batch_size=20`` and ``n_iter=10`` passes over the
#   data, which is enough for features that help, and takes about a second.
#   Longer training usually gives cleaner features;
# - ``random_state=0``, since the initial weights and the sampling inside the
#   training algorithm are random.
#
# The inverse regularization strength ``C`` of each logistic regression was
# chosen among powers of ten, on a validation split of the training images
# (not shown, to keep the example short): ``C=10`` on pixels, ``C=1000`` on
# RBM features, which need a much weaker penalty. ``solver="newton-cg"``
# converges in a few iterations on these data.
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import BernoulliRBM
from sklearn.pipeline import Pipeline

raw_pixels = LogisticRegression(C=10, solver="newton-cg", max_iter=1000)
rbm_features = Pipeline(
    [
        (
            "rbm",
            BernoulliRBM(
                n_components=100,
                learning_rate=0.1,
                batch_size=20,
                n_iter=10,
                random_state=0,
            ),
        ),
        ("logistic", LogisticRegression(C=1000, solver="newton-cg", max_iter=1000)),
    ]
)

for model in (raw_pixels, rbm_features):
    model.fit(X_train, y_train)

# %%
# Accuracy
# --------
#
# We score both models on the original test digits and on their shifted
# copies.
import pandas as pd

models = {
    "logistic regression on pixels": raw_pixels,
    "RBM + logistic regression": rbm_features,
}
accuracy = pd.DataFrame(
    {
        "original test digits": {
            name: model.score(X_test_orig, y_test_orig)
            for name, model in models.items()
        },
        "shifted test digits": {
            name: model.score(X_test_moved, y_test_moved)
            for name, model in models.items()
        },
    }
)
print(accuracy.round(3).to_string())

# %%
# The RBM features help the linear model on both test sets, and most on the
# shifted digits: about 93% correct instead of 78%. A logistic regression on
# pixels has one weight per class and pixel, such as "ink on this pixel is
# evidence for a 3". A single set of such weights cannot match a digit that
# may sit in five slightly different places, and training on the shifted
# copies only blurs its weights, which costs accuracy on the original digits
# as well. The figure at the end of this example suggests why the RBM features
# cope better.
#
# A baseline on centered digits
# -----------------------------
#
# Moved digits are hard for a linear model on pixels; centered digits are
# not. Here the same logistic regression is trained on the original training
# images only, and scored on the original test digits.
centered_only = LogisticRegression(C=10, solver="newton-cg", max_iter=1000)
centered_only.fit(X_train_orig, y_train_orig)
print(
    "logistic regression on pixels, centered digits only: "
    f"{centered_only.score(X_test_orig, y_test_orig):.3f}"
)

# %%
# On the task it was trained for, this simple baseline beats both models
# above. Learned features earn their place when the task is hard for the
# model that uses them, as moved digits are for a linear model. Always check
# a simple baseline on the task you actually have.
#
# What the hidden units learned
# -----------------------------
#
# Each hidden unit has one weight per pixel, stored as a row of
# ``components_``, so its weights can be drawn as an 8x8 image. We tile the
# 100 small images into one 10x10 mosaic, separated by light blue lines (a
# color that no weight takes in the gray scale of the tiles). Each tile gets
# its own color scale, because we care about the shape a unit responds to
# rather than about the size of its weights: dark pixels are that unit's most
# positive weights (ink there switches the unit on), light pixels its most
# negative ones (ink there switches it off).
components = rbm_features["rbm"].components_
# sphinx_gallery_thumbnail_number = 2

# scale the weights of every unit to [-1, 1]
scaled = components / np.abs(components).max(axis=1, keepdims=True)

# one 8x8 tile per unit, a one-pixel gap (NaN, drawn light blue) between tiles
mosaic = np.full((10 * 9 - 1, 10 * 9 - 1), np.nan)
for unit, weights in enumerate(scaled):
    row, col = divmod(unit, 10)
    mosaic[9 * row : 9 * row + 8, 9 * col : 9 * col + 8] = weights.reshape(8, 8)

cmap = plt.get_cmap("gray_r").with_extremes(bad="lightskyblue")
fig, ax = plt.subplots(figsize=(6.5, 6.8), layout="constrained")
ax.imshow(mosaic, cmap=cmap, vmin=-1, vmax=1)
ax.set_axis_off()
ax.set_title("Weights of the 100 RBM hidden units, as 8x8 images")
plt.show()

# %%
# Reading the weights
# -------------------
#
# Many units look like blurred digits: round 0s, 2s, 3s, 7s and others, some
# of them off center. The RBM found, without any label, that the images come
# in a few typical shapes, and it gave a group of hidden units to each. Other
# units are harder to read: they mix parts of several digits, or weigh one
# region of the image against another.
#
# This is a plausible reason why the RBM features cope with the shifted
# digits. A blurred template still overlaps a digit that moved by one pixel,
# so the unit's response changes little, and several units hold templates of
# the same digit at slightly different places. The logistic regression
# therefore receives features that are far more stable under small shifts
# than single pixels are.
#
# Take-aways
# ----------
#
# - ``BernoulliRBM`` expects inputs in [0, 1]; scale the data first.
# - Its ``transform`` gives hidden unit probabilities that a linear model can
#   use. Put both in a ``Pipeline``, so that the RBM is trained on the training
#   data only, and so that ``n_components``, ``learning_rate``, ``n_iter`` and
#   the classifier's ``C`` can be tuned together with ``GridSearchCV``.
# - Learned features pay off when the raw inputs are a poor fit for the
#   downstream model, as here. Compare with a plain baseline on the same task
#   before adding the extra step.
# - When augmenting data, split first and augment each part separately, so
#   that no test image has a near-copy in the training set.
