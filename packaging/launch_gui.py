"""Entry script of the bundle's `unionrep` executable (the desktop app)."""

import sys

from unionrep.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
