"""
====================================
Early stopping and validation curves
====================================

A network trained for many epochs keeps lowering its training loss long after
it has stopped getting better on new data: it starts to memorize its training
samples, noise included. *Early stopping* watches a score on held-out data
during training and ends the training when that score stops improving.

In ``MLPClassifier`` it takes one switch, ``early_stopping=True``. This
example trains the same network with and without it on a noisy synthetic
problem, draws the training loss and the validation accuracy epoch by epoch,
marks where training stopped, and compares the test accuracy of both.
"""

# %%
# A problem with label noise
# --------------------------
#
# ``make_classification`` draws two classes from Gaussian clusters in 20
# dimensions (6 informative features, 2 redundant ones and 12 of pure noise).
# ``flip_y=0.15`` then draws the label of 15% of the samples at random; half
# of those draws land on the other class, so about one sample in 13 carries
# the wrong class. No model can predict
# those labels, but a large enough network can learn them by heart, which is
# exactly the kind of overfitting early stopping guards against.
#
# We keep 30% of the samples aside as a test set that no model sees during
# training. The features are already centered and of similar scale, so no
# scaler is needed here.
from sklearn.datasets import make_classification
from sklearn.model_selection import train_test_split

X, y = make_classification(
    n_samples=1000,
    n_features=20,
    n_informative=6,
    n_redundant=2,
    flip_y=0.15,
    random_state=0,
)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.3, stratify=y, random_state=0
)
print(f"{len(X_train)} training samples, {len(X_test)} test samples")

# %%
# Train with and without early stopping
# -------------------------------------
#
# Both networks have two hidden layers of 32 units, are trained by Adam and
# start from the same random weights. They differ only in how training ends:
#
# - **Without early stopping** (the default), the network trains on the whole
#   training set and stops when the *training loss* has not improved by at
#   least ``tol`` (1e-4) for more than ``n_iter_no_change`` consecutive epochs,
#   or after ``max_iter`` epochs.
# - **With** ``early_stopping=True``, scikit-learn first sets aside a
#   stratified ``validation_fraction`` of the training set (here 30%, i.e. 210
#   samples). After every epoch it computes the accuracy on these held-out
#   samples and stores it in ``validation_scores_``. Training stops when that
#   accuracy has not improved by ``tol`` for more than ``n_iter_no_change``
#   consecutive epochs (the *patience*, 10 by default), and the weights of the
#   best epoch are restored.
from sklearn.neural_network import MLPClassifier

MAX_ITER = 100
VALIDATION_FRACTION = 0.3
common = dict(
    hidden_layer_sizes=(32, 32),
    learning_rate_init=0.01,
    max_iter=MAX_ITER,
    random_state=0,
)
with_early_stopping = dict(
    common, early_stopping=True, validation_fraction=VALIDATION_FRACTION
)

full = MLPClassifier(**common).fit(X_train, y_train)
stopped = MLPClassifier(n_iter_no_change=10, **with_early_stopping).fit(
    X_train, y_train
)

best_epoch = stopped.validation_scores_.index(stopped.best_validation_score_) + 1
print(
    f"without early stopping: {full.n_iter_:3d} epochs, "
    f"test accuracy {full.score(X_test, y_test):.3f}\n"
    f"    final training loss {full.loss_:.4f}, "
    f"training accuracy {full.score(X_train, y_train):.3f}"
)
print(
    f"with early stopping:    {stopped.n_iter_:3d} epochs, "
    f"test accuracy {stopped.score(X_test, y_test):.3f}\n"
    f"    best validation accuracy {stopped.best_validation_score_:.3f} "
    f"at epoch {best_epoch}"
)

# %%
# The network trained without early stopping runs more than three times as
# many epochs, until its training loss is close to zero and barely moves. It
# classifies every training sample correctly, mislabeled ones included, and
# it is *less* accurate on the test set. The one that stopped early trained
# on 30% fewer samples and still does better on new ones.
#
# What would have happened after the stop?
# ----------------------------------------
#
# ``validation_scores_`` ends where training ended. To see what the validation
# accuracy would have done next, we train a third network that is set up
# exactly like ``stopped`` but with a patience as long as the whole budget, so
# that it never stops early. With the same ``random_state`` it carves out the
# same validation samples, starts from the same weights and sees the
# mini-batches in the same order, so its first epochs *are* the early-stopped
# run, as the check below confirms.
#
# It runs the full ``MAX_ITER`` epochs on purpose, so scikit-learn raises a
# ``ConvergenceWarning``; we silence it for this fit only.
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", category=ConvergenceWarning)
    patient = MLPClassifier(n_iter_no_change=MAX_ITER, **with_early_stopping).fit(
        X_train, y_train
    )

n = stopped.n_iter_
same_start = np.array_equal(
    patient.loss_curve_[:n], stopped.loss_curve_
) and np.array_equal(patient.validation_scores_[:n], stopped.validation_scores_)
print(f"first {n} epochs identical to the early-stopped run: {same_start}")
print(
    f"validation accuracy at the last of {patient.n_iter_} epochs: "
    f"{patient.validation_scores_[-1]:.3f}"
)

# %%
# Training loss and validation accuracy
# -------------------------------------
#
# The top panel shows the training loss on a logarithmic scale, the bottom
# panel the accuracy on the 210 validation samples. The gray curves are the
# run that was not allowed to stop; the dotted vertical line marks the epoch
# where early stopping ended training, and the star the best epoch, whose
# weights the early-stopped model keeps. The shaded band is the patience: the
# epochs spent waiting for an improvement that did not come.
import matplotlib.pyplot as plt

