"""
Runs past its time budget
=========================

Sleeps far longer than the budget the test sets.
"""

import time

print("sleeping")
time.sleep(120)
print("woke up")
