"""
===============================================
Regularization strength and decision boundaries
===============================================

``alpha`` is the weight of an L2 penalty that ``MLPClassifier`` adds to its
training loss: the sum of the squared weights of the network, times ``alpha``
(divided by twice the number of samples). The optimizer then has two goals at
once, fitting the training labels and keeping the weights small, and
``alpha`` decides how the two are traded.

This example fits the same network to the same noisy two-class data six
times, with ``alpha`` going from negligible (``1e-4``) to very strong
(``10``), and draws each decision boundary together with the training and test
points. The pictures show what a test score alone does not: *how* the network
overfits when the penalty is too weak, and how it underfits when the penalty
is too strong.
"""

# %%
# Two interleaved half moons
# --------------------------
#
# ``make_moons`` draws points along two interleaving half circles, one per
# class. With ``noise=0.3`` the classes overlap: some points sit deep inside
# the other class's region, and no boundary can separate them all. That makes
# the data a good test of overfitting, since a network that classifies every
# training point correctly has to bend its boundary around noise.
#
# We keep half of the 400 points for testing. Both inputs have a similar
# scale already, but we still standardize them inside a pipeline, as one should
# for any MLP (see the user guide on scaling).
from sklearn.datasets import make_moons
from sklearn.model_selection import train_test_split

X, y = make_moons(n_samples=400, noise=0.3, random_state=1)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.5, random_state=0
)
print(f"{len(X_train)} training points, {len(X_test)} test points")

# %%
# One network, six penalties
# --------------------------
#
# The network has a single hidden layer of 50 ReLU units, about 200 weights
# and biases: as many as there are training points, so it has room to
# memorize them. We train it with ``solver="lbfgs"``, a full-batch
# quasi-Newton method that, on a data set this small, runs until the loss
# stops improving. Every fit below converges, so the differences between the
# panels come from ``alpha`` alone and not from training that was cut short.
#
# ``alpha`` multiplies the penalty, so what matters is its order of
# magnitude: we try one value per decade, from ``1e-4`` to ``10``. Besides the
# accuracies we record the sum of the squared weights of each fitted network,
# the very quantity that ``alpha`` penalizes.
import numpy as np
import pandas as pd

from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

alphas = 10.0 ** np.arange(-4, 2)  # 1e-4, 1e-3, ..., 10

models = {}
rows = []
for alpha in alphas:
    model = make_pipeline(
        StandardScaler(),
        MLPClassifier(
            hidden_layer_sizes=(50,),
            alpha=alpha,
            solver="lbfgs",
            max_iter=2000,
            random_state=0,
        ),
    )
    model.fit(X_train, y_train)
    models[alpha] = model
    mlp = model[-1]
    rows.append(
        {
            "alpha": alpha,
            "train accuracy": model.score(X_train, y_train),
            "test accuracy": model.score(X_test, y_test),
            "sum of squared weights": sum(np.sum(W**2) for W in mlp.coefs_),
            "lbfgs iterations": mlp.n_iter_,
        }
    )

results = pd.DataFrame(rows).set_index("alpha")
print(results.round(3).to_string())

# %%
# The table already tells the story in numbers:
#
# - From ``1e-4`` to ``1e-2`` little changes. The penalty is too small to
#   compete with the data, the network classifies about 98% of its training
#   points correctly, and only about 84% of the test points.
# - Between ``1e-2`` and ``0.1`` the sum of squared weights falls about
#   25-fold. The training accuracy drops to 93%, and the test accuracy climbs
#   to its best value, 90.5%: the network gave up fitting noise.
# - Beyond that, both accuracies fall together. At ``alpha=10`` the network
#   is worse than at ``0.1`` on the training *and* on the test data: the
#   penalty now wins over the data.
#
# Draw the decision boundaries
# ----------------------------
#
# ``DecisionBoundaryDisplay.from_estimator`` evaluates a fitted model on a
# grid that covers the data and shades each grid point. We shade by
# ``predict_proba``, the predicted probability of the second class (the orange
# moon): blue where the network is sure of the blue class, orange where it is
# sure of the orange one, and white where it hesitates, with the probability
# near 0.5. Training points are drawn as circles, test points as triangles,
# and all panels share the same limits.
import matplotlib.pyplot as plt
from matplotlib.colors import LinearSegmentedColormap, ListedColormap
from matplotlib.lines import Line2D

from sklearn.inspection import DecisionBoundaryDisplay

# sphinx_gallery_thumbnail_number = 1

point_colors = ListedColormap(["tab:blue", "tab:orange"])
# pale shades, so that the points stay visible on top of the background
background = LinearSegmentedColormap.from_list(
    "pale_blue_orange", ["#9ecae1", "white", "#fdae6b"]
)

