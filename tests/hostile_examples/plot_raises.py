"""
Raises an exception
===================

Prints, then fails with a ValueError.
"""

print("about to fail")
raise ValueError("this example is broken on purpose")
