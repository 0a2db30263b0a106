"""
====================
Why scale the inputs
====================

A multi-layer perceptron is trained by gradient descent, and gradient descent
is sensitive to the units the features are measured in. When one feature is
counted in thousands and another in tenths, a network that would reach a
perfect score on standardized inputs can end up no better than a guess, and
nothing in scikit-learn warns you.

This example trains the same small network on the wine dataset, with Adam and
with SGD, once on the raw measurements and once after a ``StandardScaler``. It
compares the loss curves and the test accuracy, looks at what went wrong
inside the network, and explains why comparable feature scales matter.
"""

# %%
# Thirteen features on very different scales
# -------------------------------------------
#
# The wine dataset holds 178 wines from three cultivars, each described by 13
# results of a chemical analysis. We keep 30% of the wines aside as a test set.
from sklearn.datasets import load_wine
from sklearn.model_selection import train_test_split

X, y = load_wine(return_X_y=True, as_frame=True)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.3, stratify=y, random_state=0
)
print(f"{len(X_train)} training wines, {len(X_test)} test wines, 3 classes")

# %%
# The features live on wildly different scales: proline is measured in the
# hundreds to thousands, magnesium around 100, and hue or nonflavanoid phenols
# below 2. The left panel shows each feature's spread on the training set on a
# logarithmic axis, the right panel the same features after
# ``StandardScaler``, which subtracts each feature's training mean and divides
# by its training standard deviation.
import matplotlib.pyplot as plt
from sklearn.preprocessing import StandardScaler

X_train_scaled = StandardScaler().fit_transform(X_train)

fig, (ax_raw, ax_scaled) = plt.subplots(
    1, 2, figsize=(9, 5), sharey=True, layout="constrained"
)
ax_raw.boxplot(X_train.to_numpy(), orientation="horizontal")
ax_raw.set_xscale("log")
ax_raw.set_xlabel("raw value (log scale)")
ax_raw.set_title("Raw features")

ax_scaled.boxplot(X_train_scaled, orientation="horizontal")
ax_scaled.set_xlabel("standardized value")
ax_scaled.set_title("After StandardScaler")
# one box per feature, named, first feature at the top
ax_raw.set_yticks(range(1, X.shape[1] + 1), labels=X.columns)
ax_raw.invert_yaxis()
for ax in (ax_raw, ax_scaled):
    ax.grid(True, axis="x", alpha=0.3)
fig.suptitle("Spread of the 13 wine features on the training set")
plt.show()

# %%
# Train on raw and on standardized inputs
# ---------------------------------------
#
# The network has one hidden layer of 32 ReLU units. We train it with both of
# scikit-learn's gradient-based solvers, Adam and SGD (with its default
# momentum), at a learning rate of 0.01. Every model is a two-step pipeline
# ending with the very same ``MLPClassifier``; the first step is either a
# ``StandardScaler`` or ``"passthrough"``, which leaves the raw values as they
# are. Inside the pipeline, the scaler learns its means and standard
# deviations from the training set only and applies them to any data the
# pipeline predicts on later.
#
# Besides the accuracy, we count the *dead* hidden units (out of 32): ReLU
# units whose input is negative for every training wine. A dead unit outputs
# zero for all of them, so it passes no signal forward and no gradient
# backward, and training can hardly bring it back to life.
import numpy as np
import pandas as pd
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline


def build(solver, scaled, seed):
    mlp = MLPClassifier(
        hidden_layer_sizes=(32,),
        solver=solver,
        learning_rate_init=0.01,
        max_iter=300,
        random_state=seed,
    )
    # "passthrough" leaves the raw inputs untouched
    return make_pipeline(StandardScaler() if scaled else "passthrough", mlp)


def dead_units(model, X):
    """Number of hidden units whose ReLU input is negative for every row of X."""
    mlp = model[-1]
    X_seen = model[:-1].transform(X)  # what the network receives
    hidden_input = np.asarray(X_seen) @ mlp.coefs_[0] + mlp.intercepts_[0]
    return int((hidden_input <= 0).all(axis=0).sum())


models = {}
rows = []
for solver in ("adam", "sgd"):
    for scaled in (False, True):
        model = build(solver, scaled, seed=0).fit(X_train, y_train)
        inputs = "standardized" if scaled else "raw"
        models[solver, inputs] = model
        mlp = model[-1]
        rows.append(
            {
                "solver": solver,
                "inputs": inputs,
                "epochs": mlp.n_iter_,
                "first loss": mlp.loss_curve_[0],
                "final loss": mlp.loss_,
                "dead units": dead_units(model, X_train),
                "train acc.": model.score(X_train, y_train),
                "test acc.": model.score(X_test, y_test),
            }
        )

print(pd.DataFrame(rows).round(3).to_string(index=False))

# %%
# On standardized inputs both solvers classify every test wine correctly. On
# the raw measurements, Adam gets a bit more than half of them right and SGD
# does no better than always answering the most frequent cultivar. Note that
# none of the four fits raised a ``ConvergenceWarning``: the raw runs stopped
# early because their training loss had stopped improving, which
# scikit-learn treats as convergence. A failed network looks like a finished
# one.
#
# Loss curves
# -----------
#
# The training loss per epoch, on a logarithmic scale.
fig, axes = plt.subplots(1, 2, figsize=(9, 4), sharey=True, layout="constrained")