fig, axes = plt.subplots(
    2, 3, figsize=(9, 5.6), sharex=True, sharey=True, layout="constrained"
)
for alpha, ax in zip(alphas, axes.ravel()):
    display = DecisionBoundaryDisplay.from_estimator(
        models[alpha],
        X,
        response_method="predict_proba",
        grid_resolution=200,
        eps=0.5,
        cmap=background,
        vmin=0,
        vmax=1,
        ax=ax,
    )
    # the 0.5 level of the probability is the decision boundary itself
    ax.contour(
        display.xx0,
        display.xx1,
        display.response,
        levels=[0.5],
        colors="black",
        linewidths=2,
    )
    ax.scatter(
        X_train[:, 0],
        X_train[:, 1],
        c=y_train,
        cmap=point_colors,
        edgecolors="black",
        linewidths=0.5,
        s=14,
    )
    ax.scatter(
        X_test[:, 0],
        X_test[:, 1],
        c=y_test,
        cmap=point_colors,
        edgecolors="black",
        linewidths=0.5,
        s=18,
        marker="^",
    )
    ax.set_title(
        f"alpha = {alpha:g}\n"
        f"train {results.loc[alpha, 'train accuracy']:.3f}, "
        f"test {results.loc[alpha, 'test accuracy']:.3f}",
        fontsize=10,
    )
    ax.set_xlabel("")
    ax.set_ylabel("")
# legend entries in a neutral color: the marker shape tells train from test
handles = [
    Line2D([], [], ls="", marker="o", mfc="gray", mec="black", label="train"),
    Line2D([], [], ls="", marker="^", mfc="gray", mec="black", label="test"),
]
axes[0, 0].legend(handles=handles, loc="lower left", fontsize=8)
fig.suptitle("MLP decision boundaries on noisy moons for increasing alpha")
plt.show()

# %%
# What to look at
# ---------------
#
# - **Weak penalty (top row).** In the middle of the plot, where the two moons
#   overlap, the black boundary zigzags around individual training points, and
#   small islands of one class appear inside the other. Those detours exist
#   only to capture a noisy point or two, and test points that fall in them
#   are likely to be misclassified. There is hardly any white band along the
#   boundary: the network is certain of itself even where the data is
#   ambiguous. Far from the data, the boundary runs off in directions that
#   nothing in the data asked for.
# - **Moderate penalty** (``alpha=0.1`` and ``1``). The boundary follows the
#   curved gap between the two moons and ignores the stray points, and a white
#   band of uncertain predictions opens up and widens along it.
# - **Strong penalty** (``alpha=10``). Large weights are now so costly that the
#   network can hardly bend, and its boundary is almost a straight line. The
#   model *underfits*: it misses the curved shape of the moons, on the training
#   data as much as on the test data.
#
# Why small weights mean a smooth boundary: a ReLU network computes a
# piecewise linear function, whose slopes are sums of products of its
# weights. Shrinking the weights flattens every piece, so the network's output
# changes slowly across the plane and its predicted probabilities stay closer
# to 0.5. Large weights allow steep slopes and sharp turns, which are exactly
# what memorizing noise needs.
#
# The trade-off in one plot
# -------------------------
#
# The same accuracies as in the table, now against ``alpha`` on a log axis.
# The gap between the two curves measures overfitting; where the test curve
# peaks, overfitting and underfitting are balanced.
fig, ax = plt.subplots(figsize=(6, 3.8), layout="constrained")
ax.plot(alphas, results["train accuracy"], "o-", label="train")
ax.plot(alphas, results["test accuracy"], "s-", label="test")
ax.set_xscale("log")
ax.set_xlabel("alpha (L2 penalty)")
ax.set_ylabel("accuracy")
ax.legend()
ax.grid(linestyle=":")
ax.set_title("Train and test accuracy of the MLP against alpha")
plt.show()

# %%
# Take-aways
# ----------
#
# - A large gap between training and test accuracy, together with a jagged
#   boundary, calls for a larger ``alpha``; two low accuracies and a boundary
#   that is too simple call for a smaller one.
# - The useful range depends on the data: the number of samples, the noise and
#   the size of the network all move it. Search ``alpha`` on a log scale with
#   cross-validation (for example ``GridSearchCV`` over
#   ``np.logspace(-5, 1, 7)``) rather than trusting one test split: with 200
#   test points, one misclassified point is half a percentage point, so small
#   differences between neighboring values are noise.
# - ``alpha`` is not the only brake on a flexible network: a smaller network
#   or early stopping also limit overfitting, and they combine with the
#   penalty.
