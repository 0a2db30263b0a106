"""
Behaves well
============

A quick, ordinary example among the hostile ones.
"""

import matplotlib.pyplot as plt

fig, ax = plt.subplots()
ax.bar(["a", "b"], [2, 3])
ax.set_title("an ordinary bar chart")
print("all good")
