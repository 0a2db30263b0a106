"""
============================
Where the MNIST network errs
============================

A single accuracy number says how often a classifier is wrong, but not *how*
it is wrong. For a ten-class problem such as handwritten digits, the mistakes
are far from uniform: some digits are almost never missed, and a few pairs of
digits account for a large share of all errors.

This example trains a small multi-layer perceptron on MNIST and then takes its
mistakes apart in three ways: a confusion matrix that counts which digit was
taken for which, a gallery of misclassified test images, and a per-class table
of precision, recall and F1 score.
"""

# %%
# Load MNIST and split it
# -----------------------
#
# Every image is a row of 784 pixel intensities from 0 to 255, which we scale
# to [0, 1]. We keep 10,000 digits for training and another 10,000 for
# testing. That is enough for a clear picture of the errors and keeps the
# example quick.
from sklearn.datasets import fetch_openml
from sklearn.model_selection import train_test_split

X, y = fetch_openml(
    "mnist_784", version=1, return_X_y=True, as_frame=False, parser="pandas"
)
X = X / 255.0
X_train, X_test, y_train, y_test = train_test_split(
    X, y, train_size=10_000, test_size=10_000, random_state=0
)
print(f"training digits: {X_train.shape[0]}, test digits: {X_test.shape[0]}")

# %%
# Train the network
# -----------------
#
# One hidden layer of 64 units, trained with the Adam optimizer for 10
# epochs. The training loss is still going down after 10 epochs, so
# scikit-learn would warn with a ``ConvergenceWarning``. We stop early on
# purpose, because a few more tenths of a percent of accuracy would not change
# the kinds of mistakes we want to look at, so we silence that one warning
# for this one fit.
import warnings

from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

clf = MLPClassifier(
    hidden_layer_sizes=(64,),
    learning_rate_init=0.005,
    max_iter=10,
    random_state=0,
)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", category=ConvergenceWarning, module="sklearn")
    clf.fit(X_train, y_train)

y_pred = clf.predict(X_test)
n_errors = (y_pred != y_test).sum()
print(f"training accuracy: {clf.score(X_train, y_train):.4f}")
print(f"test accuracy:     {clf.score(X_test, y_test):.4f}")
print(f"misclassified test digits: {n_errors} of {len(y_test)}")

# %%
# The confusion matrix
# --------------------
#
# Row ``i`` of the confusion matrix counts the test digits whose true label is
# ``i``; column ``j`` counts those the network predicted as ``j``. Correct
# predictions land on the diagonal, every other cell is a specific mistake.
import matplotlib.pyplot as plt
from sklearn.metrics import ConfusionMatrixDisplay

fig, ax = plt.subplots(figsize=(6, 5.5), layout="constrained")
ConfusionMatrixDisplay.from_predictions(y_test, y_pred, ax=ax, colorbar=False)
ax.set_title("Confusion matrix on 10,000 test digits (counts)")
plt.show()

# %%
# With about a thousand digits per class on the diagonal and a handful in most
# other cells, the color scale is spent almost entirely on the correct
# predictions: the off-diagonal cells all look equally pale. To see the
# mistakes, we blank out the diagonal and draw the matrix again, so that the
# colors now compare errors with errors.
import numpy as np
from sklearn.metrics import confusion_matrix

labels = clf.classes_
cm = confusion_matrix(y_test, y_pred, labels=labels)
errors = cm.copy()
np.fill_diagonal(errors, 0)

fig, ax = plt.subplots(figsize=(6, 5.5), layout="constrained")
disp = ConfusionMatrixDisplay(errors, display_labels=labels)
disp.plot(ax=ax, cmap="Reds", colorbar=False)
for i in range(len(labels)):
    disp.text_[i, i].set_text("")
ax.set_title("Mistakes only: confusion matrix with the diagonal hidden")
plt.show()

# %%
# The darkest cells are the pairs of digits the network mixes up most often.
# We list the largest ones. Note that the matrix is not symmetric: taking a 4
# for a 9 and taking a 9 for a 4 are two different cells, and they need not be
# equally frequent.
order = np.argsort(errors, axis=None)[::-1]
top_pairs = [np.unravel_index(k, errors.shape) for k in order[:8]]
print("most frequent confusions (true -> predicted):")
for true_idx, pred_idx in top_pairs:
    count = errors[true_idx, pred_idx]
    print(f"  {labels[true_idx]} -> {labels[pred_idx]}: {count:3d} test digits")

