"""Run the command line with ``python -m newsdoc``."""

import sys

from newsdoc.cli import main

if __name__ == "__main__":
    sys.exit(main())
