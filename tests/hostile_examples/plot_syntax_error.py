"""
Has a syntax error
==================

Does not even compile.
"""

print("never runs"
