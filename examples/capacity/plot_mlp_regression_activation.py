"""
===========================================================
MLPRegressor on a 1-D function and the choice of activation
===========================================================

Each hidden unit of a multi-layer perceptron computes a weighted sum of its
inputs and passes it through an *activation function*. The network's output is
a weighted sum of those activations, so the shape of the activation function
is the shape of the building blocks from which the network assembles its
prediction.

With a single input feature, the prediction is a curve that can be drawn. This
example fits ``MLPRegressor`` to noisy samples of a wavy 1-D function, once for
each of the four values of ``activation``, and plots the four fitted curves
against the truth. The curves show what each activation can build: straight
lines only, smooth waves, or chains of line segments.
"""

# %%
# A noisy wave with a trend
# -------------------------
#
# The target is a sine wave on top of a linear trend,
# :math:`f(x) = \sin(2x) + 0.4x`. We draw 120 training inputs uniformly in
# [-3, 3] and add Gaussian noise with a standard deviation of 0.25 to the
# targets. A separate test set of 1,000 points, drawn the same way, measures
# how close each fit comes to the truth.
import numpy as np


def target_function(x):
    return np.sin(2 * x) + 0.4 * x


noise_std = 0.25
rng = np.random.RandomState(0)
x_train = rng.uniform(-3, 3, size=120)
y_train = target_function(x_train) + rng.normal(scale=noise_std, size=120)
x_test = rng.uniform(-3, 3, size=1000)
y_test = target_function(x_test) + rng.normal(scale=noise_std, size=1000)

# scikit-learn expects a 2-D array of features: one column here
X_train = x_train.reshape(-1, 1)
X_test = x_test.reshape(-1, 1)

# %%
# One network per activation
# --------------------------
#
# All four networks have one hidden layer of 30 units and differ only in
# ``activation``:
#
# - ``"identity"``: :math:`a(z) = z`, no non-linearity at all;
# - ``"logistic"``: the sigmoid :math:`a(z) = 1 / (1 + e^{-z})`, an S-shaped
#   step from 0 to 1;
# - ``"tanh"``: :math:`a(z) = \tanh(z)`, the same S-shape stretched to go from
#   -1 to 1;
# - ``"relu"``: :math:`a(z) = \max(0, z)`, flat, then a straight line.
#
# On 120 points, the full-batch ``solver="lbfgs"`` converges quickly and
# reliably, so the differences between the fits come from the activation and
# not from an unfinished training run.
import pandas as pd

from sklearn.metrics import mean_squared_error, r2_score
from sklearn.neural_network import MLPRegressor

activations = ["identity", "logistic", "tanh", "relu"]
models = {}
scores = []
for activation in activations:
    model = MLPRegressor(
        hidden_layer_sizes=(30,),
        activation=activation,
        solver="lbfgs",
        max_iter=5000,
        random_state=0,
    )
    model.fit(X_train, y_train)
    models[activation] = model
    y_pred = model.predict(X_test)
    scores.append(
        {
            "model": activation,
            "test R^2": r2_score(y_test, y_pred),
            "test MSE": mean_squared_error(y_test, y_pred),
        }
    )

# the true function itself, as a reference: its only errors are the noise
y_true = target_function(x_test)
scores.append(
    {
        "model": "(true function)",
        "test R^2": r2_score(y_test, y_true),
        "test MSE": mean_squared_error(y_test, y_true),
    }
)
scores = pd.DataFrame(scores).set_index("model")
print(scores.round(3).to_string())

# %%
# The last row is the floor: even the true function has a test MSE close to
# the noise variance, :math:`0.25^2 = 0.0625`, because nothing can predict the
# noise. The three non-linear networks get within 0.02 to 0.03 of that floor;
# the identity network, at about 0.5, is nowhere near it.
#
# Plot the fitted curves
# ----------------------
#
# Each panel shows the training points, the true function (dashed) and one
# network's prediction. The plot runs a little beyond the training range
# [-3, 3]; the grey bands mark where the networks have seen no data at all.
#
# For the ReLU network, the small ticks at the bottom of the panel mark the
# *kinks* of its curve. Hidden unit ``j`` computes
# :math:`\max(0, w_j x + b_j)`, which switches between flat and sloped at
# :math:`x = -b_j / w_j`. We read ``w_j`` and ``b_j`` from ``coefs_[0]`` and
# ``intercepts_[0]``.
import matplotlib.pyplot as plt

# sphinx_gallery_thumbnail_number = 1

x_plot = np.linspace(-4, 4, 801)
relu_mlp = models["relu"]
w, b = relu_mlp.coefs_[0].ravel(), relu_mlp.intercepts_[0]
kinks = -b / w
kinks = np.sort(kinks[np.abs(kinks) <= 4])

