"""Test configuration: Hypothesis profiles.

The ``ci`` profile (chosen when the ``CI`` environment variable is set) is derandomised so a
red CI run can be reproduced exactly; locally the examples vary from run to run.
"""

import os

from hypothesis import settings

settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")
