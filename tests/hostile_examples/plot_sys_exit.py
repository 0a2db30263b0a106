"""
Calls sys.exit(1)
=================

Tries to end the process.
"""

import sys

print("exiting")
sys.exit(1)