# %%
# Look at the misclassified digits
# --------------------------------
#
# Counts tell us *which* confusions are common, the images tell us *why*. For
# the four most frequent confusions we show the six misclassified test digits
# on which the network was most confident. The label on the left of each row
# gives the true and the predicted digit; the title of each image is the
# probability the network gave to its wrong answer.
proba = clf.predict_proba(X_test)
confidence = proba.max(axis=1)

# sphinx_gallery_thumbnail_number = 3

n_rows, n_cols = 4, 6
fig, axes = plt.subplots(n_rows, n_cols, figsize=(7, 5.4), layout="constrained")
for row, (true_idx, pred_idx) in enumerate(top_pairs[:n_rows]):
    true_label, pred_label = labels[true_idx], labels[pred_idx]
    (candidates,) = np.nonzero((y_test == true_label) & (y_pred == pred_label))
    candidates = candidates[np.argsort(-confidence[candidates], kind="stable")]
    for col, ax in enumerate(axes[row]):
        ax.set_xticks(())
        ax.set_yticks(())
        if col >= len(candidates):
            ax.set_axis_off()
            continue
        sample = candidates[col]
        ax.imshow(X_test[sample].reshape(28, 28), cmap="gray_r")
        ax.set_title(f"{confidence[sample]:.0%}", fontsize=10)
    axes[row, 0].set_ylabel(f"true {true_label}\npred {pred_label}", fontsize=11)
fig.suptitle("Misclassified test digits for the four most frequent confusions")
plt.show()

# %%
# Per-class precision and recall
# ------------------------------
#
# ``classification_report`` summarizes the same matrix class by class:
#
# - **recall** of digit ``d``: the fraction of true ``d`` that the network
#   found (the diagonal cell divided by its row sum);
# - **precision** of ``d``: the fraction of predicted ``d`` that really are
#   ``d`` (the diagonal cell divided by its column sum);
# - **F1 score**: the harmonic mean of the two;
# - **support**: the number of true ``d`` in the test set.
#
# With ``output_dict=True`` the report is a dictionary, which turns into a
# pandas ``DataFrame`` in one line. We keep the ten digits, sort them from the
# lowest to the highest F1 score and print the overall figures separately.
import pandas as pd
from sklearn.metrics import classification_report

report = classification_report(y_test, y_pred, output_dict=True)
per_class = pd.DataFrame({digit: report[digit] for digit in labels}).T
per_class.index.name = "digit"
per_class["support"] = per_class["support"].astype(int)
per_class = per_class.sort_values("f1-score").round(3)

print(f"accuracy:       {report['accuracy']:.3f}")
print(f"macro-avg F1:   {report['macro avg']['f1-score']:.3f}")
per_class

# %%
# What the errors tell us
# -----------------------
#
# The same few digits come back in the matrix, in the images and in the
# table:
#
# - **4 and 9** are confused in both directions. They differ only in whether
#   the top of the digit is closed: a 4 whose two upper strokes touch, or a 9
#   with a small or open loop, sits right on the boundary between the classes.
# - **9 and 7**: a 9 with a straight stem and a small, flat head is, pixel for
#   pixel, close to a 7 with a curled top.
# - **8** has the lowest recall. An 8 with lopsided loops, or with one side of
#   a loop thin or left open, loses exactly the pixels that separate it from a
#   3, a 5 or a 9, and the network falls back on the nearest of those.
# - Digits with shapes that nothing else resembles closely, **1**, **0** and
#   **6**, reach the highest F1 scores.
#
# Precision and recall of the same digit need not agree. A digit with a higher
# recall than precision (here 5 and 7 most clearly) is a "sink": the network predicts it
# too readily and other digits fall into it. A digit with a lower recall than
# precision (8, 9, 3) leaks its own examples to other classes.
#
# Some of the confident mistakes in the image grid are digits that a person
# would hesitate over too, and a few look more like the predicted class than
# the true one. No classifier can fix those: they set a floor on the error
# rate. The others are legible digits written in a less common style, and
# those are the mistakes that more training data, a longer training run or a
# model that knows about neighboring pixels (a convolutional network) can
# remove.
#
# For a practitioner, this breakdown says where to spend effort: collect or
# augment examples of the confused classes, check whether some "errors" are
# really labeling mistakes, and, if some confusions cost more than others in
# your application, judge the model on the cells that matter rather than on
# the overall accuracy.
