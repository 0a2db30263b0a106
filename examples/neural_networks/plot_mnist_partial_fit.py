"""
=========================================
Online learning on MNIST with partial_fit
=========================================

``MLPClassifier.fit`` expects the whole training set at once. Sometimes that is
not possible: the data does not fit in memory, or it keeps arriving, a batch of
newly labeled examples at a time. ``partial_fit`` covers that case. Each call
updates the network with one chunk of data and keeps everything it learned
from the previous chunks.

This example feeds MNIST digits to a network in chunks of 500, as if they
arrived in a stream, and measures the test accuracy after every chunk. It then
replays the stream twice more to show what extra passes over the same data
buy.
"""

# %%
# Load MNIST
# ----------
#
# We scale the pixels to [0, 1] and set aside 10,000 digits as the stream of
# training data and 5,000 other digits as a fixed test set.
from sklearn.datasets import fetch_openml
from sklearn.model_selection import train_test_split

X, y = fetch_openml(
    "mnist_784", version=1, return_X_y=True, as_frame=False, parser="pandas"
)
X = X / 255.0
X_stream, X_test, y_stream, y_test = train_test_split(
    X, y, train_size=10_000, test_size=5_000, random_state=0
)

# %%
# Cut the stream into chunks
# --------------------------
#
# ``train_test_split`` shuffled the digits, so each chunk of 500 is a random
# sample of all ten classes. That matters: a stream that delivered all the 0s
# first, then all the 1s, and so on, would make the network forget the old
# classes while it learns the new ones.
import numpy as np

chunk_size = 500
n_chunks = len(y_stream) // chunk_size
chunks = []
for i in range(n_chunks):
    rows = slice(i * chunk_size, (i + 1) * chunk_size)
    chunks.append((X_stream[rows], y_stream[rows]))
print(f"{n_chunks} chunks of {chunk_size} digits")

# %%
# Learn chunk by chunk
# --------------------
#
# Every ``partial_fit`` call runs one pass of mini-batch updates over the chunk
# it is given (here mini-batches of 100 digits, so 5 updates per chunk). The
# weights and the state of the Adam optimizer carry over from one call to the
# next.
#
# On the first call the network must be told every class it will ever see,
# with ``classes=``: the first chunk might happen to contain no 7, and the
# output layer, one unit per class, is built on that first call and cannot
# grow later. scikit-learn refuses a first call without ``classes``. On later
# calls it may be left out.
#
# After each chunk we record the accuracy on the test set. We go through the
# stream three times. The first pass is genuine online learning: every digit
# is used once, when it arrives. The second and third passes replay the same
# chunks, which is only possible if the stream is stored somewhere.
from sklearn.neural_network import MLPClassifier

clf = MLPClassifier(
    hidden_layer_sizes=(64,),
    batch_size=100,
    learning_rate_init=0.002,
    random_state=0,
)
all_classes = np.unique(y)

n_passes = 3
n_seen = 0
samples_seen = []
test_accuracy = []
for n_pass in range(n_passes):
    for X_chunk, y_chunk in chunks:
        if n_seen == 0:
            clf.partial_fit(X_chunk, y_chunk, classes=all_classes)
        else:
            clf.partial_fit(X_chunk, y_chunk)
        n_seen += len(y_chunk)
        samples_seen.append(n_seen)
        test_accuracy.append(clf.score(X_test, y_test))

    print(
        f"after pass {n_pass + 1} ({samples_seen[-1]:>6} samples seen): "
        f"test accuracy {test_accuracy[-1]:.4f}"
    )

print(f"after the first chunk only: test accuracy {test_accuracy[0]:.4f}")

# %%
# Plot accuracy against the number of samples seen
# ------------------------------------------------
#
# The shaded bands mark the three passes over the stream. The dashed line is
# the accuracy reached at the end of the first pass, when every digit has been
# seen exactly once.
import matplotlib.pyplot as plt

# sphinx_gallery_thumbnail_number = 1

samples_seen = np.array(samples_seen)
test_accuracy = np.array(test_accuracy)
stream_length = n_chunks * chunk_size

fig, ax = plt.subplots(figsize=(7, 4.5), layout="constrained")
for n_pass in range(n_passes):
    ax.axvspan(
        n_pass * stream_length,
        (n_pass + 1) * stream_length,
        color="tab:gray",
        alpha=0.15 if n_pass % 2 == 0 else 0.05,
        linewidth=0,
    )
    ax.text(
        (n_pass + 0.5) * stream_length,
        0.985,
        f"pass {n_pass + 1}",
        ha="center",
        va="top",
        transform=ax.get_xaxis_transform(),
    )
ax.plot(samples_seen, test_accuracy, marker="o", markersize=3)
ax.axhline(
    test_accuracy[n_chunks - 1],
    color="tab:red",
    linestyle="--",
    label="accuracy at the end of the first pass",
)
ax.set_xlim(0, n_passes * stream_length)
ax.set_xlabel("number of training samples seen")
ax.set_ylabel("test accuracy")
ax.set_title("Test accuracy of an MLP trained with partial_fit, chunk by chunk")
ax.legend(loc="lower right")
plt.show()

# %%
# Reading the curve
# -----------------
#
# - **The first chunks do most of the work.** A network that has seen a few
#   thousand digits already gets most of the test set right. After that, every
#   new chunk adds less: the curve flattens. That is the usual shape of a
#   learning curve, and it is what makes online learning attractive: a model
#   is useful long before all the data has arrived.
# - **The curve is not monotone.** Each chunk nudges the weights towards its
#   own 500 digits, and the test accuracy wobbles from one chunk to the next.
#   If you deploy a model that keeps learning, evaluate it regularly on fresh
#   data rather than assuming that every update makes it better.
# - **Replaying the stream still helps.** The second pass lifts the accuracy
#   above what a single pass reached, and the third pass adds a little more.
#   One pass of mini-batch gradient descent is simply not enough to fit a
#   network, so a model trained online pays for seeing each digit only once.
#
# When to use partial_fit
# -----------------------
#
# Online learning is the right tool when the data cannot be held in memory at
# once (read it from disk or a database in chunks), when new labeled data
# arrives over time and retraining from scratch each time would be too slow,
# or when the data itself drifts and the model should follow it. If the whole
# data set fits in memory and does not change, ``fit`` with enough epochs is
# simpler and usually reaches a better model: it makes several passes over
# the data and stops on its own when the loss no longer improves.
#
# Two practical points: always pass the full list of labels with ``classes=``
# on the first call, and make sure the chunks are a shuffled sample of the
# data, not sorted by label or by time in a way that hides whole classes for
# long stretches.