# sphinx_gallery_thumbnail_number = 2

for ax, solver in zip(axes, ("adam", "sgd")):
    for inputs, color in (("raw", "tab:red"), ("standardized", "tab:blue")):
        curve = models[solver, inputs][-1].loss_curve_
        ax.plot(range(1, len(curve) + 1), curve, color=color, label=f"{inputs} inputs")
    ax.set_yscale("log")
    ax.set_xlabel("epoch")
    ax.set_title(f'solver="{solver}"')
    ax.grid(True, alpha=0.3)
axes[0].set_ylabel("training loss (log scale)")
axes[0].legend()
fig.suptitle("Training loss of one network on raw and on standardized wine features")
plt.show()

# %%
# On standardized inputs both curves start at 1.24, not far from ln 3 = 1.10,
# the loss of a network that gives the three classes equal probabilities, and
# fall smoothly. On raw inputs the first loss is about 20 times higher: the
# untrained network is already *confidently wrong*. Adam's loss then jumps
# up and down between about 1 and 24, and training ends once it has not
# beaten its best value for more than 10 epochs. SGD drops within a few
# epochs to a flat line at 1.12 and stays there: that is the 1.08 of a
# network that predicts the class frequencies for every wine, plus the L2
# penalty on its weights, which ``loss_curve_`` includes.
#
# Why raw inputs break training
# -----------------------------
#
# Three effects add up. All come from the raw scales, above all from proline,
# which is hundreds of times larger than most other features:
#
# - **Huge activations from the start.** The initial weights are drawn
#   uniformly between about -0.36 and 0.36, a range chosen for inputs of order
#   1. Multiplied by proline values of about 280 to 1700, they give
#   hidden-unit inputs in the hundreds. The sign of each unit's proline weight
#   largely decides whether it is active for all wines or for none, so many units
#   are dead from the start, and the live ones produce outputs so large that
#   the softmax puts almost all its probability on one class.
# - **One learning rate cannot fit all features.** The gradient of the loss
#   with respect to a first-layer weight is proportional to the value of its
#   input feature. The proline weights receive gradients hundreds of times
#   larger than the hue weights. A learning rate small enough to keep the
#   proline weights stable barely moves the hue weights; one large enough for
#   the hue weights throws the proline weights far off. That is what happens
#   to SGD: its first updates push every hidden unit into the negative range,
#   all 32 units die, and the network outputs the same probabilities for
#   every wine. Adam divides each weight's step by the size of its recent
#   gradients, which keeps its steps bounded, but it still works on a badly
#   shaped problem, and it does not revive the units that died at the start.
# - **The L2 penalty treats all weights alike.** ``alpha`` shrinks every
#   weight towards zero by the same rule, which only makes sense if a weight
#   of a given size means the same thing for every feature. Unscaled, a tiny
#   proline weight has as much effect as a large hue weight.
#
# Standardizing puts every feature at mean 0 and standard deviation 1, so
# the default weight initialization, a single learning rate and a single
# penalty suit all of them at once.
#
# Not a matter of luck
# --------------------
#
# The network above started from one particular set of random weights. We
# repeat the comparison with five different seeds. On standardized inputs
# the result does not depend on the seed; on raw inputs it is a lottery.
accuracies = {}
for solver in ("adam", "sgd"):
    for scaled in (False, True):
        inputs = "standardized" if scaled else "raw"
        accuracies[solver, inputs] = [
            build(solver, scaled, seed).fit(X_train, y_train).score(X_test, y_test)
            for seed in range(5)
        ]

seeds_table = pd.DataFrame.from_dict(
    accuracies, orient="index", columns=[f"seed {seed}" for seed in range(5)]
)
seeds_table.index = pd.MultiIndex.from_tuples(
    seeds_table.index, names=["solver", "inputs"]
)
seeds_table.round(3)

# %%
# On standardized inputs both solvers classify every test wine correctly,
# whatever the seed. On raw inputs, Adam's score depends on where it started,
# anywhere from below one half to above nine tenths, and SGD learns nothing:
# it scores what always answering one class would score on this test set.
#
# Take-aways
# ----------
#
# - Scale the inputs of every ``MLPClassifier`` and ``MLPRegressor``. Put the
#   scaler and the network in one pipeline, so that the scaling statistics are
#   learned from the training data only, also inside cross-validation.
# - ``StandardScaler`` is the usual choice. ``MinMaxScaler`` (to [0, 1]) works
#   too, for instance for pixel intensities with a known range; a
#   ``RobustScaler`` or a ``QuantileTransformer`` copes better with features
#   that have strong outliers.
# - Do not read "no warning" as "trained well". Check the training loss curve
#   (``loss_curve_``) and the score on held-out data: a loss that starts far
#   above ln(number of classes), or that flattens out early at a high value,
#   is a sign to look at the inputs first.