fig, axes = plt.subplots(
    2, 2, figsize=(9, 6.5), sharex=True, sharey=True, layout="constrained"
)
for activation, color, ax in zip(
    activations, ["tab:gray", "tab:green", "tab:blue", "tab:red"], axes.ravel()
):
    ax.axvspan(-4, -3, color="0.92")
    ax.axvspan(3, 4, color="0.92")
    ax.scatter(x_train, y_train, s=10, color="0.55", label="training data")
    ax.plot(
        x_plot, target_function(x_plot), "k--", linewidth=1.2, label="true function"
    )
    y_plot = models[activation].predict(x_plot.reshape(-1, 1))
    ax.plot(x_plot, y_plot, color=color, linewidth=2.2, label="network")
    ax.set_title(
        f'activation="{activation}", test $R^2$ = '
        f'{scores.loc[activation, "test R^2"]:.3f}',
        fontsize=11,
    )
    ax.grid(linestyle=":")
axes[1, 1].plot(
    kinks,
    np.full_like(kinks, -3.3),
    "|",
    color="tab:red",
    markersize=10,
    label="ReLU kinks",
)
axes[0, 0].set_ylim(-3.6, 3.6)
axes[0, 0].legend(loc="upper left", fontsize=8)
axes[1, 1].legend(loc="upper left", fontsize=8)
for ax in axes[1]:
    ax.set_xlabel("x")
for ax in axes[:, 0]:
    ax.set_ylabel("y")
fig.suptitle("MLPRegressor fits of sin(2x) + 0.4x with four activation functions")
plt.show()

# %%
# What the curves show
# --------------------
#
# **Identity: a straight line.** Without a non-linearity, every hidden unit is
# a linear function of ``x``, and a weighted sum of linear functions is again
# linear. The 30 hidden units add nothing: the network is linear regression,
# trained in a roundabout way. It captures the upward trend and misses the
# wave completely, which is why its test :math:`R^2` is only about 0.2. We can
# check it: multiplying the two weight matrices gives the slope of the
# network, and ``LinearRegression`` finds the same line (up to the tiny L2
# penalty ``alpha=1e-4`` that ``MLPRegressor`` adds).
from sklearn.linear_model import LinearRegression

identity_mlp = models["identity"]
W1, W2 = identity_mlp.coefs_
b1, b2 = identity_mlp.intercepts_
mlp_slope = (W1 @ W2).item()
mlp_intercept = (b1 @ W2 + b2).item()

ols = LinearRegression().fit(X_train, y_train)
print(f"identity MLP:     y = {mlp_slope:.4f} * x + {mlp_intercept:.4f}")
print(f"LinearRegression: y = {ols.coef_[0]:.4f} * x + {ols.intercept_:.4f}")

# %%
# **Logistic and tanh: smooth curves.** Both activations are smooth S-shapes,
# and a sum of 30 shifted and stretched S-shapes is a smooth curve that can
# follow the wave closely. For a single hidden layer the two are in fact the
# same model: since :math:`\tanh(z) = 2\,\sigma(2z) - 1`, any tanh network
# can be rewritten as a logistic network with doubled first-layer weights and
# adjusted output weights. Their scores are equal here; the remaining
# differences between the two curves come from the optimization, which starts
# from different weights and can end in a different solution. In deeper
# networks tanh usually trains more easily, because its outputs are centered
# on zero. Look also for the small bumps where the smooth curves bend
# towards a few noisy points: 30 units on 120 points leave some room to
# overfit.
#
# **ReLU: line segments.** Each ReLU unit is flat on one side of its kink and
# a straight line on the other, so the network's curve is *piecewise linear*:
# exactly straight between two consecutive kinks (the red ticks), with a
# change of slope at each one. To follow a curved function it places kinks
# where the curve bends and approximates the bends with short segments; a
# flat stretch over the top of a crest and sharp corners in the troughs are
# the typical marks of a ReLU fit. With only 30 units on a smooth target, this
# costs a little accuracy here. ReLU's strengths lie elsewhere: it is cheap to
# compute, and its gradient does not vanish for large inputs, which makes deep
# networks much easier to train. That is why it is the default.
#
# Outside the training range
# --------------------------
#
# In the grey bands, none of the networks follows the wave: they never saw it
# there. Each one extrapolates in the manner of its building blocks. Beyond
# its outermost kinks, the ReLU network is *exactly* a straight line (here
# a steep one on the left, a flat one on the right), and it stays so forever.
# The logistic and tanh networks carry on their last trend for a while and
# eventually flatten out, once all their S-shaped units have saturated.
# Whatever the activation, predictions away from the training data are
# guesses.
#
# Take-aways
# ----------
#
# - An activation function fixes the kind of curve a network builds: lines
#   (identity), smooth waves (logistic, tanh) or chains of segments (ReLU).
# - ``"identity"`` never beats ``LinearRegression`` or ``Ridge``; use it only
#   to check how much a non-linear network gains over a linear model.
# - For small networks on smooth, low-dimensional targets, ``"tanh"`` is worth
#   a try; for deeper networks and most other tasks, keep the default
#   ``"relu"``. Compare them by cross-validation, as their differences depend
#   on the data, the size of the network and the random initialization.
# - Do not trust an MLP's predictions outside the range of its training data.
