"""
=====================================
Visualization of MLP weights on MNIST
=====================================

A multi-layer perceptron (MLP) learns its own features. Every unit of the first
hidden layer holds one weight per input pixel, so for 28x28 images of
handwritten digits those weights can be reshaped into a 28x28 picture and
looked at directly. The picture shows which pixels push the unit to fire
(positive weights) and which hold it back (negative weights).

This example trains a small network with a single hidden layer of 40 units on
MNIST for just a few epochs, prints how well it does, and draws the incoming
weights of 16 of its hidden units.
"""

# %%
# Load MNIST
# ----------
#
# ``fetch_openml`` downloads the 70,000 digits of MNIST from OpenML the first
# time it is called and reads them from a local cache afterwards (see the
# ``SCIKIT_LEARN_DATA`` environment variable). Each row of ``X`` is one image,
# flattened to 784 pixel intensities between 0 and 255. Dividing by 255 puts
# every feature in [0, 1]: gradient descent behaves much better on inputs of a
# small, common scale.
from sklearn.datasets import fetch_openml

X, y = fetch_openml(
    "mnist_784", version=1, return_X_y=True, as_frame=False, parser="pandas"
)
X = X / 255.0
print(f"{X.shape[0]} images of {X.shape[1]} pixels")

# %%
# To keep the example fast we train on 30% of the digits and hold out the other
# 70% to measure how well the network generalizes.
from sklearn.model_selection import train_test_split

X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=0, test_size=0.7)

# %%
# Train a one-hidden-layer network
# --------------------------------
#
# The network has 40 hidden units and is trained with plain stochastic
# gradient descent (``solver="sgd"``) and a rather large initial learning rate.
# ``verbose=10`` prints the training loss after each pass over the data
# (an *epoch*).
#
# We stop after 8 epochs on purpose: the goal is a picture of the weights, and
# a longer run would only take more time. Because the loss is still falling
# when ``max_iter`` is reached, scikit-learn would raise a
# ``ConvergenceWarning``. We expect exactly that here, so we silence the
# warning for this one fit and for nothing else.
import warnings

from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

mlp = MLPClassifier(
    hidden_layer_sizes=(40,),
    max_iter=8,
    alpha=1e-4,
    solver="sgd",
    verbose=10,
    random_state=1,
    learning_rate_init=0.2,
)

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", category=ConvergenceWarning, module="sklearn")
    mlp.fit(X_train, y_train)

print("Training set score: %f" % mlp.score(X_train, y_train))
print("Test set score: %f" % mlp.score(X_test, y_test))

# %%
# Even this short run classifies about 95% of the unseen digits correctly. The
# gap between the training and the test score shows that the network already
# fits its training digits more closely than new ones.
#
# Look at the weights
# -------------------
#
# ``mlp.coefs_`` holds one weight matrix per layer. The first one has shape
# (784, 40): column ``i`` holds the 784 weights that feed hidden unit ``i``.
# We reshape the first 16 columns to 28x28 images. All images share one
# color scale, so that the same shade means the same weight in every panel:
# dark pixels are negative weights, light pixels are positive ones. The scale
# runs from half the smallest to half the largest weight of the layer; the few
# extreme weights then saturate, and the contrast of all the others shows.
import matplotlib.pyplot as plt

# sphinx_gallery_thumbnail_number = 1

weights = mlp.coefs_[0]
vmin, vmax = weights.min(), weights.max()

fig, axes = plt.subplots(4, 4, figsize=(6, 6.3), layout="constrained")
for unit, ax in enumerate(axes.ravel()):
    ax.matshow(
        weights[:, unit].reshape(28, 28),
        cmap=plt.cm.gray,
        vmin=0.5 * vmin,
        vmax=0.5 * vmax,
    )
    ax.set_xticks(())
    ax.set_yticks(())
fig.suptitle("Incoming weights of 16 hidden units, as 28x28 images")
plt.show()

# %%
# Reading the weight images
# -------------------------
#
# Weight images are a cheap health check for a network trained on images.
# Every unit starts from small random weights, which look like even,
# fine-grained noise; whatever training adds shows up as structure on top of
# that noise.
#
# - **Stroke-like patterns**, as in most panels here, mean the unit has picked
#   up part of a digit's shape: a loop, a bar, an edge between two regions.
# - **A panel that is even noise all over**, like the 7th and the 16th here,
#   belongs to a unit that training has hardly moved from its random start.
#   With the ReLU activation this is often a *dead* unit: its input is
#   negative for every training image, so it outputs zero and never passes a
#   gradient back. A few such units mean the layer is wider than it needs to
#   be; many of them are the classic sign of a learning rate set too high,
#   whose large early steps push units into that state for good.
# - **The noisy frame around every panel** is untouched random start as well.
#   The digits are centered, so many pixels near the border are blank in every
#   training image and their weights get no gradient from the data. Only the
#   L2 penalty ``alpha`` acts on them, and at ``alpha=1e-4`` over 8 epochs it
#   hardly does. A larger ``alpha`` shrinks such weights towards zero, and
#   with them the fine speckle inside the digit area that only serves to fit
#   individual training images: weights that stay speckled after a long run
#   point to too little regularization.
#
# Both readings can be checked in numbers: which pixels are blank in every
# training image, and how many training images make each unit fire.
import numpy as np

blank = X_train.max(axis=0) == 0
print(f"{blank.sum()} of {blank.size} pixels are blank in every training image")

# the hidden layer's ReLU output for every training image
hidden = np.maximum(X_train @ weights + mlp.intercepts_[0], 0)
firing = (hidden > 0).mean(axis=0)
print("Share of training images that make each drawn unit fire:")
print(np.array2string(firing[:16], precision=2, max_line_width=100))
dead = np.flatnonzero(firing == 0)
print(f"Units (numbered 1 to 40) that no training image makes fire: {(dead + 1).tolist()}")

# %%
# Two of the 40 units are dead: the 7th, whose panel is still the noise it
# started from, and the 18th, which is not drawn. The 16th fires on about a
# fifth of the images, yet its panel shows little structure either: its
# weights have moved little in 8 epochs. Every other panel has started to form
# strokes, but they are still grainy. Training longer, or on more data, smooths
# the weights into cleaner patterns.
