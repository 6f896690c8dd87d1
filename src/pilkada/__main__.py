"""``python -m pilkada``: the command-line interface (see :mod:`pilkada.cli`)."""

import sys

from pilkada.cli import main

if __name__ == "__main__":
    sys.exit(main())
