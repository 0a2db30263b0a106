"""
Code under a main guard
=======================

The figure is drawn under ``if __name__ == "__main__":``.
"""

import matplotlib.pyplot as plt

if __name__ == "__main__":
    fig, ax = plt.subplots()
    ax.plot([3, 1, 2])
    ax.set_title("drawn under the main guard")
    print("main guard ran")