# sphinx_gallery_thumbnail_number = 1

epochs_full = np.arange(1, full.n_iter_ + 1)
epochs_patient = np.arange(1, patient.n_iter_ + 1)
epochs_stopped = np.arange(1, stopped.n_iter_ + 1)

fig, (ax_loss, ax_val) = plt.subplots(
    2, 1, figsize=(7, 7), sharex=True, layout="constrained"
)

ax_loss.plot(
    epochs_full, full.loss_curve_, color="tab:blue", label="without early stopping"
)
ax_loss.plot(
    epochs_patient,
    patient.loss_curve_,
    color="0.6",
    linewidth=1,
    label="with early stopping, not allowed to stop",
)
ax_loss.plot(
    epochs_stopped,
    stopped.loss_curve_,
    color="tab:orange",
    linewidth=2.5,
    label="with early stopping",
)
ax_loss.set_yscale("log")
ax_loss.set_ylabel("training loss (log scale)")
ax_loss.set_title("Training loss keeps falling...")
ax_loss.legend()

ax_val.plot(epochs_patient, patient.validation_scores_, color="0.6", linewidth=1)
ax_val.plot(
    epochs_stopped, stopped.validation_scores_, color="tab:orange", linewidth=2.5
)
ax_val.plot(
    best_epoch,
    stopped.best_validation_score_,
    marker="*",
    markersize=16,
    color="tab:red",
    linestyle="none",
    label=f"best epoch ({best_epoch}), weights kept",
)
ax_val.set_xlabel("epoch")
ax_val.set_ylabel("validation accuracy")
ax_val.set_title("...while validation accuracy peaks early, then declines")

for ax in (ax_loss, ax_val):
    ax.axvspan(best_epoch, stopped.n_iter_, color="tab:orange", alpha=0.15)
    ax.axvline(stopped.n_iter_, color="black", linestyle=":")
    ax.grid(True, alpha=0.3)
# an empty line, only to give the stop marker an entry in the legend
ax_val.plot(
    [], [], color="black", linestyle=":", label=f"training stopped ({stopped.n_iter_})"
)
ax_val.legend(loc="upper right")
fig.suptitle("Early stopping on a noisy classification problem")
plt.show()

# %%
# Reading the curves
# ------------------
#
# - The **training loss** of both long runs keeps falling towards zero: the
#   network without early stopping ends up classifying every training sample
#   as labeled, the mislabeled ones included.
# - The **validation accuracy** climbs within a few epochs, hovers near its
#   best for a while, and then drifts down as the network bends its decision
#   boundary around the mislabeled samples. The training loss alone shows no
#   sign of this; only held-out data reveals it.
# - Early stopping keeps the weights at the peak, not at the stop. The
#   shaded epochs cost computing time but no accuracy.
#
# Choosing the patience
# ---------------------
#
# The validation accuracy moves in steps of 1/210, about 0.5%, and wiggles
# from epoch to epoch. A short patience risks ending training on a chance dip,
# before the real peak; a long one spends epochs for nothing.
#
# We do not need to retrain to see where other patience values would stop.
# Every early-stopped run with this ``random_state`` follows the path of the
# run that was not allowed to stop, so we can replay the stopping rule on its
# validation scores. The small function below does just that (it ignores
# ``tol``, which is far smaller than one step of 1/210). For a patience of 10
# it must find the epochs of ``stopped``.
def replay_early_stopping(scores, patience):
    """Return (stop epoch, best epoch) of early stopping on a score curve."""
    best_score, best_epoch, waited = -np.inf, 0, 0
    for epoch, score in enumerate(scores, start=1):
        if score > best_score:
            best_score, best_epoch, waited = score, epoch, 0
        else:
            waited += 1
        if waited > patience:
            return epoch, best_epoch
    return len(scores), best_epoch


for patience in (2, 5, 10, 20, 40):
    stop, best = replay_early_stopping(patient.validation_scores_, patience)
    print(
        f"patience {patience:2d}: stops after {stop:3d} epochs, keeps epoch "
        f"{best:3d}, validation accuracy {patient.validation_scores_[best - 1]:.3f}"
    )

# %%
# With the default patience of 10 the replay stops where ``stopped`` did,
# after 25 epochs, keeping epoch 14. A patience of 2 or 5 gives up during the
# wiggles after epoch 4 and keeps that earlier, slightly worse epoch. Beyond
# 10, every patience keeps epoch 14 and only adds epochs of waiting. On a
# noisy validation curve, a patience that is a bit too long costs some time;
# one that is too short costs accuracy.
#
# Take-aways
# ----------
#
# - Turn on ``early_stopping=True`` whenever the training loss can be driven
#   much lower than the error you expect on new data: large networks, small or
#   noisy datasets. It often saves most of the training time as well.
# - The validation set is taken out of the training data. With few samples,
#   raise ``validation_fraction`` so that the validation accuracy is less
#   noisy, and keep ``n_iter_no_change`` large enough that a few bad epochs do
#   not end training.
# - Early stopping is not the only brake on overfitting: a larger ``alpha``
#   (L2 penalty) or a smaller network act on the same problem, and can be
#   combined with it.
# - The test set plays no part in any of this. It is used once, at the end, to
#   compare the finished models; choosing the patience by test accuracy would
#   make that comparison optimistic.
